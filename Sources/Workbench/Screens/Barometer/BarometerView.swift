import JobMatchCore
import MatchEngine
import TerminalUI

extension BarometerScreen {
    struct Layout {
        var summary: Rect
        var groups: Rect
        var occupations: Rect
    }

    /// Three summary lines, then the industry groups (their own list) and the selected
    /// group's occupations: side by side from 120 columns, else one above the other (at
    /// 80×24 the groups scroll in ten rows and six occupations show).
    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let (summary, rest) = body.splitTop(3)
        if size.width >= 120 {
            let (left, right) = rest.splitLeft(rest.width * 11 / 20)
            return Layout(summary: summary, groups: Rect(x: left.x, y: left.y + 1, width: left.width - 1, height: max(1, left.height - 1)),
                          occupations: right)
        }
        let groupsHeight = max(3, min(17, rest.height - 8))
        let (top, bottom) = rest.splitTop(groupsHeight + 1)
        return Layout(summary: summary, groups: Rect(x: top.x, y: top.y + 1, width: top.width, height: max(1, top.height - 1)),
                      occupations: bottom)
    }

    /// The side-by-side table: from the groups' top to the bottom of the body, full width.
    static func sideBySideRect(_ size: TerminalSize) -> Rect {
        let body = WorkbenchView.body(size), groups = layout(size).groups
        return Rect(x: body.x, y: groups.y, width: body.width, height: max(1, body.maxY - groups.y))
    }

    struct GroupRow {
        var row: BarometerRow
        var figure: BarometerFigure
        var top: Int
        var usesColor: Bool
    }

    static let groupColumns: [ListColumn<GroupRow>] = [
        ListColumn("Industry group", width: 30, min: 14, flexible: true, priority: 10) { "\($0.row.key) \($0.row.label)" },
        ListColumn("Answers", width: 7, min: 4, priority: 9, alignRight: true, short: "Ans",
                   style: { $0.figure.tooFew ? .warn : nil }) { ($0.figure.tooFew ? "!" : "") + Format.count($0.figure.answers) },
        ListColumn("Expected hires", width: 24, min: 8, flexible: true, priority: 8, short: "Hires", style: { _ in .accent }, text: { r, width in
            let number = Format.count(r.figure.hires)
            let barWidth = max(1, width - 6)
            let value = r.top == 0 ? 0 : Double(r.figure.hires) * 100 / Double(r.top)
            return Gauge(value: value).text(width: barWidth, monochrome: !r.usesColor) + DisplayWidth.rightAlign(number, toWidth: width - barWidth)
        }),
        ListColumn("Net", width: 6, priority: 6, alignRight: true) { $0.figure.net > 0 ? "+\($0.figure.net)" : "\($0.figure.net)" },
        ListColumn("Grow", width: 5, priority: 7, alignRight: true) { "\($0.figure.percent($0.figure.growing))%" },
        ListColumn("Same", width: 5, priority: 4, alignRight: true) { "\($0.figure.percent($0.figure.steady))%" },
        ListColumn("Decl", width: 5, priority: 5, alignRight: true) { "\($0.figure.percent($0.figure.declining))%" },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        guard let o = overview else {
            let lines = TextWrap.wrap(problem ?? "No barometer answers.", width: max(10, rect.width - 2))
            for (i, line) in lines.prefix(max(0, rect.height - 1)).enumerated() {
                buffer.put(" " + line, x: rect.x, y: rect.y + 1 + i, style: .warn, maxWidth: rect.width)
            }
            return
        }
        renderSummary(o, into: &buffer, rect: l.summary)
        if sideBySide, let c = comparison {
            renderSideBySide(c, into: &buffer, layout: l, size: env.size, usesColor: usesColor)
            return
        }
        let groups = o.groups
        let top = groups.map { $0.figure(horizon).hires }.max() ?? 0
        Draw.heading("Industry groups — expected hires in \(horizon.label)", into: &buffer, x: l.groups.x, y: l.groups.y - 1,
                     width: l.groups.width, focused: true)
        let table = ListTable(Self.groupColumns, width: l.groups.width - 1)
        let shown = ListView.draw(table, into: &buffer, rect: l.groups, count: groups.count, cursor: self.groups, focused: true,
                                  empty: "No industry groups in the schema.") { i in
            GroupRow(row: groups[i], figure: groups[i].figure(horizon), top: top, usesColor: usesColor)
        }
        if shown.selected < groups.count { renderOccupations(groups[shown.selected], into: &buffer, rect: l.occupations, usesColor: usesColor) }
    }

    /// Every municipality's totals for the round, one row each, bars on one scale.
    private func renderSideBySide(_ c: BarometerSideBySide, into buffer: inout ScreenBuffer, layout l: Layout, size: TerminalSize, usesColor: Bool) {
        let rows = c.columns.map { BarometerRow(key: $0.code, label: $0.name, in3Months: $0.total.in3Months, in12Months: $0.total.in12Months) }
        let top = rows.map { $0.figure(horizon).hires }.max() ?? 0
        Draw.heading("Municipalities side by side — expected hires in \(horizon.label) (Enter opens one)", into: &buffer,
                     x: l.groups.x, y: l.groups.y - 1, width: Self.sideBySideRect(size).width, focused: true)
        let columns = Self.groupColumns.enumerated().map { i, column in
            i == 0 ? ListColumn<GroupRow>("Municipality", width: 30, min: 14, flexible: true, priority: 10) { "\($0.row.label) (\($0.row.key))" } : column
        }
        let table = ListTable(columns, width: Self.sideBySideRect(size).width - 1)
        ListView.draw(table, into: &buffer, rect: Self.sideBySideRect(size),
                      count: rows.count, cursor: municipalityCursor, focused: true, empty: "No participating municipalities.") { i in
            GroupRow(row: rows[i], figure: rows[i].figure(horizon), top: top, usesColor: usesColor)
        }
    }

    private func renderSummary(_ o: BarometerOverview, into buffer: inout ScreenBuffer, rect: Rect) {
        let f = o.total.figure(horizon)
        let view = scope == 0 ? "Joint: \(o.scopeName)" : "\(o.scopeName) (\(scope) of \(municipalities.count))"
        let roundNote = rounds.count > 1 ? " · round \(round + 1) of \(rounds.count)" : ""
        buffer.put(" \(view) · \(o.round)\(roundNote) · \(horizon.label) ahead", x: rect.x, y: rect.y, style: Style.normal.bolded, maxWidth: rect.width)
        let net = f.net > 0 ? "+\(f.net)" : "\(f.net)"
        buffer.put(" \(Format.plural(f.answers, "answer"))\(f.tooFew ? " !" : "") · hires \(Format.count(f.hires)) (net \(net)) · grow \(f.percent(f.growing))% · "
                   + "same \(f.percent(f.steady))% · decline \(f.percent(f.declining))%",
                   x: rect.x, y: rect.y + 1, style: f.tooFew ? .warn : .normal, maxWidth: rect.width)
        buffer.put(" \(f.hardToRecruit) name an occupation hard to recruit · ! = fewer than \(o.minimumAnswers) answers, too few to trust",
                   x: rect.x, y: rect.y + 2, style: .dim, maxWidth: rect.width)
    }

    /// The selected group's occupations as horizontal bars of expected hires.
    private func renderOccupations(_ group: BarometerRow, into buffer: inout ScreenBuffer, rect: Rect, usesColor: Bool) {
        guard rect.height >= 2 else { return }
        Draw.heading("\(group.label): occupations (\(horizon.label))", into: &buffer, x: rect.x, y: rect.y, width: rect.width, focused: false)
        let rows = group.occupations.sorted { ($1.figure(horizon).hires, $0.label) < ($0.figure(horizon).hires, $1.label) }
        guard !rows.isEmpty else {
            buffer.put("  No company named an occupation in this group.", x: rect.x, y: rect.y + 1, style: .dim, maxWidth: rect.width)
            return
        }
        let top = max(1, rows.map { $0.figure(horizon).hires }.max() ?? 1)
        let labelWidth = min(26, max(10, rect.width / 3))
        let barWidth = max(4, rect.width - labelWidth - 18)
        let visible = rows.count <= rect.height - 1 ? rows.count : max(0, rect.height - 2)
        for (i, r) in rows.prefix(visible).enumerated() {
            let f = r.figure(horizon)
            let y = rect.y + 1 + i
            buffer.put("  " + DisplayWidth.pad(r.label, toWidth: labelWidth), x: rect.x, y: y, style: f.tooFew ? .warn : .normal, maxWidth: rect.width)
            let bar = Gauge(value: Double(f.hires) * 100 / Double(top)).text(width: barWidth, monochrome: !usesColor)
            buffer.put(bar, x: rect.x + 3 + labelWidth, y: y, style: .accent, maxWidth: rect.width - 3 - labelWidth, truncate: false)
            buffer.put(" \(DisplayWidth.rightAlign(Format.count(f.hires), toWidth: 4)) n=\(f.answers)\(f.tooFew ? " !" : "")",
                       x: rect.x + 3 + labelWidth + barWidth, y: y, style: f.tooFew ? .warn : .normal,
                       maxWidth: max(0, rect.maxX - (rect.x + 3 + labelWidth + barWidth)))
        }
        if rows.count > visible {
            buffer.put("  … \(rows.count - visible) more", x: rect.x, y: rect.y + rect.height - 1, style: .dim, maxWidth: rect.width)
        }
    }
}
