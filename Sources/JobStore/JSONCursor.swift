/// Malformed JSON on one line: what was expected and where (a 0-based byte offset in the
/// line, turned into a 1-based character column for the message).
struct SyntaxError: Error {
    var offset: Int
    var message: String
    /// True when the line ended before the record did.
    var atEnd: Bool
}

/// Why a value could not be read as the type a field needs; the caller reports it against
/// the field and skips the value, so the rest of the line is still checked.
enum TypeMismatch: Error {
    case found(String)
    case invalid(String)
}

/// A byte-level reader over one line of JSON. No Foundation, no allocation except for the
/// strings it returns; the bytes must stay alive while the cursor is used.
struct JSONCursor {
    let base: UnsafePointer<UInt8>
    let end: Int
    let lineStart: Int
    var pos: Int

    init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
        self.base = base; self.pos = start; self.end = end; self.lineStart = start
    }

    // MARK: Tokens

    @inline(__always) func peek() -> UInt8 { pos < end ? base[pos] : 0 }

    @inline(__always) mutating func skipWhitespace() {
        while pos < end {
            let c = base[pos]
            if c == 0x20 || c == 0x09 || c == 0x0D { pos += 1 } else { return }
        }
    }

    func error(_ message: String) -> SyntaxError {
        SyntaxError(offset: pos - lineStart, message: message, atEnd: pos >= end)
    }

    /// "expected ':' after field 'name', found ..." with what was found instead.
    func expected(_ what: String) -> SyntaxError {
        if pos >= end { return error("expected \(what) but the line ends") }
        return error("expected \(what), found \(describeHere())")
    }

    func describeHere() -> String {
        guard pos < end else { return "the end of the line" }
        let c = base[pos]
        switch c {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
        default: return "byte 0x\(String(c, radix: 16))"
        }
    }

    @inline(__always) mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(SyntaxError) {
        skipWhitespace()
        guard pos < end, base[pos] == byte else { throw expected(what()) }
        pos += 1
    }

    /// Consumes `byte` if it is next (after whitespace).
    @inline(__always) mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        if pos < end, base[pos] == byte { pos += 1; return true }
        return false
    }

    /// Describes the value about to be read, for "expected a string, found a number".
    func kindOfValue() -> String {
        switch peek() {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): "a number"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "true/false"
        case UInt8(ascii: "n"): "null"
        default: "something else"
        }
    }

    // MARK: Strings

    /// The raw bytes of the next string (between the quotes), whether it has escapes and
    /// whether it is plain ASCII. The string is checked completely here — control
    /// characters, every escape (including paired surrogates) and UTF-8 — so a value that
    /// is skipped (an unknown field, a wrong type, the fields a save does not read) is held
    /// to exactly the grammar of one that is read. The cursor ends after the closing quote.
    /// The caller has checked that a quote is next.
    @inline(__always)
    mutating func rawString() throws(SyntaxError) -> (start: Int, count: Int, escaped: Bool, ascii: Bool) {
        pos += 1
        let start = pos
        var escaped = false
        var ascii = true
        while pos < end {
            let c = base[pos]
            if c == UInt8(ascii: "\"") {
                pos += 1
                return (start, pos - 1 - start, escaped, ascii)
            }
            if c == UInt8(ascii: "\\") {
                escaped = true
                try checkEscape()
                continue
            }
            if c < 0x20 {
                throw error("control character 0x\(String(c, radix: 16)) inside a string (write it as an escape such as \\n)")
            }
            if c >= 0x80 {
                ascii = false
                let n = utf8SequenceLength(at: pos)
                if n == 0 { throw error("string is not valid UTF-8 (byte 0x\(String(c, radix: 16)))") }
                pos += n
                continue
            }
            pos += 1
        }
        pos = end
        throw error("the line ends inside a string (missing closing '\"')")
    }

    /// Checks the escape at `pos` (a backslash) and moves past it.
    @inline(__always)
    private mutating func checkEscape() throws(SyntaxError) {
        guard pos + 1 < end else { pos = end; throw error("the line ends inside a string (missing closing '\"')") }
        switch base[pos + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            pos += 2
        case UInt8(ascii: "u"):
            guard let u = hex4(at: pos + 2, stop: end) else { throw error("'\\u' must be followed by four hex digits") }
            if (0xD800...0xDBFF).contains(u) {
                guard pos + 7 < end, base[pos + 6] == UInt8(ascii: "\\"), base[pos + 7] == UInt8(ascii: "u"),
                      let low = hex4(at: pos + 8, stop: end), (0xDC00...0xDFFF).contains(low) else {
                    throw error("unpaired surrogate '\\u\(String(u, radix: 16))'")
                }
                pos += 12
            } else if (0xDC00...0xDFFF).contains(u) {
                throw error("unpaired surrogate '\\u\(String(u, radix: 16))'")
            } else {
                pos += 6
            }
        case let e:
            if e < 0x20 || e >= 0x80 { throw error("unknown escape: '\\' followed by byte 0x\(String(e, radix: 16))") }
            throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
        }
    }

    /// Length of the well-formed UTF-8 sequence that starts at `i` with a byte ≥ 0x80, or 0
    /// (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, or cut off).
    @inline(__always)
    func utf8SequenceLength(at i: Int) -> Int {
        let b0 = base[i]
        let available = end - i
        @inline(__always) func tail(_ k: Int) -> Bool { base[i + k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return available >= 2 && tail(1) ? 2 : 0
        case 0xE0...0xEF:
            guard available >= 3 else { return 0 }
            let b1 = base[i + 1]
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            return b1 >= low && b1 <= high && tail(2) ? 3 : 0
        case 0xF0...0xF4:
            guard available >= 4 else { return 0 }
            let b1 = base[i + 1]
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            return b1 >= low && b1 <= high && tail(2) && tail(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// Reads a JSON string value, or reports what was there instead (without consuming it).
    mutating func string() throws(SyntaxError) -> Result<String, TypeMismatch> {
        skipWhitespace()
        guard pos < end, base[pos] == UInt8(ascii: "\"") else { return .failure(.found(kindOfValue())) }
        let startPos = pos
        let raw = try rawString()
        let buf = UnsafeBufferPointer(start: base + raw.start, count: raw.count)
        // `rawString` has checked the UTF-8 and the escapes.
        if !raw.escaped { return .success(String(decoding: buf, as: UTF8.self)) }
        return .success(try unescape(start: raw.start, count: raw.count, quote: startPos))
    }

    private mutating func unescape(start: Int, count: Int, quote: Int) throws(SyntaxError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var i = start
        let stop = start + count
        while i < stop {
            let c = base[i]
            if c != UInt8(ascii: "\\") { bytes.append(c); i += 1; continue }
            let e = base[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard let u = hex4(at: i, stop: stop) else {
                    pos = i - 2
                    throw error("'\\u' must be followed by four hex digits")
                }
                i += 4
                var scalar = u
                if (0xD800...0xDBFF).contains(u) {
                    guard i + 1 < stop, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u"),
                          let low = hex4(at: i + 2, stop: stop), (0xDC00...0xDFFF).contains(low) else {
                        pos = i - 6
                        throw error("unpaired surrogate '\\u\(String(u, radix: 16))'")
                    }
                    i += 6
                    scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(u) {
                    pos = i - 6
                    throw error("unpaired surrogate '\\u\(String(u, radix: 16))'")
                }
                if let s = Unicode.Scalar(scalar), let enc = Unicode.UTF8.encode(s) { bytes.append(contentsOf: enc) }
            default:
                pos = i - 2
                throw error("unknown escape '\\\(Character(Unicode.Scalar(e)))'")
            }
        }
        guard let s = String(validating: bytes, as: UTF8.self) else {
            pos = quote
            throw error("string is not valid UTF-8")
        }
        return s
    }

    private func hex4(at i: Int, stop: Int) -> UInt32? {
        guard i + 4 <= stop else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = base[i + k]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 55)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    // MARK: Literals and skipping

    mutating func literal(_ word: StaticString) throws(SyntaxError) {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        for k in 0..<n {
            if pos + k >= end { pos = end; throw error("'\(word)' is cut off by the end of the line") }
            if base[pos + k] != w[k] { throw expected("a value") }
        }
        pos += n
    }

    /// Reads `true`/`false`, or reports what was there instead.
    mutating func bool() throws(SyntaxError) -> Result<Bool, TypeMismatch> {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return .success(true)
        case UInt8(ascii: "f"): try literal("false"); return .success(false)
        default: return .failure(.found(kindOfValue()))
        }
    }

    /// Skips any JSON value (after a type mismatch, or the value of an unknown field).
    mutating func skipValue(depth: Int = 0) throws(SyntaxError) {
        skipWhitespace()
        guard depth < 64 else { throw error("values nested too deeply") }
        guard pos < end else { throw expected("a value") }
        switch base[pos] {
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "{"):
            pos += 1
            if consume(UInt8(ascii: "}")) { return }
            repeat {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw expected("a field name in quotes") }
                _ = try rawString()
                try expect(UInt8(ascii: ":"), "':'")
                try skipValue(depth: depth + 1)
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"), "',' or '}'")
        case UInt8(ascii: "["):
            pos += 1
            if consume(UInt8(ascii: "]")) { return }
            repeat { try skipValue(depth: depth + 1) } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), "',' or ']'")
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try numberToken()
        default: throw expected("a value")
        }
    }

    /// Column (1-based, in characters) of a byte offset within the line.
    static func column(base: UnsafePointer<UInt8>, lineStart: Int, offset: Int) -> Int {
        var col = 1
        var i = lineStart
        while i < lineStart + offset {
            if base[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }
}
