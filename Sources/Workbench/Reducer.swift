import JobMatchCore
import TerminalUI

/// The one place where state changes. Pure: the same state and action always give the
/// same new state and effects; background work and the audit log are effects the host runs.
public enum Reducer {
    /// Applies `action` to `state` and returns the work the host must start.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        if case .resize(let size) = action {
            state.size = size
            clampAll(&state)
            return []
        }
        switch action {
        case .engineReady, .engineFailed, .rankingFinished, .explanationFinished:
            return background(&state, action)
        case .auditFinished(let id, let failure):
            auditFinished(&state, requestID: id, failure: failure)
            return []
        default:
            break
        }
        if state.mode != .normal { return prompt(&state, action) }
        // A key press replaces the last message (the start-up notice stays until then).
        if action != .redraw { state.message = nil }
        if state.help != nil { return helpOverlay(&state, action) }
        switch action {
        case .moveUp: move(&state, by: -1)
        case .moveDown: move(&state, by: 1)
        case .pageUp: move(&state, by: -max(1, page(state) - 1))
        case .pageDown: move(&state, by: max(1, page(state) - 1))
        case .moveToTop: move(&state, by: Int.min / 2)
        case .moveToBottom: move(&state, by: Int.max / 2)
        case .nextPane, .previousPane: switchPane(&state)
        case .open: return open(&state)
        case .back: back(&state)
        case .quit: state.quit = true
        case .showHelp: state.help = helpOverlay(for: state.screen)
        case .redraw: break
        case .goToDashboard: state.stack = [.dashboard]; state.ranking = nil; state.candidate = nil
        case .goToVacancies: state.stack = [.dashboard, .vacancies]; state.ranking = nil; state.candidate = nil
        case .startSearch, .searchNext, .searchPrevious: search(&state, action)
        case .startFilter, .startCommand: startPrompt(&state, action)
        case .command(let text): return command(&state, text)
        case .clearFilter, .cycleMunicipality, .cycleJobType, .cycleIndustryGroup, .toggleExpiring, .cycleSort, .reverseSort:
            filterKey(&state, action)
        default: break
        }
        return []
    }

    /// The help overlay for a screen: its live key table.
    public static func helpOverlay(for screen: Screen) -> HelpOverlay {
        HelpOverlay(title: "Keys — \(screen.title) (Esc closes)", entries: KeyMap.bindings(for: screen).helpEntries)
    }

    // MARK: - Movement

    /// Rows that fit in the focused list or pane (the page size).
    static func page(_ state: AppState) -> Int {
        switch state.screen {
        case .dashboard:
            let l = DashboardScreen.layout(state.size, data: state.data)
            return state.dashboard.focus == .municipalities ? l.municipalityRows : l.expiringRows
        case .vacancies:
            let l = VacanciesScreen.layout(state.size)
            return state.vacancies.focus == .list ? l.listRows : l.detailRows
        case .ranking:
            let l = RankingScreen.layout(state.size)
            return state.ranking?.focus == .preview ? l.previewRows : l.listRows
        case .candidate:
            return CandidateScreen.layout(state.size).paneRows
        }
    }

    static func move(_ state: inout AppState, by delta: Int) {
        let rows = page(state)
        switch state.screen {
        case .dashboard:
            if state.dashboard.focus == .municipalities {
                state.dashboard.municipalities.move(by: delta, count: state.data.stats.count, visible: rows)
            } else {
                state.dashboard.expiring.move(by: delta, count: state.data.expiringSoon.count, visible: rows)
            }
        case .vacancies:
            if state.vacancies.focus == .list {
                state.vacancies.list.move(by: delta, count: state.vacancies.rows.count, visible: rows)
                state.vacancies.detail = ScrollOffset()
            } else {
                let lines = VacanciesScreen.detailLines(state, width: VacanciesScreen.layout(state.size).detailTextWidth).count
                state.vacancies.detail.scroll(by: delta, lines: lines, visible: rows)
            }
        case .ranking:
            guard var r = state.ranking else { return }
            if r.focus == .table {
                r.list.move(by: delta, count: r.rows.count, visible: rows)
                r.preview = ScrollOffset()
            } else {
                let lines = RankingScreen.previewLines(state, width: RankingScreen.layout(state.size).previewTextWidth).count
                r.preview.scroll(by: delta, lines: lines, visible: rows)
            }
            state.ranking = r
        case .candidate:
            guard var c = state.candidate else { return }
            let width = CandidateScreen.layout(state.size).paneWidth
            if c.focus == .profile || !CandidateScreen.hasScorePane(state) {
                c.profile.scroll(by: delta, lines: CandidateScreen.profileLines(state, width: width).count, visible: rows)
            } else {
                c.score.scroll(by: delta, lines: CandidateScreen.scoreLines(state, width: width).count, visible: rows)
            }
            state.candidate = c
        }
    }

    static func switchPane(_ state: inout AppState) {
        switch state.screen {
        case .dashboard:
            state.dashboard.focus = state.dashboard.focus == .municipalities ? .expiring : .municipalities
        case .vacancies:
            state.vacancies.focus = state.vacancies.focus == .list ? .detail : .list
        case .ranking:
            if let focus = state.ranking?.focus { state.ranking?.focus = focus == .table ? .preview : .table }
        case .candidate:
            guard CandidateScreen.hasScorePane(state) else {
                state.message = StatusMessage("Opened without a vacancy: there is no score breakdown to switch to")
                return
            }
            if let focus = state.candidate?.focus { state.candidate?.focus = focus == .profile ? .score : .profile }
        }
    }

    /// Keeps every selection inside its list after a resize or a new list.
    static func clampAll(_ state: inout AppState) {
        let d = DashboardScreen.layout(state.size, data: state.data)
        state.dashboard.municipalities.clamp(count: state.data.stats.count, visible: d.municipalityRows)
        state.dashboard.expiring.clamp(count: state.data.expiringSoon.count, visible: d.expiringRows)
        let v = VacanciesScreen.layout(state.size)
        state.vacancies.list.clamp(count: state.vacancies.rows.count, visible: v.listRows)
        if var r = state.ranking {
            r.list.clamp(count: r.rows.count, visible: RankingScreen.layout(state.size).listRows)
            state.ranking = r
        }
    }

    private static func helpOverlay(_ state: inout AppState, _ action: Action) -> [Effect] {
        guard var help = state.help else { return [] }
        let area = WorkbenchView.overlayArea(state.size)
        let key: Key?
        switch action {
        case .moveDown: key = .down
        case .moveUp: key = .up
        case .pageDown: key = .pageDown
        case .pageUp: key = .pageUp
        case .moveToTop: key = .home
        case .moveToBottom: key = .end
        case .showHelp, .back: state.help = nil; return []
        case .quit where state.screen == .dashboard: state.help = nil; return []
        default: key = nil
        }
        if let key { _ = help.handle(key, area: area); state.help = help }
        return []
    }

    // MARK: - Opening and going back

    private static func open(_ state: inout AppState) -> [Effect] {
        switch state.screen {
        case .dashboard:
            if state.dashboard.focus == .municipalities {
                guard state.dashboard.municipalities.selected < state.data.stats.count else { return [] }
                let code = state.data.stats[state.dashboard.municipalities.selected].code
                state.stack = [.dashboard, .vacancies]
                state.vacancies.filter = VacancyFilter(municipality: code)
                state.vacancies.list = ListCursor()
                recomputeVacancies(&state, keepSelection: false)
            } else {
                guard state.dashboard.expiring.selected < state.data.expiringSoon.count else { return [] }
                return openRanking(&state, vacancyRow: Int(state.data.expiringSoon[state.dashboard.expiring.selected]))
            }
        case .vacancies:
            guard state.vacancies.list.selected < state.vacancies.rows.count else {
                state.message = StatusMessage("No vacancy to open — the filter hides them all (x clears it)")
                return []
            }
            return openRanking(&state, vacancyRow: Int(state.vacancies.rows[state.vacancies.list.selected]))
        case .ranking:
            guard let r = state.ranking, let outcome = r.outcome else {
                state.message = StatusMessage("The ranking is still running")
                return []
            }
            guard r.list.selected < r.rows.count else {
                state.message = StatusMessage(outcome.rows.isEmpty ? "No candidate qualifies for this vacancy" : "No candidate shown — x clears the filter")
                return []
            }
            let row = outcome.rows[r.rows[r.list.selected]]
            guard let candidateRow = state.data.candidateRows.row(of: row.candidateID) else {
                state.message = StatusMessage("Candidate \(row.candidateID) is not in the loaded data", isError: true)
                return []
            }
            let vacancyID = state.data.dataset.vacancies[r.vacancyRow].id
            return openCandidate(&state, candidateRow: Int(candidateRow), vacancyRow: r.vacancyRow,
                                 reason: "profile opened from ranking \(vacancyID)")
        case .candidate:
            break
        }
        return []
    }

    /// Pushes `screen`, dropping it and anything above it if it is already on the stack.
    static func push(_ state: inout AppState, _ screen: Screen) {
        if let i = state.stack.firstIndex(of: screen) { state.stack.removeSubrange(i...) }
        if screen == .ranking { state.candidate = nil }
        state.stack.append(screen)
    }

    static func openRanking(_ state: inout AppState, vacancyRow: Int) -> [Effect] {
        push(&state, .ranking)
        let id = state.nextRequestID
        state.nextRequestID += 1
        state.ranking = RankingState(vacancyRow: vacancyRow, requestID: id)
        return state.engine == .ready ? [rankEffect(state)].compactMap { $0 } : []
    }

    static func rankEffect(_ state: AppState) -> Effect? {
        guard let r = state.ranking, r.outcome == nil else { return nil }
        return .rank(requestID: r.requestID, vacancyID: state.data.dataset.vacancies[r.vacancyRow].id,
                     top: state.rankingDepth, municipalities: state.data.participating)
    }

    static func openCandidate(_ state: inout AppState, candidateRow: Int, vacancyRow: Int?, reason: String) -> [Effect] {
        let candidate = state.data.dataset.candidates[candidateRow]
        let shows = state.context.user.maySeePersonalDetails(of: candidate)
        push(&state, .candidate)
        let id = state.nextRequestID
        state.nextRequestID += 1
        // Fail closed: the details stay withheld until the host reports the entry written.
        state.candidate = CandidateState(candidateRow: candidateRow, vacancyRow: vacancyRow, requestID: id,
                                         breakdown: vacancyRow == nil ? .some(nil) : nil, details: shows ? .awaitingLog : .hidden)
        var effects: [Effect] = []
        if shows {
            effects.append(.audit(AuditEvent(user: state.context.user.user, userMunicipality: state.context.user.municipality,
                                             action: .view, recordKind: "candidate", recordID: candidate.id, detail: reason),
                                  requestID: id))
        }
        if state.engine == .ready, let e = explainEffect(state) { effects.append(e) }
        return effects
    }

    static func explainEffect(_ state: AppState) -> Effect? {
        guard let c = state.candidate, let v = c.vacancyRow, c.breakdown == nil else { return nil }
        return .explain(requestID: c.requestID, vacancyID: state.data.dataset.vacancies[v].id,
                        candidateID: state.data.dataset.candidates[c.candidateRow].id)
    }

    private static func back(_ state: inout AppState) {
        guard state.stack.count > 1 else {
            state.message = StatusMessage("This is the dashboard — press q to quit")
            return
        }
        let leaving = state.stack.removeLast()
        if leaving == .candidate { state.candidate = nil }
        if leaving == .ranking { state.ranking = nil }
    }

    // MARK: - Background results

    private static func background(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .engineReady:
            state.engine = .ready
            return [rankEffect(state), explainEffect(state)].compactMap { $0 }
        case .engineFailed(let message):
            state.engine = .failed(message)
            state.message = StatusMessage("Matching engine failed: \(message)", isError: true)
        case .rankingFinished(let id, let outcome):
            guard var r = state.ranking, r.requestID == id else { return [] }  // a stale answer
            r.outcome = outcome
            state.ranking = r
            recomputeRanking(&state, keepSelection: false)
            if let error = outcome.error { state.message = StatusMessage(error, isError: true) }
            return rankingNamesAudit(&state)
        case .explanationFinished(let id, let breakdown):
            guard var c = state.candidate, c.requestID == id else { return [] }
            c.breakdown = .some(breakdown)
            state.candidate = c
        default:
            break
        }
        return []
    }
}
