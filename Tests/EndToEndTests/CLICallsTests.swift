import Foundation
import Testing

/// `jobmatch calls list|log|record` through the built binary.
@Suite("CLI: follow-up calls")
struct CLICallsTests {
    private func run(_ data: URL, _ args: [String], env: [String: String] = [:]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path], environment: env)
    }

    private func object(_ r: Harness.Result) throws -> [String: Any] {
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("the queue: the cooperation's open vacancies expiring within 5 days, with contact, phone and shortlist count")
    func list() throws {
        let data = Harness.sharedDemo
        let registry = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: data.appendingPathComponent("municipalities.json"))) as? [String: Any])
        let participating = Set(try #require(registry["participating"] as? [String]))
        let items = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-24"]))["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            #expect(participating.contains(item["municipality"] as? String ?? ""), "\(item)")
            let expires = try #require(item["expires"] as? String)
            #expect(expires >= "2026-11-24" && expires <= "2026-11-29", "\(item)")
            #expect(!(item["contactName"] as? String ?? "").isEmpty && !(item["contactPhone"] as? String ?? "").isEmpty)
            #expect(item["shortlisted"] as? Int == 0 && item["lastCall"] == nil)
        }
        let statuses = items.map { $0["status"] as? String ?? "" }
        #expect(statuses.contains("overdue") && statuses.contains("due"))
        #expect(statuses == statuses.sorted { ($0 == "overdue" ? 0 : 1) < ($1 == "overdue" ? 0 : 1) }, "overdue first")
        let table = try run(data, ["calls", "list", "--today", "2026-11-24"])
        #expect(table.stdout.contains("OVERDUE"), "overdue is readable without colour")
    }

    @Test("no answer in a command run as of --today is due again the working day after that day, not after the clock's")
    func noAnswerCountsFromToday() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let items = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-24"]))["items"] as? [[String: Any]])
        let v = try #require(items.first { ($0["expires"] as? String ?? "") > "2026-11-25" }?["vacancy"] as? String)
        // 2026-11-24 is a Tuesday: call again on Wednesday the 25th.
        let none = try run(data, ["calls", "record", v, "no-answer", "--today", "2026-11-24"])
        #expect(none.status == 0 && none.stdout.contains("; call again on 2026-11-25"), "\(none.stdout) \(none.stderr)")
        let after = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-24"]))["items"] as? [[String: Any]])
        let row = try #require(after.first { $0["vacancy"] as? String == v })
        #expect(row["due"] as? String == "2026-11-25" && row["status"] as? String == "due", "\(row)")
        #expect((row["lastCall"] as? [String: Any])?["day"] as? String == "2026-11-24", "\(row)")
        // The next day's queue: due today, not overdue and not days ahead.
        let next = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-25"]))["items"] as? [[String: Any]])
        #expect(next.first { $0["vacancy"] as? String == v }?["due"] as? String == "2026-11-25")
    }

    @Test("record: durable, by the acting user, audited; no answer means call again the next working day; the log per company")
    func record() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let items = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-24"]))["items"] as? [[String: Any]])
        let v = try #require(items.first?["vacancy"] as? String)
        let journal = data.appendingPathComponent("journal.jsonl"), before = try Data(contentsOf: journal)  // the demo's visits

        let bad = try run(data, ["calls", "record", v, "maybe"])
        #expect(bad.status != 0 && bad.stderr.contains("not a call outcome"), "\(bad.stderr)")
        #expect(try Data(contentsOf: journal) == before, "a refused call writes nothing")

        let none = try run(data, ["calls", "record", v, "no-answer", "--note", "telefonsvarer"])
        #expect(none.status == 0 && none.stdout.contains("no-answer — recorded as journal entry \(Harness.demoEntry(1)) by mette.frh; call again on"),
                "\(none.stdout) \(none.stderr)")
        let filled = try object(try run(data, ["calls", "record", v, "filled", "--json"], env: ["JOBMATCH_USER": "astrid.had"]))
        let call = try #require(filled["call"] as? [String: Any])
        #expect(call["outcome"] as? String == "filled" && call["user"] as? String == "astrid.had" && filled["due"] == nil)

        let after = try #require(try object(try run(data, ["calls", "list", "--json", "--today", "2026-11-24"]))["items"] as? [[String: Any]])
        let row = try #require(after.first { $0["vacancy"] as? String == v })
        #expect(row["status"] as? String == "done")
        #expect((row["lastCall"] as? [String: Any])?["user"] as? String == "astrid.had")

        let log = try object(try run(data, ["calls", "log", v, "--json"]))
        let calls = try #require(log["calls"] as? [[String: Any]])
        #expect(calls.compactMap { ($0["call"] as? [String: Any])?["outcome"] as? String } == ["no-answer", "filled"])
        let company = try #require(log["company"] as? String)
        #expect(try run(data, ["calls", "log", company]).stdout.contains("telefonsvarer"))

        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"recordKind\":\"vacancy\",\"recordId\":\"\(v)\",\"detail\":\"follow-up call: filled (journal entry \(Harness.demoEntry(2)))\""))
        let closed = try run(data, ["calls", "record", "V000006", "filled"])
        #expect(closed.status == 1 && closed.stderr.contains("V000006 is filled"), "\(closed.stderr)")
    }
}
