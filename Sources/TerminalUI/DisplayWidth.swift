/// Column arithmetic that agrees with ncurses.
///
/// ncurses advances the cursor by glibc's `wcwidth` of every Unicode scalar, so a
/// string's width here is the sum over its scalars (combining marks 0, East Asian wide
/// and emoji 2, controls 0). Measuring by `String.count` would misplace every column
/// after "日本" or "👍". The table is generated from glibc, so tests run without ncurses.
public enum DisplayWidth {
    /// Columns of one scalar as glibc's `wcwidth` counts them; controls count 0.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }  // ASCII fast path
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if contains(WidthTables.zeroWidth, v) { return 0 }
        if contains(WidthTables.doubleWidth, v) { return 2 }
        return 1
    }

    /// Columns of one grapheme cluster (sum over its scalars, as ncurses draws it).
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return (ascii >= 0x20 && ascii < 0x7F) ? 1 : 0 }
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns of a whole string.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for scalar in string.unicodeScalars { total += of(scalar) }
        return total
    }

    /// True for scalars glibc cannot print (controls, unassigned, surrogates): the screen
    /// buffer replaces them so a stray byte in data cannot shift the columns after it.
    public static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return true }
        return !contains(WidthTables.nonPrintable, v)
    }

    /// The longest prefix of `string` that fits in `width` columns. When the string is
    /// cut and `ellipsis` is non-empty, the prefix ends with it (and still fits). A wide
    /// character is never split: a prefix that would end in half of one stops before it.
    public static func truncate(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(string) <= width { return string }
        let ellipsisWidth = of(ellipsis)
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in string {
            let w = of(character)
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// `string` cut or padded with spaces to exactly `width` columns, left-aligned.
    /// When a wide character does not fit in the last column, a space takes its place.
    public static func pad(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(string, toWidth: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - of(cut)))
    }

    /// `string` cut or padded with leading spaces to exactly `width` columns (numbers, scores).
    public static func rightAlign(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(string, toWidth: width, ellipsis: ellipsis)
        return String(repeating: " ", count: max(0, width - of(cut))) + cut
    }

    /// `string` centred in `width` columns (extra space goes to the right).
    public static func center(_ string: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(string, toWidth: width, ellipsis: ellipsis)
        let free = max(0, width - of(cut))
        return String(repeating: " ", count: free / 2) + cut + String(repeating: " ", count: free - free / 2)
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = table[mid]
            if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
