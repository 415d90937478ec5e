/// Box drawing for panes, dialogs and overlays.
public enum Border {
    /// Draws a single-line box around `rect` (its outermost cells), clears the inside,
    /// and puts `title` in the top edge. ASCII fallback when `ascii` is true.
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect, title: String = "", style: Style = .border, ascii: Bool = false) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        buffer.fill(rect, style: style)
        let horizontal = String(repeating: h, count: rect.width - 2)
        buffer.put(tl + horizontal + tr, x: rect.x, y: rect.y, style: style, truncate: false)
        buffer.put(bl + horizontal + br, x: rect.x, y: rect.maxY - 1, style: style, truncate: false)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put(v, x: rect.x, y: y, style: style)
            buffer.put(v, x: rect.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty, rect.width > 4 {
            buffer.put(" \(title) ", x: rect.x + 2, y: rect.y, style: style.bolded, maxWidth: rect.width - 4)
        }
    }

    /// A horizontal rule across `width` columns.
    public static func horizontalLine(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style = .border) {
        guard width > 0 else { return }
        buffer.put(String(repeating: "─", count: width), x: x, y: y, style: style, truncate: false)
    }

    /// A vertical rule down `height` rows.
    public static func verticalLine(into buffer: inout ScreenBuffer, x: Int, y: Int, height: Int, style: Style = .border) {
        for row in y..<(y + max(0, height)) { buffer.put("│", x: x, y: row, style: style) }
    }
}
