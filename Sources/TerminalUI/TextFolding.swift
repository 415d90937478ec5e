import Foundation

/// Case- and accent-insensitive text for search and filter: "Søren" is found by
/// "soren", "Århus" by "arhus", "Æbeltoft" by "aebeltoft", "José" by "jose".
///
/// Folding works on UTF-8 bytes with a precomputed table for Latin letters, because a
/// filter re-checks every row on every keystroke: 250,000 rows must fold in well under
/// a frame-sized fraction of a second.
public enum TextFolding {
    /// Lower-cased, accents removed, æ→ae, ø→o, ß→ss.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        foldBytes(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded UTF-8 of `text`, written into `out` (cleared first; reuse it across rows).
    public static func foldBytes(_ text: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            } else if v >= 0x300 && v <= 0x36F {
                continue  // combining accent
            } else if v >= latinBase && v < latinBase + UInt32(latinTable.count) {
                out.append(contentsOf: latinTable[Int(v - latinBase)])
            } else {
                out.append(contentsOf: slowFold(scalar))
            }
        }
    }

    /// True when every term (already folded, see `terms(of:)`) occurs in `text`.
    /// `scratch` is a reusable buffer.
    public static func matches(_ text: String, foldedTerms: [[UInt8]], scratch: inout [UInt8]) -> Bool {
        guard !foldedTerms.isEmpty else { return true }
        foldBytes(text, into: &scratch)
        return foldedTerms.allSatisfy { contains(scratch, $0) }
    }

    /// The folded words of a query; a row matches when it contains all of them.
    public static func terms(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { word in
            var bytes: [UInt8] = []
            foldBytes(String(word), into: &bytes)
            return bytes
        }
    }

    private static let latinBase: UInt32 = 0x80
    /// Folded bytes for U+0080…U+024F (Latin-1 Supplement, Latin Extended-A and -B).
    private static let latinTable: [[UInt8]] = (latinBase..<0x250).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return slowFold(scalar)
    }

    private static func slowFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar {
        case "æ", "Æ": return Array("ae".utf8)
        case "ø", "Ø": return Array("o".utf8)
        case "ß": return Array("ss".utf8)
        case "œ", "Œ": return Array("oe".utf8)
        case "đ", "Đ": return Array("d".utf8)
        case "ł", "Ł": return Array("l".utf8)
        default:
            var result = String.UnicodeScalarView()
            for s in String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
            where s.properties.generalCategory != .nonspacingMark {
                result.append(s)
            }
            return Array(String(result).utf8)
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    static func contains(_ h: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = h.count, m = needle.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        return needle.withUnsafeBufferPointer { p in
            let first = p[0]
            var i = 0
            while i <= n - m {
                if h[i] == first {
                    var j = 1
                    while j < m && h[i + j] == p[j] { j += 1 }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }
    }
}
