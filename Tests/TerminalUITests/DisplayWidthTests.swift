import Testing
@testable import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

@Suite("Display width")
struct DisplayWidthTests {
    @Test("Danish letters are one column each")
    func danish() {
        #expect(DisplayWidth.of("æøå") == 3)
        #expect(DisplayWidth.of("ÆØÅ blåbærgrød") == 14)
    }

    @Test("a combining accent adds no column")
    func combining() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Jose\u{301} Nørgaard") == 13)
    }

    @Test("CJK and emoji are two columns; ZWJ sequences count each part, as ncurses draws them")
    func wide() {
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 4)
        #expect(DisplayWidth.of("ａ") == 2)  // fullwidth Latin
    }

    @Test("control characters take no column")
    func controls() {
        #expect(DisplayWidth.of("a\u{7}b\u{1B}") == 2)
    }

    @Test("truncation ends with an ellipsis and never exceeds the width")
    func truncation() {
        #expect(DisplayWidth.truncate("Frederikshavn", toWidth: 8) == "Frederi…")
        #expect(DisplayWidth.truncate("Aalborg", toWidth: 7) == "Aalborg")
        #expect(DisplayWidth.truncate("blåbærgrød", toWidth: 5) == "blåb…")
    }

    @Test("truncation never splits a wide character", arguments: 0...12)
    func truncationWide(width: Int) {
        let text = "日本語のテキスト👍ab"
        let cut = DisplayWidth.truncate(text, toWidth: width)
        #expect(DisplayWidth.of(cut) <= width)
        #expect(DisplayWidth.of(cut) >= width - 1)  // at most one column lost to a wide char
        let padded = DisplayWidth.pad(text, toWidth: width)
        #expect(DisplayWidth.of(padded) == width)
        #expect(DisplayWidth.of(DisplayWidth.rightAlign(text, toWidth: width)) == width)
    }

    @Test("pad and right-align fill to the exact width")
    func padding() {
        #expect(DisplayWidth.pad("æ", toWidth: 3) == "æ  ")
        #expect(DisplayWidth.rightAlign("87", toWidth: 4) == "  87")
        #expect(DisplayWidth.center("日", toWidth: 5) == " 日  ")
    }

    @Test("the generated table agrees with this machine's glibc wcwidth, which ncurses uses")
    func agreesWithGlibc() throws {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is needed to ask glibc")
        defer { _ = setlocale(LC_CTYPE, previous ?? "C") }
        var mismatches: [String] = []
        let ranges: [ClosedRange<UInt32>] = [0x20...0x2FFF, 0x3000...0xFFFF, 0x1F000...0x1FAFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let glibc = Int(glibcWcwidth(Int32(value)))
                guard glibc >= 0 else { continue }
                if DisplayWidth.of(scalar) != glibc { mismatches.append(String(value, radix: 16)) }
            }
        }
        #expect(glibcWcwidth(0x65E5) == 2)  // the locale really is UTF-8
        #expect(mismatches.isEmpty, "differs from glibc at U+\(mismatches.prefix(10))")
    }
}

@_silgen_name("wcwidth")
private func glibcWcwidth(_ c: Int32) -> Int32
