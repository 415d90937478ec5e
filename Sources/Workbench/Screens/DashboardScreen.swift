import JobMatchCore
import TerminalUI

/// The cooperation at a glance: counts per municipality, ads expiring within five days
/// (follow-up calls) and pending work. Enter on a municipality opens its vacancies; Enter
/// on an expiring ad ranks candidates for it.
enum DashboardScreen {
    struct Layout {
        var cooperation: Rect
        var municipalities: Rect
        var pending: Rect
        var expiring: Rect
        /// Table rows that fit (without heading, column header and total row).
        var municipalityRows: Int { max(1, municipalities.height - 3) }
        var expiringRows: Int { max(1, expiring.height - 2) }
    }

    static func layout(_ size: TerminalSize, data: WorkbenchData) -> Layout {
        let body = WorkbenchView.body(size)
        let (cooperation, rest) = body.splitTop(1)
        let pendingHeight = 4
        if size.width >= 120 {
            let (left, right) = rest.splitLeft(rest.width * 11 / 20)
            let municipalitiesHeight = min(data.stats.count + 3, max(5, left.height - pendingHeight - 1))
            let (municipalities, below) = left.splitTop(municipalitiesHeight)
            let pending = below.splitTop(1).rest.splitTop(pendingHeight).top
            return Layout(cooperation: cooperation, municipalities: Rect(x: left.x, y: left.y, width: left.width - 1, height: municipalities.height),
                          pending: Rect(x: pending.x, y: pending.y, width: pending.width - 1, height: pending.height),
                          expiring: right)
        }
        let municipalitiesHeight = min(data.stats.count + 3, max(5, (rest.height - pendingHeight) / 2))
        let (municipalities, below) = rest.splitTop(municipalitiesHeight)
        let (pending, expiring) = below.splitTop(pendingHeight)
        return Layout(cooperation: cooperation, municipalities: municipalities, pending: pending, expiring: expiring)
    }

    static let municipalityColumns = [
        Column("Municipality", width: 16, min: 10, flexible: true, priority: 10),
        Column("Code", width: 4, priority: 3),
        Column("Candidates", width: 10, min: 6, priority: 9, alignRight: true),
        Column("Sharing", width: 8, min: 7, priority: 4, alignRight: true),
        Column("Vacancies", width: 9, min: 6, priority: 8, alignRight: true),
        Column("Positions", width: 9, min: 6, priority: 5, alignRight: true),
        Column("Expiring", width: 8, priority: 7, alignRight: true),
    ]

    static let expiringColumns = [
        Column("Expires", width: 9, min: 8, priority: 10),
        Column("Vacancy", width: 7, priority: 9),
        Column("Title", width: 24, min: 12, flexible: true, priority: 8),
        Column("Company", width: 20, min: 10, flexible: true, priority: 4),
        Column("Municipality", width: 13, min: 9, priority: 6),
        Column("Pos", width: 3, priority: 3, alignRight: true),
    ]

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        let data = state.data
        let l = layout(state.size, data: data)
        buffer.put(" Cooperation: " + data.cooperationTitle, x: l.cooperation.x, y: l.cooperation.y, style: Style.normal.bolded, maxWidth: l.cooperation.width)
        renderMunicipalities(state, into: &buffer, layout: l)
        renderPending(state, into: &buffer, rect: l.pending)
        renderExpiring(state, into: &buffer, layout: l)
    }

    private static func renderMunicipalities(_ state: AppState, into buffer: inout ScreenBuffer, layout l: Layout) {
        let r = l.municipalities
        let focused = state.dashboard.focus == .municipalities
        Draw.heading("Municipalities (\(state.data.stats.count) participating)", into: &buffer, x: r.x, y: r.y, width: r.width, focused: focused)
        let table = TableLayout(municipalityColumns, width: r.width - 1)
        table.drawHeader(into: &buffer, x: r.x + 1, y: r.y + 1)
        let cursor = state.dashboard.municipalities
        for row in 0..<l.municipalityRows {
            let i = cursor.top + row
            guard i < state.data.stats.count else { break }
            let s = state.data.stats[i]
            let selected = i == cursor.selected
            let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
            let y = r.y + 2 + row
            buffer.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: style)
            table.draw([s.name, s.code, Format.count(s.activeCandidates), Format.count(s.sharedCandidates),
                        Format.count(s.openVacancies), Format.count(s.openPositions), Format.count(s.expiringSoon)],
                       into: &buffer, x: r.x + 1, y: y, style: style,
                       styles: [nil, nil, nil, nil, nil, nil, s.expiringSoon > 0 && !selected ? .warn : nil])
        }
        let stats = state.data.stats
        func sum(_ f: (WorkbenchData.MunicipalityStats) -> Int) -> String { Format.count(stats.reduce(0) { $0 + f($1) }) }
        let totalY = r.y + 2 + min(l.municipalityRows, stats.count)
        if totalY < r.maxY {
            table.draw(["All", "", sum(\.activeCandidates), sum(\.sharedCandidates), sum(\.openVacancies), sum(\.openPositions), sum(\.expiringSoon)],
                       into: &buffer, x: r.x + 1, y: totalY, style: Style.normal.bolded)
        }
    }

    private static func renderPending(_ state: AppState, into buffer: inout ScreenBuffer, rect r: Rect) {
        guard r.height > 0 else { return }
        Draw.heading("Pending work", into: &buffer, x: r.x, y: r.y, width: r.width, focused: false)
        let data = state.data
        let own = state.context.user.municipality
        let ownExpiring = data.stats.first { $0.code == own }?.expiringSoon ?? 0
        var lines = [
            PaneLine("• \(Format.plural(data.expiringSoon.count, "follow-up call")) due — ads expiring within 5 days"
                + (data.participating.contains(own) ? " (\(ownExpiring) in \(data.municipalityName(own)))" : ""),
                       data.expiringSoon.isEmpty ? .normal : .warn),
            PaneLine("• \(Format.plural(data.postedThisWeek, "vacancy", "vacancies")) posted in the last 7 days"),
        ]
        switch state.engine {
        case .indexing: lines.append(PaneLine("• Matching engine: building the index… (keys work meanwhile)", .dim))
        case .ready: lines.append(PaneLine("• Ready: Enter on a vacancy ranks candidates from \(Format.plural(data.participating.count, "municipality", "municipalities"))", .dim))
        case .failed(let m): lines.append(PaneLine("• Matching engine failed: \(m)", .bad))
        }
        Draw.lines(lines, into: &buffer, rect: Rect(x: r.x + 1, y: r.y + 1, width: r.width - 1, height: r.height - 1), top: 0)
    }

    private static func renderExpiring(_ state: AppState, into buffer: inout ScreenBuffer, layout l: Layout) {
        let r = l.expiring
        guard r.height >= 2 else { return }
        let data = state.data
        let focused = state.dashboard.focus == .expiring
        Draw.heading("Expiring within 5 days — call the company (\(data.expiringSoon.count))", into: &buffer, x: r.x, y: r.y, width: r.width, focused: focused)
        let table = TableLayout(expiringColumns, width: r.width - 1)
        table.drawHeader(into: &buffer, x: r.x + 1, y: r.y + 1)
        if data.expiringSoon.isEmpty {
            buffer.put("No open ads expire within five days.", x: r.x + 2, y: r.y + 2, style: .dim, maxWidth: r.width - 2)
            return
        }
        let cursor = state.dashboard.expiring
        for row in 0..<l.expiringRows {
            let i = cursor.top + row
            guard i < data.expiringSoon.count else { break }
            let v = Int(data.expiringSoon[i])
            let vacancy = data.dataset.vacancies[v]
            let style: Style = i == cursor.selected ? (focused ? .selected : .selectedInactive) : .normal
            let y = r.y + 2 + row
            buffer.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: style)
            table.draw([Format.relative(vacancy.expiryDate, today: data.today), vacancy.id, vacancy.title, data.companyName(ofVacancy: v),
                        data.municipalityName(vacancy.municipality), String(vacancy.positions)],
                       into: &buffer, x: r.x + 1, y: y, style: style)
        }
    }
}
