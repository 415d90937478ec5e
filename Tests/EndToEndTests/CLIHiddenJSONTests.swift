import Foundation
import Testing

/// `--json` says whom to ask about a candidate whose details are withheld, in one field every
/// command shares: `"hidden": {"ask": "Mette Holm", "phone": "+45 …", "jobCentre": "Frederikshavn"}`,
/// the person the text output names. Tested as Haderslev's consultant (astrid.had, 0510) on a
/// Frederikshavn candidate who never consented, next to one she may see.
@Suite("CLI: --json names whom to ask about a hidden candidate")
struct CLIHiddenJSONTests {
    /// Runs a command that prints one JSON object. The engine's commands judge on the demo's day.
    private func run(_ data: URL, _ args: [String], as user: String) throws -> [String: Any] {
        let day = ["match", "explain", "search"].contains(args[0]) ? ["--today", "2026-11-24"] : []
        let r = try Harness.run(args + ["--data", data.path] + day, environment: ["JOBMATCH_USER": user])
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(args): \(r.stdout)")
    }

    private func people(_ data: URL) throws -> [[String: Any]] {
        try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8).split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// The candidate objects of `list` (key `id`) that carry or lack `hidden` as the access rule says.
    private func checkAll(_ list: [[String: Any]], id key: String, hiddenIDs: Set<String>, _ what: String) {
        #expect(!list.isEmpty, "\(what) lists no one")
        for o in list {
            guard let id = o[key] as? String else { Issue.record("\(what): no \(key) in \(o)"); continue }
            let note = o["hidden"] as? [String: Any]
            if hiddenIDs.contains(id) {
                #expect(note?["ask"] is String && note?["jobCentre"] is String, "\(what): \(id) is hidden but has no note")
            } else {
                #expect(note == nil, "\(what): \(id) may be seen but is marked hidden")
            }
        }
    }

    @Test("match, explain, search, triage status, shortlist show, review list and the JSON export all carry the same note")
    func everyCommand() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let everyone = try people(data)
        let hiddenIDs = Set(everyone.filter { $0["ownerMunicipality"] as? String != "0510" && !consentInForce($0, covering: "0510") }
            .compactMap { $0["id"] as? String })
        let record = try #require(everyone.first {
            $0["ownerMunicipality"] as? String == "0813" && (($0["consents"] as? [Any]) ?? []).isEmpty && $0["status"] as? String == "active"
        })
        let hidden = try #require(record["id"] as? String)
        let visible = try #require(everyone.first { $0["ownerMunicipality"] as? String == "0510" }?["id"] as? String)
        let users = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("users.json"))) as? [[String: Any]])
        // The demo's users.json lists every candidate's own consultant, so she is the one to ask
        // (no "consultant" field: that appears only when someone else of the job centre is named).
        let ownID = try #require(record["consultant"] as? String)
        let own = try #require(users.first { $0["id"] as? String == ownID }, "\(ownID) is not in users.json")
        let expected: [String: String] = ["ask": try #require(own["name"] as? String), "phone": try #require(own["phone"] as? String),
                                          "jobCentre": "Frederikshavn"]
        func isExpected(_ note: Any?, _ what: String) {
            let n = note as? [String: Any] ?? [:]
            #expect(n.compactMapValues { $0 as? String } == expected, "\(what): \(n)")
        }

        // Frederikshavn's consultant puts both on V000005's shortlist through triage and submits it.
        for k in [hidden, visible] { _ = try run(data, ["triage", "decide", "V000005", k, "yes", "--json"], as: "mette.frh") }
        _ = try run(data, ["shortlist", "submit", "V000005", "--json"], as: "mette.frh")

        let status = try run(data, ["triage", "status", "V000005", "--json"], as: "astrid.had")
        let decisions = status["decisions"] as? [[String: Any]] ?? []
        checkAll(decisions, id: "candidate", hiddenIDs: hiddenIDs, "triage status decisions")
        isExpected(decisions.first { $0["candidate"] as? String == hidden }?["hidden"], "triage status")
        let items = (status["shortlist"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
        checkAll(items, id: "candidate", hiddenIDs: hiddenIDs, "triage status shortlist")

        let show = try run(data, ["shortlist", "show", "V000005", "--json"], as: "astrid.had")
        let shown = show["candidates"] as? [[String: Any]] ?? []
        checkAll(shown, id: "candidate", hiddenIDs: hiddenIDs, "shortlist show")
        isExpected(shown.first { $0["candidate"] as? String == hidden }?["hidden"], "shortlist show")

        let review = try run(data, ["review", "list", "--json"], as: "astrid.had")
        let queued = (review["queue"] as? [[String: Any]] ?? []).flatMap { $0["candidates"] as? [[String: Any]] ?? [] }
        checkAll(queued, id: "candidate", hiddenIDs: hiddenIDs, "review list")
        isExpected(queued.first { $0["candidate"] as? String == hidden }?["hidden"], "review list")

        let export = try run(data, ["shortlist", "export", "V000005", "--format", "json"], as: "astrid.had")
        let exported = export["candidates"] as? [[String: Any]] ?? []
        checkAll(exported, id: "candidate", hiddenIDs: hiddenIDs, "shortlist export")
        isExpected(exported.first { $0["candidate"] as? String == hidden }?["hidden"], "shortlist export")

        let explain = try run(data, ["explain", "V000005", hidden, "--json"], as: "astrid.had")
        isExpected(explain["hidden"], "explain")
        #expect(try run(data, ["explain", "V000005", visible, "--json"], as: "astrid.had")["hidden"] == nil)

        let match = try run(data, ["match", "V000123", "--top", "300", "--near", "20", "--json"], as: "astrid.had")
        checkAll((match["candidates"] as? [[String: Any]] ?? []) + (match["nearMisses"] as? [[String: Any]] ?? []),
                 id: "candidateId", hiddenIDs: hiddenIDs, "match")

        let search = try run(data, ["search", "muni:0813,0510", "--top", "200", "--json"], as: "astrid.had")
        let hits = search["hits"] as? [[String: Any]] ?? []
        checkAll(hits, id: "candidateId", hiddenIDs: hiddenIDs, "search")
        #expect(hits.contains { $0["hidden"] != nil } && hits.contains { $0["hidden"] == nil }, "search lists both kinds")
    }
}
