import JobMatchCore
import TerminalUI

/// One candidate: the profile, and for the vacancy in context the full score breakdown or
/// the hard requirements she fails ("why not"). Name and contact only where the user may
/// see them (`PersonalDetails`); otherwise the pseudonym, the home municipality and where to ask.
package struct CandidateScreen: WorkbenchScreen {
    package enum Focus: Sendable, Equatable { case profile, score }
    package var candidateRow: Int
    /// The vacancy the candidate was opened from, whose score breakdown is shown.
    package var vacancyRow: Int?
    package var requestID: Int
    /// nil while loading; `.some(nil)` when the engine has no breakdown.
    package var breakdown: CandidateScore??
    /// Name and contact: hidden by the access rule, withheld until the audit log holds the
    /// view (or because it could not be written), or shown. Fail closed.
    package var details: DetailsVisibility
    package var showsPersonalDetails: Bool { details == .shown }
    package var focus: Focus = .profile
    package var profile = ScrollOffset()
    package var score = ScrollOffset()

    package static let id: ScreenID = "candidate"
    package static let title = "Candidate"

    package static let keys = KeyTable([
        ([.char("j"), .down], "moveDown", "Scroll down"),
        ([.char("k"), .up], "moveUp", "Scroll up"),
        ([.pageDown, .ctrl("f"), .char(" ")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.ctrl("d")], "halfPageDown", "Half a page down"),
        ([.ctrl("u")], "halfPageUp", "Half a page up"),
        ([.char("g"), .home], "moveToTop", "Go to the top"),
        ([.char("G"), .end], "moveToBottom", "Go to the bottom"),
        ([.tab], "nextPane", "Switch between profile and score breakdown"),
        ([.backTab], "previousPane", "Switch back"),
        KeyTable.back,
    ] + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "scroll"), (["nextPane"], "profile/score"), (["back"], "back"),
            (["startCommand"], "command")])

    /// Opens a candidate on top, decides what she may see, audits it and asks for the
    /// score breakdown against `vacancyRow`.
    static func open(candidateRow: Int, vacancyRow: Int?, reason: String, _ env: inout ScreenEnv) -> [Effect] {
        let candidate = env.data.dataset.candidates[candidateRow]
        let shows = PersonalDetails.visible(candidate, to: env.context.user)
        let screen = CandidateScreen(candidateRow: candidateRow, vacancyRow: vacancyRow, requestID: env.requestID(),
                                     breakdown: vacancyRow == nil ? .some(nil) : nil, details: shows ? .awaitingLog : .hidden)
        env.navigation.append(.push(screen))
        var effects: [Effect] = []
        // The details stay withheld until the host reports the entry written (`.auditFinished`).
        if shows {
            effects.append(.audit(PersonalDetails.viewEvent(candidate, user: env.context.user, reason: reason), requestID: screen.requestID))
        }
        return effects + screen.pendingEffects(env)
    }

    package func crumb(_ env: ScreenEnv) -> String { "Candidate " + env.data.dataset.candidates[candidateRow].id }

    package func candidatesInView(_ env: ScreenEnv) -> String { "1 candidate" }

    var hasScorePane: Bool { vacancyRow != nil }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard let v = vacancyRow, breakdown == nil, env.engine == .ready else { return [] }
        return [.explain(requestID: requestID, vacancyID: env.data.dataset.vacancies[v].id,
                         candidateID: env.data.dataset.candidates[candidateRow].id)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        switch action {
        case .explanationFinished(let id, let result) where id == requestID:
            breakdown = .some(result)
        case .auditFinished(let id, let failure) where id == requestID && details == .awaitingLog:
            details = PersonalDetails.logged(failure: failure, &env)
        default:
            break
        }
        return []
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let l = Self.layout(env.size)
        if focus == .profile || !hasScorePane {
            let lines = profileLines(env, width: l.paneWidth).count
            return .text(\.profile, lines: lines, visibleRows: Draw.visibleLines(height: l.paneRows, lines: lines))
        }
        let lines = scoreLines(env, width: l.paneWidth).count
        return .text(\.score, lines: lines, visibleRows: Draw.visibleLines(height: l.paneRows, lines: lines))
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        switch action {
        case .nextPane, .previousPane:
            guard hasScorePane else {
                env.say("Opened without a vacancy: there is no score breakdown to switch to")
                return []
            }
            focus = focus == .profile ? .score : .profile
            return []
        default:
            return nil
        }
    }
}
