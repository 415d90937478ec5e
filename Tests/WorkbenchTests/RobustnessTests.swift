import JobMatchCore
import Testing
import TerminalUI
import TestSupport
@testable import Workbench

/// Random key storms (seeded, so a failure replays): nothing crashes, selections stay in
/// their lists, the status line keeps its promises, and only q on the dashboard or :q quits.
@Suite struct RobustnessTests {
    static let keys: [Key] = [
        .char("j"), .char("k"), .char("g"), .char("G"), .up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab,
        .enter, .enter, .escape, .char("h"), .char("l"), .char("?"), .char("/"), .char("n"), .char("N"), .char("f"),
        .char("x"), .char("m"), .char("t"), .char("i"), .char("e"), .char("s"), .char("r"), .char("v"), .char("d"),
        .char(":"), .char("a"), .char("ø"), .char("山"), .backspace, .char(" "), .ctrl("u"), .left, .right, .delete,
        .char("q"), .char("z"), .ctrl("l"),
    ]

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomKeysKeepEveryInvariant(seed: UInt64) {
        var rng = SplitMix(seed: seed)
        let h = Harness(provider: FakeProvider())
        for step in 0..<600 {
            if step % 97 == 0 {
                h.resize([80, 100, 132, 160, 200].randomElement(using: &rng)!, [24, 30, 40, 48].randomElement(using: &rng)!)
            }
            let key = Self.keys.randomElement(using: &rng)!
            let wasDashboard = h.state.screen == .dashboard && h.state.mode == .normal && h.state.help == nil
            let alive = h.session.handle(key)
            if !alive {
                #expect(wasDashboard || h.state.mode == .normal, "quit only from the dashboard or by :q")
                #expect(key == .char("q") || key == .enter, "step \(step): quit by \(key)")
                return
            }
            let s = h.state
            #expect(s.vacancies.rows.isEmpty || s.vacancies.list.selected < s.vacancies.rows.count)
            #expect(s.vacancies.list.top <= s.vacancies.list.selected)
            if let r = s.ranking { #expect(r.rows.isEmpty || r.list.selected < r.rows.count) }
            #expect(s.dashboard.municipalities.selected < s.data.stats.count)
            #expect(s.stack.first == .dashboard && s.stack.last == s.screen)
            let lines = h.lines
            #expect(lines.count == h.size.height)
            let status = lines[lines.count - 2]
            #expect(status.contains("candidate"), "step \(step): \(status)")
            if StatusLine.filterSegment(s) != nil { #expect(status.contains("(x clears)"), "step \(step): \(status)") }
        }
    }
}
