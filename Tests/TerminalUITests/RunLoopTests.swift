import Testing
@testable import TerminalUI

@Suite("Run loop and in-memory terminal")
struct RunLoopTests {
    /// A tiny app: a counter moved by j/k, quit with q.
    final class CounterApp {
        var count = 0
        var keys: [Key] = []
        func handle(_ key: Key) -> Bool {
            keys.append(key)
            switch key {
            case .char("q"): return false
            case .char("j"): count += 1
            case .char("k"): count -= 1
            default: break
            }
            return true
        }
        func render(_ size: TerminalSize) -> ScreenBuffer {
            var b = ScreenBuffer(size: size)
            b.put("count: \(count)", x: 0, y: 0)
            b.put("size: \(size)", x: 0, y: 1)
            return b
        }
    }

    @Test("a scripted run handles keys and exits on q, showing the last screen")
    func quits() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueue(.char("j"), .char("j"), .char("k"), .char("q"), .char("j"))
        let app = CounterApp()
        let reason = TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render)
        #expect(reason == .finished)
        #expect(terminal.screenLines.first == "count: 1")
        #expect(!terminal.isScriptEmpty)  // the j after q was never read
    }

    @Test("below 80×24 the too-small notice replaces the screen; growing restores it")
    func tooSmall() {
        let terminal = InMemoryTerminal(width: 70, height: 20)
        let app = CounterApp()
        terminal.enqueue(.char("j"))
        TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render)
        #expect(terminal.screenText.contains("Terminal too small: 70×20 — jobmatch needs at least 80×24"))
        terminal.enqueueResize(width: 100, height: 30)
        TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render)
        #expect(terminal.screenLines.prefix(2) == ["count: 1", "size: 100×30"])
        #expect(app.keys.last == .resize(width: 100, height: 30))
    }

    @Test("the too-small notice wraps to fit a very narrow terminal")
    func tooSmallNarrow() {
        let screen = TerminalApp.tooSmallScreen(size: TerminalSize(width: 30, height: 10))
        let text = screen.text().joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(text == "Terminal too small: 30×10 — jobmatch needs at least 80×24")
    }

    @Test("Ctrl-L repaints everything and Ctrl-Z suspends, neither reaching the app")
    func redrawAndSuspend() {
        let terminal = InMemoryTerminal()
        let app = CounterApp()
        terminal.enqueue(.char("j"), .ctrl("l"), .ctrl("z"))
        TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render)
        #expect(app.keys == [.char("j")])
        #expect(terminal.suspendCount == 1)
        #expect(terminal.fullRedrawCount == 3)  // first frame, Ctrl-L, after resume
    }

    @Test("after a key only the changed cells are sent")
    func diffDraws() {
        let terminal = InMemoryTerminal()
        let app = CounterApp()
        terminal.enqueue(.char("j"))
        TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render)
        #expect(terminal.lastRuns.map(\.text) == ["1"])
    }

    @Test("a stop signal ends the loop so the app can save")
    func signals() {
        let terminal = InMemoryTerminal()
        let app = CounterApp()
        terminal.enqueue(inputs: [.key(.char("j")), .signal(.terminate), .key(.char("j"))])
        #expect(TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render) == .signal(.terminate))
        #expect(app.count == 1)
    }

    @Test("any terminating signal ends the loop, and the exit status is 128 + the signal")
    func exitStatuses() {
        for signal in [StopSignal.quit, .brokenPipe, .user1, .alarm, StopSignal(number: 40)] {
            let terminal = InMemoryTerminal()
            let app = CounterApp()
            terminal.enqueue(inputs: [.key(.char("j")), .signal(signal), .key(.char("j"))])
            #expect(TerminalApp.run(terminal: terminal, handle: app.handle, render: app.render) == .signal(signal))
            #expect(app.count == 1)
        }
        #expect([StopSignal.hangup, .interrupt, .quit, .brokenPipe, .user1, .alarm, .terminate].map(\.exitStatus)
                == [129, 130, 131, 141, 138, 142, 143])
        #expect(StopSignal.quit.description == "SIGQUIT")
    }

    @Test("idle ticks re-render only when background work wakes the loop")
    func wake() {
        let terminal = InMemoryTerminal()
        let app = CounterApp()
        let wake = WakeSignal()
        terminal.enqueueTimeouts(3)
        var ticks = 0
        TerminalApp.run(terminal: terminal, wake: wake, onTick: {
            ticks += 1
            if ticks == 2 { app.count = 42; wake.wake() }
            return false
        }, handle: app.handle, render: app.render)
        #expect(ticks == 3)
        #expect(terminal.drawCount == 2)  // the first frame and the wake
        #expect(terminal.screenLines.first == "count: 42")
    }
}
