import JobMatchCore
import MatchEngine
import TerminalUI

/// `:visits` — company visits and joint visits (issue P7): the visits recorded in the
/// journal, newest first, with purpose, job centres, outcome and follow-ups; `s` asks the
/// engine which job centres of the cooperation (and partners) to bring on the next visit to
/// the selected company, with the numbers behind it. Visits are recorded with
/// `jobmatch visits record`; counts only, so nothing here is audited.
package struct VisitsScreen: WorkbenchScreen {
    package var cursor = ListCursor()
    package var lastSearch = ""
    /// The suggestion shown, for this company.
    package var suggestion: (company: String, result: VisitSuggestion?)?
    package var pendingCompany: String?
    package var requestID = 1

    package init() {}

    package static func == (a: VisitsScreen, b: VisitsScreen) -> Bool {
        a.cursor == b.cursor && a.lastSearch == b.lastSearch && a.pendingCompany == b.pendingCompany
            && a.requestID == b.requestID && a.suggestion?.company == b.suggestion?.company
            && a.suggestion?.result == b.suggestion?.result
    }

    package static let id: ScreenID = "visits"
    package static let title = "Visits"
    package static let keepsStateWhenClosed = true

    package static let keys = KeyTable(KeyTable.movement + [
        ([.char("s")], "suggestVisit", "Suggest job centres to invite on a visit to the selected company"),
        ([.escape, .char("q"), .char("h"), .left], "back", "Back"),
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["suggestVisit"], "whom to invite"),
            (["startSearch"], "search"), (["back"], "back")])

    /// Newest first.
    static func records(_ env: ScreenEnv) -> [VisitRecord] {
        env.work.visits.records.sorted { ($0.visit.date, $0.sequence) > ($1.visit.date, $1.sequence) }
    }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        let r = env.work.visits.records
        return Format.plural(r.count, "visit") + " (\(r.filter(\.visit.isJoint).count) joint)"
    }

    package func busyNote(_ env: ScreenEnv) -> String? { pendingCompany != nil ? "weighing the job centres…" : nil }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let records = Self.records(env)
        let l = Self.layout(env.size)
        return .list(\.cursor, count: records.count, visibleRows: ListView.visibleRows(height: l.list.height, count: records.count),
                     lastSearch: \.lastSearch) { i, needles in
            let v = records[i].visit
            return FoldedTexts.matches("\(v.company) \(VisitsScreen.companyName(v.company, env.data)) \(v.purpose.rawValue) \(v.outcome)", needles)
        }
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        guard case .screen("suggestVisit") = action else { return nil }
        let records = Self.records(env)
        guard cursor.selected < records.count else { env.say("No visit selected: record one with jobmatch visits record"); return [] }
        guard env.engine == .ready else { env.say("The matching engine is still building its index — try again in a moment"); return [] }
        let company = records[cursor.selected].visit.company
        requestID += 1
        pendingCompany = company
        return [.suggestVisit(requestID: requestID, company: company)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        guard case .visitSuggestionFinished(let id, let result) = action, id == requestID, let company = pendingCompany else { return [] }
        pendingCompany = nil
        suggestion = (company, result)
        if result == nil { env.say("\(VisitsScreen.companyName(company, env.data)) has no open vacancy today: nothing to match candidates against") }
        return []
    }
}

extension VisitsScreen {
    /// The company's name from companies.jsonl, else its id.
    static func companyName(_ id: String, _ data: WorkbenchData) -> String {
        data.dataset.companies.first { $0.id == id }?.name ?? id
    }
}
