import Foundation
import Testing

/// `audit verify`, `audit show`, and the acting user of every headless command, through
/// the built binary on a private copy of the demo.
@Suite("CLI: audit log and privacy")
struct CLIAuditTests {
    private func run(_ data: URL, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path], environment: env)
    }

    private func candidates(_ data: URL) throws -> [[String: Any]] {
        try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test("audit verify names the edited line and exits 1; an intact log exits 0 with its head")
    func verify() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let who = ["--today", "2026-11-24", "--municipality", "0510", "--user", "astrid.had"]
        for id in ["K000001", "K000001", "K000001"] {
            let r = try run(data, ["explain", "V000123", id, "--contact"] + who)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let ok = try run(data, ["audit", "verify"])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        #expect(ok.stdout.contains("3 entries, chain intact; last hash "))
        let file = data.appendingPathComponent("audit.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        lines[1] = lines[1].replacingOccurrences(of: "\"user\":\"astrid.had\"", with: "\"user\":\"bob\"")
        try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
        let bad = try run(data, ["audit", "verify"])
        #expect(bad.status == 1)
        #expect(bad.stdout.hasPrefix("audit.jsonl:2: hash: the entry was changed after it was written"), "\(bad.stdout)")
        #expect(bad.stderr.contains("3 entries, 1 problem"))
        let missing = try Harness.run(["audit", "verify", "--data", data.path + "-typo"])
        #expect(missing.status == 1 && missing.stderr.contains("no data directory at"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "-typo"), "nothing is set up")
    }

    /// The municipality whose job centre owns a demo candidate (so the demo can be regenerated).
    static func owner(of id: String, in data: URL) throws -> String? {
        let text = try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8)
        guard let line = text.split(separator: "\n").first(where: { $0.contains("\"id\":\"\(id)\"") }),
              let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return (record["ownerMunicipality"] ?? record["municipality"]) as? String
    }

    @Test("audit show filters by candidate and user, as a table or JSON")
    func show() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let owner1 = try #require(try Self.owner(of: "K000001", in: data))
        _ = try run(data, ["explain", "V000123", "K000001", "--contact", "--today", "2026-11-24", "--municipality", owner1, "--user", "astrid.had"])
        // Each acts for the candidate's own municipality, so the contact is shown and logged.
        let owner2 = try #require(try Self.owner(of: "K000002", in: data))
        _ = try run(data, ["explain", "V000123", "K000002", "--contact", "--today", "2026-11-24", "--municipality", owner2, "--user", "bo.bil"])
        let all = try run(data, ["audit", "show"])
        #expect(all.status == 0 && all.stdout.contains("candidate K000001") && all.stdout.contains("candidate K000002"))
        let eva = try run(data, ["audit", "show", "--user", "astrid.had", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(eva.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["recordId"] as? String } == ["K000001"])
        #expect(list.first?["userMunicipality"] as? String == owner1)
        let k2 = try run(data, ["audit", "show", "--candidate", "K000002"])
        #expect(k2.stdout.contains("bo.bil") && !k2.stdout.contains("astrid.had"))
    }

    @Test("a disk that fills mid-entry leaves the log as it was, and the details unprinted")
    func shortWriteRollsBack() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let explain = "\(Harness.binary.path) explain V000123 K000001 --contact --data \(data.path) --today 2026-11-24 --municipality 0510 --user astrid.had"
        // A 1 KiB file-size limit with SIGXFSZ ignored: the write that crosses it is cut
        // short by the kernel, then fails with EFBIG, as on a full disk.
        var sizes: [Int] = []
        var outputs: [String] = []
        for _ in 0..<4 {
            let r = try Harness.shell("/bin/bash -c \"trap '' XFSZ; ulimit -f 1; \(explain)\"")
            outputs.append(r.output)
            sizes.append(try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent("audit.jsonl").path)[.size] as? Int ?? -1)
        }
        #expect(sizes[3] == sizes[2], "the failed append was rolled back: \(sizes)")
        #expect(sizes[2] < 1024 && sizes[2] + 300 > 1024, "the last attempt did cross the limit: \(sizes)")
        #expect(outputs[3].contains("Name and contact not shown: the audit log could not be written"))
        #expect(outputs[3].contains("File too large"))
        #expect(!outputs[3].contains("bo.laursen.andersen@example.dk"))
        let verify = try run(data, ["audit", "verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test("every command, run as a consultant of another municipality, prints no hidden candidate's name, e-mail or phone")
    func anotherMunicipalitySeesNoHiddenDetail() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let me = "0813"
        let people = try candidates(data)
        func isHidden(_ c: [String: Any]) -> Bool { c["ownerMunicipality"] as? String != me && !consentInForce(c, covering: me) }
        // Colleagues' names are printed on purpose ("ask Grethe Poulsen, …"); a candidate who
        // happens to share one with a user cannot be told apart by text, so such names are left out.
        let users = try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("users.json"))) as? [[String: Any]] ?? []
        let visibleNames = Set(people.filter { !isHidden($0) }.compactMap { $0["name"] as? String })
            .union(users.compactMap { $0["name"] as? String })
        let hidden = people.filter(isHidden)
        var secrets: [String] = []
        for c in hidden {
            for key in ["email", "phone"] { if let v = c[key] as? String { secrets.append(v) } }
            if let n = c["name"] as? String, !visibleNames.contains(n) { secrets.append(n) }
        }
        #expect(hidden.count > 100)
        let env = ["JOBMATCH_MUNICIPALITY": me, "JOBMATCH_USER": "mette.frh"]
        let day = ["--today", "2026-11-24"]
        var outputs: [String] = []
        func collect(_ args: [String]) throws {
            let r = try run(data, args + day, env: env)
            outputs.append(r.stdout + r.stderr)
        }
        let hiddenIDs = hidden.prefix(4).compactMap { $0["id"] as? String }
        for name in hidden.prefix(4).compactMap({ $0["name"] as? String }) {
            let r = try run(data, ["search", "\"\(name)\"", "--json"] + day, env: env)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let ids = (json["hits"] as? [[String: Any]] ?? []).compactMap { $0["candidateId"] as? String }
            #expect(Set(ids).isDisjoint(with: hiddenIDs), "a hidden candidate found by her name \(name)")
            outputs.append(r.stdout + r.stderr)
        }
        for vacancy in ["V000001", "V000123", "V000256"] {
            try collect(["match", vacancy, "--top", "300"])
            try collect(["match", vacancy, "--top", "300", "--json"])
        }
        for id in hiddenIDs {
            try collect(["explain", "V000123", id, "--contact"])
            try collect(["explain", "V000123", id, "--json"])
        }
        try collect(["search", "comp:weld.mig>=1", "--top", "300"])
        try collect(["search", "comp:weld.mig>=1", "--top", "300", "--json"])
        try collect(["stats"])
        try collect(["stats", "--json"])
        try collect(["validate"])
        try collect(["audit", "show"])
        try collect(["audit", "show", "--json"])
        for output in outputs {
            for secret in secrets where output.contains(secret) {
                Issue.record("\(secret) printed:\n\(output.prefix(2000))")
            }
        }
        #expect(outputs.contains { $0.contains("Name and contact hidden: no consent to share") })
        // The --json outputs say whom to ask instead, in the same `hidden` object everywhere.
        #expect(outputs.filter { $0.contains("\"hidden\" : {") && $0.contains("\"ask\" : ") }.count >= 4,
                "match, explain and search --json name whom to ask")
    }

    @Test("the acting user comes from --user/--municipality, else the environment; an unknown code is refused")
    func actingUser() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let r = try run(data, ["explain", "V000123", "K000001", "--contact", "--today", "2026-11-24"],
                        env: ["JOBMATCH_MUNICIPALITY": "0510", "JOBMATCH_USER": "astrid.had"])
        #expect(r.status == 0 && r.stdout.contains("E-mail:  bo.laursen.andersen@example.dk"))
        let log = try run(data, ["audit", "show", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [[String: Any]])
        #expect(list.first?["user"] as? String == "astrid.had" && list.first?["userMunicipality"] as? String == "0510")
        for command in [["stats"], ["match", "V000123"], ["search", "x"], ["explain", "V000123", "K000001"]] {
            let bad = try run(data, command + ["--municipality", "9999"])
            #expect(bad.status == 1 && bad.stderr.contains("unknown municipality code '9999'"), "\(command)")
        }
        let livesIn = try run(data, ["match", "V000123", "--lives-in", "0510", "--json", "--today", "2026-11-24"])
        let ranking = try #require(try JSONSerialization.jsonObject(with: Data(livesIn.stdout.utf8)) as? [String: Any])
        let ranked = try #require(ranking["candidates"] as? [[String: Any]])
        #expect(!ranked.isEmpty && ranked.allSatisfy { $0["municipality"] as? String == "0510" })
    }
}
