import JobMatchCore

/// Decodes one JSON Lines record straight into a core struct, collecting every problem on
/// the line: wrong types, unknown, missing and repeated fields are reported against the
/// field and the rest of the line is still read; malformed JSON ends the line (throws).
struct LineDecoder {
    var cursor: JSONCursor
    let keys: RecordKeys
    var problems: [FieldProblem] = []
    /// Problems found on this line beyond `problemCap`: counted, not kept (a 10 MB line of
    /// unknown fields must not hold millions of messages).
    var droppedProblems = 0
    static let problemCap = LoadError.cap
    /// Every problem found on the line, kept or not.
    var problemTotal: Int { problems.count + droppedProblems }
    /// Set while reading a nested object, e.g. ("competences", 2), to name fields
    /// `competences[2].level`. A StaticString so the happy path builds no strings.
    var context: (array: StaticString, index: Int)?

    init(cursor: JSONCursor, keys: RecordKeys) {
        self.cursor = cursor; self.keys = keys
    }

    func path(_ field: String) -> String {
        guard let c = context else { return field }
        return "\(c.array)[\(c.index)].\(field)"
    }

    /// Records a problem; past the cap only counts it, without building its text.
    mutating func report(_ field: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        guard problems.count < Self.problemCap else { droppedProblems += 1; return }
        problems.append(FieldProblem(field: path(field()), message: message()))
    }

    mutating func mismatch(_ field: String, _ m: TypeMismatch, expected: String) throws(SyntaxError) {
        switch m {
        case .found(let what):
            report(field, "expected \(expected), found \(what)")
            try cursor.skipValue()
        case .invalid(let message):
            report(field, message)
        }
    }

    // MARK: Objects

    /// Advances to the next field of an object and returns its index in `table`; nil at the
    /// closing brace. Unknown and repeated fields are reported and skipped here.
    mutating func nextField(_ table: KeyTable, first: inout Bool, hint: inout Int, seen: inout UInt32) throws(SyntaxError) -> Int? {
        // Fast path: the next bytes are exactly what the writer puts before the expected field.
        if hint < table.count, seen & (1 << UInt32(hint)) == 0, first == (hint == 0) {
            let n = table.prefixLength(hint, at: cursor.base + cursor.pos, available: cursor.end - cursor.pos)
            if n > 0 {
                cursor.pos += n
                first = false
                seen |= 1 << UInt32(hint)
                hint += 1
                return hint - 1
            }
        }
        while true {
            if first {
                first = false
                try cursor.expect(UInt8(ascii: "{"), context == nil ? "'{' to start the record" : "'{'")
                if cursor.consume(UInt8(ascii: "}")) { return nil }
            } else if !cursor.consume(UInt8(ascii: ",")) {
                try cursor.expect(UInt8(ascii: "}"), "',' or '}' after field '\(table.names[max(0, min(hint, table.count) - 1)])'")
                return nil
            }
            cursor.skipWhitespace()
            guard cursor.peek() == UInt8(ascii: "\"") else { throw cursor.expected("a field name in quotes") }
            let raw = try cursor.rawString()
            var index: Int?
            if raw.escaped {
                cursor.pos = raw.start - 1
                if case .success(let name) = try cursor.string() { index = table.index(of: name) }
            } else {
                index = table.index(of: cursor.base + raw.start, count: raw.count, hint: hint)
            }
            try cursor.expect(UInt8(ascii: ":"), "':' after the field name")
            guard let i = index else {
                let name = { [cursor] in String(decoding: UnsafeBufferPointer(start: cursor.base + raw.start, count: raw.count), as: UTF8.self) }
                report(Problem.shorten(name()), "unknown field \(Problem.quote(name()))" + table.suggester.hint(for: name()))
                try cursor.skipValue()
                continue
            }
            let bit: UInt32 = 1 << UInt32(i)
            if seen & bit != 0 {
                report(table.names[i], "field '\(table.names[i])' appears twice")
                try cursor.skipValue()
                continue
            }
            seen |= bit
            hint = i + 1
            return i
        }
    }

    /// Reports every required field of `table` that the object did not have (an optional
    /// field left out keeps its blank value).
    mutating func reportMissing(_ table: KeyTable, seen: UInt32) {
        let missing = table.requiredFields & ~seen
        guard missing != 0 else { return }
        for i in 0..<table.count where missing & (1 << UInt32(i)) != 0 {
            report(table.names[i], "missing field '\(table.names[i])'")
        }
    }

    /// Reads an array, calling `element` for each item with its index.
    mutating func array(_ field: StaticString, _ element: (inout LineDecoder, Int) throws(SyntaxError) -> Void) throws(SyntaxError) -> Bool {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "[") else {
            try mismatch(field.description, .found(cursor.kindOfValue()), expected: "an array")
            return false
        }
        cursor.pos += 1
        if cursor.consume(UInt8(ascii: "]")) { return true }
        var i = 0
        repeat {
            try element(&self, i)
            i += 1
        } while cursor.consume(UInt8(ascii: ","))
        try cursor.expect(UInt8(ascii: "]"), "',' or ']' in '\(field)'")
        return true
    }

    // MARK: Values

    mutating func string(_ field: @autoclosure () -> String) throws(SyntaxError) -> String? {
        switch try cursor.string() {
        case .success(let s): return s
        case .failure(let m): try mismatch(field(), m, expected: "a string"); return nil
        }
    }

    mutating func int(_ field: @autoclosure () -> String) throws(SyntaxError) -> Int? {
        switch try cursor.int() {
        case .success(let v): return v
        case .failure(let m): try mismatch(field(), m, expected: "a whole number"); return nil
        }
    }

    mutating func double(_ field: @autoclosure () -> String) throws(SyntaxError) -> Double? {
        switch try cursor.double() {
        case .success(let v): return v
        case .failure(let m): try mismatch(field(), m, expected: "a number"); return nil
        }
    }

    mutating func bool(_ field: @autoclosure () -> String) throws(SyntaxError) -> Bool? {
        switch try cursor.bool() {
        case .success(let v): return v
        case .failure(let m): try mismatch(field(), m, expected: "true or false"); return nil
        }
    }

    mutating func strings(_ field: StaticString) throws(SyntaxError) -> [String]? {
        var out: [String] = []
        var ok = true
        let isArray = try array(field) { (d, i) throws(SyntaxError) in
            if let s = try d.string("\(field)[\(i)]") { out.append(s) } else { ok = false }
        }
        return isArray && ok ? out : nil
    }

    /// A `YYYY-MM-DD` date read straight from the bytes; impossible dates are named.
    mutating func day(_ field: @autoclosure () -> String) throws(SyntaxError) -> Day? {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "\"") else {
            try mismatch(field(), .found(cursor.kindOfValue()), expected: "a date \"YYYY-MM-DD\"")
            return nil
        }
        let raw = try cursor.rawString()
        let p = cursor.base + raw.start
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let c = p[i] &- 48; guard c < 10 else { return nil }; v = v * 10 + Int(c) }
            return v
        }
        if raw.count == 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-"),
           let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) {
            if let day = Day(year: y, month: m, day: d) { return day }
            let text = String(decoding: UnsafeBufferPointer(start: p, count: raw.count), as: UTF8.self)
            report(field(), (1800...2200).contains(y) ? "'\(text)' is not a real date" : "'\(text)' is outside the years 1800–2200")
            return nil
        }
        let text = String(decoding: UnsafeBufferPointer(start: p, count: raw.count), as: UTF8.self)
        report(field(), "\(Problem.quote(text)) is not a date YYYY-MM-DD")
        return nil
    }

    /// A string that must be one of an enum's raw values.
    mutating func enumValue<E: RawRepresentable & CaseIterable>(_ field: StaticString, _ type: E.Type) throws(SyntaxError) -> E?
    where E.RawValue == String {
        guard let s = try string(field.description) else { return nil }
        if let e = E(rawValue: s) { return e }
        let allowed = E.allCases.map(\.rawValue)
        report(field.description, "unknown \(field) \(Problem.quote(s)) (expected \(allowed.dropLast().joined(separator: ", ")) or \(allowed.last ?? ""))")
        return nil
    }

    /// Checks the `kind` field; returns false when the record belongs in another file.
    mutating func kind(expected: RecordKind) throws(SyntaxError) -> Bool {
        guard let s = try string("kind") else { return true }
        if s == expected.rawValue { return true }
        if let other = RecordKind(rawValue: s) {
            report("kind", "a \(other.rawValue) record does not belong in \(expected.fileName) (it goes in \(other.fileName))")
            return false
        }
        report("kind", "unknown kind \(Problem.quote(s)) (expected '\(expected.rawValue)')")
        return true
    }
}
