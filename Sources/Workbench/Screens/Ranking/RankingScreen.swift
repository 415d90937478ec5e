import JobMatchCore
import TerminalUI

/// Candidates from all participating municipalities ranked for one vacancy: score gauge,
/// name (or pseudonym without consent), home municipality, commute, essential/optional
/// requirements met, and the gap. Ranked in the background; the screen stays live.
package struct RankingScreen: Filterable {
    package enum Focus: Sendable, Equatable { case table, preview }
    package var vacancyRow: Int
    package var requestID: Int
    /// nil while the background ranking runs.
    package var outcome: RankingOutcome?
    package var filter = RankingFilter()
    /// Indices into `outcome.rows` that pass the filter.
    package var rows: [Int] = []
    /// Indices into `outcome.nearMisses` that pass the filter, listed below a separator.
    package var nearRows: [Int] = []
    package var list = ListCursor()
    package var focus: Focus = .table
    package var preview = ScrollOffset()
    package var lastSearch = ""
    /// Names in the list and preview: withheld until the audit log holds the listing.
    package var names: DetailsVisibility = .awaitingLog
    /// An add to the shortlist (`a`) sent to the journal and not yet answered.
    package var shortlistRequest: Int?

    package static let id: ScreenID = "ranking"
    package static let title = "Ranking"

    package static let keys = KeyTable(KeyTable.movement + KeyTable.panes + [
        ([.enter, .char("l"), .right], "open", "Open the candidate's profile and score breakdown"),
        KeyTable.back,
        ([.char("f")], "startFilter", "Filter (kommune:… score:60 words)"),
        ([.char("x")], "clearFilter", "Clear the filter"),
        ([.char("m")], "cycleMunicipality", "Filter by next home municipality"),
        ([.char("t")], "triage", "Triage: decide on the candidates one card at a time (resumes where you left off)"),
    ] + shortlistKeys + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["open"], "profile"), (["triage"], "triage"), (["nextPane"], "preview"), (["startFilter"], "filter"),
            (["cycleMunicipality"], "municipality"), (["clearFilter"], "clear"), (["startSearch"], "search"), (["back"], "back")])

    /// Opens a ranking for a vacancy on top (asking the engine at once if it is ready).
    static func open(vacancyRow: Int, _ env: inout ScreenEnv) -> [Effect] {
        let screen = RankingScreen(vacancyRow: vacancyRow, requestID: env.requestID())
        env.navigation.append(.push(screen))
        return screen.pendingEffects(env)
    }

    package func crumb(_ env: ScreenEnv) -> String { "Ranking " + env.data.dataset.vacancies[vacancyRow].id }

    /// A list entry: a ranked candidate, the separator above the near misses, or a near miss.
    package enum Entry: Sendable, Equatable { case ranked(Int), separator, near(Int) }

    /// Ranked rows, then (when there are near misses) the separator and the near misses.
    package var entryCount: Int { rows.count + (nearRows.isEmpty ? 0 : 1 + nearRows.count) }

    package func entry(_ i: Int) -> Entry {
        if i < rows.count { return .ranked(rows[i]) }
        return i == rows.count ? .separator : .near(nearRows[i - rows.count - 1])
    }

    /// The candidate row behind an entry (nil for the separator).
    func rankedRow(_ e: Entry) -> RankedRow? {
        guard let outcome else { return nil }
        switch e {
        case .ranked(let i): return outcome.rows[i]
        case .near(let i): return outcome.nearMisses[i]
        case .separator: return nil
        }
    }

    /// Why the vacancy is not ranked (filled, closed, expired), nil when it is open.
    func notOpen(_ env: ScreenEnv) -> String? { env.data.dataset.vacancies[vacancyRow].notOpenNote(today: env.data.today) }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard outcome == nil, env.engine == .ready, notOpen(env) == nil else { return [] }
        return [.rank(requestID: requestID, vacancyID: env.data.dataset.vacancies[vacancyRow].id,
                      top: env.rankingDepth, municipalities: env.data.participating)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        shortlistReceive(action, &env)
        switch action {
        case .rankingFinished(let id, let outcome) where id == requestID:  // else a stale answer
            self.outcome = outcome
            recompute(env, keepSelection: false)
            if let error = outcome.error { env.say(error, isError: true) }
            return namesAudit(env)
        case .auditFinished(let id, let failure) where id == requestID && names == .awaitingLog:
            names = PersonalDetails.logged(failure: failure, &env)
            recompute(env, keepSelection: true)
        default:
            break
        }
        return []
    }

    /// The entry for a ranking that lists names, or none when it shows no name (then
    /// nothing personal is drawn and nothing needs logging). Pseudonyms until it is written.
    private mutating func namesAudit(_ env: ScreenEnv) -> [Effect] {
        guard let outcome else { return [] }
        let user = env.context.user
        let named = PersonalDetails.named((outcome.rows + outcome.nearMisses).lazy.map(\.candidateID), data: env.data, user: user)
        guard !named.isEmpty else { names = .shown; return [] }
        names = .awaitingLog
        let vacancyID = env.data.dataset.vacancies[vacancyRow].id
        return [.audit(PersonalDetails.listEvent(vacancyID: vacancyID, named: named, user: user), requestID: requestID)]
    }

    /// What this ranking may show of candidates' names.
    func nameAccess(_ env: ScreenEnv) -> NameAccess { NameAccess(user: env.context.user, logged: names == .shown) }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        guard outcome != nil else { return "– candidates" }
        return Format.plural(rows.count, "candidate") + (nearRows.isEmpty ? "" : " + \(Format.count(nearRows.count)) near")
    }

    package func busyNote(_ env: ScreenEnv) -> String? {
        env.engine == .ready && outcome == nil && notOpen(env) == nil ? "ranking…" : nil
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        guard outcome != nil else { return nil }
        let l = Self.layout(env.size)
        switch focus {
        case .table:
            let data = env.data, user = nameAccess(env), screen = self, count = entryCount
            return .list(\.list, count: count, visibleRows: ListView.visibleRows(height: l.table.height, count: count),
                         lastSearch: \.lastSearch) { i, n in
                guard let row = screen.rankedRow(screen.entry(i)) else { return false }
                return FoldedTexts.matches(Self.searchText(row, data: data, user: user), n)
            }
        case .preview:
            let lines = previewLines(env, width: l.previewTextWidth).count
            return .text(\.preview, lines: lines, visibleRows: Draw.visibleLines(height: l.previewRows, lines: lines))
        }
    }

    package mutating func selectionMoved() { preview = ScrollOffset() }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if let effects = shortlistAction(action, &env) { return effects }
        switch action {
        case .nextPane, .previousPane:
            focus = focus == .table ? .preview : .table
        case .open:
            guard let outcome else { env.say("The ranking is still running"); return [] }
            guard list.selected < entryCount else {
                env.say(outcome.rows.isEmpty ? "No candidate qualifies for this vacancy" : "No candidate shown — x clears the filter")
                return []
            }
            guard let row = rankedRow(entry(list.selected)) else {
                env.say("The near misses below each miss one thing — Enter on one opens her profile")
                return []
            }
            guard let candidateRow = env.data.candidateRows.row(of: row.candidateID) else {
                env.say("Candidate \(row.candidateID) is not in the loaded data", isError: true)
                return []
            }
            let vacancyID = env.data.dataset.vacancies[vacancyRow].id
            return CandidateScreen.open(candidateRow: candidateRow, vacancyRow: vacancyRow,
                                        reason: "profile opened from ranking \(vacancyID)", &env)
        case .startSearch, .searchNext, .searchPrevious:
            focus = .table
            guard outcome != nil else { env.say("Nothing to search yet — the ranking is still running"); return [] }
            return nil
        case .screen("triage"):
            guard notOpen(env) == nil else { env.say("This vacancy is not open: nothing to triage"); return [] }
            // Still ranking: the session takes this ranking's answer instead of asking again.
            return TriageScreen.open(vacancyRow: vacancyRow, outcome: outcome, sharing: outcome == nil ? requestID : nil, &env)
        case .cycleMunicipality:
            filter.municipality = VacanciesScreen.cycle(filter.municipality, through: env.data.participating)
            recompute(env, keepSelection: true)
        default:
            return nil
        }
        return []
    }

    // MARK: - Filterable

    package func filterQuery(_ env: ScreenEnv) -> Result<String, FilterError> {
        outcome == nil ? .failure(FilterError(message: "Wait for the ranking to finish, then filter it")) : .success(filter.query(env.data))
    }

    package mutating func applyFilter(_ query: String, _ env: inout ScreenEnv) -> FilterError? {
        switch RankingFilter.parse(query, data: env.data) {
        case .failure(let e): return e
        case .success(let f):
            guard f != filter else { return nil }
            filter = f
            recompute(env, keepSelection: false)
            return nil
        }
    }

    package mutating func clearFilter(_ env: inout ScreenEnv) {
        filter = RankingFilter()
        env.say("Filter cleared")
        recompute(env, keepSelection: true)
    }

    package func filterSegment(_ env: ScreenEnv) -> (description: String, counts: String)? {
        guard !filter.isEmpty, let outcome else { return nil }
        return (filter.describe(env.data), "\(Format.count(rows.count + nearRows.count))/\(Format.count(outcome.rows.count + outcome.nearMisses.count))")
    }

    /// What a consultant may see as the candidate's name: the name where the access rule
    /// lets her see personal details, else the pseudonym id.
    static func label(_ candidate: Candidate, user: NameAccess) -> String {
        user.showsName(of: candidate) ? candidate.name : candidate.id
    }

    /// The text search and the filter look at: only what the row shows.
    static func searchText(_ row: RankedRow, data: WorkbenchData, user: NameAccess) -> String {
        guard let c = data.candidate(id: row.candidateID) else { return row.candidateID }
        return "\(label(c, user: user)) \(c.id) \(data.municipalityName(c.municipality)) \(row.gap.joined(separator: " "))"
    }

    /// Re-filters the ranked rows.
    mutating func recompute(_ env: ScreenEnv, keepSelection: Bool) {
        guard let outcome else { return }
        let previous = list.selected < entryCount ? entry(list.selected) : nil
        let data = env.data
        let user = nameAccess(env)
        let needles = FoldedTexts.needles(filter.text)
        let filter = filter
        func passes(_ row: RankedRow) -> Bool {
            if let min = filter.minimumScore, row.score < Double(min) { return false }
            if let m = filter.municipality, data.candidate(id: row.candidateID)?.municipality != m { return false }
            if !needles.isEmpty && !FoldedTexts.matches(Self.searchText(row, data: data, user: user), needles) { return false }
            return true
        }
        rows = outcome.rows.indices.filter { passes(outcome.rows[$0]) }
        nearRows = outcome.nearMisses.indices.filter { passes(outcome.nearMisses[$0]) }
        let count = entryCount
        // With nobody ranked the list starts on the first near miss, not on the separator.
        let first = rows.isEmpty && count > 1 ? 1 : 0
        let target = keepSelection ? (previous.flatMap { p in (0..<count).first { entry($0) == p } } ?? first) : first
        list.moveTo(target, count: count, visible: ListView.visibleRows(height: Self.layout(env.size).table.height, count: count))
        preview = ScrollOffset()
    }
}
