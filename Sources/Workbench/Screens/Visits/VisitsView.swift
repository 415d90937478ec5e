import JobMatchCore
import MatchEngine
import TerminalUI

extension VisitsScreen {
    struct Layout {
        var visits: Rect
        var detail: Rect
        var list: Rect { Rect(x: visits.x, y: visits.y + 1, width: visits.width, height: max(1, visits.height - 1)) }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let (left, right) = body.splitLeft(body.width * 9 / 20)
        return Layout(visits: Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height), detail: right)
    }

    static func columns(_ data: WorkbenchData) -> [ListColumn<VisitRecord>] {
        [
            ListColumn("Date", width: 10, priority: 10) { $0.visit.date.description },
            ListColumn("Company", width: 18, min: 8, flexible: true, priority: 9) { VisitsScreen.companyName($0.visit.company, data) },
            ListColumn("Purpose", width: 11, priority: 5, short: "Why") { $0.visit.purpose.rawValue },
            ListColumn("JC", width: 2, priority: 6, alignRight: true) { "\($0.visit.jobCentres.count)" },
        ]
    }

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let records = Self.records(env)
        Draw.heading("Company visits (\(records.count), \(records.filter(\.visit.isJoint).count) joint)",
                     into: &buffer, x: l.visits.x, y: l.visits.y, width: l.visits.width, focused: true)
        let table = ListTable(Self.columns(env.data), width: l.visits.width - 1)
        let shown = ListView.draw(table, into: &buffer, rect: l.list, count: records.count, cursor: cursor, focused: true,
                                  empty: "No visits yet.") { records[$0] }
        let d = l.detail
        guard d.width > 10 else { return }
        guard shown.selected < records.count else {
            Draw.heading("Visit", into: &buffer, x: d.x, y: d.y, width: d.width, focused: false)
            let hint = [PaneLine("No visits recorded yet. Record one with:"),
                        PaneLine("jobmatch visits record COMPANY --date YYYY-MM-DD --centres 0813,0851 --purpose recruitment --outcome TEXT", .dim)]
            Draw.lines(hint.wrapped(width: d.width - 1), into: &buffer, rect: Rect(x: d.x + 1, y: d.y + 1, width: d.width - 1, height: d.height - 1), top: 0)
            return
        }
        let r = records[shown.selected]
        let v = r.visit
        Draw.heading("\(v.isJoint ? "Joint visit" : "Visit") \(v.date)", into: &buffer, x: d.x, y: d.y, width: d.width, focused: false)
        var lines = [
            PaneLine(VisitsScreen.companyName(v.company, env.data) + " (\(v.company))", Style.normal.bolded),
            PaneLine("Purpose: \(v.purpose.rawValue)"),
            PaneLine("Job centres: " + v.jobCentres.map { env.data.municipalityName($0) }.joined(separator: ", ")),
            PaneLine("Outcome: \(v.outcome)"),
        ]
        for f in v.followUps { lines.append(PaneLine("  → \(f)")) }
        lines.append(PaneLine("Recorded by \(r.user), journal entry \(r.sequence)", .dim))
        lines.append(PaneLine(""))
        lines += suggestionLines(company: v.company, env)
        Draw.lines(lines.wrapped(width: d.width - 1), into: &buffer, rect: Rect(x: d.x + 1, y: d.y + 1, width: d.width - 1, height: d.height - 1), top: 0)
    }

    private func suggestionLines(company: String, _ env: ScreenEnv) -> [PaneLine] {
        if pendingCompany == company { return [PaneLine("Weighing the job centres…", .dim)] }
        guard let suggestion, suggestion.company == company else { return [PaneLine("s: whom to invite on the next visit", .dim)] }
        guard let s = suggestion.result else { return [PaneLine("No open vacancy today: nothing to match against", .dim)] }
        let name = { (code: String) in env.data.municipalityName(code) }
        var lines = [PaneLine("Next visit (\(Format.plural(s.vacancies.count, "open vacancy", "open vacancies")), strong ≥ \(Int(s.strongScore.value))):", Style.normal.bolded)]
        if s.invite.isEmpty { lines.append(PaneLine("No other job centre holds \(VisitSuggestion.minimumStrong)+ strong candidates")) }
        for code in s.invite {
            let c = s.centres.first { $0.municipality == code }!
            lines.append(PaneLine("Invite Jobcenter \(name(code)): \(c.strong) strong, \(c.qualified) qualified", .good))
        }
        for c in s.centres.prefix(8) {
            lines.append(PaneLine("  \(name(c.municipality)) (\(c.role)): \(c.strong) strong / \(c.qualified)", .dim))
        }
        return lines
    }
}
