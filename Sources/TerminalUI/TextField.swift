/// A one-line text editor: the `/` search prompt, the `:` command line, filters, notes.
///
/// The cursor counts grapheme clusters (Swift `Character`s), so æ, ø, å, "e" plus a
/// combining accent, and wide CJK characters each move and delete as one unit, and the
/// cursor is drawn on the right column whatever their width.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// Cursor position in characters, 0…text.count.
    public private(set) var cursor: Int
    /// Shown dimmed while the text is empty.
    public var placeholder: String
    /// Longest text accepted, in characters (nil: unlimited).
    public var maxLength: Int?

    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.text = text
        self.cursor = text.count
        self.placeholder = placeholder
        self.maxLength = maxLength
    }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Moves the cursor to a character position (clamped).
    public mutating func moveCursor(to position: Int) { cursor = min(max(0, position), text.count) }

    /// Edits: printable characters insert; ←/→, Home/End, Ctrl-A/Ctrl-E move; Backspace,
    /// Delete, Ctrl-U (delete to start), Ctrl-K (delete to end), Ctrl-W (delete word)
    /// delete. Returns false for keys it does not use (Enter, Esc, Tab, arrows up/down…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            let i = index(cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .ctrl("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .ctrl("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
        case .ctrl("w"):
            var start = cursor
            let characters = Array(text)
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            text.removeSubrange(index(start)..<index(cursor))
            cursor = start
        default: return false
        }
        return true
    }

    /// Inserts a character at the cursor. A combining mark typed after a letter joins it
    /// (the cursor stays after the combined character).
    public mutating func insert(_ character: Character) {
        // Control characters never enter the text (a pasted tab or newline would break the row).
        guard character.unicodeScalars.contains(where: { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }) else { return }
        if let maxLength, text.count >= maxLength { return }
        let split = index(cursor)
        let before = String(text[..<split]) + String(character)
        let after = text[split...]
        text = before + after
        cursor = min(before.count, text.count)
    }

    /// Draws the text in one row, scrolled so the cursor is visible; the cursor is a
    /// reversed cell when `showsCursor` (the terminal cursor itself is hidden).
    public func render(into buffer: inout ScreenBuffer, rect: Rect, style: Style = .input, showsCursor: Bool = true) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        if text.isEmpty && !placeholder.isEmpty {
            buffer.put(placeholder, x: rect.x + (showsCursor ? 1 : 0), y: rect.y, style: Style(style.role, dim: true), maxWidth: rect.width - (showsCursor ? 1 : 0))
        }
        let characters = Array(text)
        // First visible character: as far left as keeps the cursor cell on screen.
        var first = cursor
        var used = cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1
        while first > 0 {
            let w = DisplayWidth.of(characters[first - 1])
            if used + w > rect.width { break }
            used += w
            first -= 1
        }
        var x = rect.x
        for i in first..<characters.count {
            let w = max(1, DisplayWidth.of(characters[i]))
            if x + w > rect.maxX { break }
            let cellStyle = showsCursor && i == cursor ? Style(style.role, reverse: true) : style
            buffer.put(String(characters[i]), x: x, y: rect.y, style: cellStyle, maxWidth: w)
            x += w
        }
        if showsCursor && cursor == characters.count && x < rect.maxX {
            buffer.put(" ", x: x, y: rect.y, style: Style(style.role, reverse: true))
        }
    }

    /// The column (from the start of the text) where the cursor is drawn.
    public var cursorColumn: Int { DisplayWidth.of(String(text.prefix(cursor))) }

    private func index(_ offset: Int) -> String.Index { text.index(text.startIndex, offsetBy: min(max(0, offset), text.count)) }
}

/// A prompt plus a text field in one row: `:` commands, `/` search, `filter: `.
///
/// Enter submits, Esc cancels, everything else edits.
public struct PromptField: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The key edited the text (re-render; an incremental search re-runs).
        case editing
        /// Enter: the final text.
        case submitted(String)
        /// Esc (or Backspace on an empty field, as in vim and less).
        case cancelled
        /// The key means nothing to the prompt.
        case ignored
    }

    public var prompt: String
    public var field: TextField

    public init(prompt: String, text: String = "", placeholder: String = "") {
        self.prompt = prompt
        self.field = TextField(text: text, placeholder: placeholder)
    }

    public var text: String { field.text }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submitted(field.text)
        case .escape, .ctrl("c"), .ctrl("g"): return .cancelled
        case .backspace where field.text.isEmpty: return .cancelled
        default: return field.handle(key) ? .editing : .ignored
        }
    }

    /// Draws "prompt" then the field in the first row of `rect`.
    public func render(into buffer: inout ScreenBuffer, rect: Rect, style: Style = .normal) {
        guard rect.width > 0, rect.height > 0 else { return }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        let used = buffer.put(prompt, x: rect.x, y: rect.y, style: style.bolded, maxWidth: rect.width)
        field.render(into: &buffer, rect: Rect(x: rect.x + used, y: rect.y, width: rect.width - used, height: 1), style: style)
    }
}
