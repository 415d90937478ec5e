/// Folds text so that what a consultant types matches what was stored, whatever the
/// keyboard: lower case, Danish letters spelt out (æ→ae, ø→oe, å→aa, and the Swedish and
/// German ä/ö the same way, ü→ue, ß→ss), accents stripped (é→e, ł→l), combining marks
/// dropped. "Søren", "SOEREN" and "soeren" all fold to "soeren"; "Søren" and "soren" do
/// not, because ø is a letter of its own in Danish — type "oe" or "ø".
///
/// Written without Foundation so that folding 250,000 names while building an index
/// costs milliseconds, not seconds.
public enum TextFolding {
    /// The folded form of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(out)
    }

    /// The folded form as UTF-8 bytes, for fast substring search.
    static func foldedBytes(_ text: some StringProtocol) -> [UInt8] {
        Array(fold(text).utf8)
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 0x20)!) } else { out.append(scalar) }
            return
        }
        if v >= 0xC0 && v <= 0x17F {
            out.append(contentsOf: latinTable[Int(v - 0xC0)].unicodeScalars)
            return
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return  // a combining accent: "e\u{301}" folds like "é"
        default:
            out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Folded spelling of U+00C0…U+017F (Latin-1 Supplement and Latin Extended-A), the
    /// letters of every European name a Danish register is likely to hold.
    private static let latinTable: [String] = {
        // U+00C0…U+00FF, upper case then lower case; × and ÷ kept as they are.
        let latin1: [String] = [
            "a", "a", "a", "a", "ae", "aa", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "oe", "\u{D7}", "oe", "u", "u", "u", "ue", "y", "th", "ss",
            "a", "a", "a", "a", "ae", "aa", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
            "d", "n", "o", "o", "o", "o", "oe", "\u{F7}", "oe", "u", "u", "u", "ue", "y", "th", "y",
        ]
        // U+0100…U+017F as runs of the same base letter.
        let runs: [(String, Int)] = [
            ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2), ("j", 2),
            ("k", 3), ("l", 10), ("n", 9), ("o", 6), ("oe", 2), ("r", 6), ("s", 8), ("t", 6), ("u", 12),
            ("w", 2), ("y", 3), ("z", 6), ("s", 1),
        ]
        var table = latin1
        for (letter, count) in runs { table.append(contentsOf: repeatElement(letter, count: count)) }
        precondition(table.count == 0x17F - 0xC0 + 1)
        return table
    }()
}

extension TextFolding {
    /// Whether `haystack` contains `needle`, both folded UTF-8 (`foldedBytes`). The one
    /// folded-substring search of the program: the engine's name scan and the workbench's
    /// search and filter use it, so both find the same rows for the same words.
    public static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        bytesContain(haystack, needle)
    }

    /// The folded form as UTF-8 bytes (see `fold`).
    public static func foldedUTF8(_ text: some StringProtocol) -> [UInt8] { foldedBytes(text) }
}

/// Substring search over folded UTF-8 bytes: no allocation, no Unicode work per call.
@inline(__always)
func bytesContain(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = needle.count, h = haystack.count
    if n == 0 { return true }
    if n > h { return false }
    let first = needle[0]
    var i = 0
    let last = h - n
    while i <= last {
        if haystack[i] == first {
            var j = 1
            while j < n && haystack[i + j] == needle[j] { j += 1 }
            if j == n { return true }
        }
        i += 1
    }
    return false
}
