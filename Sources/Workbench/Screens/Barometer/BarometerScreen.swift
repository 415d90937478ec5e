import JobMatchCore
import MatchEngine
import TerminalUI

/// The job barometer for the supervisor: expected hires per industry group, with the
/// selected group's occupations as horizontal bars, for the cooperation as a whole or one
/// municipality, at 3 or 12 months, for any survey round. A figure behind fewer than
/// `Barometer.minimumAnswers` company answers carries a `!` (too few to trust). The same
/// engine call as `jobmatch barometer`.
package struct BarometerScreen: WorkbenchScreen {
    /// 0 is the joint overview; 1… the participating municipalities in name order.
    package var scope = 0
    package var horizon: BarometerHorizon = .threeMonths
    /// Index into `rounds`; the newest by default.
    package var round = 0
    package var groups = ListCursor()
    /// Showing every municipality side by side instead of one view's industry groups.
    package var sideBySide = false
    package var municipalityCursor = ListCursor()
    package var lastSearch = ""
    /// What the view shows (recomputed when the scope, round or data change).
    package private(set) var overview: BarometerOverview?
    package private(set) var comparison: BarometerSideBySide?
    /// Why there is nothing to show (no answers yet).
    package private(set) var problem: String?
    package private(set) var municipalities: [String] = []
    package private(set) var municipalityNames: [String] = []
    package private(set) var rounds: [String] = []

    package init(data: WorkbenchData) {
        let barometer = Barometer(dataset: data.dataset)
        municipalities = barometer.municipalities
        municipalityNames = municipalities.map(barometer.name(of:))
        rounds = barometer.rounds
        round = max(0, rounds.count - 1)
        recompute(barometer)
    }

    package static let id: ScreenID = "barometer"
    package static let title = "Barometer"
    package static let keepsStateWhenClosed = true

    package static let keys = KeyTable(KeyTable.movement + [
        ([.char("s"), .char("]")], "nextScope", "Next view: joint → each municipality → joint"),
        ([.char("S"), .char("[")], "previousScope", "Previous view"),
        ([.char("0")], "jointScope", "The joint overview of the cooperation"),
        ([.char("m")], "compareMunicipalities", "Municipalities side by side (again: back to the groups)"),
        ([.enter], "open", "Side by side: open the municipality's own view"),
        ([.char("t")], "toggleHorizon", "Switch between 3 and 12 months ahead"),
        ([.char("r")], "nextRound", "Next (newer) survey round"),
        ([.char("R")], "previousRound", "Previous (older) survey round"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "group"), (["nextScope"], "municipality"), (["compareMunicipalities"], "side by side"),
            (["toggleHorizon"], "3/12 months"), (["nextRound"], "round"), (["back"], "back")])

    package func crumb(_ env: ScreenEnv) -> String {
        guard let o = overview else { return Self.title }
        return "Barometer \(o.round) · \(scope == 0 ? "joint" : o.scopeName)"
    }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        Format.plural(overview?.total.in3Months.answers ?? 0, "company answer")
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        guard let o = overview else { return nil }
        let l = Self.layout(env.size)
        if sideBySide, let c = comparison {
            return .list(\.municipalityCursor, count: c.columns.count,
                         visibleRows: ListView.visibleRows(height: Self.sideBySideRect(env.size).height, count: c.columns.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(c.columns[i].code) \(c.columns[i].name)", n) }
        }
        return .list(\.groups, count: o.groups.count, visibleRows: ListView.visibleRows(height: l.groups.height, count: o.groups.count),
                     lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(o.groups[i].key) \(o.groups[i].label)", n) }
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if action == .open {
            guard sideBySide, let c = comparison, !c.columns.isEmpty else { return [] }
            let i = min(municipalityCursor.selected, c.columns.count - 1)
            scope = (municipalities.firstIndex(of: c.columns[i].code) ?? -1) + 1
            sideBySide = false
            recompute(Barometer(dataset: env.data.dataset))
            return []
        }
        guard case .screen(let name) = action else { return nil }
        let count = municipalities.count + 1
        switch name {
        case "compareMunicipalities":
            sideBySide.toggle()
            return []
        case "nextScope": scope = (scope + 1) % count
        case "previousScope": scope = (scope + count - 1) % count
        case "jointScope": scope = 0
        case "toggleHorizon":
            horizon = horizon == .threeMonths ? .twelveMonths : .threeMonths
            return []
        case "nextRound", "previousRound":
            let next = round + (name == "nextRound" ? 1 : -1)
            guard rounds.indices.contains(next) else {
                env.say(name == "nextRound" ? "this is the newest round" : "this is the oldest round")
                return []
            }
            round = next
        default: return nil
        }
        recompute(Barometer(dataset: env.data.dataset))
        return []
    }

    private mutating func recompute(_ barometer: Barometer) {
        do {
            let r = rounds.indices.contains(round) ? rounds[round] : nil
            overview = try barometer.overview(round: r, municipality: scope == 0 ? nil : municipalities[scope - 1])
            comparison = try barometer.sideBySide(round: r)
            problem = nil
        } catch {
            overview = nil
            comparison = nil
            problem = error.description
        }
    }
}
