import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `jobmatch journal status|compact` through the built binary, and compaction SIGKILLed at
/// every step (`JOBMATCH_CRASH_AT`, see `CrashPoint`): the state is the same after each.
@Suite("CLI: journal compaction")
struct CLIJournalTests {
    /// A small generated directory with four journal entries on V000001 after the demo
    /// visits it starts with (`base` of them), its user, and the vacancy's triage status as JSON.
    private func fixture() throws -> (data: URL, user: String, status: String, base: Int) {
        let data = try Harness.temporaryDirectory().appendingPathComponent("data")
        let made = try Harness.run(["generate", "--seed", "7", "--today", "2026-11-24", "--candidates", "200",
                                    "--vacancies", "20", "--out", data.path])
        try #require(made.status == 0, "\(made.stderr)")
        let users = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("users.json"))) as? [[String: Any]])
        let user = try #require(users.first?["id"] as? String)
        let start = try JSONSerialization.jsonObject(with: Data(try run(data, user, ["journal", "status", "--json"]).stdout.utf8)) as? [String: Any]
        let base = try #require(start?["lastSequence"] as? Int)
        try #require(base > 0, "the generated directory starts with its company visits")
        for k in ["K000001", "K000002", "K000003"] {
            let r = try run(data, user, ["triage", "decide", "V000001", k, "yes"])
            try #require(r.status == 0, "\(r.stderr)")
        }
        try #require(try run(data, user, ["triage", "undo", "V000001"]).status == 0)
        return (data, user, try run(data, user, ["triage", "status", "V000001", "--json"]).stdout, base)
    }

    private func run(_ data: URL, _ user: String, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path], environment: env.merging(["JOBMATCH_USER": user]) { a, _ in a })
    }

    @Test("status and compact: counts, the snapshot, numbering that goes on, nothing to do the second time")
    func statusAndCompact() throws {
        let (data, user, before, base) = try fixture()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let status = try run(data, user, ["journal", "status"])
        #expect(status.stdout.contains("journal.jsonl: \(base + 4) entries") && status.stdout.contains("never compacted"), "\(status.stdout)")
        let visits = try run(data, user, ["visits", "list", "--json"]).stdout
        let compact = try run(data, user, ["journal", "compact"])
        #expect(compact.status == 0 && compact.stdout.contains("compacted: \(base + 4) entries")
                && compact.stdout.contains("the next entry is \(base + 5)"), "\(compact.stdout)\(compact.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(data, user, ["journal", "status", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(json["entries"] as? Int == 0 && json["lastSequence"] as? Int == base + 4)
        #expect((json["snapshot"] as? [String: Any])?["sequence"] as? Int == base + 4)
        #expect(try run(data, user, ["triage", "status", "V000001", "--json"]).stdout == before)
        #expect(try run(data, user, ["visits", "list", "--json"]).stdout == visits, "the snapshot keeps the company visits")
        #expect(try run(data, user, ["triage", "decide", "V000001", "K000004", "no", "--reason", "too-far"]).stdout.contains("journal entry \(base + 5)"))
        #expect(try run(data, user, ["journal", "compact"]).stdout.contains("the next entry is \(base + 6)"))
        #expect(try run(data, user, ["journal", "compact"]).stdout.contains("nothing to compact"))
        #expect(try run(data, user, ["validate"]).status == 0)
    }

    @Test("compaction SIGKILLed after each of its steps: same decisions, numbering goes on, the next compaction finishes")
    func killedAtEveryStep() throws {
        let (data, user, before, base) = try fixture()
        let parent = data.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: parent) }
        // 1: locked; 2-5: the manifest commit of the snapshot (staged, manifest temp, commit,
        // rename); 6: committed; 7: new journal durable; 8: renamed. 9 is past the last step.
        for step in 1...9 {
            let copy = parent.appendingPathComponent("step\(step)")
            try Harness.shell("cp -a '\(data.path)' '\(copy.path)'")
            let killed = try run(copy, user, ["journal", "compact"], env: ["JOBMATCH_CRASH_AT": "\(step)"])
            #expect((killed.status != 0) == (step < 9), "step \(step): \(killed.status) \(killed.stderr)")
            #expect(try run(copy, user, ["triage", "status", "V000001", "--json"]).stdout == before, "step \(step)")
            let next = try run(copy, user, ["triage", "decide", "V000001", "K000010", "maybe"])
            #expect(next.stdout.contains("journal entry \(base + 5)"), "step \(step): \(next.stdout)\(next.stderr)")
            let finish = try run(copy, user, ["journal", "compact"])
            #expect(finish.status == 0 && finish.stdout.contains("the next entry is \(base + 6)"), "step \(step): \(finish.stdout)\(finish.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(try run(copy, user, ["journal", "status", "--json"]).stdout.utf8)) as? [String: Any]
            #expect(json?["lastSequence"] as? Int == base + 5 && json?["totalEntries"] as? Int == base + 5, "step \(step)")
            #expect(try run(copy, user, ["validate"]).status == 0, "step \(step)")
        }
    }
}
