import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `jobmatch triage` through the built binary: acting users, durability under SIGKILL.
@Suite("CLI: triage and users")
struct CLITriageTests {
    private func run(_ data: URL, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path], environment: env)
    }

    @Test("an unknown user, or a municipality outside the cooperation, is refused and nothing is written")
    func unknownUser() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let stranger = try run(data, ["triage", "decide", "V000001", "K000001", "yes", "--user", "nobody"])
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("unknown user 'nobody'") && stranger.stderr.contains("mette.frh"), "\(stranger.stderr)")
        let outside = try run(data, ["triage", "decide", "V000001", "K000001", "yes", "--municipality", "0101"])
        #expect(outside.status == 1 && outside.stderr.contains("0101 København is outside the cooperation"), "\(outside.stderr)")
        let viaEnv = try run(data, ["stats"], env: ["JOBMATCH_USER": "ghost"])
        #expect(viaEnv.status == 1 && viaEnv.stderr.contains("unknown user 'ghost'"))
        #expect(try Data(contentsOf: data.appendingPathComponent("journal.jsonl")) == Data(contentsOf: Harness.repoRoot.appendingPathComponent("data/demo/journal.jsonl")),
                "the demo's journal is as it was")
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("audit.jsonl").path))
    }

    @Test("decide, undo, redo and status: durable, with the acting user, audited, pseudonyms where names are hidden")
    func decideAndStatus() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let yes = try run(data, ["triage", "decide", "V000001", "K000001", "yes", "--note", "kører selv"])
        #expect(yes.status == 0 && yes.stdout.contains("recorded as journal entry \(Harness.demoEntry(1)) by mette.frh"), "\(yes.stderr)")
        let no = try run(data, ["triage", "decide", "V000001", "K000002", "no", "--reason", "too-far", "--json"])
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(no.stdout.utf8)) as? [String: Any])
        #expect(entry["sequence"] as? Int == Harness.demoEntry(2) && entry["reason"] as? String == "too-far" && entry["user"] as? String == "mette.frh")
        #expect(try run(data, ["triage", "undo", "V000001"]).stdout.contains("K000002: no undone"))
        #expect(try run(data, ["triage", "redo", "V000001"]).stdout.contains("K000002: no restored"))
        let bad = try run(data, ["triage", "decide", "V000001", "K000001", "maybe", "--reason", "too-far"])
        #expect(bad.status != 0 && bad.stderr.contains("--reason goes with `no` only"))

        // Acting for 0510, K000001 (owned elsewhere, consent per the demo) is shown as the rule says.
        let status = try run(data, ["triage", "status", "V000001", "--json"], env: ["JOBMATCH_USER": "astrid.had"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["decisions"] as? [[String: Any]])
        #expect(rows.map { $0["candidate"] as? String } == ["K000001", "K000002"])
        let people = try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8)
            .split(separator: "\n").prefix(2).compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        for (row, person) in zip(rows, people) {
            let visible = person["ownerMunicipality"] as? String == "0510" || consentInForce(person, covering: "0510")
            #expect((row["name"] as? String != nil) == visible, "\(row)")
        }
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"action\":\"change\",\"recordKind\":\"candidate\",\"recordId\":\"K000001\",\"detail\":\"triage yes on V000001 (journal entry \(Harness.demoEntry(1)))\""))
    }

    @Test("SIGKILL at random moments of `triage decide`: every acknowledged decision is in the journal")
    func killDuringDecide() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var acknowledged: [String] = []
        var rng = SystemRandomNumberGenerator()
        for i in 1...16 {
            let candidate = String(format: "K%06d", i)
            let out = data.deletingLastPathComponent().appendingPathComponent("out-\(i)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            let handle = try FileHandle(forWritingTo: out)
            let p = Process()
            p.executableURL = Harness.binary
            p.arguments = ["triage", "decide", "V000002", candidate, "maybe", "--data", data.path]
            var env = ProcessInfo.processInfo.environment
            env["JOBMATCH_USER"] = "mette.frh"
            // Odd trials die at a chosen step of the append (1: after the write, before the
            // fsync; 2: after the fsync, before the acknowledgement); even ones at a random moment.
            if i % 2 == 1 { env["JOBMATCH_CRASH_AT"] = String(i % 4 == 1 ? 1 : 2) }
            p.environment = env
            p.standardOutput = handle
            p.standardError = FileHandle.nullDevice
            try p.run()
            if i % 2 == 0 {
                usleep(UInt32.random(in: 0...700_000, using: &rng))
                kill(p.processIdentifier, SIGKILL)
            }
            p.waitUntilExit()
            try handle.close()
            if String(decoding: try Data(contentsOf: out), as: UTF8.self).contains("recorded as journal entry") {
                acknowledged.append(candidate)
            }
        }
        let status = try run(data, ["triage", "status", "V000002", "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        #expect(json["warning"] == nil)
        let present = Set((json["decisions"] as? [[String: Any]] ?? []).compactMap { $0["candidate"] as? String })
        #expect(Set(acknowledged).isSubset(of: present), "acknowledged \(acknowledged), present \(present.sorted())")
        // Those killed after their write are there too, though nobody was told: allowed.
        #expect(present.contains("K000001") && present.contains("K000003"))
        // The journal still takes appends after all that.
        #expect(try run(data, ["triage", "decide", "V000002", "K000100", "yes"]).status == 0)
    }
}
