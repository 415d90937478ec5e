import JobMatchCore
import MatchEngine
import TerminalUI

extension RecruitmentScreen {
    struct Layout { var heading: Rect; var projects: Rect; var summary: Rect; var coverage: Rect; var vacancies: Rect }

    /// The projects on top (a row each, up to a quarter of the body), the selected project's
    /// summary, then its coverage text and its vacancies: side by side from 110 columns,
    /// one above the other below that.
    static func layout(_ size: TerminalSize, projects: Int, vacancies: Int) -> Layout {
        let (heading, rest) = WorkbenchView.body(size).splitTop(1)
        let (top, below) = rest.splitTop(min(max(1, projects) + 1, max(3, rest.height / 4)))
        let (summary, detail) = below.splitTop(3)
        if size.width >= 110 {
            let (coverage, vacancies) = detail.splitLeft(detail.width / 2)
            return Layout(heading: heading, projects: top, summary: summary, coverage: coverage,
                          vacancies: Rect(x: vacancies.x + 1, y: vacancies.y, width: vacancies.width - 1, height: vacancies.height))
        }
        // The vacancies take the rows they need, up to half; the coverage text the rest.
        let (coverage, list) = detail.splitBottom(min(vacancies + 2, max(4, detail.height / 2)))
        return Layout(heading: heading, projects: top, summary: summary, coverage: coverage, vacancies: list)
    }

    /// A project row: the record and, once computed, its status.
    struct Row { var project: RecruitmentProject; var company: String; var coordinator: String; var status: RecruitmentStatus? }

    static func projectColumns(today: Day) -> [ListColumn<Row>] {
        [
            ListColumn("Project", width: 7, priority: 10) { $0.project.id },
            ListColumn("Company", width: 24, min: 12, flexible: true, weight: 2, priority: 9) { $0.company },
            ListColumn("Pos", width: 4, priority: 8, alignRight: true) { $0.status.map { String($0.positions) } ?? "–" },
            ListColumn("Deadline", width: 18, min: 10, priority: 7) { r in
                "\(r.project.deadline) " + (r.status.map { "(\($0.daysLeft) d)" } ?? "(\(today.days(until: r.project.deadline)) d)")
            },
            ListColumn("Coordinator", width: 16, min: 10, flexible: true, priority: 6) { $0.coordinator },
            ListColumn("Unfilled", width: 8, priority: 5, alignRight: true) { $0.status.map { String($0.unfilled) } ?? "–" },
        ]
    }

    static let vacancyColumns: [ListColumn<RecruitmentStatus.VacancyPipeline>] = [
        ListColumn("Vacancy", width: 7, priority: 10) { $0.vacancy },
        ListColumn("Title", width: 24, min: 8, flexible: true, priority: 6) { $0.title },
        ListColumn("Pos", width: 3, priority: 9, alignRight: true) { String($0.positions) },
        ListColumn("Qualif", width: 6, priority: 8, alignRight: true, style: { $0.open ? nil : .dim }) { $0.open ? String($0.qualified) : "closed" },
        ListColumn("Shortlist", width: 13, min: 9, priority: 7) { "\($0.shortlisted) \($0.shortlistState.rawValue)" },
        ListColumn("Hired", width: 5, priority: 8, alignRight: true) { String($0.hired) },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size, projects: projects.count, vacancies: selectedStatus?.vacancies.count ?? 0)
        let all = statuses ?? []
        let heading = " \(Format.plural(projects.count, "recruitment project")) · pooled across "
            + "\(Format.plural(env.data.participating.count, "participating municipality", "participating municipalities"))"
            + (statuses == nil ? "" : " · \(all.reduce(0) { $0 + $1.positions }) positions, \(all.reduce(0) { $0 + $1.unfilled }) unfilled")
        buffer.put(heading, x: l.heading.x, y: l.heading.y, style: Style.normal.bolded, maxWidth: l.heading.width)
        let rows = projects.enumerated().map { i, p in
            Row(project: p, company: env.data.dataset.companies.first { $0.id == p.company }?.name ?? p.company,
                coordinator: env.users.user(p.coordinator)?.name ?? p.coordinator,
                status: all.indices.contains(i) ? all[i] : nil)
        }
        let shown = ListView.draw(ListTable(Self.projectColumns(today: env.context.today), width: l.projects.width - 1), into: &buffer,
                                  rect: l.projects, count: rows.count, cursor: list, focused: focus == .projects,
                                  empty: "No recruitment projects: recruitments.jsonl is absent or empty.") { rows[$0] }
        guard rows.indices.contains(shown.selected) else { return }
        let row = rows[shown.selected]
        drawSummary(row, into: &buffer, l.summary, env)
        guard let s = row.status else {
            buffer.put(env.engine == .ready ? "  Computing coverage and pipeline…" : "  Waiting for the matching engine…",
                       x: l.coverage.x, y: l.coverage.y, style: .dim, maxWidth: l.coverage.width)
            return
        }
        Draw.heading("Coverage", into: &buffer, x: l.coverage.x, y: l.coverage.y, width: l.coverage.width, focused: focus == .coverage)
        Draw.lines(coverageLines(s, env, width: l.coverage.width - 1), into: &buffer,
                   rect: Rect(x: l.coverage.x + 1, y: l.coverage.y + 1, width: l.coverage.width - 1, height: l.coverage.height - 1),
                   top: coverage.top)
        Draw.heading("Pipeline per vacancy (Enter ranks)", into: &buffer, x: l.vacancies.x, y: l.vacancies.y,
                     width: l.vacancies.width, focused: focus == .vacancies)
        let v = s.vacancies
        ListView.draw(ListTable(Self.vacancyColumns, width: l.vacancies.width - 1), into: &buffer,
                      rect: Rect(x: l.vacancies.x, y: l.vacancies.y + 1, width: l.vacancies.width, height: l.vacancies.height - 1),
                      count: v.count, cursor: vacancyList, focused: focus == .vacancies,
                      empty: "None of the project's vacancies is in the records.") { v[$0] }
    }

    private func drawSummary(_ row: Row, into buffer: inout ScreenBuffer, _ rect: Rect, _ env: ScreenEnv) {
        Draw.heading("\(row.project.id) \(row.project.title)", into: &buffer, x: rect.x, y: rect.y, width: rect.width, focused: false)
        var first = "Company \(row.company) · coordinator \(row.coordinator) · deadline \(row.project.deadline)"
        var second = "Pipeline: computing…"
        if let s = row.status {
            first += " (\(s.daysLeft) days)"
            second = "Pipeline: \(s.positions) positions · \(s.proposed) qualified · \(s.shortlisted) shortlisted · "
                + "\(s.hired) hired · \(s.unfilled) unfilled"
        }
        buffer.put(first, x: rect.x + 1, y: rect.y + 1, maxWidth: rect.width - 1)
        if let wrong = problems[row.project.id]?.first {
            buffer.put("recruitments.jsonl: \(row.project.id): \(wrong)", x: rect.x + 1, y: rect.y + 2, style: .warn, maxWidth: rect.width - 1)
        } else {
            buffer.put(second, x: rect.x + 1, y: rect.y + 2, style: Style.normal.bolded, maxWidth: rect.width - 1)
        }
    }

    /// The coverage text of a project: per municipality against its quota, per required
    /// competence, what is unfilled, the upskilling that would close it, and the shortlisted
    /// candidates (names only where allowed and logged).
    /// Long lines wrap at `width` (the pane's), so nothing is cut off.
    func coverageLines(_ s: RecruitmentStatus, _ env: ScreenEnv, width: Int) -> [PaneLine] {
        // The first column as wide as its longest entry (within reason), so the numbers line up.
        let labels = s.municipalities.map { "\($0.name) (\($0.municipality))" } + s.competences.map(\.label) + ["Required competence"]
        let first = max(12, min(labels.map(DisplayWidth.of).max() ?? 22, width - 30))
        func cells(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
            DisplayWidth.pad(a, toWidth: first) + " " + DisplayWidth.rightAlign(b, toWidth: 6) + " "
                + DisplayWidth.rightAlign(c, toWidth: 9) + " " + DisplayWidth.rightAlign(d, toWidth: 11)
        }
        var out = [PaneLine(cells("Municipality", "Quota", "Qualified", "Shortlisted"), .header)]
        for m in s.municipalities {
            out.append(PaneLine(cells("\(m.name) (\(m.municipality))", "\(m.quota)", "\(m.qualified)", "\(m.shortlisted)"),
                                m.qualified < m.quota ? .warn : .normal))
        }
        out.append(PaneLine(cells("Required competence", "Level", "Positions", "Candidates"), .header))
        for c in s.competences {
            out.append(PaneLine(cells(c.label, "\(c.level)", "\(c.positions)", "\(c.candidates)"), c.candidates < c.positions ? .warn : .normal))
        }
        out.append(PaneLine("Unfilled: \(s.unfilled) of \(s.positions) positions"
                            + (s.uncovered > 0 ? " · \(s.uncovered) beyond the qualified pool" : ""), s.unfilled > 0 ? .warn : .normal))
        if s.upskilling.isEmpty {
            out.append(PaneLine("No upskilling proposal reaches these vacancies", .dim))
        } else {
            out.append(PaneLine("Upskilling that would qualify more candidates:", .header))
            for u in s.upskilling {
                out.append(PaneLine("  \(u.label) \(u.level): \(u.candidates) would qualify · \(u.course ?? "no course in the catalogue")"))
            }
        }
        let shortlisted = s.vacancies.flatMap { v in v.candidates.map { (v.vacancy, $0) } }
        out.append(PaneLine(shortlisted.isEmpty ? "No one is shortlisted yet" : "Shortlisted:", shortlisted.isEmpty ? .dim : .header))
        let access = names.access(env)
        for (vacancy, id) in shortlisted {
            let home = env.data.candidate(id: id).map { env.data.municipalityName($0.municipality) } ?? ""
            out.append(PaneLine("  \(vacancy) · \(access.label(id, data: env.data)) · \(home)"))
        }
        return out.wrapped(width: width)
    }
}
