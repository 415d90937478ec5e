/// The folded text of every row, computed once, so a filter or search over 250,000
/// rows is a byte scan per keystroke instead of re-folding every string.
///
/// Build it when the rows change (load, re-rank), not per keystroke.
public struct FoldedRows: Sendable {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]

    public init(count: Int, rowText: (Int) -> String) {
        var scratch: [UInt8] = []
        bytes.reserveCapacity(count * 32)
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            TextFolding.foldBytes(rowText(i), into: &scratch)
            bytes += scratch
            starts.append(bytes.count)
        }
    }

    public var count: Int { starts.count - 1 }

    /// True when row `index` contains every folded term.
    public func matches(_ index: Int, foldedTerms: [[UInt8]]) -> Bool {
        guard !foldedTerms.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { all in
            let row = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
            return foldedTerms.allSatisfy { TextFolding.contains(row, $0) }
        }
    }
}

extension FilterState {
    /// Indices of the rows that pass, using precomputed folded rows.
    public func apply(to rows: FoldedRows) -> [Int] {
        guard isActive else { return Array(0..<rows.count) }
        let terms = foldedTerms
        return (0..<rows.count).filter { rows.matches($0, foldedTerms: terms) }
    }
}

extension SearchState {
    /// `find` over precomputed folded rows (same wrapping rules).
    public func find(from start: Int, in rows: FoldedRows, direction: Direction? = nil, includeStart: Bool = false) -> Hit? {
        let terms = foldedTerms
        return find(from: start, rowCount: rows.count, direction: direction, includeStart: includeStart,
                    isMatch: { rows.matches($0, foldedTerms: terms) })
    }

    /// `n` / `N` over precomputed folded rows.
    public func next(from start: Int, in rows: FoldedRows, reverse: Bool = false) -> Hit? {
        find(from: start, in: rows, direction: (direction == .forward) != reverse ? .forward : .backward)
    }
}
