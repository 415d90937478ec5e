import JobMatchCore

/// Readers for the small objects nested in records (competences, languages, requirements,
/// labour needs). Field names in problems get the array prefix, e.g. `competences[2].level`.
extension LineDecoder {
    /// Reads an array of objects; `read` is called with `context` set to this element.
    mutating func objects<T>(_ field: StaticString, _ read: (inout LineDecoder) throws(SyntaxError) -> T?) throws(SyntaxError) -> [T]? {
        var out: [T] = []
        var ok = true
        let outer = context
        let isArray = try array(field) { (d, i) throws(SyntaxError) in
            d.context = (field, i)
            if let v = try read(&d) { out.append(v) } else { ok = false }
            d.context = outer
        }
        context = outer
        return isArray && ok ? out : nil
    }

    /// Reads one object with the fields of `table`, reporting unknown, repeated and missing
    /// ones; `field` is called with each field's index.
    mutating func object(_ table: KeyTable, _ field: (inout LineDecoder, Int) throws(SyntaxError) -> Void) throws(SyntaxError) -> Bool {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "{") else {
            let where_ = context.map { "\($0.array)[\($0.index)]" } ?? "value"
            let saved = context
            context = nil
            try mismatch(where_, .found(cursor.kindOfValue()), expected: "an object")
            context = saved
            return false
        }
        var first = true, hint = 0, seen: UInt32 = 0
        let before = problemTotal
        while let i = try nextField(table, first: &first, hint: &hint, seen: &seen) { try field(&self, i) }
        reportMissing(table, seen: seen)
        return problemTotal == before
    }

    /// Reads an array of objects with the fields of `format`.
    mutating func objects<T>(_ field: StaticString, _ format: RecordFormat<T>) throws(SyntaxError) -> [T]? {
        try objects(field) { (d) throws(SyntaxError) in try d.nested(format) }
    }

    /// Reads one nested object; nil when anything in it was wrong (reported).
    private mutating func nested<T>(_ format: RecordFormat<T>) throws(SyntaxError) -> T? {
        var value = format.table.blank
        let fields = format.table.fields
        let ok = try object(format.keys) { (d, i) throws(SyntaxError) in try d.read(fields[i], into: &value) }
        return ok ? value : nil
    }
}
