import TerminalUI

/// The key tables: every key maps to a named action, per screen, and the help overlay
/// lists exactly these tables, so help never disagrees with what the keys do.
public enum KeyMap {
    typealias Triple = (keys: [Key], action: ActionName, description: String)

    private static let movement: [Triple] = [
        ([.char("j"), .down], "moveDown", "Move down"),
        ([.char("k"), .up], "moveUp", "Move up"),
        ([.pageDown, .ctrl("f")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.char("g"), .home], "moveToTop", "Go to the first row"),
        ([.char("G"), .end], "moveToBottom", "Go to the last row"),
        ([.tab], "nextPane", "Next pane"),
        ([.backTab], "previousPane", "Previous pane"),
    ]
    private static let searching: [Triple] = [
        ([.char("/")], "startSearch", "Search (moves to the next match; Enter keeps, Esc returns)"),
        ([.char("n")], "searchNext", "Next match"),
        ([.char("N")], "searchPrevious", "Previous match"),
    ]
    private static let common: [Triple] = [
        ([.char(":")], "startCommand", "Command line (:open V000123, :filter …, :help, :q)"),
        ([.char("v")], "goToVacancies", "Go to Vacancies"),
        ([.char("d")], "goToDashboard", "Go to Dashboard"),
        ([.char("?"), .function(1)], "showHelp", "Help for this screen"),
        ([.ctrl("l")], "redraw", "Redraw the screen"),
        ([.ctrl("c")], "quit", "Quit jobmatch from any screen"),
    ]
    private static let back: Triple = ([.escape, .char("q"), .char("h"), .left], "back", "Back to the previous screen")

    /// Dashboard: q quits, Enter opens a municipality's vacancies or an expiring vacancy's ranking.
    public static let dashboard = KeyBinding(movement + [
        ([.enter, .char("l"), .right], "open", "Open: municipality → its vacancies, vacancy → ranking"),
        ([.char("q")], "quit", "Quit jobmatch"),
        ([.escape], "back", "Back (nothing to go back to here; q quits)"),
    ] + searching + common)

    public static let vacancies = KeyBinding(movement + [
        ([.enter, .char("l"), .right], "open", "Rank candidates for the selected vacancy"),
        back,
        ([.char("f")], "startFilter", "Filter (kommune:… type:… group:… expiring, words)"),
        ([.char("x")], "clearFilter", "Clear the filter"),
        ([.char("m")], "cycleMunicipality", "Filter by next municipality"),
        ([.char("t")], "cycleJobType", "Filter by next job type"),
        ([.char("i")], "cycleIndustryGroup", "Filter by next industry group"),
        ([.char("e")], "toggleExpiring", "Only ads expiring within 5 days (on/off)"),
        ([.char("s")], "cycleSort", "Sort by expiry → newest → title → municipality → company"),
        ([.char("r")], "reverseSort", "Reverse the sort"),
    ] + searching + common)

    public static let ranking = KeyBinding(movement + [
        ([.enter, .char("l"), .right], "open", "Open the candidate's profile and score breakdown"),
        back,
        ([.char("f")], "startFilter", "Filter (kommune:… score:60 words)"),
        ([.char("x")], "clearFilter", "Clear the filter"),
        ([.char("m")], "cycleMunicipality", "Filter by next home municipality"),
    ] + searching + common)

    public static let candidate = KeyBinding([
        ([.char("j"), .down], "moveDown", "Scroll down"),
        ([.char("k"), .up], "moveUp", "Scroll up"),
        ([.pageDown, .ctrl("f")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.char("g"), .home], "moveToTop", "Go to the top"),
        ([.char("G"), .end], "moveToBottom", "Go to the bottom"),
        ([.tab], "nextPane", "Switch between profile and score breakdown"),
        ([.backTab], "previousPane", "Switch back"),
        back,
    ] + common)

    /// Keys while typing a search, a filter or a command; any other printable key is typed.
    public static let prompt = KeyBinding([
        ([.enter], "submitInput", "Apply / run"),
        ([.escape], "cancelInput", "Cancel"),
        ([.backspace], "deleteBackward", "Delete before the cursor"),
        ([.delete], "deleteForward", "Delete under the cursor"),
        ([.left], "cursorLeft", "Cursor left"),
        ([.right], "cursorRight", "Cursor right"),
        ([.home, .ctrl("a")], "cursorHome", "Start of line"),
        ([.end, .ctrl("e")], "cursorEnd", "End of line"),
        ([.ctrl("u")], "clearLine", "Clear the line"),
    ])

    /// The table in force on a screen.
    public static func bindings(for screen: Screen) -> KeyBinding {
        switch screen {
        case .dashboard: return dashboard
        case .vacancies: return vacancies
        case .ranking: return ranking
        case .candidate: return candidate
        }
    }

    /// The action a key triggers in the current state, or nil for an unbound key.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if case .resize(let w, let h) = key { return .resize(TerminalSize(width: w, height: h)) }
        if state.mode != .normal {
            if let name = prompt.action(for: key) { return Action.named[name] }
            if case .char(let c) = key { return .insertText(String(c)) }
            return nil
        }
        if state.help != nil {
            // The overlay scrolls with the movement keys and closes with Esc, q or ?.
            switch key {
            case .escape, .char("q"), .char("?"), .function(1): return .showHelp
            default: break
            }
        }
        return bindings(for: state.screen).action(for: key).flatMap { Action.named[$0] }
    }
}
