/// Incremental `/` search with `n`/`N`: moves the selection to matching rows, hiding
/// nothing. (To hide non-matching rows, use `FilterState`.)
///
/// Matching is case- and accent-insensitive (`TextFolding`); every word of the query
/// must occur in the row. Searching wraps around the end, and says so.
public struct SearchState: Hashable, Sendable {
    public enum Direction: Hashable, Sendable { case forward, backward }

    /// Where a search landed.
    public struct Hit: Hashable, Sendable {
        public var index: Int
        /// True when the search went past the end (or start) and continued from the other side.
        public var wrapped: Bool
    }

    public private(set) var query: String
    private var terms: [[UInt8]]
    var foldedTerms: [[UInt8]] { terms }
    /// Direction of the last `/` (forward) or `?` (backward) search; `n` repeats it.
    public var direction: Direction

    public init(query: String = "", direction: Direction = .forward) {
        self.query = query
        self.terms = TextFolding.terms(of: query)
        self.direction = direction
    }

    public var isEmpty: Bool { terms.isEmpty }

    public mutating func setQuery(_ newQuery: String) {
        query = newQuery
        terms = TextFolding.terms(of: newQuery)
    }

    /// True when `text` matches the query (always false for an empty query).
    public func matches(_ text: String) -> Bool {
        var scratch: [UInt8] = []
        return !terms.isEmpty && TextFolding.matches(text, foldedTerms: terms, scratch: &scratch)
    }

    /// Finds the next matching row from `start`, wrapping around. With `includeStart`
    /// the start row itself counts (incremental search while typing); otherwise the
    /// search begins one row further (`n`/`N`). Returns nil when nothing matches.
    public func find(from start: Int, rowCount: Int, direction: Direction? = nil, includeStart: Bool = false,
                     rowText: (Int) -> String) -> Hit? {
        var scratch: [UInt8] = []
        let terms = self.terms
        return find(from: start, rowCount: rowCount, direction: direction, includeStart: includeStart,
                    isMatch: { TextFolding.matches(rowText($0), foldedTerms: terms, scratch: &scratch) })
    }

    func find(from start: Int, rowCount: Int, direction: Direction?, includeStart: Bool, isMatch: (Int) -> Bool) -> Hit? {
        guard rowCount > 0, !terms.isEmpty else { return nil }
        let forward = (direction ?? self.direction) == .forward
        let origin = min(max(0, start), rowCount - 1)
        // Without includeStart the start row comes last, so a lone match is found again (wrapped).
        let steps = includeStart ? 0...(rowCount - 1) : 1...rowCount
        for step in steps {
            let raw = forward ? origin + step : origin - step
            let index = ((raw % rowCount) + rowCount) % rowCount
            if isMatch(index) { return Hit(index: index, wrapped: forward ? raw >= rowCount : raw < 0) }
        }
        return nil
    }

    /// `n`: next match in the search direction. `N`: previous (`reverse: true`).
    public func next(from start: Int, rowCount: Int, reverse: Bool = false, rowText: (Int) -> String) -> Hit? {
        let dir: Direction = (direction == .forward) != reverse ? .forward : .backward
        return find(from: start, rowCount: rowCount, direction: dir, includeStart: false, rowText: rowText)
    }

    /// A message for the status line after a search: "search hit BOTTOM, continuing at TOP",
    /// "pattern not found: weld", or nil.
    public func message(for hit: Hit?, direction: Direction? = nil) -> String? {
        guard !terms.isEmpty else { return nil }
        guard let hit else { return "not found: \(query)" }
        guard hit.wrapped else { return nil }
        return (direction ?? self.direction) == .forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM"
    }
}

/// A filter that hides non-matching rows (as distinct from search, which only moves).
///
/// The caller keeps the visible indices it returns and shows `statusText`
/// ("filter: weld  shown 12/3004"); one key clears it.
public struct FilterState: Hashable, Sendable {
    public private(set) var query: String
    private var terms: [[UInt8]]
    var foldedTerms: [[UInt8]] { terms }

    public init(query: String = "") {
        self.query = query
        self.terms = TextFolding.terms(of: query)
    }

    /// True when a non-empty filter is in force.
    public var isActive: Bool { !terms.isEmpty }

    public mutating func setQuery(_ newQuery: String) {
        query = newQuery
        terms = TextFolding.terms(of: newQuery)
    }

    public mutating func clear() { setQuery("") }

    /// True when `text` passes the filter (everything passes an empty filter).
    public func matches(_ text: String) -> Bool {
        var scratch: [UInt8] = []
        return TextFolding.matches(text, foldedTerms: terms, scratch: &scratch)
    }

    /// Indices of the rows that pass, in order.
    public func apply(rowCount: Int, rowText: (Int) -> String) -> [Int] {
        guard isActive else { return Array(0..<rowCount) }
        var scratch: [UInt8] = []
        return (0..<rowCount).filter { TextFolding.matches(rowText($0), foldedTerms: terms, scratch: &scratch) }
    }

    /// "filter: weld  shown 12/3004", or "" when no filter is active.
    public func statusText(shown: Int, total: Int) -> String {
        isActive ? "filter: \(query)  shown \(shown)/\(total)" : ""
    }
}

/// A data source showing only some rows of another (the result of a filter).
public struct FilteredTableDataSource<Base: TableDataSource>: TableDataSource {
    public var base: Base
    /// Indices into `base`, in display order.
    public var indices: [Int]

    public init(base: Base, indices: [Int]) {
        self.base = base
        self.indices = indices
    }

    public var rowCount: Int { indices.count }
    public func row(at index: Int) -> [String] { base.row(at: indices[index]) }
    public func style(row: Int, column: Int) -> Style? { base.style(row: indices[row], column: column) }
}
