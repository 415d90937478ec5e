import Testing
@testable import TerminalUI

@Suite("Keys")
struct KeyTests {
    typealias Code = NcursesKeyMap.Code

    @Test("get_wch characters map to keys", arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (3, .ctrl("c")), (1, .ctrl("a")), (26, .ctrl("z")), (12, .ctrl("l")),
        (0x6A, .char("j")), (0xE6, .char("æ")), (0xF8, .char("ø")), (0xE5, .char("å")), (0x65E5, .char("日")),
    ])
    func characters(code: UInt32, key: Key) {
        #expect(NcursesKeyMap.key(code: code, isFunctionKey: false) == key)
    }

    @Test("KEY_CODE_YES codes map to function keys", arguments: [
        (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
        (Code.pageUp, .pageUp), (Code.pageDown, .pageDown), (Code.home, .home), (Code.end, .end),
        (Code.backspace, .backspace), (Code.delete, .delete), (Code.backTab, .backTab), (Code.enter, .enter),
        (Code.f0 + 1, .function(1)), (Code.f0 + 12, .function(12)),
    ])
    func functionKeys(code: UInt32, key: Key) {
        #expect(NcursesKeyMap.key(code: code, isFunctionKey: true) == key)
    }

    @Test("a resize carries the new size; a character code as a function key is not a character")
    func resizeAndAmbiguity() {
        #expect(NcursesKeyMap.key(code: Code.resize, isFunctionKey: true, size: TerminalSize(width: 120, height: 40)) == .resize(width: 120, height: 40))
        // 0o402 as a plain character is U+0102 (Ă), as a function key it is KEY_DOWN.
        #expect(NcursesKeyMap.key(code: Code.down, isFunctionKey: false) == .char("Ă"))
        #expect(NcursesKeyMap.key(code: 0x9B, isFunctionKey: false) == nil)  // C1 control
    }

    @Test("key bindings map keys to named actions and list live help")
    func bindings() {
        var keys = KeyBinding([
            ([.char("j"), .down], "moveDown", "Move down"),
            ([.char("a")], "accept", "Accept candidate"),
            ([.char("q")], "quit", "Quit"),
        ])
        #expect(keys.action(for: .down) == "moveDown")
        #expect(keys.action(for: .char("x")) == nil)
        keys.bind([.char("a")], to: "archive", description: "Archive")
        #expect(keys.action(for: .char("a")) == "archive")
        let help = keys.helpEntries
        #expect(help.map(\.keys) == ["j / ↓", "q", "a"])  // accept lost its only key and left help
        #expect(help.first?.description == "Move down")
        keys.unbind(.char("q"))
        #expect(keys.keys(for: "quit").isEmpty)
    }

    @Test("display names read as a user would type them")
    func names() {
        #expect(Key.ctrl("c").displayName == "Ctrl-C")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.function(1).displayName == "F1")
    }
}

@Suite("Theme")
struct ThemeTests {
    @Test("NO_COLOR set to anything non-empty gives monochrome, even on a 256-colour terminal")
    func noColor() {
        #expect(Theme.select(hasColors: true, colorCount: 256, environment: ["NO_COLOR": "1"]).depth == .monochrome)
        #expect(Theme.select(hasColors: true, colorCount: 256, environment: ["NO_COLOR": ""]).depth == .full256)
    }

    @Test("colour depth follows what the terminal reports")
    func depth() {
        #expect(Theme.select(hasColors: false, colorCount: 0, environment: [:]).depth == .monochrome)
        #expect(Theme.select(hasColors: true, colorCount: 8, environment: [:]).depth == .eight)
        #expect(Theme.select(hasColors: true, colorCount: 16, environment: [:]).depth == .eight)
        #expect(Theme.select(hasColors: true, colorCount: 256, environment: [:]).depth == .full256)
    }

    @Test("monochrome keeps rows, the selection (focused or not) and headers distinguishable without colour")
    func monochromeDistinct() {
        let theme = Theme.monochrome
        let looks = [StyleRole.normal, .selected, .header, .selectedInactive].map { theme.attributes(for: $0) }
        #expect(Set(looks).count == looks.count)
        #expect(looks.allSatisfy { !$0.usesColor })
        #expect(!theme.usesColor)
    }

    @Test("a style's own attributes add to the role's")
    func extras() {
        let a = Theme.color8.attributes(for: Style(.good, bold: true))
        #expect(a.bold && a.foreground == .green)
    }
}
