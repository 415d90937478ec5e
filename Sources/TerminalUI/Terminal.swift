/// A signal that asks the program to stop (delivered by `kill`, a closed terminal or
/// Ctrl-C when raw mode is off). The run loop returns so the app can save and exit.
public enum StopSignal: String, Hashable, Sendable {
    case interrupt = "SIGINT"
    case terminate = "SIGTERM"
    case hangup = "SIGHUP"
}

/// What the screens draw on and read keys from.
///
/// Two implementations: `NcursesTerminal` for the real thing and `InMemoryTerminal`
/// for tests, so every screen is testable as text without a terminal.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: TerminalSize { get }
    /// The look chosen for this terminal (colour depth, NO_COLOR).
    var theme: Theme { get }
    /// Shows `buffer`, sending only what changed since the last draw (everything after
    /// `invalidate()`). A buffer of another size than the terminal is clipped.
    func draw(_ buffer: ScreenBuffer)
    /// Waits up to `timeoutMilliseconds` for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Makes the next `draw` repaint every cell (Ctrl-L, after suspend).
    func invalidate()
    /// Gives the terminal back to the shell and stops the process (Ctrl-Z); returns
    /// after the user resumes it with `fg`. The caller redraws.
    func suspend()
    /// The stop signal received since the last call, if any (consumed by reading).
    func takeStopSignal() -> StopSignal?
    /// True when no more input can come (a scripted test ran out of keys); the run loop stops.
    var isInputClosed: Bool { get }
    /// Restores the terminal (leaves curses mode). Safe to call twice.
    func close()
}
