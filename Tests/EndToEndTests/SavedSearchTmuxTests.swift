import Foundation
import Testing

/// A saved search end to end in the real workbench at 80×24: saved with a name on the
/// Candidates screen, listed with its count on the Dashboard, opened from there; the
/// journal holds the save and the opening, and the CLI lists it with the same count.
@Suite("Saved searches under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct SavedSearchTmuxTests {
    @Test("save on Candidates (Ctrl-S), see it counted on the Dashboard, Enter opens it")
    func saveSeeOpen() throws {
        let data = try Harness.demoCopy("savedsearchtmux")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let tmux = TmuxSession(name: "savedsearch")
        defer { tmux.kill() }
        try tmux.start("\(Harness.binary.path) --data \(data.path) --today 2026-11-24 --user mette.frh; sleep 60", width: 80, height: 24)
        var screen = try tmux.waitFor(text: "Expiring within 5 days")
        #expect(!screen.contains("Saved searches"), "no section before she has saved one")
        try tmux.send("c")
        _ = try tmux.waitFor(text: "Query:")
        try tmux.type("comp:weld.mig")
        _ = try tmux.waitFor(text: "candidates match")
        try tmux.send("C-s")
        _ = try tmux.waitFor(text: "Save as:")
        try tmux.type("Svejsere")
        try tmux.send("Enter")
        _ = try tmux.waitFor(text: "Saved as “Svejsere”")
        try tmux.send("Escape")
        screen = try tmux.waitFor(timeout: 30, "the Dashboard's count") { s in
            s.split(separator: "\n").contains { $0.contains("Svejsere") && $0.contains(" new") && $0.contains("comp:weld.mig") }
        }
        #expect(screen.contains("Saved searches (1)") && !screen.contains("counting…"), "\(screen)")
        #expect(screen.contains("Expiring within 5 days"), "the call queue keeps its place at 80×24:\n\(screen)")
        let shown = try #require(screen.split(separator: "\n").first { $0.contains("Svejsere") }.flatMap { $0.firstMatch(of: /(\d+) new/) }).1

        try tmux.send("Tab")
        try tmux.send("Tab")
        try tmux.send("Enter")
        _ = try tmux.waitFor(text: "Candidates “Svejsere”")
        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"user\":\"mette.frh\",\"kind\":\"savedSearch\",\"vacancy\":\"\",\"name\":\"Svejsere\",\"query\":\"comp:weld.mig\",\"action\":\"save\""), "\(journal)")
        #expect(journal.contains("\"name\":\"Svejsere\",\"query\":\"comp:weld.mig\",\"action\":\"open\""), "\(journal)")

        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("\"recordKind\":\"savedSearch\",\"recordId\":\"Svejsere\",\"detail\":\"saved search save: comp:weld.mig"), "\(audit)")
        #expect(audit.contains("saved search open: comp:weld.mig"))

        // The CLI twin counts the same.
        let list = try Harness.run(["search", "--list-saved", "--json", "--data", data.path, "--today", "2026-11-24"],
                                   environment: ["JOBMATCH_USER": "mette.frh"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["name"] as? String == "Svejsere" && rows[0]["newCandidates"] as? Int == Int(shown))
    }
}
