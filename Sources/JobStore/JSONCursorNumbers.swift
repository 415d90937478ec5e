import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact powers of ten a Double holds without rounding (10^0 … 10^22).
private let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { p, _ in p * 10 } }

extension JSONCursor {
    /// Scans a JSON number (strict grammar: no leading zeros, no '+', digits after '.').
    /// Returns where it starts and whether it is a plain integer.
    @inline(__always)
    mutating func numberToken() throws(SyntaxError) -> (start: Int, integer: Bool) {
        let start = pos
        var integer = true
        if peek() == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        while pos < end, base[pos] &- 48 < 10 { pos += 1 }
        if pos == intStart { throw expected("a digit") }
        if base[intStart] == UInt8(ascii: "0"), pos - intStart > 1 {
            pos = intStart
            throw error("a number may not start with 0 (leading zeros are not JSON)")
        }
        if pos < end, base[pos] == UInt8(ascii: ".") {
            integer = false
            pos += 1
            let f = pos
            while pos < end, base[pos] &- 48 < 10 { pos += 1 }
            if pos == f { throw expected("a digit after '.'") }
        }
        if pos < end, base[pos] | 0x20 == UInt8(ascii: "e") {
            integer = false
            pos += 1
            if pos < end, base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-") { pos += 1 }
            let e = pos
            while pos < end, base[pos] &- 48 < 10 { pos += 1 }
            if pos == e { throw expected("a digit in the exponent") }
        }
        return (start, integer)
    }

    /// The number from `start` to here as a message shows it (a 10 MB number is cut short).
    func text(from start: Int) -> String {
        let shown = min(pos - start, Problem.quoteLimit)
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: shown), as: UTF8.self)
        return shown == pos - start ? text : "\(text)… (\(pos - start) characters)"
    }

    /// Reads a whole number. A fraction ("2.5") or a number beyond ±2^63 is a mismatch that
    /// names the value.
    mutating func int() throws(SyntaxError) -> Result<Int, TypeMismatch> {
        skipWhitespace()
        let c = peek()
        guard c == UInt8(ascii: "-") || c &- 48 < 10 else { return .failure(.found(kindOfValue())) }
        let tok = try numberToken()
        guard tok.integer else { return .failure(.invalid("expected a whole number, found \(text(from: tok.start))")) }
        var i = tok.start
        let negative = base[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var v = 0
        while i < pos {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(base[i] - 48)) : m.addingReportingOverflow(Int(base[i] - 48))
            if o1 || o2 { return .failure(.invalid("number \(text(from: tok.start)) is too large")) }
            v = a
            i += 1
        }
        return .success(v)
    }

    /// Reads a number as a Double, correctly rounded: short decimals (up to 15 digits and
    /// a small exponent, which is every number the writer produces) are computed exactly
    /// in one multiplication or division; anything else goes through `strtod`.
    mutating func double() throws(SyntaxError) -> Result<Double, TypeMismatch> {
        skipWhitespace()
        let c = peek()
        guard c == UInt8(ascii: "-") || c &- 48 < 10 else { return .failure(.found(kindOfValue())) }
        let tok = try numberToken()
        var i = tok.start
        let negative = base[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var simple = true
        while i < pos, base[i] &- 48 < 10 {
            if mantissa != 0 || base[i] != 48 { digits += 1 }
            mantissa = mantissa &* 10 &+ UInt64(base[i] - 48); i += 1
        }
        if i < pos, base[i] == UInt8(ascii: ".") {
            i += 1
            while i < pos, base[i] &- 48 < 10 {
                if mantissa != 0 || base[i] != 48 { digits += 1 }
                mantissa = mantissa &* 10 &+ UInt64(base[i] - 48); i += 1; scale -= 1
            }
        }
        if i < pos { simple = false }  // exponent present
        if simple, digits <= 15, -scale <= 22 {
            var v = Double(mantissa) / exactPowersOfTen[-scale]
            if negative { v = -v }
            return .success(v)
        }
        let length = pos - tok.start
        let v: Double = withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buf in
            for k in 0..<length { buf[k] = CChar(bitPattern: base[tok.start + k]) }
            buf[length] = 0
            return strtod(buf.baseAddress!, nil)
        }
        guard v.isFinite else { return .failure(.invalid("number \(text(from: tok.start)) is out of range")) }
        return .success(v)
    }
}
