/// The bottom line: what is shown on the left ("filter: weld  shown 12/3004"), a
/// position or mode on the right, and key hints between ("q quit  ? help").
public struct StatusBar: Hashable, Sendable {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String
        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    public var left: String
    public var right: String
    public var hints: [Hint]
    public var style: Style

    public init(left: String = "", right: String = "", hints: [Hint] = [], style: Style = .statusBar) {
        self.left = left
        self.right = right
        self.hints = hints
        self.style = style
    }

    /// Draws one row. The right text always shows; hints are dropped from the end when
    /// there is no room, then the left text is cut with "…".
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        guard rect.width > 0, rect.height > 0 else { return }
        let y = rect.y
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
        let rightWidth = min(DisplayWidth.of(right), rect.width)
        let rightX = rect.maxX - rightWidth
        if rightWidth > 0 { buffer.put(right, x: rightX, y: y, style: style, maxWidth: rightWidth) }
        let available = max(0, rightX - rect.x - (rightWidth > 0 ? 1 : 0))
        let leftWidth = DisplayWidth.of(left)
        // Hints that fit after the left text ("key label", two spaces between).
        var used = leftWidth
        var shownHints: [Hint] = []
        for hint in hints {
            let w = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            if used + (used > 0 ? 2 : 0) + w > available { break }
            shownHints.append(hint)
            used += (used > 0 ? 2 : 0) + w
        }
        var x = rect.x
        if leftWidth > 0 { x += buffer.put(left, x: x, y: y, style: style, maxWidth: available) }
        for hint in shownHints {
            if x > rect.x { x += 2 }
            x += buffer.put(hint.key, x: x, y: y, style: style.bolded)
            x += buffer.put(" " + hint.label, x: x, y: y, style: style)
        }
    }
}
