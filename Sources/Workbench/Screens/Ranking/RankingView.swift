import JobMatchCore
import MatchEngine
import TerminalUI

extension RankingScreen {
    struct Layout {
        var header: Rect
        var table: Rect
        var preview: Rect
        var previewRows: Int { max(1, preview.height - 1) }
        var previewTextWidth: Int { preview.width - (preview.x > 0 ? 2 : 1) }
        /// Data rows that fit in the table when every row fits (tests, captures).
        var listRows: Int { max(1, table.height - 1) }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let (header, table, preview) = ListDetail.split(size, headerRows: 3, sideFromWidth: 130, sideWidth: 46,
                                                        belowFromHeight: 16, belowRows: 6...10)
        return Layout(header: header, table: table, preview: preview)
    }

    /// A ranked candidate as a row of the table.
    struct Row {
        /// The separator line above the near misses, drawn in the candidate column.
        var separator: String?
        var rank: Int
        var ranked: RankedRow
        var candidate: Candidate?
        var data: WorkbenchData
        var user: NameAccess
        var usesColor: Bool
    }

    static let columns: [ListColumn<Row>] = [
        ListColumn("#", width: 4, min: 3, priority: 6, alignRight: true) { $0.separator != nil ? "" : $0.rank > 0 ? String($0.rank) : "~" },
        ListColumn("Score", width: 14, min: 10, priority: 10, style: { Draw.scoreStyle($0.ranked.score) }) { r, width in
            if r.separator != nil { return "" }
            return Draw.gauge(r.ranked.score, width: max(3, width - 4), usesColor: r.usesColor) + DisplayWidth.rightAlign(Format.score(r.ranked.score), toWidth: 4)
        },
        ListColumn("Candidate", width: 26, min: 18, flexible: true, weight: 2, priority: 9) { r in
            if r.separator != nil { return "" }
            return r.candidate.map { label($0, user: r.user) } ?? r.ranked.candidateID
        },
        ListColumn("Lives in", width: 13, min: 11, priority: 8) { r in r.separator != nil ? "" : r.candidate.map { r.data.municipalityName($0.municipality) } ?? "?" },
        ListColumn("Commute", width: 7, priority: 7, alignRight: true) { r in
            r.separator != nil ? "" : r.ranked.commuteMinutes.map { "\($0) min" } ?? "–"
        },
        ListColumn("Hours", width: 5, priority: 4, alignRight: true) { r in
            r.separator != nil ? "" : (r.ranked.hoursWanted ?? r.candidate?.hoursPerWeek).map { "\($0) h" } ?? "–"
        },
        ListColumn("Requirements", width: 17, min: 9, priority: 7, short: "Ess · Opt") { r, width in
            let x = r.ranked
            if r.separator != nil { return "" }
            return width >= 17 ? "\(x.essentialMet)/\(x.essentialTotal) ess · \(x.optionalMet)/\(x.optionalTotal) opt"
                : "\(x.essentialMet)/\(x.essentialTotal) · \(x.optionalMet)/\(x.optionalTotal)"
        },
        ListColumn("Gap", width: 24, min: 10, flexible: true, weight: 3, priority: 5) { r in
            r.separator != nil ? "" : r.ranked.gap.isEmpty ? "—" : r.ranked.gap.joined(separator: ", ")
        },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let data = env.data
        renderHeader(into: &buffer, rect: l.header, data: data)
        let table = ListTable(Self.columns, width: l.table.width - 1)
        if let note = notOpen(env) {
            table.drawHeader(into: &buffer, x: l.table.x + 1, y: l.table.y)
            buffer.put("Not ranked: this vacancy is \(note). Only open vacancies are ranked. Esc goes back.",
                       x: l.table.x + 2, y: l.table.y + 2, style: .warn, maxWidth: l.table.width - 2)
            return
        }
        guard let outcome else {
            table.drawHeader(into: &buffer, x: l.table.x + 1, y: l.table.y)
            let text = env.engine == .indexing
                ? "Building the matching index… the ranking starts as soon as it is ready. Esc goes back."
                : "Ranking candidates from \(Format.plural(data.participating.count, "municipality", "municipalities"))…"
            buffer.put(text, x: l.table.x + 2, y: l.table.y + 2, style: .dim, maxWidth: l.table.width - 2)
            return
        }
        let empty = outcome.rows.isEmpty ? "No candidate meets the hard requirements — see the exclusions above."
            : "No ranked candidate matches the filter — press x to clear it."
        let user = nameAccess(env)
        let separator = outcome.rows.isEmpty ? "── nobody qualifies · near misses: missing one thing ──"
            : "── near misses: missing one thing ──"
        let shown = ListView.draw(table, into: &buffer, rect: l.table, count: entryCount, cursor: list, focused: focus == .table, empty: empty, emptyOffset: 1) { i in
            let e = entry(i)
            guard let ranked = rankedRow(e) else {
                return Row(separator: separator, rank: 0, ranked: RankedRow(candidateID: "", score: 0, essentialMet: 0, essentialTotal: 0,
                                                                            optionalMet: 0, optionalTotal: 0, commuteMinutes: nil, gap: []),
                           candidate: nil, data: data, user: user, usesColor: usesColor)
            }
            let rank = if case .ranked(let r) = e { r + 1 } else { 0 }
            return Row(rank: rank, ranked: ranked, candidate: data.candidate(id: ranked.candidateID), data: data,
                       user: user, usesColor: usesColor)
        }
        drawSeparator(separator, into: &buffer, table: l.table, shown: shown)
        renderPreview(into: &buffer, layout: l, env: env)
    }

    /// The line between the ranked candidates and the near misses, across the whole table
    /// (its row is drawn empty by the columns, then overwritten here).
    private func drawSeparator(_ text: String, into buffer: inout ScreenBuffer, table rect: Rect, shown: ListCursor) {
        guard !nearRows.isEmpty else { return }
        let index = rows.count
        let line = index - shown.top
        guard line >= 0, line < ListView.visibleRows(height: rect.height, count: entryCount), rect.y + 1 + line < rect.maxY else { return }
        let y = rect.y + 1 + line
        let selected = shown.selected == index
        let style: Style = selected ? (focus == .table ? .selected : .selectedInactive) : .dim
        buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: selected ? style : .normal)
        buffer.put(text, x: rect.x + 2, y: y, style: style, maxWidth: rect.width - 3)
    }

    private func renderHeader(into buffer: inout ScreenBuffer, rect: Rect, data: WorkbenchData) {
        let v = data.dataset.vacancies[vacancyRow]
        let w = rect.width - 1
        buffer.put("\(v.id)  \(v.title) · \(data.companyName(ofVacancy: vacancyRow)) · \(data.municipalityName(v.municipality))",
                   x: 1, y: rect.y, style: Style.normal.bolded, maxWidth: w)
        let essentials = v.requirements.filter(\.essential).map { "\(data.competence($0.competence)) \($0.minLevel)" }
        // What the job asks of car and hours comes before the dates, so it is seen at 80 columns.
        let conditions = WorkingHoursText.jobConditions(car: v.car, hours: v.workingHours)
        buffer.put("\(data.jobTypeLabel(ofVacancy: vacancyRow)) · \(Format.plural(v.positions, "position"))\(conditions.isEmpty ? "" : " · " + conditions) · expires \(v.expiryDate) (\(Format.relative(v.expiryDate, today: data.today))) · needs \(essentials.isEmpty ? "no essential competences" : essentials.joined(separator: ", "))",
                   x: 1, y: rect.y + 1, style: v.needsFollowUp(today: data.today) ? .warn : .normal, maxWidth: w)
        guard let outcome else { return }
        var summary = "\(Format.count(outcome.eligibleCount)) of \(Format.count(outcome.considered)) candidates in \(Format.plural(data.participating.count, "municipality", "municipalities")) qualify"
        if outcome.rows.count < outcome.eligibleCount { summary += " (top \(Format.count(outcome.rows.count)) shown)" }
        summary += " · \(Int(outcome.milliseconds.rounded())) ms"
        let excluded = outcome.exclusions.filter { $0.count > 0 }
        if !excluded.isEmpty { summary += " · " + excluded.map { "\(Format.count($0.count)) \($0.reason)" }.joined(separator: ", ") }
        if let error = outcome.error { summary = error }
        buffer.put(summary, x: 1, y: rect.y + 2, style: outcome.error == nil ? .dim : .bad, maxWidth: w)
    }

    private func renderPreview(into buffer: inout ScreenBuffer, layout l: Layout, env: ScreenEnv) {
        let p = l.preview
        guard p.height >= 2 else { return }
        let x = p.x + (p.x > 0 ? 1 : 0)
        if p.x > 0 { Border.verticalLine(into: &buffer, x: p.x, y: p.y, height: p.height) }
        Draw.heading("Selected candidate", into: &buffer, x: x, y: p.y, width: p.maxX - x, focused: focus == .preview)
        Draw.lines(previewLines(env, width: l.previewTextWidth), into: &buffer,
                   rect: Rect(x: x + 1, y: p.y + 1, width: l.previewTextWidth, height: p.height - 1), top: preview.top)
    }

    /// The selected row in a few lines: who, where, how well, and what is missing.
    func previewLines(_ env: ScreenEnv, width: Int) -> [PaneLine] {
        guard let outcome else { return [] }
        var cursor = list
        cursor.clamp(count: entryCount, visible: 1)
        guard cursor.selected < entryCount else {
            // Nothing to preview: say why the list is empty instead.
            let excluded = outcome.exclusions.filter { $0.count > 0 }
            var lines = [PaneLine(outcome.rows.isEmpty ? "Nobody qualifies. Of \(Format.count(outcome.considered)) candidates:"
                                                        : "The filter hides every ranked candidate (x clears it).", Style.normal.bolded)]
            if outcome.rows.isEmpty { lines += excluded.map { PaneLine("  • \(Format.count($0.count)) \($0.reason)") } }
            return lines.wrapped(width: width)
        }
        let selected = entry(cursor.selected)
        guard let row = rankedRow(selected) else {
            return [PaneLine("Near misses", Style.normal.bolded),
                    PaneLine("Below: \(Format.plural(nearRows.count, "candidate")) missing exactly one thing — one essential competence or one level of it, a commute a little too long, a late start, or too few hours — least missing first."),
                    PaneLine("\(Format.count(outcome.nearMissCount)) near misses in all.", .dim)].wrapped(width: width)
        }
        let data = env.data
        guard let c = data.candidate(id: row.candidateID) else { return [PaneLine(row.candidateID)] }
        let home = data.municipalityName(c.municipality)
        var lines: [PaneLine] = []
        if nameAccess(env).showsName(of: c) {
            lines.append(PaneLine("\(c.name) (\(c.id))", Style.normal.bolded))
        } else if PersonalDetails.visible(c, to: env.context.user) {
            lines.append(PaneLine("\(c.id) · \(home) — \(names.withheldNotice ?? "name not shown")", Style.normal.bolded))
        } else {
            lines.append(PaneLine("\(c.id) · \(home) — pseudonym, no consent to share", Style.normal.bolded))
            lines.append(PaneLine("Details hidden — " + data.ownerContact(c).text, .dim))
        }
        lines.append(PaneLine("Lives in \(home) · \(row.commuteMinutes.map { "\($0) min to work" } ?? "commute unknown") · available \(c.availableFrom) · wants \(c.hoursPerWeek) h of \(data.dataset.vacancies[vacancyRow].hoursPerWeek)"))
        if case .near = selected {
            lines.append(PaneLine("Near miss — missing one thing: \(row.gap.first ?? "")", .warn))
        }
        lines.append(PaneLine("Score \(Format.score(row.score)) · essential \(row.essentialMet)/\(row.essentialTotal) · optional \(row.optionalMet)/\(row.optionalTotal)", Draw.scoreStyle(row.score)))
        if case .near = selected {
            // The one gap is above.
        } else if row.gap.isEmpty {
            lines.append(PaneLine("No gap: meets every requirement", .good))
        } else {
            lines.append(PaneLine("Gap:"))
            lines += row.gap.map { PaneLine("  • " + $0) }
        }
        lines.append(PaneLine("Enter: profile and full score breakdown", .dim))
        return lines.wrapped(width: width)
    }
}
