import JobMatchCore
import TerminalUI

extension DashboardScreen {
    struct Layout {
        var cooperation: Rect
        var municipalities: Rect
        var pending: Rect
        var expiring: Rect
        /// The saved searches (empty when the user has none).
        var saved: Rect
        var savedList: Rect { Rect(x: saved.x, y: saved.y + 1, width: saved.width, height: max(0, saved.height - 1)) }
        /// The municipality table (column header and rows) below its heading, above the total line.
        var municipalityList: Rect { Rect(x: municipalities.x, y: municipalities.y + 1, width: municipalities.width, height: max(1, municipalities.height - 2)) }
        /// The call queue's table below its heading, above the selected call's detail line.
        var expiringList: Rect { Rect(x: expiring.x, y: expiring.y + 1, width: expiring.width, height: max(1, expiring.height - 2)) }
    }

    static func layout(_ env: ScreenEnv) -> Layout { layout(env.size, data: env.data, saved: mySavedSearches(env).count) }

    /// With `saved` saved searches, their section takes a heading, a column header and two
    /// rows (five on a tall terminal) from the municipalities; without any it is not shown.
    static func layout(_ size: TerminalSize, data: WorkbenchData, saved: Int = 0) -> Layout {
        let body = WorkbenchView.body(size)
        let (cooperation, rest) = body.splitTop(1)
        let pendingHeight = 4
        let savedHeight = saved == 0 ? 0 : 2 + min(saved, rest.height >= 28 ? 5 : 2)
        if size.width >= 120 {
            let (left, right) = rest.splitLeft(rest.width * 11 / 20)
            let municipalitiesHeight = min(data.stats.count + 3, max(5, left.height - pendingHeight - 1 - savedHeight))
            let (municipalities, below) = left.splitTop(municipalitiesHeight)
            let (pending, under) = below.splitTop(1).rest.splitTop(pendingHeight)
            let saved = under.splitTop(savedHeight).top
            return Layout(cooperation: cooperation, municipalities: Rect(x: left.x, y: left.y, width: left.width - 1, height: municipalities.height),
                          pending: Rect(x: pending.x, y: pending.y, width: pending.width - 1, height: pending.height),
                          expiring: right, saved: Rect(x: saved.x, y: saved.y, width: saved.width - 1, height: saved.height))
        }
        // The municipalities get what they need as long as the expiring list keeps a heading,
        // its column header and five rows (at 100×30 all 12 demo municipalities show).
        let municipalitiesHeight = min(data.stats.count + 3, max(5, rest.height - pendingHeight - 7 - savedHeight))
        let (municipalities, below) = rest.splitTop(municipalitiesHeight)
        let (pending, under) = below.splitTop(pendingHeight)
        let (saved, expiring) = under.splitTop(savedHeight)
        return Layout(cooperation: cooperation, municipalities: municipalities, pending: pending, expiring: expiring, saved: saved)
    }

    typealias Stats = WorkbenchData.MunicipalityStats

    static let municipalityColumns: [ListColumn<Stats>] = [
        ListColumn("Municipality", width: 16, min: 10, flexible: true, priority: 10) { $0.name },
        ListColumn("Code", width: 4, priority: 3) { $0.code },
        ListColumn("Candidates", width: 10, min: 6, priority: 9, alignRight: true) { Format.count($0.activeCandidates) },
        ListColumn("Sharing", width: 8, min: 7, priority: 4, alignRight: true) { Format.count($0.sharedCandidates) },
        ListColumn("Vacancies", width: 9, min: 6, priority: 8, alignRight: true) { Format.count($0.openVacancies) },
        ListColumn("Positions", width: 9, min: 6, priority: 5, alignRight: true) { Format.count($0.openPositions) },
        ListColumn("Expiring", width: 8, priority: 7, alignRight: true, style: { $0.expiringSoon > 0 ? .warn : nil }) { Format.count($0.expiringSoon) },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let data = env.data
        let l = Self.layout(env)
        buffer.put(" Cooperation: " + data.cooperationTitle, x: l.cooperation.x, y: l.cooperation.y, style: Style.normal.bolded, maxWidth: l.cooperation.width)
        renderMunicipalities(into: &buffer, layout: l, data: data)
        renderPending(into: &buffer, rect: l.pending, env: env)
        renderExpiring(into: &buffer, layout: l, env: env)
        renderSaved(into: &buffer, layout: l, env: env)
    }

    private func renderSaved(into buffer: inout ScreenBuffer, layout l: Layout, env: ScreenEnv) {
        let r = l.saved
        guard r.height >= 2 else { return }
        let rows = savedRows(env)
        Draw.heading("Saved searches (\(rows.count)) — new candidates since you last opened each", into: &buffer, x: r.x, y: r.y,
                     width: r.width, focused: focus == .saved)
        ListView.draw(ListTable(Self.savedColumns, width: r.width - 1), into: &buffer, rect: l.savedList, count: rows.count,
                      cursor: saved, focused: focus == .saved, empty: "No saved searches.") { rows[$0] }
    }

    private func renderMunicipalities(into buffer: inout ScreenBuffer, layout l: Layout, data: WorkbenchData) {
        let r = l.municipalities
        Draw.heading("Municipalities (\(data.stats.count) participating)", into: &buffer, x: r.x, y: r.y, width: r.width, focused: focus == .municipalities)
        let table = ListTable(Self.municipalityColumns, width: r.width - 1)
        ListView.draw(table, into: &buffer, rect: l.municipalityList, count: data.stats.count, cursor: municipalities,
                      focused: focus == .municipalities, empty: "No participating municipalities.") { data.stats[$0] }
        let stats = data.stats
        func sum(_ f: (Stats) -> Int) -> String { Format.count(stats.reduce(0) { $0 + f($1) }) }
        let totalY = l.municipalityList.maxY
        if totalY < r.maxY {
            table.draw(cells: ["Municipality": "All", "Candidates": sum(\.activeCandidates), "Sharing": sum(\.sharedCandidates),
                               "Vacancies": sum(\.openVacancies), "Positions": sum(\.openPositions), "Expiring": sum(\.expiringSoon)],
                       into: &buffer, x: r.x + 1, y: totalY, style: Style.normal.bolded)
        }
    }

    private func renderPending(into buffer: inout ScreenBuffer, rect r: Rect, env: ScreenEnv) {
        guard r.height > 0 else { return }
        Draw.heading("Pending work", into: &buffer, x: r.x, y: r.y, width: r.width, focused: false)
        let data = env.data
        let own = env.context.user.municipality
        let ownExpiring = data.stats.first { $0.code == own }?.expiringSoon ?? 0
        let calls = Self.callRows(env).filter { $0.item.status != .done }
        let overdue = calls.filter { $0.item.status == .overdue }.count
        var lines = [
            PaneLine("• \(Format.plural(calls.count, "follow-up call")) to make, \(overdue) overdue"
                + (data.participating.contains(own) ? " (\(ownExpiring) in \(data.municipalityName(own)))" : ""),
                       calls.isEmpty ? .normal : .warn),
            PaneLine("• \(Format.plural(data.postedThisWeek, "vacancy", "vacancies")) posted in the last 7 days"),
        ]
        lines.insert(contentsOf: Self.reviewLines(env), at: 1)
        switch env.engine {
        case .indexing: lines.append(PaneLine("• Matching engine: building the index… (keys work meanwhile)", .dim))
        case .ready: lines.append(PaneLine("• Ready: Enter on a vacancy ranks candidates from \(Format.plural(data.participating.count, "municipality", "municipalities"))", .dim))
        case .failed(let m): lines.append(PaneLine("• Matching engine failed: \(m)", .bad))
        }
        Draw.lines(lines, into: &buffer, rect: Rect(x: r.x + 1, y: r.y + 1, width: r.width - 1, height: r.height - 1), top: 0)
    }

    private func renderExpiring(into buffer: inout ScreenBuffer, layout l: Layout, env: ScreenEnv) {
        let r = l.expiring
        guard r.height >= 2 else { return }
        let rows = Self.callRows(env)
        let overdue = rows.filter { $0.item.status == .overdue }.count
        Draw.heading("Expiring within 5 days — \(Format.plural(rows.count, "call")), \(overdue) overdue", into: &buffer, x: r.x, y: r.y,
                     width: r.width, focused: focus == .expiring)
        let table = ListTable(Self.callColumns, width: r.width - 1)
        ListView.draw(table, into: &buffer, rect: l.expiringList, count: rows.count, cursor: expiring,
                      focused: focus == .expiring, empty: "No open ads expire within five days.") { rows[$0] }
        // The selected call in full under the rows (the width may leave columns out).
        guard expiring.selected < rows.count else { return }
        let y = l.expiringList.y + 1 + min(rows.count, ListView.visibleRows(height: l.expiringList.height, count: rows.count))
        let lines = [PaneLine(Self.callDetail(rows[expiring.selected]), .dim)].wrapped(width: r.width - 2)
        let room = min(lines.count, r.maxY - y)
        if room > 0 { Draw.lines(Array(lines.prefix(room)), into: &buffer, rect: Rect(x: r.x + 1, y: y, width: r.width - 2, height: room), top: 0) }
    }
}
