/// The event loop shared by the real program and the tests.
///
/// Each tick: read a key (with a short timeout so signals and background work are
/// noticed), let the app handle it, re-render and draw the difference. Ctrl-L
/// repaints, Ctrl-Z suspends, a resize re-renders at the new size, and below the
/// minimum size a notice replaces the screen instead of a garbled layout.
public enum TerminalApp {
    /// Why `run` returned.
    public enum ExitReason: Hashable, Sendable {
        /// `handle` returned false (the user quit).
        case finished
        /// A stop signal arrived (SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, …); save, close the
        /// terminal and exit with `signal.exitStatus`.
        case signal(StopSignal)
        /// The terminal has no more input (scripted test ended).
        case inputClosed
    }

    /// Runs until `handle` returns false, a stop signal arrives or input closes.
    ///
    /// - Parameters:
    ///   - minimumSize: below it `tooSmallScreen` is shown (keys still reach `handle`, so `q` quits).
    ///   - pollMilliseconds: key timeout per tick; 50–100 keeps signals and wakes prompt.
    ///   - wake: set by background work; a raised flag triggers a re-render.
    ///   - onTick: called on every tick without a key; return true to re-render (e.g. polled progress).
    ///   - handle: a key (never Ctrl-L or Ctrl-Z, which the loop handles); return false to quit.
    ///   - isolation: the caller's actor (inferred), so the closures may use main-actor
    ///     state when `run` is called from `@MainActor` or top-level code.
    ///   - render: draws the whole screen for a size; must be a pure function of app state.
    @discardableResult
    public static func run(
        terminal: Terminal,
        minimumSize: TerminalSize = .minimum,
        appName: String = "jobmatch",
        pollMilliseconds: Int = 75,
        wake: WakeSignal? = nil,
        onTick: () -> Bool = { false },
        isolation: isolated (any Actor)? = #isolation,
        handle: (Key) -> Bool,
        render: (TerminalSize) -> ScreenBuffer
    ) -> ExitReason {
        func frame() -> ScreenBuffer {
            let size = terminal.size
            return size.fits(minimumSize)
                ? render(size)
                : tooSmallScreen(size: size, minimum: minimumSize, appName: appName)
        }
        terminal.draw(frame())
        while true {
            if let signal = terminal.takeStopSignal() { return .signal(signal) }
            if terminal.isInputClosed { return .inputClosed }
            var dirty = false
            if let key = terminal.readKey(timeoutMilliseconds: pollMilliseconds) {
                switch key {
                case .ctrl("l"):
                    terminal.invalidate()
                    dirty = true
                case .ctrl("z"):
                    terminal.suspend()
                    terminal.invalidate()
                    dirty = true
                default:
                    guard handle(key) else { return .finished }
                    dirty = true
                }
            } else {
                if let signal = terminal.takeStopSignal() { return .signal(signal) }
                dirty = onTick()
            }
            if wake?.consume() == true { dirty = true }
            if dirty { terminal.draw(frame()) }
        }
    }

    /// The notice shown when the terminal is smaller than the layout needs:
    /// "Terminal too small: 70×20 — jobmatch needs at least 80×24", wrapped and centred.
    public static func tooSmallScreen(size: TerminalSize, minimum: TerminalSize = .minimum, appName: String = "jobmatch") -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let message = tooSmallMessage(size: size, minimum: minimum, appName: appName)
        let lines = TextWrap.wrap(message, width: max(1, size.width))
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, style: .warn)
        }
        return buffer
    }

    /// The text of the too-small notice.
    public static func tooSmallMessage(size: TerminalSize, minimum: TerminalSize = .minimum, appName: String = "jobmatch") -> String {
        "Terminal too small: \(size) — \(appName) needs at least \(minimum)"
    }
}
