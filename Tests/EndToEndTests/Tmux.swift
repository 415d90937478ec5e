import Foundation

/// One tmux server and session per test (own socket), so tests run in parallel.
struct TmuxSession {
    let name: String
    let socket: String

    init(name: String) {
        self.name = name
        self.socket = "jm-\(name)-\(UUID().uuidString.prefix(6))"
    }

    static var available: Bool { (try? Harness.shell("command -v tmux").status) == 0 }

    private func tmux(_ args: String) throws -> (status: Int32, output: String) {
        try Harness.shell("tmux -L \(socket) \(args)")
    }

    /// Starts `command` in a detached session of the given size with a UTF-8 locale, and
    /// `environment` on top (e.g. `NO_COLOR: ""` for colour: `swift test` sets NO_COLOR=1).
    func start(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        let quoted = command.replacingOccurrences(of: "'", with: "'\\''")
        let extra = environment.sorted { $0.key < $1.key }.map { " -e '\($0.key)=\($0.value)'" }.joined()
        // The first command starts the tmux server, which would inherit (and hold open) the
        // output pipe the harness reads to its end: send the server's output elsewhere.
        let r = try tmux("new-session -d -s \(name) -x \(width) -y \(height) -e LANG=C.UTF-8 -e TERM=xterm-256color -e JOBMATCH_USER=mette.frh\(extra) '\(quoted)' </dev/null >/dev/null 2>&1")
        guard r.status == 0 else { throw TmuxError.failed("tmux new-session failed with status \(r.status)") }
    }

    /// Sends keys as tmux names them (`j`, `Enter`, `Escape`, `C-c`, …).
    func send(_ keys: String...) throws {
        for key in keys { _ = try tmux("send-keys -t \(name) \(key)") }
    }

    /// Types literal text.
    func type(_ text: String) throws {
        let quoted = text.replacingOccurrences(of: "'", with: "'\\''")
        _ = try tmux("send-keys -t \(name) -l '\(quoted)'")
    }

    func capture() throws -> String {
        try tmux("capture-pane -p -t \(name)").output
    }

    /// tmux's format variables for the pane, e.g. `alternate_on` (1 while the program has
    /// the alternate screen) and `cursor_flag` (1 when the cursor is visible).
    func paneFlags(_ names: [String]) throws -> [String] {
        let format = names.map { "#{\($0)}" }.joined(separator: " ")
        return try tmux("display-message -p -t \(name) '\(format)'").output
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").map(String.init)
    }

    func resize(width: Int, height: Int) throws {
        _ = try tmux("resize-window -t \(name) -x \(width) -y \(height)")
    }

    /// Polls the screen until `predicate` holds or the time limit passes; returns the last screen.
    @discardableResult
    func waitFor(timeout: TimeInterval = 20, _ what: String = "", _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError.timeout("waiting for \(what); screen was:\n\(screen)")
    }

    /// Like `waitFor`, and two captures in a row must agree: a whole frame, not one the
    /// terminal is still drawing (where a new header may sit above an old status line).
    @discardableResult
    func waitForSettled(timeout: TimeInterval = 20, _ what: String = "", _ predicate: (String) -> Bool) throws -> String {
        var previous = ""
        return try waitFor(timeout: timeout, what) { screen in
            defer { previous = screen }
            return predicate(screen) && screen == previous
        }
    }

    func waitFor(text: String, timeout: TimeInterval = 20) throws -> String {
        try waitFor(timeout: timeout, "“\(text)”") { $0.contains(text) }
    }

    func kill() {
        _ = try? tmux("kill-server")
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed(String), timeout(String)
    var description: String {
        switch self { case .failed(let s), .timeout(let s): return s }
    }
}
