import JobMatchCore
import TerminalUI

/// Open vacancies of all participating municipalities: filter (municipality, job type,
/// industry group, expiring, words), sort, search; Enter ranks candidates for one.
package struct VacanciesScreen: Filterable {
    package enum Focus: Sendable, Equatable { case list, detail }
    package var filter = VacancyFilter()
    package var sort: VacancySort = .expiry
    package var descending = false
    /// Rows into `dataset.vacancies`, filtered and sorted.
    package var rows: [Int32]
    /// Open vacancies before the filter.
    package var total: Int
    package var list = ListCursor()
    package var focus: Focus = .list
    package var detail = ScrollOffset()
    package var lastSearch = ""

    package init(data: WorkbenchData) {
        rows = data.openVacanciesIfReady(sortedBy: .expiry) ?? []
        total = rows.count
    }

    package static let id: ScreenID = "vacancies"
    package static let title = "Vacancies"
    /// `d` then `v` comes back to the list as it was (filter, sort, selection).
    package static let keepsStateWhenClosed = true

    package static let keys = KeyTable(KeyTable.movement + KeyTable.panes + [
        ([.enter, .char("l"), .right], "open", "Rank candidates for the selected vacancy"),
        KeyTable.back,
        ([.char("f")], "startFilter", "Filter (kommune:… type:… group:… expiring, words)"),
        ([.char("x")], "clearFilter", "Clear the filter"),
        ([.char("m")], "cycleMunicipality", "Filter by next municipality"),
        ([.char("t")], "cycleJobType", "Filter by next job type"),
        ([.char("i")], "cycleIndustryGroup", "Filter by next industry group"),
        ([.char("e")], "toggleExpiring", "Only ads expiring within 5 days (on/off)"),
        ([.char("s")], "cycleSort", "Sort by expiry → newest → title → municipality → company"),
        ([.char("r")], "reverseSort", "Reverse the sort"),
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["open"], "rank"), (["startFilter"], "filter"),
            (["cycleMunicipality", "cycleJobType", "cycleIndustryGroup", "toggleExpiring"], "quick filters"),
            (["clearFilter"], "clear"), (["cycleSort"], "sort"), (["startSearch"], "search"), (["back"], "back")])

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let l = Self.layout(env.size)
        switch focus {
        case .list:
            let rows = rows
            let text = env.data.vacancyTextIfReady
            return .list(\.list, count: rows.count, visibleRows: ListView.visibleRows(height: l.table.height, count: rows.count),
                         lastSearch: \.lastSearch, matches: text.map { text in { i, n in text.contains(Int(rows[i]), all: n) } })
        case .detail:
            let lines = detailLines(env.data, width: l.detailTextWidth).count
            return .text(\.detail, lines: lines, visibleRows: Draw.visibleLines(height: l.detailRows, lines: lines))
        }
    }

    package mutating func selectionMoved() { detail = ScrollOffset() }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        let data = env.data
        switch action {
        case .nextPane, .previousPane:
            focus = focus == .list ? .detail : .list
        case .open:
            guard list.selected < rows.count else {
                env.say("No vacancy to open — the filter hides them all (x clears it)")
                return []
            }
            return RankingScreen.open(vacancyRow: Int(rows[list.selected]), &env)
        case .startSearch, .searchNext, .searchPrevious:
            focus = .list
            if data.vacancyTextIfReady == nil {
                env.say("indexing… the search text is still being built — try again in a moment")
                return []
            }
            return nil
        case .cycleMunicipality:
            filter.municipality = Self.cycle(filter.municipality, through: data.participating)
            recompute(env, keepSelection: false)
        case .cycleJobType:
            filter.jobType = Self.cycle(filter.jobType, through: data.dataset.schema.jobTypes.map(\.id))
            recompute(env, keepSelection: false)
        case .cycleIndustryGroup:
            filter.industryGroup = Self.cycle(filter.industryGroup, through: data.dataset.schema.industryGroups.map(\.code))
            recompute(env, keepSelection: false)
        case .toggleExpiring:
            filter.expiringOnly.toggle()
            recompute(env, keepSelection: false)
        case .cycleSort:
            guard data.openVacanciesIfReady(sortedBy: sort.next) != nil else { env.say(Self.sortsPending); return [] }
            sort = sort.next
            descending = false
            recompute(env, keepSelection: true)
        case .reverseSort:
            descending.toggle()
            recompute(env, keepSelection: true)
        default:
            return nil
        }
        return []
    }

    static let sortsPending = "indexing… the other sort orders are still being built — try again in a moment"

    /// `:sort title`.
    mutating func sort(by order: VacancySort, _ env: inout ScreenEnv) {
        guard env.data.openVacanciesIfReady(sortedBy: order) != nil else { env.say(Self.sortsPending); return }
        sort = order
        descending = false
        recompute(env, keepSelection: true)
    }

    /// Shows one municipality's vacancies (Enter on the Dashboard).
    mutating func show(municipality code: String, _ env: ScreenEnv) {
        filter = VacancyFilter(municipality: code)
        list = ListCursor()
        recompute(env, keepSelection: false)
    }

    /// nil → first → second → … → last → nil.
    static func cycle(_ current: String?, through values: [String]) -> String? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    // MARK: - Filterable

    package func filterQuery(_ env: ScreenEnv) -> Result<String, FilterError> { .success(filter.query(env.data)) }

    package mutating func applyFilter(_ query: String, _ env: inout ScreenEnv) -> FilterError? {
        switch VacancyFilter.parse(query, data: env.data) {
        case .failure(let e): return e
        case .success(let f):
            guard f != filter else { return nil }
            if !f.text.isEmpty && env.data.vacancyTextIfReady == nil {
                return FilterError(message: "indexing… the search text is still being built — words filter in a moment")
            }
            let narrowing = f.narrows(filter)
            filter = f
            if narrowing {
                // Typing one more letter only removes rows: filter what is shown, not all 50,000.
                rows = f.apply(to: rows, data: env.data)
                list = ListCursor()
                detail = ScrollOffset()
            } else {
                recompute(env, keepSelection: false)
            }
            return nil
        }
    }

    package mutating func clearFilter(_ env: inout ScreenEnv) {
        filter = VacancyFilter()
        env.say("Filter cleared")
        recompute(env, keepSelection: false)
    }

    package func filterSegment(_ env: ScreenEnv) -> (description: String, counts: String)? {
        filter.isEmpty ? nil : (filter.describe(env.data), "\(Format.count(rows.count))/\(Format.count(total))")
    }

    /// Re-filters and re-sorts the list (one pass over a precomputed order).
    mutating func recompute(_ env: ScreenEnv, keepSelection: Bool) {
        let previous = list.selected < rows.count ? rows[list.selected] : nil
        var order = env.data.openVacanciesIfReady(sortedBy: sort) ?? env.data.openVacanciesIfReady(sortedBy: .expiry) ?? []
        if descending { order.reverse() }
        rows = filter.apply(to: order, data: env.data)
        total = order.count
        let target = keepSelection ? (previous.flatMap { rows.firstIndex(of: $0) } ?? 0) : 0
        list.moveTo(target, count: rows.count, visible: ListView.visibleRows(height: Self.layout(env.size).table.height, count: rows.count))
        detail = ScrollOffset()
    }
}
