import JobMatchCore
import MatchEngine
import TerminalUI

extension VacanciesScreen {
    struct Layout {
        var header: Rect
        var table: Rect
        /// The selected vacancy's details (right when wide, below when narrow).
        var detail: Rect
        var detailRows: Int { max(1, detail.height - 1) }
        /// Text columns in the detail pane (a side pane has a separator column).
        var detailTextWidth: Int { detail.width - (detail.x > 0 ? 2 : 1) }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let (header, table, detail) = ListDetail.split(size, headerRows: 1, sideFromWidth: 200, sideWidth: 60,
                                                       belowFromHeight: 18, belowRows: 7...12)
        return Layout(header: header, table: table, detail: detail)
    }

    /// A vacancy as a row of the table.
    struct Row { var data: WorkbenchData; var row: Int; var vacancy: Vacancy }

    static let columns: [ListColumn<Row>] = [
        ListColumn("Vacancy", width: 7, priority: 10) { $0.vacancy.id },
        ListColumn("Title", width: 28, min: 16, flexible: true, weight: 3, priority: 9) { $0.vacancy.title },
        ListColumn("Company", width: 24, min: 12, flexible: true, weight: 2, priority: 5) { $0.data.companyName(ofVacancy: $0.row) },
        ListColumn("Municipality", width: 13, min: 10, priority: 8, short: "Municip.") { $0.data.municipalityName($0.vacancy.municipality) },
        ListColumn("Job type", width: 16, min: 10, priority: 6) { $0.data.jobTypeLabel(ofVacancy: $0.row) },
        ListColumn("Industry", width: 18, min: 10, priority: 3) { $0.data.groupLabel(ofVacancy: $0.row) },
        ListColumn("Pos", width: 3, priority: 4, alignRight: true) { String($0.vacancy.positions) },
        ListColumn("Expires", width: 20, min: 7, priority: 7, style: { $0.vacancy.needsFollowUp(today: $0.data.today) ? .warn : nil }) { r, width in
            let relative = Format.relative(r.vacancy.expiryDate, today: r.data.today)
            let wide = "\(r.vacancy.expiryDate) (\(relative))"
            return DisplayWidth.of(wide) <= width ? wide : relative
        },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let data = env.data
        let order = "sorted by \(sort.label) \(descending ? "↓" : "↑")"
        let count = filter.isEmpty
            ? "\(Format.count(total)) open vacancies"
            : "\(Format.count(rows.count)) of \(Format.count(total)) open vacancies (filtered)"
        buffer.put(" \(count) · \(order)", x: l.header.x, y: l.header.y, style: Style.normal.bolded, maxWidth: l.header.width)
        let why = filter.isEmpty ? "There are no open vacancies." : "No vacancy matches the filter — press x to clear it."
        let rows = rows
        ListView.draw(ListTable(Self.columns, width: l.table.width - 1), into: &buffer, rect: l.table, count: rows.count,
                      cursor: list, focused: focus == .list, empty: why) { i in
            let row = Int(rows[i])
            return Row(data: data, row: row, vacancy: data.dataset.vacancies[row])
        }
        renderDetail(into: &buffer, layout: l, env: env)
    }

    private func renderDetail(into buffer: inout ScreenBuffer, layout l: Layout, env: ScreenEnv) {
        let r = l.detail
        guard r.height >= 2 else { return }
        let x = r.x + (r.x > 0 ? 1 : 0)
        if r.x > 0 { Border.verticalLine(into: &buffer, x: r.x, y: r.y, height: r.height) }
        Draw.heading("Details", into: &buffer, x: x, y: r.y, width: r.maxX - x, focused: focus == .detail)
        Draw.lines(detailLines(env.data, width: l.detailTextWidth), into: &buffer,
                   rect: Rect(x: x + 1, y: r.y + 1, width: r.maxX - x - 1, height: r.height - 1), top: detail.top)
    }

    /// The selected vacancy, described for the detail pane.
    func detailLines(_ data: WorkbenchData, width: Int) -> [PaneLine] {
        var cursor = list
        cursor.clamp(count: rows.count, visible: 1)
        guard cursor.selected < rows.count else { return [PaneLine("Nothing selected", .dim)] }
        return VacancyDescription.lines(row: Int(rows[cursor.selected]), data: data).wrapped(width: width)
    }
}

/// A vacancy described in a few lines (Vacancies detail pane).
enum VacancyDescription {
    static func lines(row: Int, data: WorkbenchData) -> [PaneLine] {
        let v = data.dataset.vacancies[row]
        func requirement(_ r: Requirement) -> String { "\(data.competence(r.competence)) (level \(r.minLevel))" }
        var lines = [
            PaneLine("\(v.id)  \(v.title)", Style.normal.bolded),
            PaneLine("\(data.companyName(ofVacancy: row)) · \(data.groupLabel(ofVacancy: row))"),
            PaneLine("\(data.municipalityName(v.municipality)) · \(data.jobTypeLabel(ofVacancy: row)) · \(v.hoursPerWeek) h/week · \(Format.plural(v.positions, "position"))"),
        ]
        // Car and odd hours next to the hours, where they are seen without scrolling at 80×24.
        let conditions = WorkingHoursText.jobConditions(car: v.car, hours: v.workingHours)
        if !conditions.isEmpty { lines.append(PaneLine("Requires: " + conditions)) }
        lines += [
            PaneLine("Starts \(v.startDate) · posted \(v.postedDate) · expires \(v.expiryDate) (\(Format.relative(v.expiryDate, today: data.today)))",
                       v.needsFollowUp(today: data.today) ? .warn : .normal),
        ]
        let essential = v.requirements.filter(\.essential).map(requirement)
        let optional = v.requirements.filter { !$0.essential }.map(requirement)
        if !essential.isEmpty { lines.append(PaneLine("Essential: " + essential.joined(separator: ", "))) }
        if !optional.isEmpty { lines.append(PaneLine("Optional: " + optional.joined(separator: ", "))) }
        var other: [String] = []
        if !v.licences.isEmpty { other.append("licence " + v.licences.joined(separator: ", ")) }
        if !v.certificates.isEmpty { other.append(v.certificates.map(data.certificate).joined(separator: ", ")) }
        if !v.languages.isEmpty { other.append(v.languages.map { "\($0.code) \($0.level)" }.joined(separator: ", ")) }
        if !other.isEmpty { lines.append(PaneLine("Also: " + other.joined(separator: " · "))) }
        return lines
    }
}
