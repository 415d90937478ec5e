import Foundation
import Testing

/// `jobmatch match --near N --json`, the participating scope and closed vacancies, through
/// the built binary on a private copy of the demo (issue P6).
@Suite("CLI: match near misses, scope and closed vacancies")
struct CLINearMissTests {
    private func run(_ dir: URL, _ args: [String]) throws -> Harness.Result {
        try Harness.run(args + ["--data", dir.path, "--today", "2026-11-24"])
    }

    private func json(_ r: Harness.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
    }

    @Test("match --near --json keeps the summary and lists the near misses of a vacancy nobody qualifies for")
    func nearJSON() throws {
        let dir = try Harness.demoCopy()
        let r = try run(dir, ["match", "V000230", "--near", "3", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try json(r)
        #expect(out["qualified"] as? Int == 0)
        #expect((out["considered"] as? Int ?? 0) > 0)
        #expect((out["summary"] as? String)?.contains("0 of") == true)
        let excluded = try #require(out["excluded"] as? [String: Int])
        #expect(excluded["essentialCompetence"] ?? 0 > 0)
        #expect(excluded["hours"] != nil)
        let near = try #require(out["nearMisses"] as? [[String: Any]])
        #expect(!near.isEmpty && near.count <= 3)
        #expect(near.first?["gapText"] as? String == "lacks Fødevarehygiejne level 3 (has 2)")
        #expect(near.first?["gap"] as? String == "levelShort", "held, one level short")
        #expect(near.first?["hoursWanted"] is Int)
        #expect((out["nearMissCount"] as? Int ?? 0) >= near.count)
        let table = try run(dir, ["match", "V000230", "--near", "3"])
        #expect(table.stdout.contains("Near misses, missing one thing"))
        #expect(table.stdout.contains("lacks Fødevarehygiejne level 3 (has 2)"))
    }

    @Test("match ranks the participating municipalities by default; --all-municipalities widens it")
    func participatingScope() throws {
        let dir = try Harness.demoCopy()
        let registryURL = dir.appendingPathComponent("municipalities.json")
        var registry = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: registryURL)) as? [String: Any])
        registry["participating"] = ["0530", "0630"]  // Billund and Vejle only
        try Harness.handEdit(dir, "municipalities.json", try JSONSerialization.data(withJSONObject: registry))
        // The demo's users work in the other municipalities too; without users.json the
        // acting user is checked only against the (narrowed) cooperation.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("users.json"))
        let narrow = try json(try run(dir, ["match", "V000123", "--json"]))
        let wide = try json(try run(dir, ["match", "V000123", "--json", "--all-municipalities"]))
        let n = try #require(narrow["considered"] as? Int), w = try #require(wide["considered"] as? Int)
        #expect(0 < n && n < w, "default \(n), all \(w)")
        let both = try run(dir, ["match", "V000123", "--all-municipalities", "--lives-in", "0630"])
        #expect(both.status != 0)
        let help = try Harness.run(["match", "--help"])
        #expect(help.stdout.contains("participating municipalities"))
        #expect(help.stdout.contains("--all-municipalities"))
    }

    @Test("a filled or expired vacancy is not ranked: status 1 and the reason")
    func closedVacancies() throws {
        let dir = try Harness.demoCopy()
        let filled = try run(dir, ["match", "V000006"])
        #expect(filled.status == 1)
        #expect(filled.stderr.contains("V000006 is filled; only open vacancies are ranked"))
        #expect(filled.stdout.isEmpty)
        let expired = try run(dir, ["match", "V000083", "--json"])
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("expired — the ad ran out on 2026-11-18"))
    }
}
