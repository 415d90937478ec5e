import Foundation
import JobMatchCore
import MatchEngine
import TerminalUI

/// The Candidates screen's saved searches (Jobnet's CV agent): `S` (Ctrl-S while typing)
/// names the query on screen and saves it; `o` (Ctrl-O) lists the user's saved searches in
/// place of the results, where Enter runs one, `D` (pressed twice) deletes it and Tab goes
/// back to the query (Esc leaves the screen, as from the results). Every
/// change is a `savedSearch` journal entry (durable and audited before the message says
/// so); running one records that she opened it, which starts its "new candidates" count
/// again (`SavedSearch.isNew`). Only the acting user's own searches are listed.
package struct SavedSearchState: Sendable, Equatable {
    /// The name being typed after `S`; nil when no name prompt is open.
    package var naming: LineEditor?
    package var picker = ListCursor()
    /// The saved search whose query was put on screen (the title shows it while the query is unchanged).
    package var shownName: String?
    package var shownQuery: String?
    /// The journal request in flight (0: none).
    package var request = 0
    /// The name `D` was pressed on once; the second `D` deletes it.
    package var deleteArmed: String?
    package init() {}
}

extension CandidatesScreen {
    /// Keys while the results or the saved searches have the focus.
    static let savedKeys: [KeyTable.Triple] = [
        ([.char("S")], "saveSearch", "Save the query under a name (a saved search)"),
        ([.char("o")], "savedSearches", "Your saved searches: Enter runs one, D deletes it"),
        ([.char("D")], "deleteSavedSearch", "In your saved searches: delete it (D twice)"),
    ]

    /// Keys while typing the query (printable keys are typed, so these are control keys).
    static let savedTypingKeys: [KeyTable.Triple] = [
        ([.ctrl("s")], "saveSearch", "Save the query under a name (Enter saves, Esc cancels)"),
        ([.ctrl("o")], "savedSearches", "Your saved searches: Enter runs one, D deletes it"),
    ]

    /// The longest name accepted (it is shown in a Dashboard column and the title bar).
    static let savedNameLimit = 40

    /// The acting user's saved searches, in the order she saved them.
    static func mySavedSearches(_ env: ScreenEnv) -> [SavedSearch] { env.work.savedSearches.searches(of: env.context.user.user) }

    /// The saved search on screen, while its query is unchanged.
    var shownSavedName: String? {
        guard let name = saved.shownName, let q = saved.shownQuery, Self.same(q, query.text) else { return nil }
        return name
    }

    /// Why the query on screen cannot be saved now, or nil: only a query that has run (its
    /// results are the ones shown) is saved, so a saved search always runs.
    func saveRefusal() -> String? {
        let text = query.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return "Type a query first — only a query that runs can be saved" }
        if problem != nil || (try? QueryParser.parse(text)) == nil {
            return "The query has an error (the caret shows where) — fix it before saving"
        }
        guard let outcome, Self.same(outcome.query, text), incomplete == nil else {
            return "Wait for this query's results — only a query that has run can be saved"
        }
        return nil
    }

    /// Why `name` cannot be used, or nil. Names are compared without case, so "Svejsere" and
    /// "svejsere" are not two searches a consultant would tell apart in a list.
    static func nameRefusal(_ name: String, mine: [SavedSearch]) -> String? {
        if name.isEmpty { return "Give the search a name (Esc cancels)" }
        if name.count > savedNameLimit { return "Keep the name to \(savedNameLimit) characters (it has \(name.count))" }
        if let twin = mine.first(where: { $0.name.lowercased() == name.lowercased() }) {
            return "You already have a saved search named “\(twin.name)” — choose another name (o lists yours; D there deletes one)"
        }
        return nil
    }

    /// The saved-search keys, the name prompt and the picker; nil for anything else.
    mutating func reduceSaved(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if saved.naming != nil { return naming(action, &env) }
        switch action {
        case .screen("saveSearch"):
            if let why = saveRefusal() { env.say(why, isError: true); return [] }
            saved.naming = LineEditor()
            return []
        case .screen("savedSearches"):
            guard !Self.mySavedSearches(env).isEmpty else {
                env.say("You have no saved searches yet — S (Ctrl-S while typing) saves the query on screen")
                return []
            }
            focus = .saved
            saved.picker = ListCursor()
            saved.deleteArmed = nil
            return []
        default:
            break
        }
        guard focus == .saved else {
            if action == .screen("deleteSavedSearch") { env.say("D deletes a saved search in your list — o shows it") ; return [] }
            return nil
        }
        let armed = saved.deleteArmed
        saved.deleteArmed = nil
        let mine = Self.mySavedSearches(env)
        let selected = saved.picker.selected < mine.count ? mine[saved.picker.selected] : nil
        switch action {
        case .open:
            guard let selected else { env.say("You have no saved searches"); return [] }
            return run(saved: selected, &env)
        case .screen("deleteSavedSearch"):
            guard let selected else { env.say("You have no saved searches"); return [] }
            guard armed == selected.name else {
                saved.deleteArmed = selected.name
                env.say("Press D again to delete the saved search “\(selected.name)” (any other key keeps it)", isError: true)
                return []
            }
            saved.request = env.requestID()
            return [.journal(.savedSearch(name: selected.name, query: selected.query, action: .delete, day: env.context.today),
                             requestID: saved.request)]
        case .nextPane, .previousPane, .startSearch:
            focus = .query
            return []
        default:
            return nil  // movement: the picker is the focused pane
        }
    }

    /// Keys while the name prompt is open (the typing table is in force).
    private mutating func naming(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        guard var editor = saved.naming else { return [] }
        switch action {
        case let edit where editor.apply(edit):
            saved.naming = editor
        case .cancelInput:
            saved.naming = nil
            env.say("Not saved")
        case .moveDown, .submitInput:
            let name = editor.text.trimmingCharacters(in: .whitespaces)
            if let why = Self.nameRefusal(name, mine: Self.mySavedSearches(env)) {
                env.say(why, isError: true)  // the prompt stays open to fix it
                return []
            }
            saved.naming = nil
            if let why = saveRefusal() { env.say(why, isError: true); return [] }
            saved.request = env.requestID()
            // The session's day (`--today`), not the clock's: the count of new candidates starts on it.
            let payload = JournalPayload.savedSearch(name: name, query: query.text.trimmingCharacters(in: .whitespaces), action: .save,
                                                     day: env.context.today)
            return [.journal(payload, requestID: saved.request)]
        default:
            break  // Tab, Ctrl-O… mean nothing while naming
        }
        return []
    }

    /// Puts saved search `s` on the line, runs it, and records that its owner opened it
    /// (its new-candidate count starts again).
    mutating func run(saved s: SavedSearch, _ env: inout ScreenEnv) -> [Effect] {
        query = LineEditor(s.query)
        focus = .query
        saved.shownName = s.name
        saved.shownQuery = s.query
        let search = queryChanged(&env)
        saved.request = env.requestID()
        return [.journal(.savedSearch(name: s.name, query: s.query, action: .open, day: env.context.today), requestID: saved.request)] + search
    }

    /// Opens the Candidates screen on saved search `s` (the Dashboard's Enter, `:search NAME`).
    static func open(saved s: SavedSearch, _ env: inout ScreenEnv) -> [Effect] {
        var screen = env.parked(CandidatesScreen.self) ?? CandidatesScreen()
        let effects = screen.run(saved: s, &env)
        env.navigation.append(.push(screen))
        return effects
    }

    /// The journal's answer to a save, open or delete.
    mutating func receiveSaved(_ action: Action, _ env: inout ScreenEnv) {
        guard case .journalFinished(let id, let result) = action, id == saved.request, id != 0 else { return }
        saved.request = 0
        switch result {
        case .written(let e):
            guard case let .savedSearch(name, q, kind, _) = e.payload else { return }
            switch kind {
            case .save:
                saved.shownName = name
                saved.shownQuery = q
                env.say("Saved as “\(name)” — the Dashboard counts the candidates new to it from today on")
            case .open:
                env.say("Saved search “\(name)” — its count of new candidates starts again today")
            case .delete:
                if saved.shownName == name { saved.shownName = nil }
                env.say("Deleted the saved search “\(name)”")
                if Self.mySavedSearches(env).isEmpty && focus == .saved { focus = .query }
            }
        case .refused(let why):
            env.say("Saved search not changed: \(why)", isError: true)
        }
    }

    // MARK: - The picker

    /// The picker's list below its heading line, in the results' place.
    static func pickerRect(_ size: TerminalSize) -> Rect {
        let table = layout(size).table
        return Rect(x: table.x, y: table.y + 1, width: table.width, height: max(1, table.height - 1))
    }

    func pickerPane(_ env: ScreenEnv) -> Pane<Self> {
        let mine = Self.mySavedSearches(env)
        return .list(\.saved.picker, count: mine.count,
                     visibleRows: ListView.visibleRows(height: Self.pickerRect(env.size).height, count: mine.count))
    }

    static let pickerColumns: [ListColumn<SavedSearch>] = [
        ListColumn("Saved search", width: 24, min: 12, flexible: true, priority: 10) { $0.name },
        ListColumn("Last opened", width: 11, min: 10, priority: 5, short: "Opened") { "\($0.lastOpenedDay)" },
        ListColumn("Query", width: 30, min: 12, flexible: true, weight: 2, priority: 8) { $0.query },
    ]

    func renderPicker(into buffer: inout ScreenBuffer, env: ScreenEnv) {
        let table = Self.layout(env.size).table
        let mine = Self.mySavedSearches(env)
        Draw.heading("Your saved searches (\(mine.count)) — Enter runs one · D deletes · Tab back to the query", into: &buffer,
                     x: table.x, y: table.y, width: table.width, focused: true)
        ListView.draw(ListTable(Self.pickerColumns, width: table.width - 1), into: &buffer, rect: Self.pickerRect(env.size),
                      count: mine.count, cursor: saved.picker, focused: true, empty: "You have no saved searches.") { mine[$0] }
    }

    /// The name prompt, on the line under the query.
    func renderNaming(_ editor: LineEditor, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        let label = "Save as: "
        buffer.put(label, x: x, y: y, style: Style.normal.bolded, maxWidth: width)
        let fx = x + DisplayWidth.of(label)
        let tail = "  Enter saves · Esc cancels"
        let field = max(1, min(Self.savedNameLimit + 1, width - DisplayWidth.of(label) - DisplayWidth.of(tail)))
        buffer.fill(Rect(x: fx, y: y, width: field, height: 1), style: .input)
        buffer.put(editor.text, x: fx, y: y, style: .input, maxWidth: field)
        let cx = fx + DisplayWidth.of(String(editor.text.prefix(editor.cursor)))
        if cx < fx + field {
            let under = buffer[cx, y].text
            buffer.put(under.isEmpty || under == " " ? " " : under, x: cx, y: y, style: Style(.input, reverse: true))
        }
        buffer.put(tail, x: fx + field, y: y, style: .dim, maxWidth: max(0, x + width - fx - field))
    }
}
