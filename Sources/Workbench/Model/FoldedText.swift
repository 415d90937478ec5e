import Dispatch
import MatchEngine

/// Many short folded texts in one byte array, so "does row i contain 'svejs'" over 50,000
/// vacancies is a tight byte loop with no allocation and no Unicode work per row.
///
/// Folding is MatchEngine's (`TextFolding.fold`: lower case, æ→ae, ø→oe, å→aa, accents
/// dropped), so the workbench finds what `jobmatch search` finds.
struct FoldedTexts: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]

    /// Builds row texts in parallel chunks; `row` returns the folded bytes of one row.
    init(count: Int, row: @Sendable (Int) -> [UInt8]) {
        let chunks = count < 4_096 ? 1 : 8
        let size = (count + chunks - 1) / max(1, chunks)
        var parts = [[[UInt8]]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * size)..<min(count, (c + 1) * size)
                out[c] = range.map(row)
            }
        }
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } })
        offsets.reserveCapacity(count + 1)
        for part in parts {
            for text in part {
                bytes.append(contentsOf: text)
                offsets.append(Int32(bytes.count))
            }
        }
    }

    /// Folded UTF-8 of a string.
    static func fold(_ text: some StringProtocol) -> [UInt8] { TextFolding.foldedUTF8(text) }

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
        query.split(whereSeparator: { $0 == " " }).map { fold($0) }.filter { !$0.isEmpty }
    }

    /// True when `text` contains every needle (for short lists built on the fly).
    static func matches(_ text: String, _ needles: [[UInt8]]) -> Bool {
        fold(text).withUnsafeBufferPointer { row in
            needles.allSatisfy { needle in needle.withUnsafeBufferPointer { search(row, $0) } }
        }
    }

    static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        TextFolding.contains(haystack, needle)
    }
}
