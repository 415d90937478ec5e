#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A signal that asks the program to stop: any signal whose default action would end the
/// process (delivered by `kill`, a closed terminal, `timeout`, a broken pipe…), apart from
/// crashes and SIGKILL. The run loop returns so the app can save, restore the terminal and
/// exit with `exitStatus`.
public struct StopSignal: Hashable, Sendable, CustomStringConvertible {
    /// The signal number (`SIGTERM` is 15 on Linux).
    public let number: Int32

    public init(number: Int32) { self.number = number }

    public static let interrupt = StopSignal(number: SIGINT)
    public static let terminate = StopSignal(number: SIGTERM)
    public static let hangup = StopSignal(number: SIGHUP)
    public static let quit = StopSignal(number: SIGQUIT)
    public static let brokenPipe = StopSignal(number: SIGPIPE)
    public static let user1 = StopSignal(number: SIGUSR1)
    public static let alarm = StopSignal(number: SIGALRM)

    /// The shell convention for a program ended by a signal: 128 + its number (SIGINT 130,
    /// SIGHUP 129, SIGQUIT 131, SIGTERM 143).
    public var exitStatus: Int32 { 128 + number }

    /// "SIGTERM", or "signal 40" for a real-time signal.
    public var description: String {
        let names: [Int32: String] = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP", SIGQUIT: "SIGQUIT",
                                      SIGPIPE: "SIGPIPE", SIGUSR1: "SIGUSR1", SIGUSR2: "SIGUSR2", SIGALRM: "SIGALRM"]
        return names[number] ?? "signal \(number)"
    }
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
