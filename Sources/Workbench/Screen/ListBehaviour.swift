/// Movement, paging and search, written once for every screen: they act on the pane the
/// screen says has the focus (`WorkbenchScreen.focusedPane`).
package enum ListBehaviour {
    /// Moves the cursor or scrolls the text of the focused pane; false when the action is
    /// not a movement or the screen has no pane.
    static func move<S: WorkbenchScreen>(_ screen: inout S, _ action: Action, _ env: ScreenEnv) -> Bool {
        guard let pane = screen.focusedPane(env) else { return false }
        let page = max(1, pane.visibleRows - 1)
        let half = max(1, pane.visibleRows / 2)
        let delta: Int
        switch action {
        case .moveUp: delta = -1
        case .moveDown: delta = 1
        case .pageUp: delta = -page
        case .pageDown: delta = page
        case .halfPageUp: delta = -half
        case .halfPageDown: delta = half
        case .moveToTop: delta = Int.min / 2
        case .moveToBottom: delta = Int.max / 2
        default: return false
        }
        switch pane.kind {
        case .list(let cursor, let count, _):
            screen[keyPath: cursor].move(by: delta, count: count, visible: pane.visibleRows)
            screen.selectionMoved()
        case .text(let offset, let lines):
            screen[keyPath: offset].scroll(by: delta, lines: lines, visible: pane.visibleRows)
        }
        return true
    }

    /// Selects row `row` of the focused list (a search hit).
    static func select<S: WorkbenchScreen>(_ screen: inout S, row: Int, _ env: ScreenEnv) {
        guard let pane = screen.focusedPane(env), case .list(let cursor, let count, _) = pane.kind else { return }
        screen[keyPath: cursor].moveTo(row, count: count, visible: pane.visibleRows)
        screen.selectionMoved()
    }

    /// The focused list's selected row, when it can be searched.
    static func searchable<S: WorkbenchScreen>(_ screen: S, _ env: ScreenEnv) -> (selected: Int, count: Int)? {
        guard let pane = screen.focusedPane(env), case .list(let cursor, let count, let matches) = pane.kind, matches != nil else { return nil }
        return (screen[keyPath: cursor].selected, count)
    }

    /// The first row matching `query` from `start` in a direction, wrapping around.
    static func find<S: WorkbenchScreen>(_ screen: S, _ env: ScreenEnv, query: String, from start: Int, forward: Bool) -> Int? {
        guard let pane = screen.focusedPane(env), case .list(_, let count, let matches?) = pane.kind, count > 0 else { return nil }
        let needles = FoldedTexts.needles(query)
        guard !needles.isEmpty else { return nil }
        for step in 0..<count {
            let i = ((start + (forward ? step : -step)) % count + count) % count
            if matches(i, needles) { return i }
        }
        return nil
    }

    static func lastSearch<S: WorkbenchScreen>(_ screen: S, _ env: ScreenEnv) -> String {
        screen.focusedPane(env)?.lastSearch.map { screen[keyPath: $0] } ?? ""
    }

    static func setLastSearch<S: WorkbenchScreen>(_ screen: inout S, _ text: String, _ env: ScreenEnv) {
        if let path = screen.focusedPane(env)?.lastSearch { screen[keyPath: path] = text }
    }

    /// `n` / `N`: the next or previous match of the last search.
    static func searchAgain<S: WorkbenchScreen>(_ screen: inout S, forward: Bool, _ env: inout ScreenEnv) {
        guard let list = searchable(screen, env) else {
            env.say("Search works in lists — this screen has none")
            return
        }
        let last = lastSearch(screen, env)
        guard !last.isEmpty else { env.say("No search yet — press / to search"); return }
        guard let hit = find(screen, env, query: last, from: list.selected + (forward ? 1 : -1), forward: forward) else {
            env.say("No match for “\(last)”", isError: true)
            return
        }
        if forward ? hit <= list.selected : hit >= list.selected { env.say("Search wrapped around") }
        select(&screen, row: hit, env)
    }
}
