import TerminalUI

/// A table column with a name and what it shows: the table asks each column for its cell
/// of a row, so a screen lists its columns once and never indexes cells by position.
///
/// It also knows how much room it wants and how important it is, so a narrow terminal
/// drops the least important columns and shrinks the flexible ones instead of cutting all.
struct ListColumn<Row>: Sendable {
    var title: String
    /// Header used when the column is narrower than `title`.
    var shortTitle: String?
    /// Width when there is room; narrowest usable width.
    var width: Int
    var minWidth: Int
    /// Flexible columns share what is left after every column has its preferred width.
    var flexible = false
    var weight = 1
    /// Higher is kept longer when the terminal is narrow.
    var priority: Int
    var alignRight = false
    /// The cell of a row at the column's width.
    var text: @Sendable (Row, _ width: Int) -> String
    /// A style for the cell when the row is not selected (nil: the row's style).
    var style: @Sendable (Row) -> Style? = { _ in nil }

    init(_ title: String, width: Int, min: Int? = nil, flexible: Bool = false, weight: Int = 1, priority: Int,
         alignRight: Bool = false, short: String? = nil, style: @escaping @Sendable (Row) -> Style? = { _ in nil },
         text: @escaping @Sendable (Row, _ width: Int) -> String) {
        self.title = title; self.width = width; self.minWidth = min ?? width; self.flexible = flexible
        self.weight = weight; self.priority = priority; self.alignRight = alignRight; self.shortTitle = short
        self.style = style; self.text = text
    }

    init(_ title: String, width: Int, min: Int? = nil, flexible: Bool = false, weight: Int = 1, priority: Int,
         alignRight: Bool = false, short: String? = nil, style: @escaping @Sendable (Row) -> Style? = { _ in nil },
         _ text: @escaping @Sendable (Row) -> String) {
        self.init(title, width: width, min: min, flexible: flexible, weight: weight, priority: priority,
                  alignRight: alignRight, short: short, style: style, text: { row, _ in text(row) })
    }
}

/// Columns laid out for a width, one space between columns.
struct ListTable<Row> {
    let columns: [ListColumn<Row>]
    /// Per column, its width, or nil when it was dropped for room.
    let widths: [Int?]

    init(_ columns: [ListColumn<Row>], width: Int) {
        self.columns = columns
        var included = Set(columns.indices)
        func needed() -> Int { included.reduce(0) { $0 + columns[$1].minWidth } + max(0, included.count - 1) }
        while needed() > width, included.count > 1 {
            let drop = included.min { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }!
            included.remove(drop)
        }
        var widths = columns.indices.map { included.contains($0) ? columns[$0].minWidth : 0 }
        var spare = max(0, width - needed())
        // Every column grows to its preferred width, most important first; flexible
        // columns then share what is left.
        for i in columns.indices.sorted(by: { columns[$0].priority > columns[$1].priority }) where included.contains(i) {
            let grow = min(spare, columns[i].width - widths[i])
            widths[i] += grow; spare -= grow
        }
        let flexible = columns.indices.filter { included.contains($0) && columns[$0].flexible }
        if !flexible.isEmpty {
            let totalWeight = flexible.reduce(0) { $0 + max(1, columns[$1].weight) }
            var given = 0
            for i in flexible {
                let share = spare * max(1, columns[i].weight) / totalWeight
                widths[i] += share
                given += share
            }
            widths[flexible[0]] += spare - given
        } else if let last = columns.indices.last(where: { included.contains($0) }) {
            widths[last] += spare
        }
        self.widths = columns.indices.map { included.contains($0) ? widths[$0] : nil }
    }

    /// The width of the column titled `title` (0 when dropped or absent).
    func width(of title: String) -> Int {
        columns.firstIndex { $0.title == title }.flatMap { widths[$0] } ?? 0
    }

    var totalWidth: Int {
        let shown = widths.compactMap { $0 }
        return shown.reduce(0, +) + max(0, shown.count - 1)
    }

    func drawHeader(into buffer: inout ScreenBuffer, x: Int, y: Int) {
        draw(into: &buffer, x: x, y: y, style: Style(.header, underline: true)) { i, w in
            let c = columns[i]
            guard let short = c.shortTitle, DisplayWidth.of(c.title) > w else { return (c.title, nil) }
            return (short, nil)
        }
    }

    /// Draws one row; `selected` rows keep one style across every cell.
    func draw(_ row: Row, into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style, selected: Bool) {
        draw(into: &buffer, x: x, y: y, style: style) { i, w in
            (columns[i].text(row, w), selected ? nil : columns[i].style(row))
        }
    }

    /// A row of cells that are not a `Row` (the Dashboard's total line), by column title.
    func draw(cells: [String: String], into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style) {
        draw(into: &buffer, x: x, y: y, style: style) { i, _ in (cells[columns[i].title] ?? "", nil) }
    }

    private func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style, cell: (Int, Int) -> (String, Style?)) {
        var column = x
        for (i, w) in widths.enumerated() {
            guard let w else { continue }
            let (text, cellStyle) = cell(i, w)
            let aligned = columns[i].alignRight ? DisplayWidth.rightAlign(text, toWidth: w) : DisplayWidth.pad(text, toWidth: w)
            buffer.put(aligned, x: column, y: y, style: cellStyle ?? style, maxWidth: w)
            column += w
            if column < x + totalWidth { buffer.put(" ", x: column, y: y, style: style); column += 1 }
        }
    }
}

/// Draws a list with a cursor: the column header, the rows that fit and, only when some
/// rows do not fit, a line of its own saying how many are above and below — so the marker
/// never covers a row, and no row is ever hidden without one.
enum ListView {
    /// Rows of data that fit in `height` lines below the column header for `count` rows.
    static func visibleRows(height: Int, count: Int) -> Int {
        let room = max(1, height - 1)
        return count <= room ? room : max(1, room - 1)
    }

    /// Draws header and rows of `table` into `rect`; returns the cursor as drawn (clamped
    /// to what fits: the view clamps, the reducer does not have to know the size).
    @discardableResult
    static func draw<Row>(_ table: ListTable<Row>, into buffer: inout ScreenBuffer, rect: Rect, count: Int, cursor: ListCursor,
                          focused: Bool, empty: String, emptyOffset: Int = 0, row: (Int) -> Row) -> ListCursor {
        guard rect.height > 0 else { return cursor }
        table.drawHeader(into: &buffer, x: rect.x + 1, y: rect.y)
        guard count > 0 else {
            if rect.height > 1 + emptyOffset { buffer.put(empty, x: rect.x + 2, y: rect.y + 1 + emptyOffset, style: .dim, maxWidth: rect.width - 2) }
            return ListCursor()
        }
        let visible = visibleRows(height: rect.height, count: count)
        var shown = cursor
        shown.clamp(count: count, visible: visible)
        for line in 0..<visible {
            let i = shown.top + line
            guard i < count, rect.y + 1 + line < rect.maxY else { break }
            let selected = i == shown.selected
            let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
            let y = rect.y + 1 + line
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            table.draw(row(i), into: &buffer, x: rect.x + 1, y: y, style: style, selected: selected)
        }
        drawMarker(into: &buffer, rect: rect, y: rect.y + 1 + visible, above: shown.top, below: count - shown.top - visible)
        return shown
    }

    /// "↑ 3 more · ↓ 12 more" right-aligned on line `y` (when anything is hidden).
    static func drawMarker(into buffer: inout ScreenBuffer, rect: Rect, y: Int, above: Int, below: Int) {
        guard above > 0 || below > 0, y < rect.maxY else { return }
        var parts: [String] = []
        if above > 0 { parts.append("↑ \(Format.count(above)) more") }
        if below > 0 { parts.append("↓ \(Format.count(below)) more") }
        let marker = " " + parts.joined(separator: " · ") + " "
        buffer.put(marker, x: max(rect.x, rect.maxX - DisplayWidth.of(marker)), y: y, style: .dim, maxWidth: rect.width)
    }
}
