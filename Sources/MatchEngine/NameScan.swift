#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 64-bit summary of the byte pairs in a folded name: a name can only contain a needle
/// whose pairs are all in its mask, so most names are ruled out without reading them.
@inline(__always)
func bigramMask(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var mask: UInt64 = 0
    var previous: UInt8?
    for b in bytes {
        if let p = previous { mask |= 1 << UInt64((UInt32(p) &* 31 &+ UInt32(b)) % 64) }
        previous = b
    }
    return mask
}

extension MatchIndex {
    /// Rows whose folded name contains `needle`, ascending. Needles of two bytes or more
    /// are screened by each name's bigram mask first; single bytes are found by one
    /// `memchr`-driven pass over the whole name buffer. A match never runs across the end
    /// of one name into the next.
    func rowsWhoseName(contains needle: [UInt8]) -> [Int32] {
        var rows: [Int32] = []
        guard !needle.isEmpty else { return rows }
        if needle.count >= 2 {
            let want = bigramMask(needle)
            let masks = nameBigrams, offsets = columns.names.offsets
            columns.names.values.withUnsafeBufferPointer { buffer in
                needle.withUnsafeBufferPointer { nd in
                    for row in 0..<masks.count where masks[row] & want == want {
                        let name = UnsafeBufferPointer(rebasing: buffer[Int(offsets[row])..<Int(offsets[row + 1])])
                        if bytesContain(name, nd) { rows.append(Int32(row)) }
                    }
                }
            }
            return rows
        }
        let offsets = columns.names.offsets
        columns.names.values.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { nd in
                guard let base = buffer.baseAddress, let first = nd.first else { return }
                let n = buffer.count, m = nd.count
                var i = 0, row = 0
                while i + m <= n {
                    guard let hit = memchr(base + i, Int32(first), n - m - i + 1) else { break }
                    let pos = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + pos, nd.baseAddress!, m) == 0 {
                        while Int(offsets[row + 1]) <= pos { row += 1 }
                        if pos + m <= Int(offsets[row + 1]) {
                            rows.append(Int32(row))
                            i = Int(offsets[row + 1])
                            continue
                        }
                    }
                    i = pos + 1
                }
            }
        }
        return rows
    }
}
