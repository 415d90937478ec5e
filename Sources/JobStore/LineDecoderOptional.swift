import JobMatchCore

/// Readers for the value kinds the richer candidate record added: a date that may be
/// `null`, and an array of enum raw values.
extension LineDecoder {
    /// `"YYYY-MM-DD"` or `null`. The outer optional is nil when the value was wrong
    /// (reported); `.some(nil)` is a `null` read cleanly.
    mutating func optionalDay(_ field: @autoclosure () -> String) throws(SyntaxError) -> Day?? {
        cursor.skipWhitespace()
        if cursor.peek() == UInt8(ascii: "n") {
            try cursor.literal("null")
            return .some(nil)
        }
        guard cursor.peek() == UInt8(ascii: "\"") else {
            try mismatch(field(), .found(cursor.kindOfValue()), expected: "a date \"YYYY-MM-DD\" or null")
            return nil
        }
        guard let d = try day(field()) else { return nil }
        return .some(d)
    }

    /// An array of strings, each one of an enum's raw values (`shifts[1]` names a wrong one).
    mutating func enumValues<E: RawRepresentable & CaseIterable>(_ field: StaticString, _ type: E.Type) throws(SyntaxError) -> [E]?
    where E.RawValue == String {
        guard let raw = try strings(field) else { return nil }
        var out: [E] = []
        let allowed = E.allCases.map(\.rawValue)
        for (i, s) in raw.enumerated() {
            if let e = E(rawValue: s) { out.append(e); continue }
            report("\(field)[\(i)]", "unknown value \(Problem.quote(s)) (expected \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? ""))")
        }
        return out.count == raw.count ? out : nil
    }
}
