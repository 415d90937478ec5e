import Foundation
import Testing

/// `jobmatch search --save / --saved / --list-saved`: saved searches per user, in the journal.
@Suite("CLI: saved searches")
struct CLISavedSearchTests {
    private func run(_ data: URL, _ args: [String], user: String = "mette.frh") throws -> Harness.Result {
        try Harness.run(args + ["--data", data.path, "--today", "2026-11-24"], environment: ["JOBMATCH_USER": user])
    }

    private func json(_ r: Harness.Result) throws -> Any {
        #expect(r.status == 0, "\(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    @Test("save, list with counts, run by name (resetting the count); per user; durable and audited")
    func saveListRun() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let saved = try #require(try json(try run(data, ["search", "comp:weld.mig", "--save", "Svejsere", "--json"])) as? [String: Any])
        #expect(saved["action"] as? String == "save" && saved["entry"] as? Int == Harness.demoEntry(1) && saved["query"] as? String == "comp:weld.mig")
        let matched = try #require((saved["result"] as? [String: Any])?["matched"] as? Int)

        let list = try #require(try json(try run(data, ["search", "--list-saved", "--json"])) as? [[String: Any]])
        #expect(list.count == 1 && list[0]["name"] as? String == "Svejsere" && list[0]["matched"] as? Int == matched)
        #expect(list[0]["newCandidates"] as? Int != nil)

        let other = try #require(try json(try run(data, ["search", "--list-saved", "--json"], user: "astrid.had")) as? [[String: Any]])
        #expect(other.isEmpty, "saved searches are the user's own")
        let notHers = try run(data, ["search", "--saved", "Svejsere"], user: "astrid.had")
        #expect(notHers.status == 1 && notHers.stderr.contains("you have no saved search named 'Svejsere'"), "\(notHers.stderr)")

        let opened = try run(data, ["search", "--saved", "Svejsere"])
        #expect(opened.status == 0 && opened.stdout.contains("Saved search “Svejsere”:") && opened.stdout.contains("new since")
                && opened.stdout.contains("the count starts again now") && opened.stdout.contains("\(matched) candidate"), "\(opened.stdout)")
        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"kind\":\"savedSearch\"") && journal.contains("\"action\":\"open\""))
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"recordKind\":\"savedSearch\",\"recordId\":\"Svejsere\",\"detail\":\"saved search save: comp:weld.mig (journal entry \(Harness.demoEntry(1)))\""))

        let bad = try run(data, ["search", "comp:weld.mig", "--saved", "Svejsere"])
        #expect(bad.status != 0)
        let text = try run(data, ["search", "--list-saved"])
        #expect(text.stdout.contains("Svejsere") && text.stdout.contains("comp:weld.mig"))
    }
    @Test("saving and opening count from --today, the day the command runs as, not the clock's day")
    func savingAndOpeningUseToday() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        #expect(try run(data, ["search", "comp:weld.mig", "--save", "Svejsere"]).status == 0)
        let listed = try #require((try json(try run(data, ["search", "--list-saved", "--json"])) as? [[String: Any]])?.first)
        #expect(listed["newSince"] as? String == "2026-11-24", "\(listed)")
        let text = try run(data, ["search", "--list-saved"])
        #expect(text.stdout.contains("2026-11-24"), "\(text.stdout)")
        // Opened in a later session: "new since" the day it was saved, then the count starts on that later day.
        let opened = try Harness.run(["search", "--saved", "Svejsere", "--data", data.path, "--today", "2026-11-27"],
                                     environment: ["JOBMATCH_USER": "mette.frh"])
        #expect(opened.status == 0 && opened.stdout.contains("new since 2026-11-24"), "\(opened.stdout)\(opened.stderr)")
        let later = try Harness.run(["search", "--list-saved", "--json", "--data", data.path, "--today", "2026-11-27"],
                                    environment: ["JOBMATCH_USER": "mette.frh"])
        let row = try #require((try json(later) as? [[String: Any]])?.first)
        #expect(row["newSince"] as? String == "2026-11-27", "\(row)")
    }

    @Test("the new count follows candidates registered on or after the day it was last opened; --saved reports it before starting again")
    func newCountFollowsRegistrations() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let saved = try #require(try json(try run(data, ["search", "comp:weld.mig", "--save", "Svejsere", "--json"])) as? [String: Any])
        let hits = try #require((saved["result"] as? [String: Any])?["hits"] as? [[String: Any]])
        func listed() throws -> [String: Any] {
            try #require((try json(try run(data, ["search", "--list-saved", "--json"])) as? [[String: Any]])?.first)
        }
        let before = try listed()
        let since = try #require(before["newSince"] as? String)
        #expect(since == "2026-11-24", "new counts from the day it was last opened, the command's --today")
        let n0 = try #require(before["newCandidates"] as? Int)
        // Two of its matches registered before that day now register on it (a hand-edited record file).
        let older = hits.filter { ($0["unemployedSince"] as? String ?? "9999") < since }.compactMap { $0["candidateId"] as? String }
        try #require(older.count >= 2)
        let file = data.appendingPathComponent("candidates.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        for i in lines.indices where older.prefix(2).contains(where: { lines[i].contains("\"id\":\"\($0)\"") }) {
            lines[i] = lines[i].replacing(/"unemployedSince":"[0-9-]+"/, with: "\"unemployedSince\":\"\(since)\"")
        }
        try Harness.handEdit(data, "candidates.jsonl", Data(lines.joined(separator: "\n").utf8))
        let after = try listed()
        #expect(after["newCandidates"] as? Int == n0 + 2 && after["matched"] as? Int == before["matched"] as? Int, "\(after)")
        let text = try run(data, ["search", "--list-saved"])
        #expect(text.stdout.contains("new") && text.stdout.contains("Svejsere"))
        // Running it reports the same count (then records the opening).
        let opened = try #require(try json(try run(data, ["search", "--saved", "Svejsere", "--json"])) as? [String: Any])
        #expect(opened["newCandidates"] as? Int == n0 + 2 && opened["since"] as? String == since && opened["action"] as? String == "open")
    }
}
