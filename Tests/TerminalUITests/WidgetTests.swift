import Testing
@testable import TerminalUI

@Suite("Widgets")
struct WidgetTests {
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
}
