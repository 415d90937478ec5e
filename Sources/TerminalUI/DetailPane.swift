/// A piece of text in one style; lines in detail panes are made of spans.
public struct TextSpan: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

/// One line of a `DetailPane`: styled spans, written from a string literal when plain.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [TextSpan]
    public init(_ spans: [TextSpan]) { self.spans = spans }
    public init(_ text: String, style: Style = .normal) { self.spans = [TextSpan(text, style: style)] }
    public init(stringLiteral value: String) { self.init(value) }
    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }
}

/// A scrollable block of text lines: a candidate's details, a score explanation.
public struct DetailPane: Hashable, Sendable {
    public var title: String
    public var lines: [StyledLine]
    /// First visible (wrapped) row.
    public var scrollOffset: Int
    /// Wrap long lines at word boundaries instead of cutting them with "…".
    public var wraps: Bool

    public init(title: String = "", lines: [StyledLine] = [], wraps: Bool = true) {
        self.title = title
        self.lines = lines
        self.scrollOffset = 0
        self.wraps = wraps
    }

    /// The rows the lines occupy at `width` (after wrapping).
    public func layoutRows(width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        guard wraps else { return lines }
        return lines.flatMap { Self.wrap($0, width: width) }
    }

    /// Draws the title (if any, as a header row) and the visible rows.
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        var body = rect
        if !title.isEmpty {
            buffer.put(title, x: rect.x, y: rect.y, style: .header, maxWidth: rect.width)
            body = rect.splitTop(1).rest
        }
        let rows = layoutRows(width: body.width)
        let offset = clampedOffset(rowCount: rows.count, visible: body.height)
        for (i, row) in rows.dropFirst(offset).prefix(body.height).enumerated() {
            var x = body.x
            for span in row.spans where x < body.maxX {
                x += buffer.put(span.text, x: x, y: body.y + i, style: span.style, maxWidth: body.maxX - x)
            }
        }
        if offset + body.height < rows.count, body.width > 2 {
            buffer.put("↓", x: body.maxX - 1, y: body.maxY - 1, style: .dim)
        }
        if offset > 0, body.width > 2 { buffer.put("↑", x: body.maxX - 1, y: body.y, style: .dim) }
    }

    /// j/k/↑/↓, PgUp/PgDn/Space, g/G/Home/End, wheel scroll. `rect` is where it is drawn.
    public mutating func handle(_ key: Key, rect: Rect) -> Bool {
        let visible = max(1, rect.height - (title.isEmpty ? 0 : 1))
        let total = layoutRows(width: rect.width).count
        let current = clampedOffset(rowCount: total, visible: visible)
        switch key {
        case .down, .char("j"): scrollOffset = current + 1
        case .up, .char("k"): scrollOffset = current - 1
        case .pageDown, .char(" "), .ctrl("f"): scrollOffset = current + visible
        case .pageUp, .ctrl("b"): scrollOffset = current - visible
        case .home, .char("g"): scrollOffset = 0
        case .end, .char("G"): scrollOffset = total
        case .mouseWheelDown: scrollOffset = current + 3
        case .mouseWheelUp: scrollOffset = current - 3
        default: return false
        }
        scrollOffset = clampedOffset(rowCount: total, visible: visible)
        return true
    }

    private func clampedOffset(rowCount: Int, visible: Int) -> Int {
        min(max(0, scrollOffset), max(0, rowCount - visible))
    }

    /// Word-wraps a styled line, keeping each character's style.
    static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        var characters: [(Character, Style)] = []
        for span in line.spans { for c in span.text { characters.append((c, span.style)) } }
        if characters.isEmpty { return [StyledLine([])] }
        var rows: [[(Character, Style)]] = []
        var current: [(Character, Style)] = []
        var currentWidth = 0
        var lastSpace: Int?
        for item in characters {
            let w = DisplayWidth.of(item.0)
            if currentWidth + w > width && !current.isEmpty {
                if item.0 == " " {
                    rows.append(current); current = []; currentWidth = 0; lastSpace = nil
                    continue
                }
                if let space = lastSpace, space > 0 {
                    rows.append(Array(current[..<space]))
                    current = Array(current[(space + 1)...])
                } else {
                    rows.append(current)
                    current = []
                }
                currentWidth = current.reduce(0) { $0 + DisplayWidth.of($1.0) }
                lastSpace = nil
            }
            if item.0 == " " { lastSpace = current.count }
            current.append(item)
            currentWidth += w
        }
        rows.append(current)
        return rows.map { row in
            var spans: [TextSpan] = []
            for (c, style) in row {
                if spans.last?.style == style { spans[spans.count - 1].text.append(c) } else { spans.append(TextSpan(String(c), style: style)) }
            }
            return StyledLine(spans)
        }
    }
}
