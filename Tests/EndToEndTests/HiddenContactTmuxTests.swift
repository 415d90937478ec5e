import Foundation
import Testing

/// The workbench names a hidden candidate's own consultant and her phone: astrid.had
/// (Haderslev) opens a Frederikshavn candidate who never consented.
@Suite("Whom to ask, in the workbench under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct HiddenContactTmuxTests {
    @Test("a hidden candidate's profile names her own consultant with her phone")
    func profileNamesHerOwnConsultant() throws {
        let (id, ask) = try CLIHiddenContactTests().hiddenFrederikshavnCandidate()
        let tmux = TmuxSession(name: "hiddenask")
        defer { tmux.kill() }
        try tmux.start("\(Harness.binary.path) --data \(Harness.sharedDemo.path) --today 2026-11-24 --user astrid.had; sleep 60",
                       width: 120, height: 40)
        _ = try tmux.waitFor(text: "Expiring within 5 days", timeout: 90)
        try tmux.send(":"); try tmux.type("open \(id)"); try tmux.send("Enter")
        let screen = try tmux.waitFor(text: "Name and contact hidden", timeout: 30)
        // The note wraps in the profile pane: read the pane's lines as one text.
        let profile = screen.split(separator: "\n").map { $0.components(separatedBy: "│")[0].trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(profile.contains("Name and contact hidden: no consent to share — \(ask)"), "\(screen)")
        #expect(!profile.contains("her consultant there is"), "\(screen)")
    }
}
