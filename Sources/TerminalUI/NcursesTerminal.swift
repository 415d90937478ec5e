import CNcursesw
import CTerminalGuard
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the ncurses terminal could not start, worded for the person at the keyboard.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// The real terminal, drawn with wide-character ncurses.
///
/// Start-up order matters and is kept here: locale (so `get_wch` returns whole code
/// points), our stop-signal flags (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1,
/// SIGALRM and every other signal that would end the process) before curses starts (or
/// ncurses installs a handler that exits at once and loses unsaved work), the saved termios and crash guard,
/// then curses in raw mode (Ctrl-C and Ctrl-Z arrive as keys). Only one may exist at a time.
public final class NcursesTerminal: Terminal {
    public private(set) var size: TerminalSize
    public let theme: Theme
    private let screen: OpaquePointer
    private var last: ScreenBuffer?
    private var needsFullRedraw = true
    private var closed = false
    private var pairs: [StyleRole: Int16] = [:]
    private var attributeCache: [Style: (attr_t, Int16)] = [:]

    /// Starts curses on the controlling terminal.
    /// - Throws: `TerminalError` when stdin/stdout is not a terminal or `$TERM` is unknown.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError("the workbench needs an interactive terminal (stdin and stdout must be a TTY); use the command-line subcommands for scripts and pipes")
        }
        setlocale(LC_ALL, "")
        jm_guard_install_stop_handlers()
        _ = jm_guard_save_terminal(STDIN_FILENO)
        jm_guard_install_crash_handlers()
        guard let screen = jm_newterm() else {
            throw TerminalError("cannot use terminal type '\(environment["TERM"] ?? "")'; set TERM to one your system knows, e.g. TERM=xterm-256color")
        }
        self.screen = screen
        jm_guard_set_active(1)
        let window = jm_stdscr()
        raw()
        noecho()
        keypad(window, true)
        leaveok(window, true)
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        curs_set(0)
        mouseinterval(0)
        mousemask(jm_BUTTON4_PRESSED() | jm_BUTTON5_PRESSED(), nil)

        // NO_COLOR: never start colour, so the user's terminal colours stay untouched.
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var colorCount = 0
        if has_colors() && !noColor {
            start_color()
            use_default_colors()  // -1 keeps the user's own background
            colorCount = Int(jm_COLORS())
        }
        let theme = Theme.select(hasColors: has_colors(), colorCount: colorCount, environment: environment)
        self.theme = theme
        var y: Int32 = 0, x: Int32 = 0
        jm_getmaxyx(window, &y, &x)
        size = TerminalSize(width: Int(x), height: Int(y))
        if theme.usesColor { allocatePairs() }
    }

    deinit { close() }

    private func allocatePairs() {
        var next: Int16 = 1
        for role in StyleRole.allCases {
            let a = theme.attributes(for: role)
            guard a.usesColor, Int32(next) < jm_COLOR_PAIRS() else { continue }
            init_pair(next, a.foreground.index, a.background.index)
            pairs[role] = next
            next += 1
        }
    }

    private func cursesAttributes(for style: Style) -> (attr_t, Int16) {
        if let cached = attributeCache[style] { return cached }
        let a = theme.attributes(for: style)
        var bits = jm_A_NORMAL()
        if a.bold { bits |= jm_A_BOLD() }
        if a.underline { bits |= jm_A_UNDERLINE() }
        if a.reverse { bits |= jm_A_REVERSE() }
        if a.dim { bits |= jm_A_DIM() }
        let result = (bits, pairs[style.role] ?? 0)
        attributeCache[style] = result
        return result
    }

    public func draw(_ buffer: ScreenBuffer) {
        guard !closed else { return }
        let window = jm_stdscr()
        let full = needsFullRedraw || last?.size != buffer.size
        if full {
            werase(window)
            if needsFullRedraw { clearok(window, true) }
        }
        let runs = full ? buffer.allRuns() : buffer.diff(from: last)
        var text: [wchar_t] = []
        for run in runs where run.y < size.height && run.x < size.width {
            text.removeAll(keepingCapacity: true)
            var column = run.x
            var index = 0
            while index < run.cells.count {
                let cell = run.cells[index]
                var width = 1
                while index + width < run.cells.count && run.cells[index + width].isContinuation { width += 1 }
                if column + width > size.width { break }  // never let ncurses wrap a wide char
                if !cell.isContinuation {
                    for scalar in cell.text.unicodeScalars { text.append(wchar_t(bitPattern: scalar.value)) }
                }
                column += width
                index += width
            }
            guard !text.isEmpty else { continue }
            let (bits, pair) = cursesAttributes(for: run.cells[0].style)
            _ = jm_draw_wide(window, Int32(run.y), Int32(run.x), text, Int32(text.count), bits, pair)
        }
        wnoutrefresh(window)
        doupdate()
        needsFullRedraw = false
        last = buffer
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard !closed else { return nil }
        let window = jm_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        guard status != ERR else { return nil }
        let isFunctionKey = status == KEY_CODE_YES
        if isFunctionKey && Int32(code) == KEY_MOUSE {
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & jm_BUTTON4_PRESSED() != 0 { return .mouseWheelUp }
            if event.bstate & jm_BUTTON5_PRESSED() != 0 { return .mouseWheelDown }
            return nil
        }
        if isFunctionKey && Int32(code) == KEY_RESIZE {
            var y: Int32 = 0, x: Int32 = 0
            jm_getmaxyx(window, &y, &x)
            size = TerminalSize(width: Int(x), height: Int(y))
            needsFullRedraw = true
        }
        return NcursesKeyMap.key(code: UInt32(code), isFunctionKey: isFunctionKey, size: size)
    }

    public func invalidate() { needsFullRedraw = true }

    public func suspend() {
        guard !closed else { return }
        endwin()
        jm_guard_set_active(0)
        jm_guard_stop_self()  // returns on SIGCONT (`fg`)
        jm_guard_set_active(1)
        let window = jm_stdscr()
        var y: Int32 = 0, x: Int32 = 0
        jm_getmaxyx(window, &y, &x)
        size = TerminalSize(width: Int(x), height: Int(y))
        needsFullRedraw = true
    }

    public func takeStopSignal() -> StopSignal? {
        let number = jm_guard_take_stop_signal()
        return number == 0 ? nil : StopSignal(number: number)
    }

    public var isInputClosed: Bool { closed }

    public func close() {
        guard !closed else { return }
        closed = true
        endwin()
        delscreen(screen)
        jm_guard_set_active(0)
        jm_guard_restore_terminal()
    }
}
