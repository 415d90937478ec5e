import TerminalUI

/// A screen's keys: every key maps to a named action with a description (the help
/// overlay lists them), and a few actions carry a short hint for the bottom line. Both
/// are read from the same table, so neither can disagree with what the keys do.
package struct KeyTable: Sendable {
    package typealias Triple = (keys: [Key], action: ActionName, description: String)

    package let binding: KeyBinding
    /// Short words for the bottom line, in the order shown (["open"] → "rank"); several
    /// actions share one hint ("j/k scroll").
    package let hintWords: [(actions: [ActionName], word: String)]

    package init(_ triples: [Triple], hints: [([ActionName], String)] = []) {
        binding = KeyBinding(triples)
        hintWords = hints.map { (actions: $0.0, word: $0.1) }
    }

    package var entries: [KeyBinding.Entry] { binding.entries }
    package var helpEntries: [HelpOverlay.Entry] { binding.helpEntries }
    package func action(for key: Key) -> ActionName? { binding.action(for: key) }

    /// "? help · Enter rank · m/t/i/e quick filters · Esc back": each hint with the first
    /// key bound to each of its actions now; a hint with an unbound action is left out.
    package var hints: String {
        hintWords.compactMap { hint in
            let keys = hint.actions.compactMap { binding.keys(for: $0).first?.displayName }
            return keys.count == hint.actions.count ? keys.joined(separator: "/") + " " + hint.word : nil
        }.joined(separator: " · ")
    }

    // MARK: - Groups shared by the screens

    package static let movement: [Triple] = [
        ([.char("j"), .down], "moveDown", "Move down"),
        ([.char("k"), .up], "moveUp", "Move up"),
        ([.pageDown, .ctrl("f"), .char(" ")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.ctrl("d")], "halfPageDown", "Half a page down"),
        ([.ctrl("u")], "halfPageUp", "Half a page up"),
        ([.char("g"), .home], "moveToTop", "Go to the first row"),
        ([.char("G"), .end], "moveToBottom", "Go to the last row"),
    ]
    package static let panes: [Triple] = [
        ([.tab], "nextPane", "Next pane"),
        ([.backTab], "previousPane", "Previous pane"),
    ]
    package static let searching: [Triple] = [
        ([.char("/")], "startSearch", "Search (moves to the next match; Enter keeps, Esc returns)"),
        ([.char("n")], "searchNext", "Next match"),
        ([.char("N")], "searchPrevious", "Previous match"),
    ]
    package static let common: [Triple] = [
        ([.char(":")], "startCommand", "Command line (:open V000123, :filter …, :help lists all, :q)"),
        ([.char("v")], "goToVacancies", "Go to Vacancies"),
        ([.char("d")], "goToDashboard", "Go to Dashboard"),
        ([.char("?"), .function(1)], "showHelp", "Help for this screen"),
        ([.ctrl("l")], "redraw", "Redraw the screen"),
        ([.ctrl("z")], "suspend", "Suspend to the shell (fg resumes)"),
        ([.ctrl("c")], "quit", "Quit jobmatch from any screen"),
    ]
    package static let back: Triple = ([.escape, .char("q"), .char("h"), .left], "back", "Back to the previous screen")

    /// Editing a line of text (a prompt, or a screen's own query line).
    package static let lineEditing: [Triple] = [
        ([.backspace], "deleteBackward", "Delete before the cursor"),
        ([.delete], "deleteForward", "Delete under the cursor"),
        ([.left], "cursorLeft", "Cursor left"),
        ([.right], "cursorRight", "Cursor right"),
        ([.home, .ctrl("a")], "cursorHome", "Start of line"),
        ([.end, .ctrl("e")], "cursorEnd", "End of line"),
        ([.ctrl("u")], "clearLine", "Clear the line"),
    ]

    /// Keys while typing a search, a filter or a command; any other printable key is typed.
    package static let prompt = KeyTable([
        ([.enter], "submitInput", "Apply / run"),
        ([.escape], "cancelInput", "Cancel"),
    ] + lineEditing)
}
