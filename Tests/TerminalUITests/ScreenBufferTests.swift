import Testing
@testable import TerminalUI

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("text lands in the right columns after wide characters")
    func columns() {
        var b = ScreenBuffer(width: 12, height: 3)
        b.put("日本|", x: 0, y: 0)
        b.put("æøå|", x: 0, y: 1)
        b.put("e\u{301}x|", x: 0, y: 2)
        #expect(b.text() == ["日本|", "æøå|", "e\u{301}x|"])
        #expect(b[4, 0].text == "|")
        #expect(b[1, 0].isContinuation)
        #expect(b[3, 1].text == "|")
        #expect(b[2, 2].text == "|")
    }

    @Test("put truncates with an ellipsis at maxWidth")
    func truncates() {
        var b = ScreenBuffer(width: 20, height: 1)
        let used = b.put("Brønderslev Kommune", x: 2, y: 0, maxWidth: 8)
        #expect(used == 8)
        #expect(b.line(at: 0) == "  Brønder…")
    }

    @Test("a wide character that does not fit is replaced by a space, not split")
    func widePadding() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("ab日", x: 0, y: 0, maxWidth: 3, truncate: false)
        b.put("|", x: 3, y: 0)
        #expect(b.line(at: 0) == "ab |")
        var edge = ScreenBuffer(width: 3, height: 1)
        edge.put("xx日", x: 0, y: 0, truncate: false)
        #expect(edge.line(at: 0) == "xx")
        #expect(!edge.cells.contains { $0.isContinuation })
    }

    @Test("text starting left of the screen is clipped without splitting a wide character")
    func negativeX() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("日本x", x: -1, y: 0, style: .accent)
        #expect(b.line(at: 0) == " 本x")
        #expect(b[0, 0].style == .accent && b[2, 0].isContinuation)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("日本", x: 0, y: 0)
        b.put("x", x: 1, y: 0)  // second column of 日
        #expect(b.line(at: 0) == " x本")
        b.put("y", x: 2, y: 0)  // first column of 本
        #expect(b.line(at: 0) == " xy")
        #expect(!b.cells.contains { $0.isContinuation })
    }

    @Test("control characters are dropped and unprintables replaced, keeping columns")
    func sanitises() {
        var b = ScreenBuffer(width: 10, height: 1)
        b.put("a\tb\u{7}c\u{378}d", x: 0, y: 0)
        #expect(b.line(at: 0) == "abc\u{FFFD}d")
    }

    @Test("text keeps trailing spaces when asked")
    func trailing() {
        var b = ScreenBuffer(width: 5, height: 1)
        b.put("ab", x: 0, y: 0)
        #expect(b.text(trimTrailingSpaces: false) == ["ab   "])
        #expect(b.text() == ["ab"])
    }

    @Test("diff returns only the changed cells, grouped by style")
    func diffRuns() {
        var a = ScreenBuffer(width: 10, height: 3)
        a.put("hello", x: 0, y: 0)
        a.put("world", x: 0, y: 2)
        var b = a
        b.put("J", x: 0, y: 0)
        b.put("wor", x: 0, y: 2)  // same text and style: not a change
        b.put("ld!", x: 3, y: 2, style: .accent)  // restyled "ld" plus a new "!"
        let runs = b.diff(from: a)
        #expect(runs.count == 2)
        #expect(runs[0] == CellRun(x: 0, y: 0, cells: [Cell("J")]))
        #expect(runs[1].x == 3 && runs[1].y == 2 && runs[1].text == "ld!")
        #expect(b.diff(from: b).isEmpty)
    }

    @Test("diff redraws a changed wide character whole, and everything when the size differs")
    func diffWide() {
        var a = ScreenBuffer(width: 6, height: 1)
        a.put("日本", x: 0, y: 0)
        var b = a
        b.put("日木", x: 0, y: 0)
        let runs = b.diff(from: a)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2 && runs[0].text == "木" && runs[0].width == 2)
        #expect(b.diff(from: ScreenBuffer(width: 5, height: 1)).map(\.text).joined() == b.line(at: 0, trimTrailingSpaces: false))
    }

    @Test("fill and restyle affect only the rectangle")
    func fillRect() {
        var b = ScreenBuffer(width: 4, height: 3)
        b.fill(Rect(x: 1, y: 1, width: 2, height: 1), with: "#")
        #expect(b.text() == ["", " ##", ""])
        b.restyle(Rect(x: 0, y: 1, width: 4, height: 1), style: .selected)
        #expect(b[1, 1].text == "#" && b[1, 1].style == .selected && b[0, 0].style == .normal)
    }
}
