/// Maps string ids (competences, licences, municipalities…) to dense integers in order of
/// first appearance, so the hot loops work on small integers and contiguous arrays.
struct Interner: Sendable {
    private(set) var ids: [String] = []
    private var table: [String: Int32] = [:]

    init() {}
    init(_ ids: some Sequence<String>) { for id in ids { _ = intern(id) } }

    var count: Int { ids.count }

    mutating func intern(_ id: String) -> Int32 {
        if let i = table[id] { return i }
        let i = Int32(ids.count)
        table[id] = i
        ids.append(id)
        return i
    }

    func lookup(_ id: String) -> Int32? { table[id] }
}

/// A fixed-width bit set per row in one flat array (licences and certificates of every
/// candidate): a subset test is a few word operations, with no allocation.
struct BitRows: Sendable {
    let wordsPerRow: Int
    private(set) var words: [UInt64]

    init(rows: Int, bits: Int) {
        wordsPerRow = max(1, (bits + 63) / 64)
        words = [UInt64](repeating: 0, count: rows * wordsPerRow)
    }

    mutating func set(row: Int, bit: Int) {
        words[row * wordsPerRow + bit / 64] |= 1 << UInt64(bit % 64)
    }

    func contains(row: Int, bit: Int) -> Bool {
        words[row * wordsPerRow + bit / 64] & (1 << UInt64(bit % 64)) != 0
    }

    /// True when every bit of `mask` (one row's width) is set in `row`.
    @inline(__always)
    func containsAll(row: Int, mask: [UInt64]) -> Bool {
        let base = row * wordsPerRow
        for w in 0..<wordsPerRow where words[base + w] & mask[w] != mask[w] { return false }
        return true
    }

    func mask(bits: some Sequence<Int>) -> [UInt64] {
        var m = [UInt64](repeating: 0, count: wordsPerRow)
        for b in bits { m[b / 64] |= 1 << UInt64(b % 64) }
        return m
    }
}

/// Compressed sparse rows: row `r` owns `values[offsets[r]..<offsets[r+1]]`.
struct Rows<Value: Sendable>: Sendable {
    var offsets: [Int32]
    var values: [Value]

    @inline(__always) func range(_ row: Int) -> Range<Int> { Int(offsets[row])..<Int(offsets[row + 1]) }
    var rowCount: Int { offsets.count - 1 }
}
