import Foundation
import JobMatchCore
import MatchEngine
import TerminalUI

/// Candidate search: a query line in the engine's query language (docs/matching.md) at the
/// top, the candidates it finds below, updated as you type.
///
/// Each edit is parsed at once (a syntax error is shown under its token without asking the
/// engine); a query that parses is searched in the background (`.search` →
/// `.searchFinished`), newest only. The results of the last *valid* query stay on screen
/// while the query is incomplete or wrong. Names are shown only where the access rule
/// allows and after the audit log holds the listing, as in a ranking.
package struct CandidatesScreen: WorkbenchScreen {
    /// `saved`: the list of the user's saved searches (`SavedSearchPicker.swift`) in place of the results.
    package enum Focus: Sendable, Equatable { case query, results, saved }

    package var query = LineEditor()
    package var focus: Focus = .query
    /// The newest search asked for, and its query; nil when none is outstanding.
    package var requestID = 0
    package var pending: String?
    /// The last valid query's results (nil before the first).
    package var outcome: SearchOutcome?
    /// What is wrong with the query as typed, pointing at the token (nil: it is fine or being checked).
    package var problem: QueryProblem?
    package var suggestion: QuerySuggestion?
    /// The key the last word is the start of ("li" → "lic:"), while it is being typed.
    package var incomplete: String?
    package var list = ListCursor()
    /// The request whose results are shown (its audit entry answers to it).
    package var shownID = 0
    /// Names in the list: withheld until the audit log holds the listing.
    package var names: DetailsVisibility = .awaitingLog
    /// Saved searches (`SavedSearchPicker.swift`): the name being typed for `S`, the picker's
    /// cursor, the saved search on screen, and the journal requests in flight.
    package var saved = SavedSearchState()

    /// How many candidates a search lists (every one found is counted).
    static let depth = 200

    package init() {}

    package static let id: ScreenID = "candidates"
    package static let title = "Candidates"

    package var isTyping: Bool { focus == .query || saved.naming != nil }

    /// Keys while the results list has the focus.
    package static let keys = KeyTable(KeyTable.movement + [
        ([.enter, .char("l"), .right], "open", "Open the candidate's profile (a saved search: run it)"),
        ([.char("e"), .char("/"), .char("i")], "startSearch", "Edit the query (the results stay until it is valid)"),
        ([.tab, .backTab], "nextPane", "Back to the query line"),
    ] + savedKeys + [
        KeyTable.back,
    ] + KeyTable.common,
    hints: [(["showHelp"], "help"), (["open"], "profile"), (["startSearch"], "edit query"), (["saveSearch"], "save"),
            (["savedSearches"], "saved"), (["moveDown", "moveUp"], "move"), (["back"], "back")])

    /// Keys while typing the query; every other printable key is typed.
    package static let typingKeys = KeyTable([
        ([.enter, .down], "moveDown", "Go to the results (naming a search: save it)"),
        ([.tab], "nextPane", "Accept the suggestion shown (did you mean …?), else go to the results"),
        ([.escape], "cancelInput", "Back to the previous screen (naming a search: cancel)"),
    ] + savedTypingKeys + [
        ([.function(1)], "showHelp", "Help for this screen"),
        ([.ctrl("l")], "redraw", "Redraw the screen"),
        ([.ctrl("c")], "quit", "Quit jobmatch from any screen"),
    ] + KeyTable.lineEditing,
    hints: [(["moveDown"], "results"), (["nextPane"], "accept suggestion"), (["clearLine"], "clear"), (["showHelp"], "help"),
            (["cancelInput"], "back")])

    package func crumb(_ env: ScreenEnv) -> String { shownSavedName.map { "\(Self.title) “\($0)”" } ?? Self.title }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        outcome.map { Format.plural($0.matched, "candidate") } ?? "– candidates"
    }

    package func busyNote(_ env: ScreenEnv) -> String? { pending != nil && env.engine == .ready ? "searching…" : nil }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard let pending, env.engine == .ready else { return [] }
        return [.search(requestID: requestID, query: pending, top: Self.depth, sort: Self.sort(pending), viewer: env.context.user)]
    }

    /// What the query asks to sort by: distance with `near:`, date with `avail:`, else relevance.
    static func sort(_ text: String) -> SearchSort {
        guard let query = try? QueryParser.parse(text) else { return .relevance }
        switch SearchOrder.implied(by: query) {
        case .relevance: return .relevance
        case .distance: return .distance
        case .availability: return .availability
        }
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        if focus == .saved { return pickerPane(env) }
        guard focus == .results, let outcome else { return nil }
        let count = outcome.hits.count
        return .list(\.list, count: count, visibleRows: ListView.visibleRows(height: Self.layout(env.size).table.height, count: count))
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if let effects = reduceSaved(action, &env) { return effects }
        if focus == .query { return typing(action, &env) }
        switch action {
        case .startSearch, .nextPane, .previousPane:
            focus = .query
        case .open:
            guard let outcome, list.selected < outcome.hits.count else {
                env.say(outcome == nil ? "Type a query first — e edits it" : "No candidate found — e edits the query")
                return []
            }
            let id = outcome.hits[list.selected].candidateID
            guard let row = env.data.candidateRows.row(of: id) else {
                env.say("Candidate \(id) is not in the loaded data", isError: true)
                return []
            }
            return CandidateScreen.open(candidateRow: row, vacancyRow: nil, reason: "profile opened from candidate search", &env)
        default:
            return nil
        }
        return []
    }

    /// Keys while the query line has the focus.
    private mutating func typing(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        switch action {
        case .insertText(let t): query.insert(t)
        case .deleteBackward: query.deleteBackward()
        case .deleteForward: query.deleteForward()
        case .cursorLeft: query.moveLeft(); return []
        case .cursorRight: query.moveRight(); return []
        case .cursorHome: query.moveHome(); return []
        case .cursorEnd: query.moveEnd(); return []
        case .clearLine: query.clear()
        case .nextPane:
            if let suggestion {
                query = LineEditor(suggestion.applied(to: query.text))
                env.say("Changed to \(suggestion.label)")
            } else {
                return toResults(&env)
            }
        case .moveDown, .submitInput:
            return toResults(&env)
        case .cancelInput:
            env.navigation.append(.back)  // Esc: the typing table names it so the name prompt can take it first
            return []
        default:
            return nil
        }
        return queryChanged(&env)
    }

    private mutating func toResults(_ env: inout ScreenEnv) -> [Effect] {
        guard let outcome, !outcome.hits.isEmpty else {
            env.say(outcome == nil ? "Type a query first, e.g. comp:svejsning near:Hjørring" : "No candidate found")
            return []
        }
        focus = .results
        return []
    }

    /// Parses the query as typed: a syntax error is shown at once and keeps the last results;
    /// a query that parses is searched (the engine reports unknown names the same way).
    mutating func queryChanged(_ env: inout ScreenEnv) -> [Effect] {
        let text = query.text
        suggestion = SuggestionIndex.shared(for: env.data).suggestion(for: text)
        incomplete = nil
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem = nil
            pending = nil
            return []
        }
        do {
            _ = try QueryParser.parse(text)
        } catch {
            problem = QueryProblem(offset: error.offset, length: error.length, message: error.message)
            pending = nil
            return []
        }
        problem = nil
        // "comp:weld.mig li" is valid (free text "li") but is almost surely "lic:" being
        // typed: keep the last results until the word is finished.
        incomplete = Self.keyBeingTyped(text, cursor: query.cursor)
        if incomplete != nil { pending = nil; return [] }
        // A space typed after a term changes nothing: no new search, no new listing.
        if let outcome, Self.same(outcome.query, text) { pending = nil; return [] }
        requestID = env.requestID()
        pending = text
        return pendingEffects(env)
    }

    /// The same query but for spaces at either end.
    static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces) == b.trimmingCharacters(in: .whitespaces)
    }

    /// The query keys, for `keyBeingTyped`.
    static let queryKeys = ["comp:", "lic:", "cert:", "lang:", "near:", "avail:", "jobtype:", "muni:", "occ:", "status:"]

    /// The key the word before the cursor at the end of the query is the beginning of, if any.
    static func keyBeingTyped(_ text: String, cursor: Int) -> String? {
        guard cursor == text.count, let last = text.split(separator: " ", omittingEmptySubsequences: false).last,
              !last.isEmpty, !last.contains(":"), !last.contains("\"") else { return nil }
        let word = last.lowercased()
        return queryKeys.first { $0.hasPrefix(word) }
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        receiveSaved(action, &env)
        switch action {
        case .searchFinished(let id, let result) where id == requestID:  // else a stale answer
            pending = nil
            if let error = result.error {
                // An unknown name: point at it, and keep the last valid results.
                if result.query == query.text { problem = error }
                return []
            }
            outcome = result
            shownID = id
            list = ListCursor()
            return namesAudit(env)
        case .auditFinished(let id, let failure) where id == shownID && names == .awaitingLog:
            names = PersonalDetails.logged(failure: failure, &env)
        default:
            break
        }
        return []
    }

    /// The audit entry for results that list names, before any is drawn; none when every
    /// hit is a pseudonym.
    private mutating func namesAudit(_ env: ScreenEnv) -> [Effect] {
        guard let outcome else { return [] }
        let user = env.context.user
        let named = PersonalDetails.named(outcome.hits.lazy.map(\.candidateID), data: env.data, user: user)
        guard !named.isEmpty else { names = .shown; return [] }
        names = .awaitingLog
        return [.audit(PersonalDetails.searchEvent(query: outcome.query, named: named, user: user), requestID: shownID)]
    }

    func nameAccess(_ env: ScreenEnv) -> NameAccess { NameAccess(user: env.context.user, logged: names == .shown) }
}
