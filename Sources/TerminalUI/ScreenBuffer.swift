/// One column of the screen.
///
/// A wide character lives in its first column; the columns it also covers hold
/// continuation cells, so the grid always maps one cell to one terminal column.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here ("" for a continuation cell).
    public var text: String
    public var style: Style
    /// True for the second (or later) column of a wide character.
    public var isContinuation: Bool

    public init(_ text: String = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A run of changed cells on one row, drawn in one call by the backend.
public struct CellRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    /// The cells of the run, continuations included (their columns are covered by the
    /// wide character before them).
    public var cells: [Cell]
    /// The run as text (continuation cells contribute nothing).
    public var text: String { cells.reduce(into: "") { $0 += $1.isContinuation ? "" : $1.text } }
    /// Columns covered.
    public var width: Int { cells.count }
}

/// A width×height grid of cells that screens render into.
///
/// Rendering is a pure function from state to a buffer; the terminal compares the new
/// buffer with the last one drawn and sends only the difference, so a 250,000-row table
/// redraws only the rows that moved.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public init(size: TerminalSize) { self.init(width: size.width, height: size.height) }

    public var size: TerminalSize { TerminalSize(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` starting at column `x` of row `y` and returns the columns used.
    ///
    /// Width is measured as ncurses measures it (see `DisplayWidth`). At most `maxWidth`
    /// columns are used (default: to the right edge). When the text is longer and
    /// `truncate` is true it ends with "…". A wide character that would straddle the
    /// limit is replaced by a space, never split. Control characters are dropped and
    /// unprintable scalars shown as "�", so bad data cannot shift later columns.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil, truncate: Bool = true) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        let limit = end - x
        guard end > max(0, x) else { return 0 }
        let shown = truncate ? DisplayWidth.truncate(text, toWidth: limit) : text
        var column = x
        for character in shown {
            let (glyph, w) = Self.sanitize(character)
            if w == 0 { continue }
            if column + w > end {
                // Pad instead of splitting a wide character across the limit.
                while column < end { setCell(Cell(" ", style: style), atX: column, y: y); column += 1 }
                break
            }
            if column >= 0 {
                setCell(Cell(glyph, style: style), atX: column, y: y)
                for k in 1..<w { setCell(Cell("", style: style, isContinuation: true), atX: column + k, y: y) }
            } else {
                // Cut off by the left edge: the visible half becomes a space.
                for k in 0..<w where column + k >= 0 { setCell(Cell(" ", style: style), atX: column + k, y: y) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with spaces in `style` (backgrounds, clearing a pane).
    public mutating func fill(_ rect: Rect, style: Style = .normal, with character: Character = " ") {
        let clipped = rect.clipped(to: bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { setCell(Cell(String(character), style: style), atX: column, y: row) }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the text (selection highlight).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let clipped = rect.clipped(to: bounds)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { self[column, row].style = style }
        }
    }

    /// Copies `other` into this buffer with its top-left corner at (x, y), clipped.
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int) {
        for row in 0..<other.height where y + row >= 0 && y + row < height {
            for column in 0..<other.width where x + column >= 0 && x + column < width {
                setCell(other[column, row], atX: x + column, y: y + row)
            }
        }
    }

    /// The screen as lines of text, for tests and snapshots. Trailing spaces are trimmed
    /// unless `trimTrailingSpaces` is false.
    public func text(trimTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { line(at: $0, trimTrailingSpaces: trimTrailingSpaces) }
    }

    /// One row as text.
    public func line(at y: Int, trimTrailingSpaces: Bool = true) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        guard trimTrailingSpaces else { return s }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The runs of cells that differ from `previous`, left to right, top to bottom; each
    /// run has one style. A different size means everything changed. A changed wide
    /// character's continuation cells are included so it is redrawn whole.
    public func diff(from previous: ScreenBuffer?) -> [CellRun] {
        guard let previous, previous.width == width, previous.height == height else { return allRuns() }
        var runs: [CellRun] = []
        var changed = [Bool](repeating: false, count: width)
        for y in 0..<height {
            var any = false
            for x in 0..<width {
                changed[x] = self[x, y] != previous[x, y]
                any = any || changed[x]
            }
            guard any else { continue }
            // Widen every change to the whole wide character it touches.
            for x in 0..<width where changed[x] {
                var lead = x
                while lead > 0 && self[lead, y].isContinuation { lead -= 1; changed[lead] = true }
                var next = x + 1
                while next < width && self[next, y].isContinuation { changed[next] = true; next += 1 }
            }
            var x = 0
            while x < width {
                guard changed[x] else { x += 1; continue }
                let style = self[x, y].style
                var end = x + 1
                while end < width && changed[end] && (self[end, y].style == style || self[end, y].isContinuation) { end += 1 }
                runs.append(CellRun(x: x, y: y, cells: (x..<end).map { self[$0, y] }))
                x = end
            }
        }
        return runs
    }

    /// Every row as runs of equal style: what a full redraw sends.
    public func allRuns() -> [CellRun] {
        var runs: [CellRun] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let style = self[x, y].style
                var end = x + 1
                while end < width && (self[end, y].style == style || self[end, y].isContinuation) { end += 1 }
                runs.append(CellRun(x: x, y: y, cells: (x..<end).map { self[$0, y] }))
                x = end
            }
        }
        return runs
    }

    /// Writes one cell and repairs any wide character it cuts in half, so the grid never
    /// holds an orphaned continuation or a lead without its continuation.
    private mutating func setCell(_ cell: Cell, atX x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let old = self[x, y]
        if old.isContinuation && !cell.isContinuation {
            var lead = x - 1
            while lead >= 0 && self[lead, y].isContinuation { self[lead, y] = Cell(" ", style: self[lead, y].style); lead -= 1 }
            if lead >= 0 { self[lead, y] = Cell(" ", style: self[lead, y].style) }
        }
        self[x, y] = cell
        // Continuations after this column belonged to the character it replaced.
        var next = x + 1
        while next < width && self[next, y].isContinuation {
            self[next, y] = Cell(" ", style: self[next, y].style)
            next += 1
        }
    }

    private static func sanitize(_ character: Character) -> (String, Int) {
        var printable = true
        var controlOnly = true
        for scalar in character.unicodeScalars {
            if !DisplayWidth.isPrintable(scalar) { printable = false }
            let v = scalar.value
            if !(v < 0x20 || (v >= 0x7F && v < 0xA0)) { controlOnly = false }
        }
        if controlOnly { return ("", 0) }
        if !printable { return ("\u{FFFD}", 1) }
        return (String(character), DisplayWidth.of(character))
    }
}

extension Rect {
    /// The part of this rectangle inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
