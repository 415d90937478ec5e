import JobMatchCore
import TerminalUI

/// `:review`: the supervisors' queue of submitted shortlists across the cooperation, oldest
/// submission first, with the selected list's candidates and the triage decisions and
/// reasons behind each. `a` approves, `r` returns with a comment (a prompt). For a
/// consultant the same screen lists the shortlists returned to her (read-only here; Enter
/// opens one to change it). The queue is read from the journal, so it follows what other
/// workbenches do (about once a second).
package struct ReviewScreen: WorkbenchScreen {
    package enum Focus: Sendable, Equatable { case queue, detail }
    package var list = ListCursor()
    package var detail = ScrollOffset()
    package var focus: Focus = .queue
    package var lastSearch = ""
    package var names = LoggedNames()
    /// The approval or return sent and not yet answered.
    package var request: Int?
    /// The comment being typed for a return (`r`), while its prompt is open.
    package var comment: LineEditor?
    /// The queue (vacancy ids) as last read, so a change under the cursor can be told apart
    /// from the user's own movement.
    package var seenQueue: [String] = []
    /// Set when the list under the cursor left the queue (another supervisor decided it):
    /// the next `a` or `r` is refused once, so a key meant for one list never acts on another.
    package var movedUnder: String?

    package init() {}

    package static let id: ScreenID = "review"
    package static let title = "Review"

    package var isTyping: Bool { comment != nil }

    package static let keys = KeyTable(KeyTable.movement + KeyTable.panes + [
        ([.enter, .char("l"), .right], "open", "Open the shortlist (its own screen)"),
        ([.char("a")], "approveShortlist", "Approve the selected shortlist (supervisors)"),
        ([.char("r")], "returnShortlist", "Return it to the consultant with a comment (supervisors)"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["approveShortlist"], "approve"), (["returnShortlist"], "return"), (["nextPane"], "details"),
            (["open"], "open"), (["back"], "back")])

    package static let typingKeys = KeyTable([
        ([.enter], "submitInput", "Return the shortlist with this comment"),
        ([.escape], "cancelInput", "Cancel"),
    ] + KeyTable.lineEditing, hints: [(["submitInput"], "return it"), (["cancelInput"], "cancel")])

    /// Supervisors see the submitted lists; consultants the lists returned to them.
    static func isSupervisor(_ env: ScreenEnv) -> Bool { env.actingUser?.role == .supervisor || env.users.isEmpty }

    func entries(_ env: ScreenEnv) -> [ReviewEntry] {
        Self.isSupervisor(env) ? Self.queue(env) : ReviewQueue.returned(to: env.context.user.user, in: env.work)
    }

    /// The submitted lists of the supervisor's cooperation, oldest first.
    static func queue(_ env: ScreenEnv) -> [ReviewEntry] {
        ReviewQueue.submitted(in: env.work, reviewedFrom: env.context.user.municipality, registry: env.data.dataset.registry,
                              municipalityOf: { env.data.vacancy(id: $0)?.municipality })
    }

    func selected(_ env: ScreenEnv) -> ReviewEntry? {
        let e = entries(env)
        return e.indices.contains(list.selected) ? e[list.selected] : nil
    }

    package func crumb(_ env: ScreenEnv) -> String { Self.isSupervisor(env) ? "Review queue" : "Returned to you" }
    package func candidatesInView(_ env: ScreenEnv) -> String { Format.plural(entries(env).count, "shortlist") }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let l = Self.layout(env.size)
        switch focus {
        case .queue:
            let e = entries(env), data = env.data
            return .list(\.list, count: e.count, visibleRows: ListView.visibleRows(height: l.queue.height, count: e.count),
                         lastSearch: \.lastSearch) { i, n in
                FoldedTexts.matches("\(e[i].vacancy) \(data.vacancy(id: e[i].vacancy)?.title ?? "") \(e[i].consultant)", n)
            }
        case .detail:
            let lines = detailLines(env, width: l.detail.width).count
            return .text(\.detail, lines: lines, visibleRows: Draw.visibleLines(height: l.detail.height, lines: lines))
        }
    }

    package mutating func selectionMoved() { detail = ScrollOffset() }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        var effects: [Effect] = []
        if comment != nil { return effects + typing(action, &env) }
        switch action {
        case .nextPane, .previousPane:
            focus = focus == .queue ? .detail : .queue
        case .open:
            guard let e = selected(env) else { env.say("Nothing to open — the queue is empty"); return effects }
            effects += ShortlistScreen.open(vacancy: e.vacancy, &env)
        case .screen("approveShortlist") where movedUnder != nil, .screen("returnShortlist") where movedUnder != nil:
            env.say("\(movedUnder ?? "") is no longer in the queue; the selection is now "
                    + "\(selected(env)?.vacancy ?? "empty") — look, then press the key again", isError: true)
            movedUnder = nil
        case .screen("approveShortlist"):
            guard let e = selected(env) else { env.say("Nothing to approve — the queue is empty"); return effects }
            effects += decide(e, .approved, comment: "", &env)
        case .screen("returnShortlist"):
            guard selected(env) != nil else { env.say("Nothing to return — the queue is empty"); return effects }
            if let why = ShortlistRole.refusal(moving: .returned, by: env.context.user.user, users: env.users) {
                env.say(why, isError: true)
                return effects
            }
            comment = LineEditor()
        default:
            return effects.isEmpty ? nil : effects
        }
        return effects
    }

    private mutating func typing(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        guard var editor = comment else { return [] }
        switch action {
        case let edit where editor.apply(edit): break
        case .cancelInput:
            comment = nil
            env.say("Not returned")
            return []
        case .submitInput:
            guard !editor.text.allSatisfy(\.isWhitespace) else {
                env.say("Say what the consultant should change (Esc cancels)", isError: true)
                return []
            }
            comment = nil
            guard let e = selected(env) else { return [] }
            return decide(e, .returned, comment: editor.text, &env)
        default:
            return []
        }
        comment = editor
        return []
    }

    private mutating func decide(_ e: ReviewEntry, _ state: ShortlistState, comment: String, _ env: inout ScreenEnv) -> [Effect] {
        if let why = ShortlistRole.refusal(moving: state, by: env.context.user.user, users: env.users) {
            env.say(why, isError: true)
            return []
        }
        let payload = JournalPayload.shortlistState(vacancy: e.vacancy, basedOn: e.shortlist.version, state: state, comment: comment)
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
        var effects: [Effect] = []
        switch action {
        case .journalFinished(let id, let result) where id == request:
            request = nil
            switch result {
            case .written(let e):
                if case let .shortlistState(v, _, s, _) = e.payload {
                    env.say("\(v) \(s == .approved ? "approved" : "returned to the consultant") — \(Format.plural(entries(env).count, "shortlist")) left")
                }
            case .refused(let why):
                env.say(why + " — the queue shown is the current one", isError: true)
            }
            follow(env, own: true)
            effects = requestNames(&env)
        case .journalChanged, .opened:
            follow(env, own: false)
            effects = requestNames(&env)
        default:
            break
        }
        return effects
    }

    private mutating func requestNames(_ env: inout ScreenEnv) -> [Effect] {
        names.request(entries(env).flatMap { $0.candidates.map(\.candidate) }, recordKind: "review", recordID: "queue", &env)
    }

    /// Keeps the cursor on the list it was on when the queue changes; when that list left the
    /// queue through someone else, remembers it (`movedUnder`).
    private mutating func follow(_ env: ScreenEnv, own: Bool) {
        let now = entries(env).map(\.vacancy)
        if seenQueue.indices.contains(list.selected) {
            let was = seenQueue[list.selected]
            if let i = now.firstIndex(of: was) { list.selected = i } else if !own { movedUnder = was }
        }
        seenQueue = now
        clamp(env)
    }

    private mutating func clamp(_ env: ScreenEnv) {
        let count = entries(env).count
        list.clamp(count: count, visible: ListView.visibleRows(height: Self.layout(env.size).queue.height, count: count))
    }
}
