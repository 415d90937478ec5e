import MatchEngine

/// Many short folded texts in one byte array, so "does row i contain 'svejs'" over 50,000
/// vacancies is a tight byte loop with no allocation and no Unicode work per row.
struct FoldedTexts: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]

    init(_ texts: some Sequence<String>) {
        for text in texts {
            bytes.append(contentsOf: TextFolding.fold(text).utf8)
            offsets.append(Int32(bytes.count))
        }
    }

    var count: Int { offsets.count - 1 }

    /// True when row `index` contains every needle (needles already folded).
    func contains(_ index: Int, all needles: [[UInt8]]) -> Bool {
        let start = Int(offsets[index]), end = Int(offsets[index + 1])
        return bytes.withUnsafeBufferPointer { all in
            let row = UnsafeBufferPointer(rebasing: all[start..<end])
            for needle in needles {
                let found = needle.withUnsafeBufferPointer { FoldedTexts.search(row, $0) }
                if !found { return false }
            }
            return true
        }
    }

    /// Splits what the user typed into folded words.
    static func needles(_ query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0 == " " }).map { Array(TextFolding.fold($0).utf8) }.filter { !$0.isEmpty }
    }

    /// True when `text` contains every needle (for short lists built on the fly).
    static func matches(_ text: String, _ needles: [[UInt8]]) -> Bool {
        let folded = Array(TextFolding.fold(text).utf8)
        return folded.withUnsafeBufferPointer { row in
            needles.allSatisfy { needle in needle.withUnsafeBufferPointer { search(row, $0) } }
        }
    }

    @inline(__always)
    static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = needle.count, h = haystack.count
        if n == 0 { return true }
        if n > h { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
