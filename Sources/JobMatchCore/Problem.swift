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

    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        s += ": "
        if !field.isEmpty { s += "\(field): " }
        return s + message
    }
}
