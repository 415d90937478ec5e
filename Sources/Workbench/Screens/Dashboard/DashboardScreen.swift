import JobMatchCore
import TerminalUI

/// The cooperation at a glance: counts per municipality, the follow-up call queue (ads
/// expiring within five days, `DashboardCalls.swift`) and pending work. Enter on a
/// municipality opens its vacancies; Enter on a vacancy in the queue ranks candidates for
/// it, and one key records the call's outcome. The user's saved searches, with their new
/// candidates, have a section of their own when she has any (`DashboardSavedSearches.swift`).
package struct DashboardScreen: WorkbenchScreen {
    package enum Focus: Int, Sendable, Equatable, CaseIterable { case municipalities, expiring, saved }
    package var focus: Focus = .municipalities
    package var municipalities = ListCursor()
    package var expiring = ListCursor()
    /// The last search; the two lists share it.
    package var lastSearch = ""
    /// The journal request of the call outcome being recorded (0: none).
    package var callRequest = 0
    /// The saved-searches section: its cursor, the counts known (by query and day) and those asked for.
    package var saved = ListCursor()
    package var savedCounts: [SavedSearchProbe: SavedSearchCount] = [:]
    package var countsAsked: Set<SavedSearchProbe> = []

    package init() {}

    package static let id: ScreenID = "dashboard"
    package static let title = "Dashboard"

    /// q quits here; Enter opens a municipality's vacancies or an expiring vacancy's ranking.
    package static let keys = KeyTable(KeyTable.movement + KeyTable.panes + [
        ([.enter, .char("l"), .right], "open", "Open: municipality → its vacancies, vacancy → ranking, saved search → Candidates"),
        ([.char("c")], "goToCandidates", "Search candidates (the query language of jobmatch search)"),
        ([.char("q")], "quit", "Quit jobmatch"),
        ([.escape], "back", "Back (nothing to go back to here; q quits)"),
    ] + callKeys + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["nextPane"], "pane"), (["open"], "open"),
            (["callFilled", "callStillNeedsHelp", "callExtendAd", "callCancelled", "callNoAnswer"], "call outcome"),
            (["goToVacancies"], "vacancies"), (["startSearch"], "search"), (["startCommand"], "command"), (["quit"], "quit")])

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let data = env.data
        let l = Self.layout(env)
        switch focus {
        case .municipalities:
            return .list(\.municipalities, count: data.stats.count,
                         visibleRows: ListView.visibleRows(height: l.municipalityList.height, count: data.stats.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(data.stats[i].name) \(data.stats[i].code)", n) }
        case .expiring:
            let text = data.vacancyTextIfReady
            let rows = Self.callRows(env).map(\.row)
            return .list(\.expiring, count: rows.count,
                         visibleRows: ListView.visibleRows(height: l.expiringList.height, count: rows.count),
                         lastSearch: \.lastSearch, matches: text.map { text in { i, n in text.contains(rows[i], all: n) } })
        case .saved:
            let mine = Self.mySavedSearches(env)
            return .list(\.saved, count: mine.count, visibleRows: ListView.visibleRows(height: l.savedList.height, count: mine.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(mine[i].name) \(mine[i].query)", n) }
        }
    }

    /// The saved searches still to count once the engine is ready (at start-up).
    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard env.engine == .ready else { return [] }
        let probes = uncounted(env)
        return probes.isEmpty ? [] : [.countSavedSearches(requestID: 0, probes, viewer: env.context.user)]
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if let effects = reduceCall(action, &env) { return effects }
        switch action {
        case .nextPane, .previousPane:
            // The saved searches take part only when there are some.
            let panes: [Focus] = Self.mySavedSearches(env).isEmpty ? [.municipalities, .expiring] : Focus.allCases
            let at = panes.firstIndex(of: focus) ?? 0
            focus = panes[(at + (action == .nextPane ? 1 : panes.count - 1)) % panes.count]
        case .open where focus == .saved:
            return openSaved(&env)
        case .open:
            let data = env.data
            if focus == .municipalities {
                let l = Self.layout(env)
                var cursor = municipalities
                cursor.clamp(count: data.stats.count, visible: ListView.visibleRows(height: l.municipalityList.height, count: data.stats.count))
                guard cursor.selected < data.stats.count else { return [] }
                var vacancies = env.parked(VacanciesScreen.self) ?? VacanciesScreen(data: data)
                vacancies.show(municipality: data.stats[cursor.selected].code, env)
                env.navigation.append(.push(vacancies))
            } else {
                let rows = Self.callRows(env)
                guard expiring.selected < rows.count else { return [] }
                return RankingScreen.open(vacancyRow: rows[expiring.selected].row, &env)
            }
        case .startSearch where focus == .expiring && env.data.vacancyTextIfReady == nil,
             .searchNext where focus == .expiring && env.data.vacancyTextIfReady == nil,
             .searchPrevious where focus == .expiring && env.data.vacancyTextIfReady == nil:
            env.say("indexing… the search text is still being built — try again in a moment")
        default:
            return nil
        }
        return []
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        receiveCall(action, &env)
        return receiveSaved(action, &env)
    }
}
