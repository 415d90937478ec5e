import JobMatchCore
import TerminalUI

/// Search (moves the selection), filter prompt (hides rows) and the `:` command line.
extension Reducer {
    // MARK: - Search

    /// The focused list as (row count, selected row, does row i match these needles).
    static func searchableList(_ state: AppState) -> (count: Int, selected: Int, matches: (Int, [[UInt8]]) -> Bool)? {
        let data = state.data
        switch state.screen {
        case .dashboard:
            if state.dashboard.focus == .municipalities {
                return (data.stats.count, state.dashboard.municipalities.selected,
                        { i, n in FoldedTexts.matches("\(data.stats[i].name) \(data.stats[i].code)", n) })
            }
            let text = data.vacancyText
            return (data.expiringSoon.count, state.dashboard.expiring.selected,
                    { i, n in text.contains(Int(data.expiringSoon[i]), all: n) })
        case .vacancies:
            let rows = state.vacancies.rows
            let text = data.vacancyText  // once, not per row: it sits behind a lock until built
            return (rows.count, state.vacancies.list.selected, { i, n in text.contains(Int(rows[i]), all: n) })
        case .ranking:
            guard let r = state.ranking, let outcome = r.outcome else { return nil }
            let user = state.rankingNames
            return (r.rows.count, r.list.selected, { i, n in
                let row = outcome.rows[r.rows[i]]
                return FoldedTexts.matches(RankingScreen.searchText(row, data: data, user: user), n)
            })
        case .candidate:
            return nil
        }
    }

    /// The first matching row from `start` in a direction, wrapping around.
    static func findMatch(_ state: AppState, query: String, from start: Int, forward: Bool) -> Int? {
        guard let list = searchableList(state), list.count > 0 else { return nil }
        let needles = FoldedTexts.needles(query)
        guard !needles.isEmpty else { return nil }
        for step in 0..<list.count {
            let i = ((start + (forward ? step : -step)) % list.count + list.count) % list.count
            if list.matches(i, needles) { return i }
        }
        return nil
    }

    static func select(_ state: inout AppState, row: Int) {
        let rows = page(state)
        switch state.screen {
        case .dashboard:
            if state.dashboard.focus == .municipalities {
                state.dashboard.municipalities.moveTo(row, count: state.data.stats.count, visible: rows)
            } else {
                state.dashboard.expiring.moveTo(row, count: state.data.expiringSoon.count, visible: rows)
            }
        case .vacancies:
            state.vacancies.list.moveTo(row, count: state.vacancies.rows.count, visible: rows)
            state.vacancies.detail = ScrollOffset()
        case .ranking:
            guard var r = state.ranking else { return }
            r.list.moveTo(row, count: r.rows.count, visible: rows)
            r.preview = ScrollOffset()
            state.ranking = r
        case .candidate:
            break
        }
    }

    static func search(_ state: inout AppState, _ action: Action) {
        guard let list = searchableList(state) else {
            state.message = StatusMessage(state.screen == .candidate
                ? "Search works in lists — this screen has none" : "Nothing to search yet — the ranking is still running")
            return
        }
        // Vacancies and the ranking keep their last search; the dashboard lists share one.
        let last = lastSearch(state)
        switch action {
        case .startSearch:
            if state.screen == .vacancies || state.screen == .ranking {
                state.vacancies.focus = .list
                state.ranking?.focus = .table
            }
            state.mode = .search(LineEditor(), origin: list.selected)
        case .searchNext, .searchPrevious:
            guard !last.isEmpty else { state.message = StatusMessage("No search yet — press / to search"); return }
            let forward = action == .searchNext
            guard let hit = findMatch(state, query: last, from: list.selected + (forward ? 1 : -1), forward: forward) else {
                state.message = StatusMessage("No match for “\(last)”", isError: true)
                return
            }
            if forward ? hit <= list.selected : hit >= list.selected {
                state.message = StatusMessage("Search wrapped around")
            }
            select(&state, row: hit)
        default:
            break
        }
    }

    static func lastSearch(_ state: AppState) -> String {
        switch state.screen {
        case .vacancies: return state.vacancies.lastSearch
        case .ranking: return state.ranking?.lastSearch ?? ""
        default: return state.dashboardSearch
        }
    }

    static func setLastSearch(_ state: inout AppState, _ text: String) {
        switch state.screen {
        case .vacancies: state.vacancies.lastSearch = text
        case .ranking: state.ranking?.lastSearch = text
        default: state.dashboardSearch = text
        }
    }

    // MARK: - Prompts

    static func startPrompt(_ state: inout AppState, _ action: Action) {
        if action == .startCommand { state.mode = .command(LineEditor()); return }
        switch state.screen {
        case .vacancies:
            let query = state.vacancies.filter.query(state.data)
            // Prefilled with the current filter and a space, so typing adds a term.
            state.mode = .filter(LineEditor(query.isEmpty ? "" : query + " "), original: query)
        case .ranking:
            guard state.ranking?.outcome != nil else { state.message = StatusMessage("Wait for the ranking to finish, then filter it"); return }
            let query = state.ranking?.filter.query(state.data) ?? ""
            state.mode = .filter(LineEditor(query.isEmpty ? "" : query + " "), original: query)
        default:
            state.message = StatusMessage("Nothing to filter on this screen")
        }
    }

    /// A key while a prompt is open.
    static func prompt(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard var editor = state.mode.editor else { return [] }
        switch action {
        case .insertText(let t): editor.insert(t)
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .cursorLeft: editor.moveLeft()
        case .cursorRight: editor.moveRight()
        case .cursorHome: editor.moveHome()
        case .cursorEnd: editor.moveEnd()
        case .clearLine: editor.clear()
        case .cancelInput:
            if case .search(_, let origin) = state.mode { select(&state, row: origin) }
            if case .filter(_, let original) = state.mode { _ = applyFilter(&state, query: original) }
            state.mode = .normal
            state.message = nil
            return []
        case .submitInput:
            return submit(&state, editor)
        default:
            return []
        }
        switch state.mode {
        case .search(_, let origin):
            state.mode = .search(editor, origin: origin)
            if let hit = findMatch(state, query: editor.text, from: origin, forward: true) {
                select(&state, row: hit)
                state.message = nil
            } else {
                select(&state, row: origin)
                state.message = editor.text.isEmpty ? nil : StatusMessage("No match for “\(editor.text)”", isError: true)
            }
        case .filter(_, let original):
            state.mode = .filter(editor, original: original)
            // Filters narrow as you type; a half-typed term keeps the last good filter.
            if let error = applyFilter(&state, query: editor.text) { state.message = StatusMessage(error.message, isError: true) } else { state.message = nil }
        case .command:
            state.mode = .command(editor)
        case .normal:
            break
        }
        return []
    }

    private static func submit(_ state: inout AppState, _ editor: LineEditor) -> [Effect] {
        switch state.mode {
        case .search:
            setLastSearch(&state, editor.text)
            state.mode = .normal
            if !editor.text.isEmpty, findMatch(state, query: editor.text, from: 0, forward: true) == nil {
                state.message = StatusMessage("No match for “\(editor.text)”", isError: true)
            }
        case .filter:
            if let error = applyFilter(&state, query: editor.text) {
                state.message = StatusMessage(error.message, isError: true)  // keep the prompt open to fix it
            } else {
                state.mode = .normal
                state.message = nil
            }
        case .command:
            state.mode = .normal
            return command(&state, editor.text)
        case .normal:
            break
        }
        return []
    }
}

extension InputMode {
    var editor: LineEditor? {
        switch self {
        case .normal: return nil
        case .search(let e, _), .filter(let e, _), .command(let e): return e
        }
    }
}
