import TerminalUI

/// The two bottom lines. The status bar always shows the data directory, the user, the
/// number of candidates in view and, when a filter is on, the filter with shown/total
/// counts and the key that clears it. Below it: the prompt, a message, or key hints.
enum StatusLine {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer, y: Int) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: .statusBar)
        let separator = " │ "
        let user = "\(state.context.user.user)@\(state.data.municipalityName(state.context.user.municipality))"
        let env = state.env()
        var fixed = [state.top.candidatesInView(env)]
        switch state.engine {
        case .indexing: fixed.append("indexing…")
        case .failed: fixed.append("engine failed")
        case .ready: if let note = state.top.busyNote(env) { fixed.append(note) }
        }
        if state.journalWarning != nil { fixed.append("journal: edits refused") }
        let filter = filterSegment(state)
        // The counts and "x clears" always show; the filter's description, the user and the
        // directory give way in that order of importance (directory first, cut from the left).
        let filterFixed = filter.map { "filter:  \($0.counts) (x clears)" } ?? ""
        let fixedWidth = 1 + DisplayWidth.of(fixed.joined(separator: separator)) + DisplayWidth.of(filterFixed)
            + DisplayWidth.of(separator) * (2 + (filter == nil ? 0 : 1))
        var remaining = max(0, width - fixedWidth)
        let minimumUser = min(DisplayWidth.of(state.context.user.user), 8)
        let descriptionWidth = filter.map { min(DisplayWidth.of($0.description), max(6, remaining - 6 - minimumUser)) } ?? 0
        remaining = max(0, remaining - descriptionWidth)
        let userWidth = min(DisplayWidth.of(user), max(minimumUser, remaining / 3))
        let dirWidth = max(6, remaining - userWidth)
        // A cut user reads better as the bare user name than as "anna@Hj…".
        let shownUser = DisplayWidth.of(user) <= userWidth ? user : DisplayWidth.truncate(state.context.user.user, toWidth: userWidth)
        var parts = [cutLeft(state.context.dataDirectory, toWidth: dirWidth), shownUser]
        parts.append(fixed[0])
        if let filter {
            parts.append("filter: \(DisplayWidth.truncate(filter.description, toWidth: descriptionWidth)) \(filter.counts) (x clears)")
        }
        parts += fixed.dropFirst()
        buffer.put(" " + parts.joined(separator: separator), x: 0, y: y, style: .statusBar, maxWidth: width)
    }

    /// The active filter of the screen: ("Hjørring · expiring ≤5 d", "12/345").
    static func filterSegment(_ state: AppState) -> (description: String, counts: String)? {
        (state.top as? any Filterable)?.filterSegment(state.env())
    }

    static func cutLeft(_ text: String, toWidth width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 1
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            kept.insert(character, at: kept.startIndex)
            used += w
        }
        return "…" + kept
    }

    /// The prompt being typed (with its cursor), else the message, else key hints.
    static func drawPrompt(_ state: AppState, into buffer: inout ScreenBuffer, y: Int) {
        let width = buffer.width
        let prefix: String
        switch state.mode {
        case .search: prefix = "/"
        case .filter: prefix = "filter: "
        case .command: prefix = ":"
        case .normal: prefix = ""
        }
        if let editor = state.mode.editor {
            buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: .input)
            var hint = ""
            if let message = state.message { hint = "  " + message.text }
            buffer.put(prefix + editor.text, x: 0, y: y, style: .input, maxWidth: width)
            let cursorX = DisplayWidth.of(prefix) + DisplayWidth.of(String(editor.text.prefix(editor.cursor)))
            if cursorX < width {
                let under = buffer[cursorX, y].text
                buffer.put(under.isEmpty || under == " " ? " " : under, x: cursorX, y: y, style: Style(.input, reverse: true))
            }
            let used = DisplayWidth.of(prefix + editor.text) + 1
            if !hint.isEmpty && used < width {
                buffer.put(hint, x: used, y: y, style: state.message?.isError == true ? .bad : .dim, maxWidth: width - used)
            }
            return
        }
        if let message = state.message {
            buffer.put(" " + message.text, x: 0, y: y, style: message.isError ? .bad : .normal, maxWidth: width)
            return
        }
        buffer.put(" " + Reducer.keys(state).hints, x: 0, y: y, style: .dim, maxWidth: width)
    }
}
