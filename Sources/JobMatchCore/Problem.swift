/// One thing wrong with input, located as precisely as the reader can act on:
/// `file:line: field: message`. Loading collects all of them instead of stopping at the first.
public struct Problem: Sendable, Equatable, Error, CustomStringConvertible {
    public var file: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// Dotted field path such as `competences[2].level`; empty when the whole line is wrong.
    public var field: String
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file; self.line = line; self.field = field; self.message = message
    }

    /// Always one line: control characters that came from the data (a name with an
    /// escaped newline) are shown as escapes, so every report line starts with `file:line:`.
    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        s += ": "
        if !field.isEmpty { s += "\(Self.oneLine(field)): " }
        return s + Self.oneLine(message)
    }

    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Problem {
    /// Values longer than this many characters are shortened when a message quotes them.
    public static let quoteLimit = 60

    /// `value` in single quotes as a message shows it. A long value (a pasted paragraph, a
    /// 10 MB line from a broken export) is cut to its start and its length, so one bad
    /// value cannot make the report itself megabytes long: `'Lorem ipsum…' (10485760 bytes)`.
    public static func quote(_ value: String) -> String {
        "'\(shorten(value))'" + (isLong(value) ? " (\(value.utf8.count) bytes)" : "")
    }

    /// `value` itself when short, else its first characters and "…" (for field paths).
    public static func shorten(_ value: String) -> String {
        guard isLong(value) else { return value }
        return String(value.prefix(quoteLimit)) + "…"
    }

    private static func isLong(_ value: String) -> Bool {
        guard value.utf8.count > quoteLimit else { return false }
        // Counts at most `quoteLimit` characters, not the whole value.
        return value.index(value.startIndex, offsetBy: quoteLimit, limitedBy: value.endIndex).map { $0 < value.endIndex } ?? false
    }
}
