import Foundation
import Testing

/// A whole triage session in the real workbench under tmux, keys only, and the headless
/// twin (`jobmatch triage status V --json`) agreeing with what the screen said.
@Suite("Triage under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct TriageTmuxTests {
    /// "Card 3 of 7" on screen → (3, 7).
    static func card(_ screen: String) -> (Int, Int)? {
        guard let r = screen.range(of: #"Card [0-9]+ of [0-9]+"#, options: .regularExpression) else { return nil }
        let parts = screen[r].split(separator: " ")
        return (Int(parts[1])!, Int(parts[3])!)
    }

    @Test("triage a vacancy with keys only (y, n + reason, m, s, u, Ctrl-R, second pass); quit; status agrees; reopening resumes")
    func fullTriage() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let tmux = TmuxSession(name: "triage")
        defer { tmux.kill() }
        let command = "\(Harness.binary.path) --data \(data.path) --today 2026-11-24 --user mette.frh --municipality 0813"
        try tmux.start(command + "; sleep 60", width: 80, height: 24)
        _ = try tmux.waitFor(text: "Expiring")

        // A vacancy with a short queue (4 to 8 cards), found by opening sessions in turn.
        var vacancy = "", total = 0
        for n in 1...80 {
            let id = String(format: "V%06d", n)
            try tmux.send(":"); try tmux.type("triage \(id)"); try tmux.send("Enter")
            let screen = try tmux.waitFor(timeout: 30, "the triage of \(id)") {
                $0.contains("Triage \(id)") && ($0.contains("Card ") || $0.contains("Nothing to triage") || $0.contains("Nobody to triage"))
            }
            if let (_, m) = Self.card(screen), (4...8).contains(m) { vacancy = id; total = m; break }
            try tmux.send("q")
        }
        try #require(!vacancy.isEmpty, "no demo vacancy with 4–8 cards among V000001–V000080")

        // First pass: yes, no (too far), maybe, skip on the first four cards (or fewer).
        try tmux.send("y")
        var screen = try tmux.waitFor(text: "— saved (entry \(Harness.demoEntry(1)))")
        #expect(Self.card(screen)?.0 == 2, "\(screen)")
        #expect(screen.contains("1/\(total) decided · 1 yes"), "\(screen)")
        try tmux.send("n")
        _ = try tmux.waitFor(text: "Reject — why?")
        try tmux.send("2")
        screen = try tmux.waitFor(text: "no (too-far) — saved (entry \(Harness.demoEntry(2)))")
        try tmux.send("u")
        screen = try tmux.waitFor(text: "Undone — saved (entry \(Harness.demoEntry(3)))")
        #expect(Self.card(screen)?.0 == 2, "undo brings card 2 back: \(screen)")
        try tmux.send("C-r")
        screen = try tmux.waitFor(text: "Redone — saved (entry \(Harness.demoEntry(4)))")
        #expect(Self.card(screen)?.0 == 3, "\(screen)")
        try tmux.send("m")
        screen = try tmux.waitFor(text: "maybe — saved (entry \(Harness.demoEntry(5)))")
        // The rest: skip the first of them, yes to the others, then the skipped card comes back.
        var expected = Harness.demoEntry(6)
        for i in 4...total {
            try tmux.send(i == 4 ? "s" : "y")
            screen = try tmux.waitFor(text: "saved (entry \(expected))")
            expected += 1
        }
        do {
            #expect(screen.contains("skipped earlier"), "\(screen)")
            try tmux.send("y")
            screen = try tmux.waitFor(text: "saved (entry \(expected))")
            expected += 1
        }
        // Second pass: card 3 was the only maybe; keep it a maybe.
        #expect(screen.contains("second pass"), "\(screen)")
        #expect(Self.card(screen)?.0 == 3, "\(screen)")
        try tmux.send("m")
        screen = try tmux.waitFor(text: "Every card is decided")
        let yes = total - 2
        #expect(screen.contains("\(yes) yes · 1 no · 1 maybe"), "\(screen)")

        // Pause, quit, and the headless twin reads the same journal.
        try tmux.send("q"); try tmux.send("q"); try tmux.send("q"); try tmux.send("q")
        let status = try Harness.run(["triage", "status", vacancy, "--json", "--data", data.path, "--user", "mette.frh",
                                      "--municipality", "0813"])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Int])
        #expect(counts["yes"] == yes && counts["no"] == 1 && counts["maybe"] == 1 && counts["skip"] == nil, "\(counts)")
        let decisions = try #require(json["decisions"] as? [[String: Any]])
        #expect(decisions.contains { $0["decision"] as? String == "no" && $0["reason"] as? String == "too-far" })
        #expect(decisions.contains { $0["decision"] as? String == "maybe" && $0["reason"] as? String == "second-pass" })

        // A new workbench on the same directory resumes: the triage is complete.
        let again = TmuxSession(name: "triage2")
        defer { again.kill() }
        try again.start(command + "; sleep 60", width: 120, height: 40)
        _ = try again.waitFor(text: "Expiring")
        try again.send(":"); try again.type("triage \(vacancy)"); try again.send("Enter")
        screen = try again.waitFor(text: "Every card is decided")
        #expect(screen.contains("\(yes) yes · 1 no · 1 maybe"), "\(screen)")
    }
}
