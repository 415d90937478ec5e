/// The selected row of a list and the first row on screen. The reducer keeps the
/// selection visible for the current viewport height, so render never scrolls by itself.
package struct ListCursor: Sendable, Equatable {
    package var selected = 0
    package var top = 0

    package init(selected: Int = 0, top: Int = 0) { self.selected = selected; self.top = top }

    /// Moves the selection by `delta` rows, clamped, and scrolls to keep it visible.
    mutating func move(by delta: Int, count: Int, visible: Int) {
        moveTo(selected + delta, count: count, visible: visible)
    }

    mutating func moveTo(_ row: Int, count: Int, visible: Int) {
        selected = row
        clamp(count: count, visible: visible)
    }

    /// Clamps after the list or the viewport changed (filter, resize).
    mutating func clamp(count: Int, visible: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected), count - 1)
        let page = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = min(max(0, top), max(0, count - page))
    }
}

/// A scroll offset for a text pane (profile, score breakdown).
package struct ScrollOffset: Sendable, Equatable {
    package var top = 0
    package init() {}
    mutating func scroll(by delta: Int, lines: Int, visible: Int) {
        top = min(max(0, top + delta), max(0, lines - max(1, visible)))
    }
}
