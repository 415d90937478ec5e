import Testing
@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
    @Test("the status bar keeps the right text and drops hints that do not fit")
    func statusBar() {
        let bar = StatusBar(left: "filter: weld  shown 12/3004", right: "12/3004",
                            hints: [.init("q", "quit"), .init("?", "help"), .init("/", "search")])
        var wide = ScreenBuffer(width: 80, height: 1)
        bar.render(into: &wide, rect: wide.bounds)
        #expect(wide.line(at: 0).hasPrefix("filter: weld  shown 12/3004  q quit  ? help  / search   "))
        #expect(wide.line(at: 0).hasSuffix(" 12/3004") && DisplayWidth.of(wide.line(at: 0)) == 80)
        var narrow = ScreenBuffer(width: 44, height: 1)
        bar.render(into: &narrow, rect: narrow.bounds)
        #expect(narrow.line(at: 0) == "filter: weld  shown 12/3004  q quit  12/3004")
        var tiny = ScreenBuffer(width: 20, height: 1)
        bar.render(into: &tiny, rect: tiny.bounds)
        #expect(tiny.line(at: 0) == "filter: wel… 12/3004")
        #expect(narrow[0, 0].style == .statusBar)
    }

    @Test("a dialog chooses by arrows and Enter, by first letter, or cancels on Esc")
    func dialog() {
        var dialog = Dialog(title: "Submit", message: "Submit the shortlist of 5 candidates to the supervisor?", buttons: ["Yes", "No"])
        #expect(dialog.handle(.right) == .pending)
        #expect(dialog.handle(.enter) == .chosen(1))
        #expect(dialog.handle(.char("y")) == .chosen(0))
        #expect(dialog.handle(.escape) == .cancelled)
        #expect(dialog.handle(.char("j")) == .pending)  // modal: swallows other keys
        var buffer = ScreenBuffer(width: 80, height: 24)
        dialog.render(into: &buffer, rect: buffer.bounds)
        let text = buffer.text().joined(separator: "\n")
        #expect(text.contains("Submit the shortlist of 5 candidates to the supervisor?"))
        #expect(text.contains("[ Yes ] [ No ]"))
        #expect(text.contains("┌─ Submit ─"))
    }

    @Test("the detail pane wraps words, keeps span styles and scrolls")
    func detailPane() {
        var pane = DetailPane(title: "Søren Ærø", lines: [
            StyledLine([TextSpan("Score ", style: .header), TextSpan("87", style: .good)]),
            "Svejser med truckcertifikat og kørekort C, bor i Hjørring",
            "a", "b", "c",
        ])
        let rect = Rect(x: 0, y: 0, width: 20, height: 4)
        var buffer = ScreenBuffer(width: 20, height: 4)
        pane.render(into: &buffer, rect: rect)
        #expect(buffer.text() == ["Søren Ærø", "Score 87", "Svejser med", "truckcertifikat og ↓"])
        #expect(buffer[6, 1].style == .good)
        _ = pane.handle(.char("G"), rect: rect)
        pane.render(into: &buffer, rect: rect)
        #expect(buffer.text() == ["Søren Ærø", "a                  ↑", "b", "c"])
    }

    @Test("the help overlay lists live bindings and scrolls when long")
    func help() {
        var keys = KeyBinding()
        for i in 0..<30 { keys.bind([.char(Character(String(i % 10)))], to: ActionName("a\(i)"), description: "Action \(i)") }
        keys.bind([.char("?")], to: "help", description: "Show this help")
        var overlay = HelpOverlay(entries: keys.helpEntries)
        let area = Rect(x: 0, y: 0, width: 80, height: 10)
        var buffer = ScreenBuffer(width: 80, height: 10)
        overlay.render(into: &buffer, rect: area)
        var text = buffer.text().joined(separator: "\n")
        #expect(text.contains("Action 20"))  // keys 0-9 were rebound to the last actions
        #expect(text.contains("↓ more"))
        let scrolled = overlay.handle(.char("G"), area: area)
        #expect(scrolled)
        buffer = ScreenBuffer(width: 80, height: 10)
        overlay.render(into: &buffer, rect: area)
        text = buffer.text().joined(separator: "\n")
        #expect(text.contains("?") && text.contains("Show this help"))
        #expect(!text.contains("↓ more"))
    }

    @Test("a split pane gives each side its share, and Tab moves focus")
    func split() {
        var split = SplitPane(orientation: .horizontal, ratio: 0.6)
        let (first, divider, second) = split.layout(Rect(x: 0, y: 1, width: 101, height: 20))
        #expect(first == Rect(x: 0, y: 1, width: 60, height: 20))
        #expect(divider.x == 60 && second == Rect(x: 61, y: 1, width: 40, height: 20))
        let usedTab = split.handle(.tab)
        #expect(usedTab && split.focus == .second)
        var buffer = ScreenBuffer(width: 10, height: 3)
        SplitPane(orientation: .vertical).render(into: &buffer, rect: buffer.bounds)
        #expect(buffer.text() == ["", "──────────", ""])
    }
}
