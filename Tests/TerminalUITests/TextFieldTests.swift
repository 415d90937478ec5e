import Testing
@testable import TerminalUI

@Suite("Text field")
struct TextFieldTests {
    private func typed(_ text: String) -> TextField {
        var field = TextField()
        for c in text { _ = field.handle(.char(c)) }
        return field
    }

    @Test("Danish letters edit as single characters")
    func danish() {
        var field = typed("blåbær")
        #expect(field.text == "blåbær" && field.cursor == 6)
        _ = field.handle(.backspace)
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.char("ø"))
        #expect(field.text == "blåøbæ")
        _ = field.handle(.delete)
        #expect(field.text == "blåøæ")
        _ = field.handle(.ctrl("a"))
        _ = field.handle(.char("Æ"))
        #expect(field.text == "Æblåøæ" && field.cursor == 1)
        _ = field.handle(.ctrl("e"))
        #expect(field.cursor == 6)
    }

    @Test("a combining accent joins the letter before it; backspace removes both")
    func combining() {
        var field = typed("Jose")
        _ = field.handle(.char("\u{301}"))
        #expect(field.text == "Jose\u{301}")
        #expect(field.text.count == 4 && field.cursor == 4)
        _ = field.handle(.backspace)
        #expect(field.text == "Jos")
    }

    @Test("wide characters move and delete as one; the cursor is drawn on the right column")
    func wide() {
        var field = typed("日本語")
        _ = field.handle(.left)
        #expect(field.cursorColumn == 4)
        var buffer = ScreenBuffer(width: 10, height: 1)
        field.render(into: &buffer, rect: buffer.bounds)
        #expect(buffer[4, 0].text == "語" && buffer[4, 0].style.reverse)
        _ = field.handle(.backspace)
        #expect(field.text == "日語")
    }

    @Test("Ctrl-U deletes to the start, Ctrl-K to the end, Ctrl-W a word")
    func killKeys() {
        var field = typed("svejser Hjørring")
        _ = field.handle(.ctrl("w"))
        #expect(field.text == "svejser ")
        field.setText("svejser Hjørring")
        for _ in 0..<8 { _ = field.handle(.left) }
        _ = field.handle(.ctrl("k"))
        #expect(field.text == "svejser ")
        _ = field.handle(.ctrl("u"))
        #expect(field.text == "" && field.cursor == 0)
    }

    @Test("long text scrolls so the cursor stays visible")
    func scrolling() {
        let field = typed("abcdefghijklmnop")
        var buffer = ScreenBuffer(width: 6, height: 1)
        field.render(into: &buffer, rect: buffer.bounds)
        #expect(buffer.line(at: 0) == "lmnop")
        #expect(buffer[5, 0].style.reverse)
    }

    @Test("the prompt submits on Enter and cancels on Esc or Backspace when empty")
    func prompt() {
        var prompt = PromptField(prompt: ":")
        #expect(prompt.handle(.char("w")) == .editing)
        #expect(prompt.handle(.enter) == .submitted("w"))
        #expect(prompt.handle(.escape) == .cancelled)
        var empty = PromptField(prompt: "/")
        #expect(empty.handle(.backspace) == .cancelled)
        #expect(empty.handle(.up) == .ignored)
        var buffer = ScreenBuffer(width: 10, height: 1)
        prompt.render(into: &buffer, rect: buffer.bounds)
        #expect(buffer.line(at: 0) == ":w")
    }
}
