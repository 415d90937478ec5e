import JobMatchCore
import TerminalUI

/// Open vacancies of all participating municipalities: filter (municipality, job type,
/// industry group, expiring, words), sort, search; Enter ranks candidates for one.
enum VacanciesScreen {
    struct Layout {
        var header: Rect
        var table: Rect
        /// The selected vacancy's details (right when wide, below when narrow).
        var detail: Rect
        var listRows: Int { max(1, table.height - 1) }
        var detailRows: Int { max(1, detail.height - 1) }
        /// Text columns in the detail pane (a side pane has a separator column).
        var detailTextWidth: Int { detail.width - (detail.x > 0 ? 2 : 1) }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let (header, table, detail) = ListDetailLayout.split(size, headerRows: 1, sideFromWidth: 200, sideWidth: 60,
                                                             belowFromHeight: 18, belowRows: 7...12)
        return Layout(header: header, table: table, detail: detail)
    }

    static let columns = [
        Column("Vacancy", width: 7, priority: 10),
        Column("Title", width: 28, min: 16, flexible: true, weight: 3, priority: 9),
        Column("Company", width: 24, min: 12, flexible: true, weight: 2, priority: 5),
        Column("Municipality", width: 13, min: 10, priority: 8, short: "Municip."),
        Column("Job type", width: 16, min: 10, priority: 6),
        Column("Industry", width: 18, min: 10, priority: 3),
        Column("Pos", width: 3, priority: 4, alignRight: true),
        Column("Expires", width: 20, min: 7, priority: 7),
    ]

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        let l = layout(state.size)
        let v = state.vacancies
        let data = state.data
        let order = "sorted by \(v.sort.label) \(v.descending ? "↓" : "↑")"
        let count = v.filter.isEmpty
            ? "\(Format.count(v.total)) open vacancies"
            : "\(Format.count(v.rows.count)) of \(Format.count(v.total)) open vacancies (filtered)"
        buffer.put(" \(count) · \(order)", x: l.header.x, y: l.header.y, style: Style.normal.bolded, maxWidth: l.header.width)

        let table = TableLayout(columns, width: l.table.width - 1)
        table.drawHeader(into: &buffer, x: l.table.x + 1, y: l.table.y)
        let focused = v.focus == .list
        if v.rows.isEmpty {
            let why = v.filter.isEmpty ? "There are no open vacancies." : "No vacancy matches the filter — press x to clear it."
            buffer.put(why, x: l.table.x + 2, y: l.table.y + 1, style: .dim, maxWidth: l.table.width - 2)
        }
        for row in 0..<l.listRows {
            let i = v.list.top + row
            guard i < v.rows.count else { break }
            let r = Int(v.rows[i])
            let vacancy = data.dataset.vacancies[r]
            let selected = i == v.list.selected
            let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
            let y = l.table.y + 1 + row
            buffer.fill(Rect(x: l.table.x, y: y, width: l.table.width, height: 1), style: style)
            let expiring = vacancy.needsFollowUp(today: data.today)
            let expires = Format.relative(vacancy.expiryDate, today: data.today)
            let expiresWide = "\(vacancy.expiryDate) (\(Format.relative(vacancy.expiryDate, today: data.today)))"
            let expiresWidth = table.widths[7] ?? 0
            table.draw([vacancy.id, vacancy.title, data.companyName(ofVacancy: r), data.municipalityName(vacancy.municipality),
                        data.jobTypeLabel(ofVacancy: r), data.groupLabel(ofVacancy: r), String(vacancy.positions),
                        DisplayWidth.of(expiresWide) <= expiresWidth ? expiresWide : expires],
                       into: &buffer, x: l.table.x + 1, y: y, style: style,
                       styles: [nil, nil, nil, nil, nil, nil, nil, expiring && !selected ? .warn : nil])
        }
        if v.list.top + l.listRows < v.rows.count {
            let marker = " ↓ \(Format.count(v.rows.count - v.list.top - l.listRows)) more "
            buffer.put(marker, x: l.table.maxX - DisplayWidth.of(marker), y: l.table.maxY - 1, style: .dim)
        }
        renderDetail(state, into: &buffer, rect: l.detail)
    }

    private static func renderDetail(_ state: AppState, into buffer: inout ScreenBuffer, rect r: Rect) {
        guard r.height >= 2 else { return }
        let x = r.x + (r.x > 0 ? 1 : 0)
        if r.x > 0 { Border.verticalLine(into: &buffer, x: r.x, y: r.y, height: r.height) }
        Draw.heading("Details", into: &buffer, x: x, y: r.y, width: r.maxX - x, focused: state.vacancies.focus == .detail)
        let lines = detailLines(state, width: layout(state.size).detailTextWidth)
        Draw.lines(lines, into: &buffer,
                   rect: Rect(x: x + 1, y: r.y + 1, width: r.maxX - x - 1, height: r.height - 1), top: state.vacancies.detail.top)
    }

    /// The selected vacancy, described for the detail pane.
    static func detailLines(_ state: AppState, width: Int) -> [PaneLine] {
        let v = state.vacancies
        guard v.list.selected < v.rows.count else { return [PaneLine("Nothing selected", .dim)] }
        return VacancyDescription.lines(row: Int(v.rows[v.list.selected]), data: state.data).wrapped(width: width)
    }
}

/// A vacancy described in a few lines (Vacancies detail pane, Ranking header).
enum VacancyDescription {
    static func lines(row: Int, data: WorkbenchData) -> [PaneLine] {
        let v = data.dataset.vacancies[row]
        func requirement(_ r: Requirement) -> String { "\(data.competence(r.competence)) (niv. \(r.minLevel))" }
        var lines = [
            PaneLine("\(v.id)  \(v.title)", Style.normal.bolded),
            PaneLine("\(data.companyName(ofVacancy: row)) · \(data.groupLabel(ofVacancy: row))"),
            PaneLine("\(data.municipalityName(v.municipality)) · \(data.jobTypeLabel(ofVacancy: row)) · \(v.hoursPerWeek) h/week · \(Format.plural(v.positions, "position"))"),
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
