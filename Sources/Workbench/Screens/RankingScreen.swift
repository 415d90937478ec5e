import JobMatchCore
import TerminalUI

/// Candidates from all participating municipalities ranked for one vacancy: score gauge,
/// name (or pseudonym without consent), home municipality, commute, essential/optional
/// requirements met, and the gap. Ranked in the background; the screen stays live.
enum RankingScreen {
    struct Layout {
        var header: Rect
        var table: Rect
        var preview: Rect
        var listRows: Int { max(1, table.height - 1) }
        var previewRows: Int { max(1, preview.height - 1) }
        var previewTextWidth: Int { preview.width - (preview.x > 0 ? 2 : 1) }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let (header, table, preview) = ListDetailLayout.split(size, headerRows: 3, sideFromWidth: 130, sideWidth: 46,
                                                              belowFromHeight: 16, belowRows: 6...10)
        return Layout(header: header, table: table, preview: preview)
    }

    static let columns = [
        Column("#", width: 4, min: 3, priority: 6, alignRight: true),
        Column("Score", width: 14, min: 10, priority: 10),
        Column("Candidate", width: 26, min: 18, flexible: true, weight: 2, priority: 9),
        Column("Lives in", width: 13, min: 11, priority: 8),
        Column("Commute", width: 7, priority: 7, alignRight: true),
        Column("Requirements", width: 17, min: 9, priority: 7, short: "Ess · Opt"),
        Column("Gap", width: 24, min: 10, flexible: true, weight: 3, priority: 5),
    ]

    /// What a consultant may see as the candidate's name: the name for her own
    /// municipality's candidates and consenting ones, else the pseudonym id.
    static func label(_ candidate: Candidate, user: NameAccess) -> String {
        user.showsName(of: candidate) ? candidate.name : candidate.id
    }

    /// The text search and the filter look at: only what the row shows.
    static func searchText(_ row: RankedRow, data: WorkbenchData, user: NameAccess) -> String {
        guard let c = data.candidate(id: row.candidateID) else { return row.candidateID }
        return "\(label(c, user: user)) \(c.id) \(data.municipalityName(c.municipality)) \(row.gap.joined(separator: " "))"
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect, usesColor: Bool) {
        guard let r = state.ranking else { return }
        let l = layout(state.size)
        let data = state.data
        renderHeader(state, r, into: &buffer, rect: l.header)
        let table = TableLayout(columns, width: l.table.width - 1)
        table.drawHeader(into: &buffer, x: l.table.x + 1, y: l.table.y)
        guard let outcome = r.outcome else {
            let text = state.engine == .indexing
                ? "Building the matching index… the ranking starts as soon as it is ready. Esc goes back."
                : "Ranking candidates from \(Format.plural(data.participating.count, "municipality", "municipalities"))…"
            buffer.put(text, x: l.table.x + 2, y: l.table.y + 2, style: .dim, maxWidth: l.table.width - 2)
            return
        }
        if r.rows.isEmpty {
            let text = outcome.rows.isEmpty ? "No candidate meets the hard requirements — see the exclusions above."
                : "No ranked candidate matches the filter — press x to clear it."
            buffer.put(text, x: l.table.x + 2, y: l.table.y + 2, style: .dim, maxWidth: l.table.width - 2)
        }
        let focused = r.focus == .table
        let gaugeWidth = max(3, (table.widths[1] ?? 0) - 4)
        let requirementsWide = (table.widths[5] ?? 0) >= 17
        for rowOnScreen in 0..<l.listRows {
            let i = r.list.top + rowOnScreen
            guard i < r.rows.count else { break }
            let row = outcome.rows[r.rows[i]]
            let candidate = data.candidate(id: row.candidateID)
            let selected = i == r.list.selected
            let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
            let y = l.table.y + 1 + rowOnScreen
            buffer.fill(Rect(x: l.table.x, y: y, width: l.table.width, height: 1), style: style)
            let score = Draw.gauge(row.score, width: gaugeWidth, usesColor: usesColor) + DisplayWidth.rightAlign(Format.score(row.score), toWidth: 4)
            let requirements = requirementsWide
                ? "\(row.essentialMet)/\(row.essentialTotal) ess · \(row.optionalMet)/\(row.optionalTotal) opt"
                : "\(row.essentialMet)/\(row.essentialTotal) · \(row.optionalMet)/\(row.optionalTotal)"
            table.draw([String(r.rows[i] + 1), score,
                        candidate.map { label($0, user: state.rankingNames) } ?? row.candidateID,
                        candidate.map { data.municipalityName($0.municipality) } ?? "?",
                        row.commuteMinutes.map { "\($0) min" } ?? "–",
                        requirements,
                        row.gap.isEmpty ? "—" : row.gap.joined(separator: ", ")],
                       into: &buffer, x: l.table.x + 1, y: y, style: style,
                       styles: [nil, selected ? nil : Draw.scoreStyle(row.score)])
        }
        if r.list.top + l.listRows < r.rows.count {
            let marker = " ↓ \(r.rows.count - r.list.top - l.listRows) more "
            buffer.put(marker, x: l.table.maxX - DisplayWidth.of(marker), y: l.table.maxY - 1, style: .dim)
        }
        renderPreview(state, into: &buffer, layout: l)
    }

    private static func renderHeader(_ state: AppState, _ r: RankingState, into buffer: inout ScreenBuffer, rect: Rect) {
        let data = state.data
        let v = data.dataset.vacancies[r.vacancyRow]
        let w = rect.width - 1
        buffer.put("\(v.id)  \(v.title) · \(data.companyName(ofVacancy: r.vacancyRow)) · \(data.municipalityName(v.municipality))",
                   x: 1, y: rect.y, style: Style.normal.bolded, maxWidth: w)
        let essentials = v.requirements.filter(\.essential).map { "\(data.competence($0.competence)) \($0.minLevel)" }
        buffer.put("\(data.jobTypeLabel(ofVacancy: r.vacancyRow)) · \(Format.plural(v.positions, "position")) · expires \(v.expiryDate) (\(Format.relative(v.expiryDate, today: data.today))) · needs \(essentials.isEmpty ? "no essential competences" : essentials.joined(separator: ", "))",
                   x: 1, y: rect.y + 1, style: v.needsFollowUp(today: data.today) ? .warn : .normal, maxWidth: w)
        guard let outcome = r.outcome else { return }
        var summary = "\(Format.count(outcome.eligibleCount)) of \(Format.count(outcome.considered)) candidates in \(Format.plural(data.participating.count, "municipality", "municipalities")) qualify"
        if outcome.rows.count < outcome.eligibleCount { summary += " (top \(Format.count(outcome.rows.count)) shown)" }
        summary += " · \(Int(outcome.milliseconds.rounded())) ms"
        let excluded = outcome.exclusions.filter { $0.count > 0 }
        if !excluded.isEmpty { summary += " · " + excluded.map { "\(Format.count($0.count)) \($0.reason)" }.joined(separator: ", ") }
        if let error = outcome.error { summary = error }
        buffer.put(summary, x: 1, y: rect.y + 2, style: outcome.error == nil ? .dim : .bad, maxWidth: w)
    }

    private static func renderPreview(_ state: AppState, into buffer: inout ScreenBuffer, layout l: Layout) {
        let p = l.preview
        guard p.height >= 2, let r = state.ranking else { return }
        let x = p.x + (p.x > 0 ? 1 : 0)
        if p.x > 0 { Border.verticalLine(into: &buffer, x: p.x, y: p.y, height: p.height) }
        Draw.heading("Selected candidate", into: &buffer, x: x, y: p.y, width: p.maxX - x, focused: r.focus == .preview)
        Draw.lines(previewLines(state, width: l.previewTextWidth), into: &buffer,
                   rect: Rect(x: x + 1, y: p.y + 1, width: l.previewTextWidth, height: p.height - 1), top: r.preview.top)
    }

    /// The selected row in a few lines: who, where, how well, and what is missing.
    static func previewLines(_ state: AppState, width: Int) -> [PaneLine] {
        guard let r = state.ranking, let outcome = r.outcome else { return [] }
        guard r.list.selected < r.rows.count else {
            // Nothing to preview: say why the list is empty instead.
            let excluded = outcome.exclusions.filter { $0.count > 0 }
            var lines = [PaneLine(outcome.rows.isEmpty ? "Nobody qualifies. Of \(Format.count(outcome.considered)) candidates:"
                                                        : "The filter hides every ranked candidate (x clears it).", Style.normal.bolded)]
            if outcome.rows.isEmpty { lines += excluded.map { PaneLine("  • \(Format.count($0.count)) \($0.reason)") } }
            return lines.wrapped(width: width)
        }
        let row = outcome.rows[r.rows[r.list.selected]]
        let data = state.data
        guard let c = data.candidate(id: row.candidateID) else { return [PaneLine(row.candidateID)] }
        let home = data.municipalityName(c.municipality)
        var lines: [PaneLine] = []
        if state.rankingNames.showsName(of: c) {
            lines.append(PaneLine("\(c.name) (\(c.id))", Style.normal.bolded))
        } else if state.context.user.maySeePersonalDetails(of: c) {
            lines.append(PaneLine("\(c.id) · \(home) — \(r.names.withheldNotice ?? "name not shown")", Style.normal.bolded))
        } else {
            lines.append(PaneLine("\(c.id) · \(home) — pseudonym, no consent to share", Style.normal.bolded))
        }
        lines.append(PaneLine("Lives in \(home) · \(row.commuteMinutes.map { "\($0) min to work" } ?? "commute unknown") · available \(c.availableFrom)"))
        lines.append(PaneLine("Score \(Format.score(row.score)) · essential \(row.essentialMet)/\(row.essentialTotal) · optional \(row.optionalMet)/\(row.optionalTotal)", Draw.scoreStyle(row.score)))
        if row.gap.isEmpty {
            lines.append(PaneLine("No gap: meets every requirement", .good))
        } else {
            lines.append(PaneLine("Gap:"))
            lines += row.gap.map { PaneLine("  • " + $0) }
        }
        lines.append(PaneLine("Enter: profile and full score breakdown", .dim))
        return lines.wrapped(width: width)
    }
}
