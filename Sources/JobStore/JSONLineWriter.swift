import JobMatchCore

/// Writes records as canonical JSON: keys in table order, no spaces, integers in plain
/// decimal, fractional numbers as Swift's shortest round-trip form (2.5, 0.1), whole
/// doubles without a fraction (3), non-ASCII text as raw UTF-8. The same records therefore
/// always give byte-identical files, so a diff of two data directories shows only real
/// changes.
struct JSONLineWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    @inline(__always) mutating func key(_ table: KeyTable, _ i: Int) { bytes.append(contentsOf: table.prefixes[i]) }

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var runStart = 0
            for (i, c) in utf8.enumerated() where c < 0x20 || c == 0x22 || c == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                switch c {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }

    mutating func int(_ v: Int) {
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            if v == .min { bytes.append(contentsOf: Array("9223372036854775808".utf8)); return }
        }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat { d[n] = UInt8(m % 10) + 48; m /= 10; n += 1 } while m > 0
            for k in stride(from: n - 1, through: 0, by: -1) { bytes.append(d[k]) }
        }
    }

    /// Whole values print as integers ("3"), others in the shortest form that reads back
    /// to the same Double ("2.5"). Never NaN or infinity: validation refuses those first.
    mutating func double(_ v: Double) {
        if v.isFinite, v == v.rounded(), v.magnitude < 1e15 {
            int(Int(v))
        } else if v.isFinite {
            bytes.append(contentsOf: Array(v.description.utf8))
        } else {
            bytes.append(contentsOf: Array("null".utf8))
        }
    }

    mutating func bool(_ v: Bool) { bytes.append(contentsOf: v ? [116, 114, 117, 101] : [102, 97, 108, 115, 101]) }

    mutating func day(_ d: Day) {
        let (y, m, dd) = d.civil
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: [UInt8(48 + y / 1000 % 10), UInt8(48 + y / 100 % 10), UInt8(48 + y / 10 % 10), UInt8(48 + y % 10),
                                  UInt8(ascii: "-"), UInt8(48 + m / 10), UInt8(48 + m % 10),
                                  UInt8(ascii: "-"), UInt8(48 + dd / 10), UInt8(48 + dd % 10)])
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func strings(_ list: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, s) in list.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(s)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func objects<T>(_ list: [T], _ write: (inout JSONLineWriter, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (i, v) in list.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, v)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
