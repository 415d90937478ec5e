/// A terminal in memory for tests: scripted keys in, the last drawn screen out as text.
///
/// Drives the same run loop and screens as the real terminal, so a test can replay
/// keystrokes and assert on what the user would see.
public final class InMemoryTerminal: Terminal {
    /// One step of the input script.
    public enum Input: Hashable, Sendable {
        case key(Key)
        /// `readKey` times out once (lets the run loop tick, e.g. to see background work finish).
        case timeout
        /// The terminal changes to this size and `readKey` returns `.resize`.
        case resize(TerminalSize)
        /// A stop signal arrives.
        case signal(StopSignal)
    }

    public var size: TerminalSize
    public var theme: Theme
    /// When true (default), the terminal reports closed input once the script is empty,
    /// so a run loop under test ends instead of polling forever.
    public var closesWhenScriptEnds: Bool

    public private(set) var script: [Input] = []
    public private(set) var lastBuffer: ScreenBuffer?
    /// Runs sent by the last `draw` (only what changed, or everything after `invalidate`).
    public private(set) var lastRuns: [CellRun] = []
    public private(set) var drawCount = 0
    public private(set) var fullRedrawCount = 0
    public private(set) var suspendCount = 0
    public private(set) var isClosed = false
    private var pendingSignal: StopSignal?
    private var needsFullRedraw = true
    private var scriptIndex = 0

    public init(width: Int = 80, height: Int = 24, theme: Theme = .monochrome, closesWhenScriptEnds: Bool = true) {
        self.size = TerminalSize(width: width, height: height)
        self.theme = theme
        self.closesWhenScriptEnds = closesWhenScriptEnds
    }

    /// Adds keys to the script.
    public func enqueue(_ keys: Key...) { enqueue(keys) }
    public func enqueue(_ keys: [Key]) { script += keys.map { .key($0) } }
    /// Adds script steps.
    public func enqueue(inputs: [Input]) { script += inputs }
    /// Adds every character of `text` as a `.char` key (typing).
    public func type(_ text: String) { script += text.map { .key(.char($0)) } }
    /// Adds a resize to the script.
    public func enqueueResize(width: Int, height: Int) { script.append(.resize(TerminalSize(width: width, height: height))) }
    /// Adds `count` read timeouts (idle ticks) to the script.
    public func enqueueTimeouts(_ count: Int = 1) { script += Array(repeating: .timeout, count: count) }
    /// Makes a stop signal arrive now (not scripted).
    public func deliver(_ signal: StopSignal) { pendingSignal = signal }

    /// The last drawn screen as lines, trailing spaces trimmed.
    public var screenLines: [String] { lastBuffer?.text() ?? [] }
    /// The last drawn screen as one string, lines joined by "\n".
    public var screenText: String { screenLines.joined(separator: "\n") }
    /// True when the script has no more steps.
    public var isScriptEmpty: Bool { scriptIndex >= script.count }

    public func draw(_ buffer: ScreenBuffer) {
        drawCount += 1
        if needsFullRedraw || lastBuffer?.size != buffer.size {
            fullRedrawCount += 1
            lastRuns = buffer.allRuns()
        } else {
            lastRuns = buffer.diff(from: lastBuffer)
        }
        needsFullRedraw = false
        lastBuffer = buffer
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard scriptIndex < script.count else { return nil }
        let step = script[scriptIndex]
        scriptIndex += 1
        switch step {
        case .key(let key): return key
        case .timeout: return nil
        case .resize(let newSize):
            size = newSize
            return .resize(width: newSize.width, height: newSize.height)
        case .signal(let signal):
            pendingSignal = signal
            return nil
        }
    }

    public func invalidate() { needsFullRedraw = true }
    public func suspend() { suspendCount += 1 }

    public func takeStopSignal() -> StopSignal? {
        defer { pendingSignal = nil }
        return pendingSignal
    }

    public var isInputClosed: Bool { closesWhenScriptEnds && isScriptEmpty }
    public func close() { isClosed = true }
}
