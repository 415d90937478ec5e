/// Where a table's rows come from. Only `rowCount` and the rows on screen are ever
/// asked for, so a table over 250,000 candidates costs what a screenful costs.
public protocol TableDataSource {
    var rowCount: Int { get }
    /// The cell texts of row `index`, one per column.
    func row(at index: Int) -> [String]
    /// A style for one cell (a coloured score); nil means the table's default. The
    /// selected row's style wins over this.
    func style(row: Int, column: Int) -> Style?
}

extension TableDataSource {
    public func style(row: Int, column: Int) -> Style? { nil }
}

/// Rows held in an array (small tables, tests).
public struct ArrayTableDataSource: TableDataSource, Sendable {
    public var rows: [[String]]
    public init(_ rows: [[String]]) { self.rows = rows }
    public var rowCount: Int { rows.count }
    public func row(at index: Int) -> [String] { rows[index] }
}

/// A column of a `TableView`.
public struct TableColumn: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of the width left after fixed columns, at least `min` columns.
        case flexible(min: Int, weight: Int)
        /// `.flexible(min: 8, weight: 1)`.
        public static let flexible = Width.flexible(min: 8, weight: 1)
    }

    public enum Alignment: Hashable, Sendable { case left, right, center }

    public var title: String
    public var width: Width
    public var alignment: Alignment

    public init(_ title: String, width: Width = .flexible, alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// A scrolling table with a selected row: the state of one list on screen.
///
/// A value: the app keeps it in its state, `handle` moves the selection and the scroll
/// offset, `render` draws only the visible rows.
public struct TableView: Hashable, Sendable {
    public var columns: [TableColumn]
    /// Index of the selected row (clamped to the data when used).
    public var selectedIndex: Int
    /// Index of the first visible row.
    public var scrollOffset: Int
    public var showsHeader: Bool
    /// A focused table shows its selection as `.selected`, an unfocused one as `.selectedInactive`.
    public var isFocused: Bool
    /// Shown when there are no rows.
    public var emptyMessage: String

    public init(columns: [TableColumn], selectedIndex: Int = 0, scrollOffset: Int = 0, showsHeader: Bool = true,
                isFocused: Bool = true, emptyMessage: String = "(nothing to show)") {
        self.columns = columns
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
        self.showsHeader = showsHeader
        self.isFocused = isFocused
        self.emptyMessage = emptyMessage
    }

    /// Rows of data that fit in `rect` (its height minus the header).
    public func visibleRowCount(in rect: Rect) -> Int { max(0, rect.height - (showsHeader ? 1 : 0)) }

    /// Column widths for a total width; columns are separated by one space. Columns that
    /// do not fit get width 0 (not drawn).
    public func columnWidths(totalWidth: Int) -> [Int] {
        let separators = max(0, columns.count - 1)
        var remaining = totalWidth - separators
        var widths = [Int](repeating: 0, count: columns.count)
        var totalWeight = 0
        var flexibleMinimum = 0
        for (i, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let w): widths[i] = w; remaining -= w
            case .flexible(let minimum, let weight): totalWeight += max(1, weight); flexibleMinimum += minimum
            }
        }
        if totalWeight > 0 {
            let free = max(0, remaining)
            var given = 0
            var lastFlexible = -1
            for (i, column) in columns.enumerated() {
                guard case .flexible(let minimum, let weight) = column.width else { continue }
                let share = free * max(1, weight) / totalWeight
                widths[i] = max(minimum, share)
                given += widths[i]
                lastFlexible = i
            }
            if given < free && lastFlexible >= 0 { widths[lastFlexible] += free - given }  // rounding remainder
        }
        // Clip to the total: columns past the edge shrink, then vanish.
        var x = 0
        for i in widths.indices {
            let available = max(0, totalWidth - x)
            widths[i] = min(widths[i], available)
            x += widths[i] + 1
        }
        return widths
    }

    /// The scroll offset `render` will use: the stored one, moved just enough to show the selection.
    public func effectiveScrollOffset(rowCount: Int, visibleRows: Int) -> Int {
        guard rowCount > 0, visibleRows > 0 else { return 0 }
        let selected = min(max(0, selectedIndex), rowCount - 1)
        var offset = min(max(0, scrollOffset), max(0, rowCount - visibleRows))
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        return offset
    }

    /// Draws the header and the visible rows. Asks `data` for exactly the visible rows.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, data: some TableDataSource) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect)
        let widths = columnWidths(totalWidth: rect.width)
        var y = rect.y
        if showsHeader {
            drawRow(columns.map(\.title), into: &buffer, x: rect.x, y: y, widths: widths, width: rect.width, rowStyle: .header, cellStyle: { _ in nil })
            y += 1
        }
        let rowCount = data.rowCount
        let visible = visibleRowCount(in: rect)
        guard rowCount > 0 else {
            if visible > 0 { buffer.put(emptyMessage, x: rect.x + 1, y: y, style: .dim, maxWidth: rect.width - 1) }
            return
        }
        let offset = effectiveScrollOffset(rowCount: rowCount, visibleRows: visible)
        let selected = min(max(0, selectedIndex), rowCount - 1)
        for index in offset..<min(rowCount, offset + visible) {
            let isSelected = index == selected
            let rowStyle: Style = isSelected ? (isFocused ? .selected : .selectedInactive) : .normal
            drawRow(data.row(at: index), into: &buffer, x: rect.x, y: y, widths: widths, width: rect.width, rowStyle: rowStyle,
                    cellStyle: { isSelected ? nil : data.style(row: index, column: $0) })
            y += 1
        }
    }

    private func drawRow(_ cells: [String], into buffer: inout ScreenBuffer, x: Int, y: Int, widths: [Int], width: Int,
                         rowStyle: Style, cellStyle: (Int) -> Style?) {
        buffer.fill(Rect(x: x, y: y, width: width, height: 1), style: rowStyle)
        var column = x
        for (i, w) in widths.enumerated() {
            defer { column += w + 1 }
            guard w > 0, i < cells.count else { continue }
            let text: String
            switch columns[i].alignment {
            case .left: text = DisplayWidth.pad(cells[i], toWidth: w)
            case .right: text = DisplayWidth.rightAlign(cells[i], toWidth: w)
            case .center: text = DisplayWidth.center(cells[i], toWidth: w)
            }
            buffer.put(text, x: column, y: y, style: cellStyle(i) ?? rowStyle, maxWidth: w)
        }
    }

    /// Moves the selection: j/k/↑/↓, PgUp/PgDn, Ctrl-D/Ctrl-U (half page), g/G/Home/End,
    /// mouse wheel. Returns false for other keys.
    public mutating func handle(_ key: Key, rowCount: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows)
        let current = min(max(0, selectedIndex), max(0, rowCount - 1))
        let target: Int
        switch key {
        case .down, .char("j"): target = current + 1
        case .up, .char("k"): target = current - 1
        case .pageDown, .ctrl("f"): target = current + page
        case .pageUp, .ctrl("b"): target = current - page
        case .ctrl("d"): target = current + page / 2
        case .ctrl("u"): target = current - page / 2
        case .home, .char("g"): target = 0
        case .end, .char("G"): target = rowCount - 1
        case .mouseWheelDown: target = current + 3
        case .mouseWheelUp: target = current - 3
        default: return false
        }
        select(target, rowCount: rowCount, visibleRows: visibleRows)
        return true
    }

    /// Selects row `index` (clamped) and scrolls so it is visible (search hits, jumps).
    public mutating func select(_ index: Int, rowCount: Int, visibleRows: Int) {
        selectedIndex = min(max(0, index), max(0, rowCount - 1))
        scrollOffset = effectiveScrollOffset(rowCount: rowCount, visibleRows: visibleRows)
    }

    /// "12/3004" — the selected row's position, for a status bar ("0/0" when empty).
    public func positionText(rowCount: Int) -> String {
        rowCount == 0 ? "0/0" : "\(min(max(0, selectedIndex), rowCount - 1) + 1)/\(rowCount)"
    }
}
