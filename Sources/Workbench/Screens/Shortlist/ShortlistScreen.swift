import JobMatchCore
import TerminalUI

/// One vacancy's shortlist: the candidates in order with the consultant's notes, its state
/// (draft, submitted, approved, returned with the supervisor's comment, sent), and the keys
/// to remove, reorder, annotate and submit. Opened with `s` from the vacancy's Ranking (where
/// `a` adds the selected candidate) or Enter in the Review screen.
///
/// Every edit is a journal entry based on the version on screen; when another user changed
/// the list meanwhile the journal refuses it, the status line names who changed what, and
/// the list shown is the current one. A change another workbench makes while this one is
/// open is announced the same way when the journal is next read (about once a second).
package struct ShortlistScreen: WorkbenchScreen {
    package var vacancy: String
    package var list = ListCursor()
    package var lastSearch = ""
    package var names = LoggedNames()
    /// The version the user has been shown (a newer one by someone else is announced).
    package var seen: Int
    /// The edit sent to the journal and not yet answered.
    package var request: Int?
    /// The note being edited (`e`), while its prompt is open.
    package var note: LineEditor?

    package static let id: ScreenID = "shortlist"
    package static let title = "Shortlist"

    package var isTyping: Bool { note != nil }

    package static let keys = KeyTable(KeyTable.movement + [
        ([.enter, .char("l"), .right], "open", "Open the candidate's profile"),
        ([.char("K")], "moveCandidateUp", "Move the candidate one place up"),
        ([.char("J")], "moveCandidateDown", "Move the candidate one place down"),
        ([.char("x"), .delete], "removeCandidate", "Remove the candidate from the shortlist"),
        ([.char("e")], "editNote", "Edit the note kept with the candidate (Enter saves, Esc cancels)"),
        ([.char("S")], "submitShortlist", "Submit the shortlist to a supervisor"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveCandidateUp", "moveCandidateDown"], "reorder"), (["removeCandidate"], "remove"),
            (["editNote"], "note"), (["submitShortlist"], "submit"), (["back"], "back")])

    package static let typingKeys = KeyTable([
        ([.enter], "submitInput", "Save the note"),
        ([.escape], "cancelInput", "Cancel"),
    ] + KeyTable.lineEditing, hints: [(["submitInput"], "save"), (["cancelInput"], "cancel")])

    /// Opens a vacancy's shortlist on top and logs the names it will show.
    static func open(vacancy: String, _ env: inout ScreenEnv) -> [Effect] {
        var screen = ShortlistScreen(vacancy: vacancy, seen: env.work.work(for: vacancy).shortlist.version)
        let effects = screen.logNames(&env)
        env.navigation.append(.push(screen))
        return effects
    }

    func shortlist(_ env: ScreenEnv) -> Shortlist { env.work.work(for: vacancy).shortlist }

    package func crumb(_ env: ScreenEnv) -> String { "Shortlist " + vacancy }
    package func candidatesInView(_ env: ScreenEnv) -> String { Format.plural(shortlist(env).items.count, "candidate") }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let items = shortlist(env).items, data = env.data, access = names.access(env)
        return .list(\.list, count: items.count, visibleRows: ListView.visibleRows(height: Self.layout(env.size).list.height, count: items.count),
                     lastSearch: \.lastSearch) { i, n in
            FoldedTexts.matches("\(access.label(items[i].candidate, data: data)) \(items[i].note)", n)
        }
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if note != nil { return typing(action, &env) }
        let s = shortlist(env)
        let selected = list.selected < s.items.count ? s.items[list.selected] : nil
        switch action {
        case .open:
            guard let selected, let row = env.data.candidateRows.row(of: selected.candidate) else {
                env.say(s.items.isEmpty ? "The shortlist is empty — a in the Ranking adds the selected candidate" : "Not in the loaded data")
                return []
            }
            return CandidateScreen.open(candidateRow: row, vacancyRow: env.data.vacancyRows.row(of: vacancy),
                                        reason: "profile opened from shortlist \(vacancy)", &env)
        case .screen("moveCandidateUp"), .screen("moveCandidateDown"):
            guard let selected else { return [] }
            let to = list.selected + (action == .screen("moveCandidateUp") ? -1 : 1)
            guard to >= 0, to < s.items.count else { return [] }
            list.selected = to
            return edit(.move(candidate: selected.candidate, position: to), &env)
        case .screen("removeCandidate"):
            guard let selected else { return [] }
            return edit(.remove(candidate: selected.candidate), &env)
        case .screen("editNote"):
            guard let selected else { return [] }
            guard s.isEditable else { env.say(JournalConflict.locked(vacancy: vacancy, state: s.state).description, isError: true); return [] }
            if let why = ShortlistRole.editRefusal(by: env.context.user.user, users: env.users) { env.say(why, isError: true); return [] }
            note = LineEditor(selected.note)
        case .screen("submitShortlist"):
            guard !s.items.isEmpty else { env.say("The shortlist is empty — add candidates before submitting it", isError: true); return [] }
            if let why = ShortlistRole.refusal(moving: .submitted, by: env.context.user.user, users: env.users) {
                env.say(why, isError: true)
                return []
            }
            return send(.shortlistState(vacancy: vacancy, basedOn: s.version, state: .submitted, comment: ""), &env)
        default:
            return nil
        }
        return []
    }

    private mutating func typing(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        guard var editor = note else { return nil }
        switch action {
        case let edit where editor.apply(edit): break
        case .cancelInput:
            note = nil
            env.say("Note not changed")
            return []
        case .submitInput:
            note = nil
            let items = shortlist(env).items
            guard list.selected < items.count else { return [] }
            return edit(.note(candidate: items[list.selected].candidate, text: editor.text), &env)
        default:
            return []
        }
        note = editor
        return []
    }

    /// Sends an edit of the candidates, based on the version on screen.
    private mutating func edit(_ change: ShortlistChange, _ env: inout ScreenEnv) -> [Effect] {
        if let why = ShortlistRole.editRefusal(by: env.context.user.user, users: env.users) {
            env.say(why, isError: true)
            return []
        }
        return send(.shortlistChange(vacancy: vacancy, basedOn: shortlist(env).version, change: change), &env)
    }

    private mutating func send(_ payload: JournalPayload, _ env: inout ScreenEnv) -> [Effect] {
        // Refused at once when it cannot apply to what is on screen (a locked list, say);
        // whether someone changed it meanwhile only the journal can tell.
        do { try env.work.check(payload) } catch {
            env.say(error.description, isError: true)
            return []
        }
        let id = env.requestID()
        request = id
        return [.journal(payload, requestID: id)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        names.receive(action, &env)
        let s = shortlist(env)
        switch action {
        case .journalFinished(let id, let result) where id == request:
            request = nil
            switch result {
            case .written(let e):
                env.say("\(e.payload.vacancy): \(Self.summary(e.payload)) — shortlist \(s.state.rawValue), version \(s.version)")
            case .refused(let why):
                env.say(why + " — the list shown is the current one", isError: true)
            }
            seen = s.version
            clamp(env)
            return logNames(&env)
        case .journalChanged where s.version != seen:
            if let c = s.lastChange, c.user != env.context.user.user {
                env.say("\(env.users.user(c.user)?.name ?? c.user) \(c.summary) — the shortlist is reloaded (version \(s.version))")
            }
            seen = s.version
            clamp(env)
            return logNames(&env)
        default:
            return []
        }
    }

    /// "added K000017", "set to submitted".
    static func summary(_ p: JournalPayload) -> String {
        switch p {
        case .shortlistChange(_, _, let c): return c.summary
        case let .shortlistState(_, _, s, _): return "set to \(s.rawValue)"
        default: return p.kind
        }
    }

    private mutating func clamp(_ env: ScreenEnv) {
        let count = shortlist(env).items.count
        list.clamp(count: count, visible: ListView.visibleRows(height: Self.layout(env.size).list.height, count: count))
    }

    /// Logs the names the list shows that are not logged yet.
    mutating func logNames(_ env: inout ScreenEnv) -> [Effect] {
        names.request(shortlist(env).items.map(\.candidate), recordKind: "shortlist", recordID: vacancy, &env)
    }
}
