import TerminalUI

/// A table column that knows how much room it wants and how important it is, so that a
/// narrow terminal drops the least important columns and shrinks the flexible ones instead
/// of wrapping or cutting every column.
struct Column {
    var title: String
    /// Width when there is room.
    var width: Int
    /// Narrowest usable width.
    var minWidth: Int
    /// Flexible columns share what is left after every column has its preferred width.
    var flexible = false
    /// Higher is kept longer when the terminal is narrow.
    var priority: Int
    var alignRight = false
    /// Share of the spare width among flexible columns.
    var weight = 1
    /// Header used when the column is narrower than `title`.
    var shortTitle: String?

    init(_ title: String, width: Int, min: Int? = nil, flexible: Bool = false, weight: Int = 1, priority: Int,
         alignRight: Bool = false, short: String? = nil) {
        self.title = title; self.width = width; self.minWidth = min ?? width; self.flexible = flexible
        self.weight = weight; self.priority = priority; self.alignRight = alignRight; self.shortTitle = short
    }
}

/// Column widths for a width, one space between columns; nil for a dropped column.
struct TableLayout {
    let widths: [Int?]
    let columns: [Column]

    init(_ columns: [Column], width: Int) {
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

    func isShown(_ column: Int) -> Bool { widths[column] != nil }

    /// Draws one row of cells at `y`; `styles` may give a style per column.
    func draw(_ cells: [String], into buffer: inout ScreenBuffer, x: Int, y: Int, style: Style, styles: [Style?] = []) {
        var column = x
        for (i, w) in widths.enumerated() {
            guard let w else { continue }
            let text = i < cells.count ? cells[i] : ""
            let aligned = columns[i].alignRight ? DisplayWidth.rightAlign(text, toWidth: w) : DisplayWidth.pad(text, toWidth: w)
            let cellStyle = (i < styles.count ? styles[i] : nil) ?? style
            buffer.put(aligned, x: column, y: y, style: cellStyle, maxWidth: w)
            column += w
            if column < x + totalWidth { buffer.put(" ", x: column, y: y, style: style); column += 1 }
        }
    }

    func drawHeader(into buffer: inout ScreenBuffer, x: Int, y: Int) {
        let titles = columns.indices.map { i in
            let c = columns[i]
            guard let w = widths[i], let short = c.shortTitle, DisplayWidth.of(c.title) > w else { return c.title }
            return short
        }
        draw(titles, into: &buffer, x: x, y: y, style: Style(.header, underline: true))
    }

    var totalWidth: Int {
        let shown = widths.compactMap { $0 }
        return shown.reduce(0, +) + max(0, shown.count - 1)
    }
}
