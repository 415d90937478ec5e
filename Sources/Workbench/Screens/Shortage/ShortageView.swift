import JobMatchCore
import MatchEngine
import TerminalUI

extension ShortageScreen {
    struct Layout {
        var heading: Rect
        var list: Rect
        var detail: Rect
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let (heading, rest) = body.splitTop(1)
        let detailHeight = min(8, max(3, rest.height / 3))
        let (list, detail) = rest.splitBottom(detailHeight)
        return Layout(heading: heading, list: list, detail: detail)
    }

    static func statusStyle(_ s: BalanceStatus) -> Style {
        switch s {
        case .shortage, .paradox: .bad
        case .goodProspects: .good
        case .fewerProspects: .dim
        }
    }

    static let columns: [ListColumn<OccupationBalance>] = [
        ListColumn("Status", width: 15, priority: 10, style: { statusStyle($0.status) }) { $0.status.rawValue },
        ListColumn("Occupation", width: 28, min: 20, flexible: true, weight: 2, priority: 9) { $0.occupationLabel },
        ListColumn("Demand", width: 6, priority: 8, alignRight: true) { String($0.demand) },
        ListColumn("Supply", width: 6, priority: 8, alignRight: true) { String($0.supply) },
        ListColumn("Local", width: 5, priority: 4, alignRight: true) { String($0.localSupply) },
        ListColumn("Far", width: 4, priority: 2, alignRight: true) { String($0.tooFar) },
        ListColumn("Near", width: 4, priority: 3, alignRight: true) { String($0.mismatched) },
        ListColumn("Cause", width: 17, priority: 7) { $0.cause?.text ?? "" },
        ListColumn("Neighbours", width: 24, min: 12, flexible: true, priority: 1) { b in
            b.coveredBy.map { "\($0.name) +\($0.candidates)" }.joined(separator: ", ")
        },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let rows = self.rows
        if let a = currentArea {
            let shortages = rows.count { $0.status == .shortage }, paradoxes = rows.count { $0.status == .paradox }
            let members = a.kind == .cooperation ? " (\(a.members.joined(separator: " ")))" : " (\(a.id))"
            buffer.put(" \(a.name)\(members) · \(shortages) shortage · \(paradoxes) paradox · area \(area + 1)/\(report.areas.count)",
                       x: l.heading.x, y: l.heading.y, style: Style.normal.bolded, maxWidth: l.heading.width)
        }
        let table = ListTable(Self.columns, width: l.list.width - 1)
        ListView.draw(table, into: &buffer, rect: l.list, count: rows.count, cursor: list, focused: true,
                      empty: "No occupation with demand here (a lists those with candidates only).") { rows[$0] }
        var shown = list
        shown.clamp(count: rows.count, visible: ListView.visibleRows(height: l.list.height, count: rows.count))
        let selected = rows.indices.contains(shown.selected) ? rows[shown.selected] : nil
        Draw.heading(selected.map { "\($0.occupationLabel) — \($0.status.text)" } ?? "Details",
                     into: &buffer, x: l.detail.x, y: l.detail.y, width: l.detail.width, focused: false)
        guard let b = selected else { return }
        let inner = Rect(x: l.detail.x + 1, y: l.detail.y + 1, width: l.detail.width - 1, height: l.detail.height - 1)
        Draw.lines(Self.detailLines(b), into: &buffer, rect: inner, top: 0)
    }

    /// The numbers behind one balance, in the order a supervisor asks for them.
    static func detailLines(_ b: OccupationBalance) -> [PaneLine] {
        var out = [
            PaneLine("Demand \(b.demand): \(b.openPositions) open positions + \(b.expectedHires) expected hires (barometer, 3 months)"),
            PaneLine("Supply \(b.supply) qualified within reach (\(b.localSupply) living here) · \(b.tooFar) qualified but too far"
                     + " · \(b.mismatched) want the job but miss ≤2 competences"),
        ]
        if let cause = b.cause {
            out.append(PaneLine("Likely cause: \(cause.text); \(b.shortfall) positions short", .warn))
        }
        if !b.competences.isEmpty {
            out.append(PaneLine("Within reach: " + b.competences.map { "\($0.label) \($0.level): \($0.candidates)" }.joined(separator: " · ")))
        }
        if !b.coveredBy.isEmpty {
            let list = b.coveredBy.map { "\($0.name) +\($0.candidates)" }.joined(separator: ", ")
            out.append(PaneLine("Neighbours' surplus: \(list)" + (b.coveredByNeighbours
                ? " — covers the \(b.localShortfall) the residents cannot" : " — \(b.localShortfall) short locally"),
                b.coveredByNeighbours ? .good : .normal))
        }
        return out
    }
}
