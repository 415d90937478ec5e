import Foundation
import Testing

/// The real binary in a real terminal (tmux): what a consultant sees and that the terminal
/// is handed back in cooked mode however the program ends.
@Suite("Workbench under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct WorkbenchTmuxTests {
    /// Starts the workbench on a private copy of the demo; after it exits the shell records
    /// the terminal mode with `stty -a` and waits, so the test can read it.
    private func start(_ name: String, width: Int = 100, height: Int = 30, env: String = "")
        throws -> (TmuxSession, data: URL, stty: URL) {
        let data = try Harness.demoCopy(name)
        let stty = data.deletingLastPathComponent().appendingPathComponent("stty.txt")
        let session = TmuxSession(name: name)
        let status = stty.deletingLastPathComponent().appendingPathComponent("status.txt")
        try session.start("\(env) \(Harness.binary.path) --data \(data.path) --today 2026-11-24 --user mette.frh --municipality 0813; "
                          + "echo $? > \(status.path); stty -a > \(stty.path); sleep 60", width: width, height: height)
        return (session, data, stty)
    }

    private func waitForFile(_ url: URL, timeout: TimeInterval = 15) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOf: url, encoding: .utf8), s.contains("speed") { return s }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    /// `stty -a` prints `icanon` and `echo` (not `-icanon`/`-echo`) in cooked mode.
    private func isCooked(_ stty: String) -> Bool {
        let words = stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        return words.contains("icanon") && words.contains("echo")
    }

    @Test("a consultant opens a vacancy, sees ranked candidates, opens one, and quits with q")
    func browseAndQuit() throws {
        let (tmux, data, stty) = try start("browse")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var screen = try tmux.waitFor(text: "Expiring within 5 days")
        #expect(screen.contains("Frederikshavn") && screen.contains("Hjørring"))
        #expect(screen.contains("mette.frh"))

        try tmux.send("v")
        screen = try tmux.waitFor(text: "open vacancies")
        try tmux.send("Enter")
        screen = try tmux.waitFor(timeout: 20, "a ranking") { $0.contains("qualify") && $0.contains("Score") }
        #expect(screen.contains("Ranking V"))

        try tmux.send("?")
        screen = try tmux.waitFor(text: "Keys — Ranking")
        #expect(screen.contains("Enter"))
        try tmux.send("Escape")
        _ = try tmux.waitFor(timeout: 5, "help closed") { !$0.contains("Keys — Ranking") }

        for _ in 0..<5 { try tmux.send("q") }
        let mode = try #require(waitForFile(stty), "the workbench did not exit on q")
        #expect(isCooked(mode), "terminal left in raw mode:\n\(mode)")
    }

    /// Every signal that would end the process, with the exit status a shell reports for it.
    static let stopSignals: [(name: String, status: Int)] = [
        ("TERM", 143), ("HUP", 129), ("INT", 130), ("QUIT", 131), ("PIPE", 141), ("USR1", 138), ("ALRM", 142),
    ]

    @Test("a terminating signal ends the workbench, restores the terminal and exits 128 + signal",
          arguments: stopSignals.map(\.name))
    func signal(_ name: String) throws {
        let (tmux, data, stty) = try start("sig\(name.lowercased())")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        // Anchored at the binary's path so neither the shell in tmux nor this one matches.
        let r = try Harness.shell("pkill -\(name) -f '^\(Harness.binary.path) --data \(data.path)'")
        #expect(r.status == 0)
        let mode = try #require(waitForFile(stty), "the workbench did not exit on SIG\(name)")
        #expect(isCooked(mode), "terminal left in raw mode:\n\(mode)")
        let status = try String(contentsOf: stty.deletingLastPathComponent().appendingPathComponent("status.txt"), encoding: .utf8)
        #expect(Int(status.trimmingCharacters(in: .whitespacesAndNewlines)) == Self.stopSignals.first { $0.name == name }?.status)
        // The alternate screen is left (the workbench is gone from the pane), the cursor is shown,
        // and no crash report was printed.
        #expect(try tmux.paneFlags(["alternate_on", "cursor_flag"]) == ["0", "1"])
        let screen = try tmux.capture()
        #expect(!screen.contains("Expiring within 5 days") && !screen.contains("Crash") && !screen.contains("Backtrace"),
                "\(screen)")
    }

    @Test("Ctrl-C quits from any screen and restores the terminal")
    func controlC() throws {
        let (tmux, data, stty) = try start("ctrlc")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.send("v")
        _ = try tmux.waitFor(text: "open vacancies")
        try tmux.send("C-c")
        let mode = try #require(waitForFile(stty), "the workbench did not exit on Ctrl-C")
        #expect(isCooked(mode), "terminal left in raw mode:\n\(mode)")
        // Ctrl-C is the quit key in raw mode (not a signal): a normal exit, like q.
        let status = try String(contentsOf: stty.deletingLastPathComponent().appendingPathComponent("status.txt"), encoding: .utf8)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("Ctrl-Z suspends to the shell in cooked mode and fg resumes with a full redraw")
    func suspendAndResume() throws {
        let data = try Harness.demoCopy("suspend")
        let tmux = TmuxSession(name: "suspend")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        try tmux.start("bash --norc --noprofile -i")
        _ = try tmux.waitFor(timeout: 10, "a shell prompt") { $0.contains("$") || $0.contains("#") }
        try tmux.type("\(Harness.binary.path) --data \(data.path) --today 2026-11-24")
        try tmux.send("Enter")
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.send("C-z")
        _ = try tmux.waitFor(text: "Stopped")
        try tmux.type("stty -a > \(data.path)/stty.txt; echo saved")
        try tmux.send("Enter")
        _ = try tmux.waitFor(timeout: 10, "stty saved") { $0.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "saved" } }
        let stty = try String(contentsOf: URL(fileURLWithPath: "\(data.path)/stty.txt"), encoding: .utf8)
        #expect(isCooked(stty), "suspended with the terminal in raw mode:\n\(stty)")
        try tmux.type("fg")
        try tmux.send("Enter")
        let screen = try tmux.waitFor(text: "Expiring within 5 days")
        #expect(!screen.contains("saved"), "the whole screen is redrawn after fg")
        try tmux.send("q")
        _ = try tmux.waitFor(timeout: 10, "the shell prompt after q") { !$0.contains("Expiring within 5 days") }
    }

    @Test("a resize redraws the layout, and too small a terminal says so")
    func resize() throws {
        let (tmux, data, _) = try start("resize")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.resize(width: 70, height: 20)
        _ = try tmux.waitFor(text: "Terminal too small")
        try tmux.resize(width: 120, height: 40)
        let screen = try tmux.waitFor(timeout: 10, "the dashboard at 120×40") {
            $0.contains("Expiring within 5 days") && ($0.split(separator: "\n").first?.count ?? 0) > 100
        }
        #expect(!screen.contains("Terminal too small"))
    }

    @Test("NO_COLOR still gives a usable screen at 80×24")
    func monochromeSmallest() throws {
        let (tmux, data, _) = try start("nocolor", width: 80, height: 24, env: "NO_COLOR=1")
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let screen = try tmux.waitFor(text: "Municipalities")
        #expect(!screen.contains("Terminal too small"))
        #expect(screen.contains("? help"))
    }

    @Test("a consultant searches candidates with the query language, takes a suggestion, and opens a profile")
    func candidateSearch() throws {
        let (tmux, data, stty) = try start("cands", width: 80, height: 24)
        defer { tmux.kill(); try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.send("c")
        _ = try tmux.waitFor(text: "Query:")
        try tmux.type("near:Frederikshavn/30 truckkorsel")
        var screen = try tmux.waitFor(text: "Did you mean Truckkørsel? Tab accepts")
        try tmux.send("Tab")
        screen = try tmux.waitFor(timeout: 20, "results sorted by distance") {
            $0.contains("Query: near:Frederikshavn/30 Truckkørsel") && $0.contains("match · nearest first") && !$0.contains("showing")
                && !$0.contains("searching…")
        }
        #expect(screen.contains("Frederikshavn "), "counts per municipality:\n\(screen)")
        // A half-typed term keeps the results and points at the token.
        try tmux.type(" lic:")
        screen = try tmux.waitFor(text: "'lic:' needs a value")
        #expect(screen.contains("^^^^") && screen.contains("showing “near:Frederikshavn/30"), "\(screen)")
        try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace", "Enter", "Enter")
        screen = try tmux.waitFor(timeout: 20, "the profile") { $0.contains("› Candidate K") && $0.contains("Profile") }
        try tmux.send("Escape")
        _ = try tmux.waitFor(text: "nearest first")
        for _ in 0..<4 { try tmux.send("q") }
        let mode = try #require(waitForFile(stty), "the workbench did not exit on q")
        #expect(isCooked(mode), "terminal left in raw mode:\n\(mode)")
    }
}
