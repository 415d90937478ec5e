import JobMatchCore
import MatchEngine
import TerminalUI

/// `:allocate` — the supervisor's view of shortlists for every open vacancy at once
/// (issue P7, docs/matching.md "Allocation"): how the exact allocation compares with each
/// vacancy's own top list and with greedy, and the proposals per vacancy. Candidates are
/// shown by pseudonymous id only, so nothing here needs the access rule or an audit entry.
/// Enter ranks the selected vacancy (the Ranking screen, names per the access rule).
package struct AllocationScreen: WorkbenchScreen {
    /// Positions × factor candidates per vacancy and k proposals per candidate: the
    /// defaults of `jobmatch allocate`.
    package static let factor = 3
    package static let perCandidate = 2

    package var allocation: Allocation?
    package var cursor = ListCursor()
    package var lastSearch = ""
    /// Answers carry this id; the screen asks again with a new one after `r`.
    package var requestID = 1

    package init() {}

    package static let id: ScreenID = "allocation"
    package static let title = "Allocation"
    package static let keepsStateWhenClosed = true

    package static let keys = KeyTable(KeyTable.movement + [
        ([.enter, .char("l"), .right], "open", "Rank the selected vacancy (the Ranking screen)"),
        ([.char("r")], "recompute", "Allocate again (after the data or the journal changed)"),
        ([.escape, .char("q"), .char("h"), .left], "back", "Back"),
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["open"], "rank"), (["recompute"], "again"),
            (["startSearch"], "search"), (["back"], "back")])

    package func candidatesInView(_ env: ScreenEnv) -> String {
        allocation.map { Format.plural($0.optimal.candidatesProposed, "candidate") + " proposed" } ?? "– candidates"
    }

    package func busyNote(_ env: ScreenEnv) -> String? {
        allocation == nil && env.engine == .ready ? "allocating every open vacancy…" : nil
    }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard allocation == nil, env.engine == .ready else { return [] }
        return [.allocate(requestID: requestID, factor: Self.factor, perCandidate: Self.perCandidate,
                          municipalities: env.data.participating)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        guard case .allocationFinished(let id, let result) = action, id == requestID else { return [] }
        if let result { allocation = result } else { env.say("This engine cannot allocate", isError: true) }
        return []
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        guard let a = allocation else { return nil }
        let l = Self.layout(env.size)
        return .list(\.cursor, count: a.vacancies.count,
                     visibleRows: ListView.visibleRows(height: l.list.height, count: a.vacancies.count),
                     lastSearch: \.lastSearch) { i, needles in
            let v = a.vacancies[i]
            return FoldedTexts.matches("\(v.vacancyID) \(v.title) \(v.proposals.map(\.candidateID).joined(separator: " "))", needles)
        }
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        switch action {
        case .screen("recompute"):
            allocation = nil
            requestID += 1
            return pendingEffects(env)
        case .open:
            guard let a = allocation, cursor.selected < a.vacancies.count else { return [] }
            let id = a.vacancies[cursor.selected].vacancyID
            guard let row = env.data.dataset.vacancies.firstIndex(where: { $0.id == id }) else { return [] }
            return RankingScreen.open(vacancyRow: row, &env)
        default:
            return nil
        }
    }
}
