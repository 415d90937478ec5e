import JobMatchCore
import MatchEngine

/// Filters hide rows; the status line shows them with shown/total counts and `x` clears them.
extension Reducer {
    static func filterKey(_ state: inout AppState, _ action: Action) {
        let data = state.data
        switch (state.screen, action) {
        case (.vacancies, .clearFilter):
            state.vacancies.filter = VacancyFilter()
            state.message = StatusMessage("Filter cleared")
        case (.vacancies, .cycleMunicipality):
            state.vacancies.filter.municipality = cycle(state.vacancies.filter.municipality, through: data.participating)
        case (.vacancies, .cycleJobType):
            state.vacancies.filter.jobType = cycle(state.vacancies.filter.jobType, through: data.dataset.schema.jobTypes.map(\.id))
        case (.vacancies, .cycleIndustryGroup):
            state.vacancies.filter.industryGroup = cycle(state.vacancies.filter.industryGroup, through: data.dataset.schema.industryGroups.map(\.code))
        case (.vacancies, .toggleExpiring):
            state.vacancies.filter.expiringOnly.toggle()
        case (.vacancies, .cycleSort):
            state.vacancies.sort = state.vacancies.sort.next
            state.vacancies.descending = false
        case (.vacancies, .reverseSort):
            state.vacancies.descending.toggle()
        case (.ranking, .clearFilter):
            state.ranking?.filter = RankingFilter()
            state.message = StatusMessage("Filter cleared")
        case (.ranking, .cycleMunicipality):
            let current = state.ranking?.filter.municipality
            state.ranking?.filter.municipality = cycle(current, through: data.participating)
        default:
            state.message = StatusMessage("Nothing to filter on this screen")
            return
        }
        if state.screen == .vacancies {
            recomputeVacancies(&state, keepSelection: action == .cycleSort || action == .reverseSort)
        } else {
            recomputeRanking(&state, keepSelection: true)
        }
    }

    /// nil → first → second → … → last → nil.
    static func cycle(_ current: String?, through values: [String]) -> String? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    /// Parses and applies a typed filter to the current list; returns the parse error, if any
    /// (the list then keeps its previous filter).
    static func applyFilter(_ state: inout AppState, query: String) -> FilterError? {
        switch state.screen {
        case .vacancies, .dashboard:
            switch VacancyFilter.parse(query, data: state.data) {
            case .failure(let e): return e
            case .success(let f):
                if state.screen == .dashboard { state.stack = [.dashboard, .vacancies] }
                guard f != state.vacancies.filter else { return nil }
                let narrowing = f.narrows(state.vacancies.filter)
                state.vacancies.filter = f
                if narrowing {
                    // Typing one more letter only removes rows: filter what is shown, not all 50,000.
                    state.vacancies.rows = f.apply(to: state.vacancies.rows, data: state.data)
                    state.vacancies.list.moveTo(0, count: state.vacancies.rows.count, visible: VacanciesScreen.layout(state.size).listRows)
                    state.vacancies.detail = ScrollOffset()
                } else {
                    recomputeVacancies(&state, keepSelection: false)
                }
            }
        case .ranking:
            switch RankingFilter.parse(query, data: state.data) {
            case .failure(let e): return e
            case .success(let f):
                guard f != state.ranking?.filter else { return nil }
                state.ranking?.filter = f
                recomputeRanking(&state, keepSelection: false)
            }
        case .candidate:
            return FilterError(message: "Nothing to filter on this screen")
        }
        return nil
    }

    /// Re-filters and re-sorts the Vacancies list (one pass over a precomputed order).
    static func recomputeVacancies(_ state: inout AppState, keepSelection: Bool) {
        let previous = state.vacancies.list.selected < state.vacancies.rows.count ? state.vacancies.rows[state.vacancies.list.selected] : nil
        var order = state.data.openVacancies(sortedBy: state.vacancies.sort)
        if state.vacancies.descending { order.reverse() }
        state.vacancies.rows = state.vacancies.filter.apply(to: order, data: state.data)
        state.vacancies.total = order.count
        let target = keepSelection ? (previous.flatMap { state.vacancies.rows.firstIndex(of: $0) } ?? 0) : 0
        state.vacancies.list.moveTo(target, count: state.vacancies.rows.count, visible: VacanciesScreen.layout(state.size).listRows)
        state.vacancies.detail = ScrollOffset()
    }

    /// Re-filters the ranked rows.
    static func recomputeRanking(_ state: inout AppState, keepSelection: Bool) {
        guard var r = state.ranking else { return }
        guard let outcome = r.outcome else { state.ranking = r; return }
        let previous = r.list.selected < r.rows.count ? r.rows[r.list.selected] : nil
        let data = state.data
        let user = state.rankingNames
        let needles = FoldedTexts.needles(r.filter.text)
        let filter = r.filter
        r.rows = outcome.rows.indices.filter { i in
            let row = outcome.rows[i]
            if let min = filter.minimumScore, row.score < Double(min) { return false }
            if let m = filter.municipality, data.candidate(id: row.candidateID)?.municipality != m { return false }
            if !needles.isEmpty && !FoldedTexts.matches(RankingScreen.searchText(row, data: data, user: user), needles) { return false }
            return true
        }
        let target = keepSelection ? (previous.flatMap { r.rows.firstIndex(of: $0) } ?? 0) : 0
        r.list.moveTo(target, count: r.rows.count, visible: RankingScreen.layout(state.size).listRows)
        r.preview = ScrollOffset()
        state.ranking = r
    }
}

extension VacancyFilter {
    /// True when every row this filter shows is also shown by `other` (the same fields, and
    /// text that extends `other`'s: each old word is a prefix of a new one).
    func narrows(_ other: VacancyFilter) -> Bool {
        municipality == other.municipality && jobType == other.jobType && industryGroup == other.industryGroup
            && (expiringOnly || !other.expiringOnly) && text.hasPrefix(other.text)
    }

    /// The filter as the text one would type to get it (prefills the filter prompt).
    func query(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append("kommune:" + queryValue(data.municipalityName(m), fallback: m)) }
        if let t = jobType { parts.append("type:\(t)") }
        if let g = industryGroup { parts.append("group:\(g)") }
        if expiringOnly { parts.append("expiring") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }
}

extension RankingFilter {
    func query(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append("kommune:" + queryValue(data.municipalityName(m), fallback: m)) }
        if let s = minimumScore { parts.append("score:\(s)") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }
}

/// A label usable as a filter value (no spaces), else the id.
private func queryValue(_ label: String, fallback: String) -> String {
    label.contains(" ") ? fallback : label.lowercased()
}
