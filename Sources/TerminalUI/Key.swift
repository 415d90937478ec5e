/// A key the user pressed, independent of the backend.
///
/// Hashable so a `KeyBinding` table can map keys to named actions.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, æ ø å, CJK, emoji…).
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// F1–F12 (`function(1)` is F1).
    case function(Int)
    /// Ctrl plus a letter, lower-case: Ctrl-C is `.ctrl("c")`. Tab, Enter and
    /// Backspace arrive as their own cases, not as Ctrl-I/J/M/H.
    case ctrl(Character)
    /// The terminal changed size; the new size is attached.
    case resize(width: Int, height: Int)
    case mouseWheelUp, mouseWheelDown

    /// A short human name for help screens and hints: "j", "↑", "PgDn", "Ctrl-C", "F1".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .resize(let w, let h): return "resize \(w)×\(h)"
        case .mouseWheelUp: return "wheel up"
        case .mouseWheelDown: return "wheel down"
        }
    }
}

/// A key with the moment it was read, for input that depends on timing (a double
/// key like `gg`, or measuring response time) and replay logs.
public struct KeyEvent: Hashable, Sendable {
    public var key: Key
    /// Milliseconds since the run loop started (0 when scripted).
    public var milliseconds: Int

    public init(_ key: Key, milliseconds: Int = 0) {
        self.key = key
        self.milliseconds = milliseconds
    }
}

/// Turns what ncurses `get_wch` returns into a `Key`. Pure, so it is tested without a terminal.
public enum NcursesKeyMap {
    /// Key codes from ncurses.h (values fixed by X/Open curses; repeated here so the
    /// mapping is testable without linking ncurses).
    public enum Code {
        public static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
        public static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, f0: UInt32 = 0o410
        public static let delete: UInt32 = 0o512, insert: UInt32 = 0o513
        public static let pageDown: UInt32 = 0o522, pageUp: UInt32 = 0o523
        public static let enter: UInt32 = 0o527, backTab: UInt32 = 0o541, end: UInt32 = 0o550
        public static let mouse: UInt32 = 0o631, resize: UInt32 = 0o632
    }

    /// Maps one `get_wch` result. `isFunctionKey` is true when get_wch returned
    /// `KEY_CODE_YES`. Returns nil for codes with no meaning here (mouse events are
    /// decoded separately by the backend).
    public static func key(code: UInt32, isFunctionKey: Bool, size: TerminalSize = TerminalSize(width: 0, height: 0)) -> Key? {
        if isFunctionKey {
            switch code {
            case Code.up: return .up
            case Code.down: return .down
            case Code.left: return .left
            case Code.right: return .right
            case Code.home: return .home
            case Code.end: return .end
            case Code.pageUp: return .pageUp
            case Code.pageDown: return .pageDown
            case Code.backspace: return .backspace
            case Code.delete: return .delete
            case Code.insert: return .insert
            case Code.enter: return .enter
            case Code.backTab: return .backTab
            case Code.resize: return .resize(width: size.width, height: size.height)
            case Code.f0 + 1...Code.f0 + 63: return .function(Int(code - Code.f0))
            default: return nil
            }
        }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code), code >= 0x20, !(0x7F...0x9F).contains(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
