import JobMatchCore
import MatchEngine
import TerminalUI

/// Shortage areas (mangelområder) for the supervisor: one area at a time (a participating
/// municipality or a cooperation), each occupation's demand against qualified candidates
/// within reach, its class and likely cause, and below the selected row the numbers behind
/// it. Only counts: no candidate is named here, so nothing needs the audit log.
///
/// The report is computed once when the screen opens, by the same engine call as
/// `jobmatch shortage` (without a travel-times table, like the workbench's ranking).
package struct ShortageScreen: WorkbenchScreen {
    package var report: ShortageReport
    /// Index into `report.areas`.
    package var area: Int
    /// Also list occupations with candidates but no demand.
    package var showAll = false
    package var list = ListCursor()
    package var lastSearch = ""

    package static let id: ScreenID = "shortage"
    package static let title = "Shortage"

    package init(data: WorkbenchData, home: String) {
        let d = data.dataset
        report = ShortageReport.compute(dataset: d, travel: TravelMatrix(registry: d.registry, model: d.schema.travel),
                                        today: data.today)
        // Start on the cooperation of the user's municipality, else her municipality, else the first area.
        let areas = report.areas
        area = areas.firstIndex { $0.kind == .cooperation && $0.members.contains(home) }
            ?? areas.firstIndex { $0.id == home } ?? 0
    }

    package static let keys = KeyTable(KeyTable.movement + [
        ([.char("m"), .tab], "cycleMunicipality", "Next area (municipality or cooperation)"),
        ([.char("M"), .backTab], "previousArea", "Previous area"),
        ([.char("a")], "toggleAll", "Also list occupations with candidates but no demand"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["cycleMunicipality"], "area"),
            (["toggleAll"], "all"), (["startSearch"], "search"), (["back"], "back")])

    package func crumb(_ env: ScreenEnv) -> String { "Shortage \(currentArea?.name ?? "")" }

    var currentArea: Area? { report.areas.indices.contains(area) ? report.areas[area] : nil }

    /// The rows listed: the area's balances, most urgent first; without `showAll` only those with demand.
    var rows: [OccupationBalance] {
        guard let a = currentArea else { return [] }
        let all = report.balances(in: a.id)
        return showAll ? all : all.filter { $0.demand > 0 }
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let rows = self.rows
        let l = Self.layout(env.size)
        return .list(\.list, count: rows.count, visibleRows: ListView.visibleRows(height: l.list.height, count: rows.count),
                     lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(rows[i].occupationLabel) \(rows[i].status.rawValue)", n) }
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        let n = report.areas.count
        switch action {
        case .cycleMunicipality, .nextPane:
            guard n > 0 else { return [] }
            area = (area + 1) % n
            list = ListCursor()
        case .screen("previousArea"), .previousPane:
            guard n > 0 else { return [] }
            area = (area + n - 1) % n
            list = ListCursor()
        case .screen("toggleAll"):
            showAll.toggle()
            list = ListCursor()
            env.say(showAll ? "Listing every occupation with candidates, with or without demand" : "Listing occupations with demand")
        default:
            return nil
        }
        return []
    }
}
