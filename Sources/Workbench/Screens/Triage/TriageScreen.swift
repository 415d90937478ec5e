import JobMatchCore
import TerminalUI

/// A triage session for one vacancy: one candidate at a time as a card (profile, score
/// breakdown, gap), decided with one key. Every decision is a journal entry (`.journal`),
/// durable before the next card is drawn; which card is next is computed from the journal
/// alone (`TriageStand`), so a session resumes exactly where it stood after quitting, a
/// crash or SIGKILL. The screen itself keeps only what may be lost: which card is being
/// browsed with `[`/`]`, a half-typed reason or note, and a note typed before a decision.
package struct TriageScreen: WorkbenchScreen {
    /// What the keyboard is typing into on this screen.
    package enum Input: Sendable, Equatable {
        case none
        /// After `n`: one key for the reason.
        case reason
        /// After `n` `5` (other): the reason as text.
        case otherReason(LineEditor)
        /// After `e`: the note for the card on screen.
        case note(LineEditor)
    }

    /// The candidate on screen and what may be shown of her.
    package struct Card: Sendable, Equatable {
        package var candidate: String
        package var requestID: Int
        /// nil while the engine explains her; `.some(nil)` when it has no breakdown.
        package var breakdown: CandidateScore??
        package var details: DetailsVisibility
    }

    package var vacancyRow: Int
    package var requestID: Int
    /// The ranking the cards come from; nil while it runs.
    package var outcome: RankingOutcome?
    package var queue = TriageQueue(candidates: [], qualifying: 0)
    /// The queue position shown by `[`/`]`; nil: the current card.
    package var browsing: Int?
    package var input: Input = .none
    /// Notes typed on undecided cards, written with their decision (candidate → note).
    package var pendingNotes: [String: String] = [:]
    /// The journal write in flight (request id), while the host appends it.
    package var writing: Int?
    package var card: Card?
    /// Candidates whose card view with personal details is in the audit log already.
    package var viewed: Set<String> = []
    package var scroll = ScrollOffset()
    /// True when the Ranking screen below asks for the ranking and this one listens.
    package var sharesRanking = false

    package static let id: ScreenID = "triage"
    package static let title = "Triage"

    package static let keys = KeyTable([
        ([.char("y")], "triageYes", "Yes: shortlist her (added to the vacancy's shortlist)"),
        ([.char("n")], "triageNo", "No: reject, then one key for the reason"),
        ([.char("m")], "triageMaybe", "Maybe: look at her again in the second pass"),
        ([.char("s")], "triageSkip", "Skip: not now, the card comes back after the others"),
        ([.char("e")], "triageNote", "Note on this card (kept with the decision)"),
        ([.char("u")], "triageUndo", "Undo the latest decision on this vacancy"),
        ([.ctrl("r")], "triageRedo", "Redo what the latest undo took back"),
        ([.char("[")], "triagePrevious", "Previous card (browse without deciding)"),
        ([.char("]")], "triageNext", "Next card (browse without deciding)"),
        ([.enter], "open", "Open her full profile"),
        ([.char("j"), .down], "moveDown", "Scroll the card down"),
        ([.char("k"), .up], "moveUp", "Scroll the card up"),
        ([.pageDown, .ctrl("f"), .char(" ")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.char("g"), .home], "moveToTop", "Top of the card"),
        ([.char("G"), .end], "moveToBottom", "Bottom of the card"),
        ([.char("q"), .escape, .left], "back", "Pause: back to the ranking (every decision is already saved)"),
    ] + KeyTable.common,
    hints: [(["triageYes"], "yes"), (["triageNo"], "no"), (["triageMaybe"], "maybe"), (["triageSkip"], "skip"),
            (["triageNote"], "note"), (["triageUndo"], "undo"), (["triagePrevious", "triageNext"], "browse"),
            (["back"], "pause"), (["showHelp"], "help")])

    /// The reasons for `n`, one key each (`TriageReason` order).
    package static let reasonKeys: [(key: Character, reason: TriageReason, label: String)] = [
        ("1", .lacksCompetence, "lacks competence"), ("2", .tooFar, "too far"), ("3", .notAvailable, "not available"),
        ("4", .notEligible, "not eligible"), ("5", .other, "other…"),
    ]

    package var isTyping: Bool { input != .none }

    /// Opens a session for a vacancy on top, from a ranking already made (no second
    /// ranking) or asking the engine for one.
    ///
    /// - Parameter sharing: the request id of a ranking of the same vacancy just asked for
    ///   (the Ranking screen under this one, opened by `:triage`): its answer feeds both.
    static func open(vacancyRow: Int, outcome: RankingOutcome?, sharing: Int? = nil, _ env: inout ScreenEnv) -> [Effect] {
        var screen = TriageScreen(vacancyRow: vacancyRow, requestID: sharing ?? env.requestID())
        screen.sharesRanking = sharing != nil
        if let outcome { screen.take(outcome) }
        var effects = screen.pendingEffects(env)
        effects += screen.cardEffects(&env)
        env.navigation.append(.push(screen))
        return effects
    }

    package func crumb(_ env: ScreenEnv) -> String { "Triage " + env.data.dataset.vacancies[vacancyRow].id }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        outcome == nil ? "– candidates" : Format.plural(queue.count, "candidate") + " to triage"
    }

    package func busyNote(_ env: ScreenEnv) -> String? {
        if writing != nil { return "saving…" }
        return env.engine == .ready && outcome == nil && notOpen(env) == nil ? "ranking…" : nil
    }

    func notOpen(_ env: ScreenEnv) -> String? { env.data.dataset.vacancies[vacancyRow].notOpenNote(today: env.data.today) }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard outcome == nil, !sharesRanking, env.engine == .ready, notOpen(env) == nil else { return [] }
        return [.rank(requestID: requestID, vacancyID: env.data.dataset.vacancies[vacancyRow].id,
                      top: env.rankingDepth, municipalities: env.data.participating)]
    }

    mutating func take(_ outcome: RankingOutcome) {
        self.outcome = outcome
        queue = TriageQueue(outcome)
    }

    /// Where the session stands now, from the journal.
    func stand(_ env: ScreenEnv) -> TriageStand {
        TriageStand(queue: queue, work: env.work.work(for: env.data.dataset.vacancies[vacancyRow].id))
    }

    /// The queue position on screen: the browsed card, else the current one.
    func shown(_ stand: TriageStand) -> Int? { browsing ?? stand.current }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        guard outcome != nil else { return nil }
        let l = Self.layout(env.size)
        let lines = cardLines(env, width: l.paneWidth).count
        return .text(\.scroll, lines: lines, visibleRows: Draw.visibleLines(height: l.pane.height, lines: lines))
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if input != .none { return typing(action, &env) }
        switch action {
        case .screen(let name):
            return command(name.description, &env)
        case .open:
            let s = stand(env)
            guard let at = shown(s), let row = env.data.candidateRows.row(of: queue.candidates[at]) else {
                env.say("No card on screen"); return []
            }
            let vacancyID = env.data.dataset.vacancies[vacancyRow].id
            return CandidateScreen.open(candidateRow: row, vacancyRow: vacancyRow, reason: "profile opened from triage of \(vacancyID)", &env)
        default:
            return nil
        }
    }

    private mutating func command(_ name: String, _ env: inout ScreenEnv) -> [Effect] {
        guard outcome != nil else {
            env.say(notOpen(env).map { "Nothing to triage: \($0)" } ?? "The ranking is still running"); return []
        }
        guard writing == nil else { env.say("Saving the last decision…"); return [] }
        let s = stand(env)
        let vacancyID = env.data.dataset.vacancies[vacancyRow].id
        let work = env.work.work(for: vacancyID)
        switch name {
        case "triageUndo":
            guard let payload = TriageStand.undo(work, vacancy: vacancyID) else { env.say("Nothing to undo on \(vacancyID)"); return [] }
            return write(payload, &env)
        case "triageRedo":
            guard let payload = TriageStand.redo(work, vacancy: vacancyID) else { env.say("Nothing to redo"); return [] }
            return write(payload, &env)
        case "triagePrevious", "triageNext":
            guard !queue.isEmpty else { env.say("No cards"); return [] }
            let from = shown(s) ?? (name == "triageNext" ? -1 : queue.count)
            let to = name == "triageNext" ? from + 1 : from - 1
            guard to >= 0, to < queue.count else { env.say(to < 0 ? "This is the first card" : "This is the last card"); return [] }
            browsing = to == s.current ? nil : to
            scroll = ScrollOffset()
            return cardEffects(&env)
        default:
            break
        }
        guard let at = shown(s) else {
            env.say(queue.isEmpty ? "No candidates to triage for \(vacancyID)" : "Every card is decided — [ and ] browse, u undoes")
            return []
        }
        let candidate = queue.candidates[at]
        // A card decided before keeps its note when decided again (browsing back, second pass).
        let note = pendingNotes[candidate] ?? s.standing[at]?.note ?? ""
        switch name {
        case "triageYes": return write(s.decision(.yes, at: at, queue: queue, vacancy: vacancyID, note: note), &env)
        case "triageMaybe": return write(s.decision(.maybe, at: at, queue: queue, vacancy: vacancyID, note: note), &env)
        case "triageSkip": return write(s.decision(.skip, at: at, queue: queue, vacancy: vacancyID, note: note), &env)
        case "triageNo": input = .reason
        case "triageNote": input = .note(LineEditor(s.standing[at]?.note ?? pendingNotes[candidate] ?? ""))
        default: break
        }
        return []
    }

    /// Keys while choosing a reason or typing a note.
    private mutating func typing(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        if case .cancelInput = action { input = .none; env.say("Cancelled"); return [] }
        switch input {
        case .none:
            return []
        case .reason:
            guard case .insertText(let t) = action, let c = t.first else { return [] }
            guard let reason = Self.reasonKeys.first(where: { $0.key == c })?.reason else {
                env.say("Press 1–5 for the reason, Esc to cancel"); return []
            }
            if reason == .other { input = .otherReason(LineEditor()); return [] }
            input = .none
            return decideNo(reason: reason.rawValue, note: nil, &env)
        case .otherReason(var editor), .note(var editor):
            if case .submitInput = action {
                let text = editor.text.trimmingCharacters(in: .whitespaces)
                if case .otherReason = input {
                    guard !text.isEmpty else { env.say("Say why (the reason “other” needs a text), or Esc", isError: true); return [] }
                    input = .none
                    return decideNo(reason: TriageReason.other.rawValue, note: text, &env)
                }
                input = .none
                return setNote(text, &env)
            }
            _ = editor.apply(action)
            if case .otherReason = input { input = .otherReason(editor) } else { input = .note(editor) }
            return []
        }
    }

    private mutating func decideNo(reason: String, note: String?, _ env: inout ScreenEnv) -> [Effect] {
        let s = stand(env)
        guard let at = shown(s) else { return [] }
        let candidate = queue.candidates[at]
        let kept = pendingNotes[candidate] ?? s.standing[at]?.note
        let text = note.map { n in kept.map { $0.isEmpty ? n : $0 + " — " + n } ?? n } ?? kept ?? ""
        return write(s.decision(.no, at: at, queue: queue, vacancy: env.data.dataset.vacancies[vacancyRow].id,
                                reason: reason, note: text), &env)
    }

    /// A note on a decided card is written at once (its decision again, with the note); on
    /// an undecided card it waits for her decision and the card says so.
    private mutating func setNote(_ text: String, _ env: inout ScreenEnv) -> [Effect] {
        let s = stand(env)
        guard let at = shown(s) else { return [] }
        let candidate = queue.candidates[at]
        if let payload = s.noteEntry(text, at: at, queue: queue, vacancy: env.data.dataset.vacancies[vacancyRow].id) {
            return write(payload, &env)
        }
        pendingNotes[candidate] = text.isEmpty ? nil : text
        env.say(text.isEmpty ? "Note removed" : "Note kept — it is saved with your decision on \(candidate)")
        return []
    }

    private mutating func write(_ payload: JournalPayload, _ env: inout ScreenEnv) -> [Effect] {
        let id = env.requestID()
        writing = id
        return [.journal(payload, requestID: id)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        switch action {
        case .rankingFinished(let id, let outcome) where id == requestID:
            take(outcome)
            if let error = outcome.error { env.say(error, isError: true) }
            return cardEffects(&env)
        case .journalFinished(let id, let result) where id == writing:
            writing = nil
            switch result {
            case .written(let entry):
                browsing = nil
                scroll = ScrollOffset()
                // The entry number lets the kill harness (and a curious user) find the line.
                let saved = "saved (entry \(entry.sequence))"
                if case let .triageDecision(_, candidate, verdict, reason, _) = entry.payload {
                    pendingNotes[candidate] = nil
                    let why = reason.isEmpty || reason == TriageStand.secondPassReason ? "" : " (\(reason))"
                    env.say("\(candidate): \(verdict.rawValue)\(why) — \(saved)")
                } else if case .undo = entry.payload {
                    env.say("Undone — \(saved)")
                } else if case .redo = entry.payload {
                    env.say("Redone — \(saved)")
                }
            case .refused(let message):
                env.say("Not saved: \(message)", isError: true)
            }
            return cardEffects(&env)
        case .journalChanged:
            // A colleague decided meanwhile: the card may have moved on.
            if let b = browsing, b >= queue.count { browsing = nil }
            return cardEffects(&env)
        case .explanationFinished(let id, let score) where id == card?.requestID:
            card?.breakdown = .some(score)
        case .auditFinished(let id, let failure) where id == card?.requestID && card?.details == .awaitingLog:
            card?.details = PersonalDetails.logged(failure: failure, &env)
            if failure == nil, let c = card?.candidate { viewed.insert(c) }
        default:
            break
        }
        return []
    }

    /// When the card on screen changed: asks for her score breakdown and, where she may be
    /// named, writes the view to the audit log first (details are drawn only after).
    mutating func cardEffects(_ env: inout ScreenEnv) -> [Effect] {
        guard outcome != nil, let at = shown(stand(env)) else { card = nil; return [] }
        let id = queue.candidates[at]
        guard card?.candidate != id else { return [] }
        scroll = ScrollOffset()
        guard let candidate = env.data.candidate(id: id) else {
            card = Card(candidate: id, requestID: env.requestID(), breakdown: .some(nil), details: .hidden)
            return []
        }
        let visible = PersonalDetails.visible(candidate, to: env.context.user)
        let details: DetailsVisibility = !visible ? .hidden : viewed.contains(id) ? .shown : .awaitingLog
        let c = Card(candidate: id, requestID: env.requestID(), breakdown: nil, details: details)
        card = c
        var effects: [Effect] = []
        if details == .awaitingLog {
            let vacancyID = env.data.dataset.vacancies[vacancyRow].id
            effects.append(.audit(PersonalDetails.viewEvent(candidate, user: env.context.user, reason: "triage card for \(vacancyID)"),
                                  requestID: c.requestID))
        }
        effects.append(.explain(requestID: c.requestID, vacancyID: env.data.dataset.vacancies[vacancyRow].id, candidateID: id))
        return effects
    }
}
