import JobMatchCore
import MatchEngine
import TerminalUI

extension AllocationScreen {
    struct Layout {
        /// The comparison: heading and table.
        var comparison: Rect
        /// The vacancy list (heading above it).
        var vacancies: Rect
        /// The selected vacancy's proposals (heading above it); empty when too narrow.
        var detail: Rect
        var list: Rect { Rect(x: vacancies.x, y: vacancies.y + 1, width: vacancies.width, height: max(1, vacancies.height - 1)) }
    }

    /// The comparison rows that always show; all of them when the terminal is tall.
    static let shortComparison = [0, 1, 2, 4, 6, 8]

    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let rows = (body.height >= 34 ? 9 : shortComparison.count) + 1
        let (comparison, rest) = body.splitTop(min(rows, max(0, body.height - 4)))
        guard rest.width >= 70 else { return Layout(comparison: comparison, vacancies: rest, detail: Rect(x: rest.maxX, y: rest.y, width: 0, height: 0)) }
        let (left, right) = rest.splitLeft(rest.width * 11 / 20)
        return Layout(comparison: comparison, vacancies: Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height), detail: right)
    }

    static let columns: [ListColumn<AllocatedVacancy>] = [
        ListColumn("Vacancy", width: 7, priority: 10) { $0.vacancyID },
        ListColumn("Title", width: 22, min: 8, flexible: true, priority: 5) { $0.title },
        ListColumn("Prop", width: 5, priority: 9, alignRight: true) { "\($0.proposals.count)/\($0.slots)" },
        ListColumn("Greedy", width: 6, priority: 4, alignRight: true, short: "Gr") { "\($0.greedyCount)" },
        ListColumn("Qual", width: 5, priority: 3, alignRight: true) { Format.count($0.qualified) },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        guard let a = allocation else {
            Draw.heading("Allocation across vacancies", into: &buffer, x: l.comparison.x, y: l.comparison.y, width: l.comparison.width, focused: false)
            let text = env.engine == .ready ? "Allocating every open vacancy of the cooperation at once…"
                : "Waiting for the matching engine (building the index)…"
            buffer.put(text, x: l.comparison.x + 2, y: l.comparison.y + 1, style: .dim, maxWidth: l.comparison.width - 2)
            return
        }
        renderComparison(a, into: &buffer, rect: l.comparison)
        let r = l.vacancies
        Draw.heading("Open vacancies (\(Format.count(a.vacancyCount)))", into: &buffer, x: r.x, y: r.y, width: r.width, focused: true)
        let table = ListTable(Self.columns, width: r.width - 1)
        let shown = ListView.draw(table, into: &buffer, rect: l.list, count: a.vacancies.count, cursor: cursor, focused: true,
                                  empty: "No open vacancy in the participating municipalities.") { a.vacancies[$0] }
        guard l.detail.width > 0, shown.selected < a.vacancies.count else { return }
        renderDetail(a.vacancies[shown.selected], perCandidate: a.perCandidate, env: env, into: &buffer, rect: l.detail)
    }

    private func renderComparison(_ a: Allocation, into buffer: inout ScreenBuffer, rect r: Rect) {
        guard r.height > 0 else { return }
        let note = a.certified ? "optimal" : "optimal over the lists read"
        Draw.heading("Allocation: ×\(a.factor) per position, ≤ \(a.perCandidate) per candidate (\(note))",
                     into: &buffer, x: r.x, y: r.y, width: r.width, focused: false)
        let all = AllocationComparison.rows(a)
        let rows = r.height - 1 >= all.count ? Array(all.indices) : Self.shortComparison
        let labelWidth = max(12, min(34, r.width - 3 * 11 - 2))
        for (line, i) in rows.prefix(max(0, r.height - 1)).enumerated() {
            let cells = all[i]
            let y = r.y + 1 + line
            let style: Style = i == 0 ? .dim : .normal
            buffer.put(cells[0], x: r.x + 2, y: y, style: style, maxWidth: labelWidth)
            for c in 1..<cells.count {
                let text = cells[c]
                let x = r.x + 2 + labelWidth + (c - 1) * 11 + max(0, 10 - DisplayWidth.of(text))
                guard x < r.maxX else { break }
                buffer.put(text, x: x, y: y, style: c == 3 && i > 0 ? Style.normal.bolded : style, maxWidth: r.maxX - x)
            }
        }
    }

    private func renderDetail(_ v: AllocatedVacancy, perCandidate: Int, env: ScreenEnv, into buffer: inout ScreenBuffer, rect r: Rect) {
        Draw.heading("\(v.vacancyID) proposals", into: &buffer, x: r.x, y: r.y, width: r.width, focused: false)
        var lines = [
            PaneLine(v.title, Style.normal.bolded),
            PaneLine("\(env.data.municipalityName(v.municipality)) · \(Format.plural(v.positions, "position")) · \(Format.count(v.qualified)) qualify", .dim),
            PaneLine("Proposed \(v.proposals.count) of \(v.slots); greedy \(v.greedyCount), own top list \(v.topListCount)", .dim),
        ]
        if v.proposals.isEmpty {
            lines.append(PaneLine(v.qualified == 0 ? "Nobody meets the hard requirements"
                : "Nobody: every qualified candidate is proposed \(perCandidate)× elsewhere", .warn))
        }
        for (i, p) in v.proposals.enumerated() {
            lines.append(PaneLine("\(i + 1). \(p.candidateID)  \(p.score)  #\(p.rank) in its ranking\(p.proposedTo > 1 ? " · +\(p.proposedTo - 1) other" + (p.proposedTo > 2 ? "s" : "") : "")"))
        }
        Draw.lines(lines.wrapped(width: r.width - 1), into: &buffer, rect: Rect(x: r.x + 1, y: r.y + 1, width: r.width - 1, height: r.height - 1), top: 0)
    }
}
