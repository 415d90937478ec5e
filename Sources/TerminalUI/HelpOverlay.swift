/// A modal list of keys and what they do, given by the caller (usually
/// `KeyBinding.helpEntries`, so help always shows the live bindings). Scrollable.
public struct HelpOverlay: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var keys: String
        public var description: String
        public init(keys: String, description: String) {
            self.keys = keys
            self.description = description
        }
    }

    public var title: String
    public var entries: [Entry]
    /// First visible entry.
    public var scrollOffset = 0

    public init(title: String = "Keys", entries: [Entry]) {
        self.title = title
        self.entries = entries
    }

    /// The rectangle the overlay occupies inside `area` (centred, up to 70×(entries+4)).
    public func frame(in area: Rect) -> Rect {
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let textWidth = entries.map { DisplayWidth.of($0.description) }.max() ?? 0
        let width = min(area.width - 2, max(30, keyWidth + textWidth + 7, DisplayWidth.of(title) + 6))
        return area.centered(width: max(0, width), height: min(area.height - 2, entries.count + 4))
    }

    /// Draws a bordered box with the entries; a "↓ more" marker shows when it scrolls.
    public func render(into buffer: inout ScreenBuffer, rect area: Rect) {
        let box = frame(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        Border.draw(into: &buffer, rect: box, title: title, style: .dialog)
        let inner = box.inset(by: 1)
        let keyWidth = min(24, entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let visible = visibleRows(in: area)
        let offset = clampedOffset(in: area)
        for row in 0..<visible {
            let index = offset + row
            guard index < entries.count else { break }
            let y = inner.y + 1 + row
            buffer.put(" " + DisplayWidth.pad(entries[index].keys, toWidth: keyWidth), x: inner.x, y: y, style: Style(.dialog, bold: true), maxWidth: inner.width)
            buffer.put("  " + entries[index].description, x: inner.x + keyWidth + 1, y: y, style: .dialog, maxWidth: max(0, inner.width - keyWidth - 1))
        }
        if offset + visible < entries.count {
            buffer.put("↓ more", x: inner.maxX - 7, y: box.maxY - 1, style: .dialog)
        }
    }

    /// j/k/arrows/PgUp/PgDn scroll; returns false for keys it does not use (the caller
    /// closes the overlay on Esc/q/?).
    public mutating func handle(_ key: Key, area: Rect) -> Bool {
        let page = max(1, visibleRows(in: area))
        let maxOffset = max(0, entries.count - page)
        switch key {
        case .down, .char("j"), .mouseWheelDown: scrollOffset = min(maxOffset, clampedOffset(in: area) + 1)
        case .up, .char("k"), .mouseWheelUp: scrollOffset = max(0, clampedOffset(in: area) - 1)
        case .pageDown, .char(" "): scrollOffset = min(maxOffset, clampedOffset(in: area) + page)
        case .pageUp: scrollOffset = max(0, clampedOffset(in: area) - page)
        case .home, .char("g"): scrollOffset = 0
        case .end, .char("G"): scrollOffset = maxOffset
        default: return false
        }
        return true
    }

    private func visibleRows(in area: Rect) -> Int { max(0, frame(in: area).height - 4) }
    private func clampedOffset(in area: Rect) -> Int {
        min(max(0, scrollOffset), max(0, entries.count - visibleRows(in: area)))
    }
}
