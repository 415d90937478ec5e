import Foundation

/// A one-line text input (search, filter, command line), with a cursor.
///
/// Typed text is normalised to NFC so "e\u{301}" typed on one keyboard and "é" stored in
/// the data compare equal.
package struct LineEditor: Sendable, Equatable {
    package private(set) var text: String
    /// Cursor position in characters.
    package private(set) var cursor: Int

    package init(_ text: String = "") { self.text = text; self.cursor = text.count }

    mutating func insert(_ typed: String) {
        var chars = Array(text)
        chars.insert(contentsOf: Array(typed), at: cursor)
        let joined = String(chars).precomposedStringWithCanonicalMapping
        let before = String(chars.prefix(cursor + typed.count)).precomposedStringWithCanonicalMapping
        text = joined
        cursor = min(before.count, joined.count)
    }

    mutating func deleteBackward() {
        guard cursor > 0 else { return }
        var chars = Array(text)
        chars.remove(at: cursor - 1)
        text = String(chars)
        cursor -= 1
    }

    mutating func deleteForward() {
        var chars = Array(text)
        guard cursor < chars.count else { return }
        chars.remove(at: cursor)
        text = String(chars)
    }

    mutating func moveLeft() { cursor = max(0, cursor - 1) }
    mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    mutating func moveHome() { cursor = 0 }
    mutating func moveEnd() { cursor = text.count }
    /// Ctrl-U: clear the line.
    mutating func clear() { text = ""; cursor = 0 }
}

extension LineEditor {
    /// Applies a line-editing action (typing, deleting, moving the cursor, Ctrl-U); false
    /// for any other action, which the prompt's owner handles (Enter, Esc). Every prompt —
    /// `/` `f` `:`, and the screens' own comment and note fields — edits through this.
    mutating func apply(_ action: Action) -> Bool {
        switch action {
        case .insertText(let t): insert(t)
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .cursorHome: moveHome()
        case .cursorEnd: moveEnd()
        case .clearLine: clear()
        default: return false
        }
        return true
    }
}
