import JobMatchCore
import MatchEngine
import TerminalUI

/// Joint upskilling for the supervisor: the competences that keep candidates from the
/// shortage occupations, grouped across municipalities into proposed joint courses, with
/// below the selected one the participants per municipality, the catalogue courses that
/// close the gap (with their capacity; seats left after the journal's enrolments are in
/// `jobmatch upskilling`) and the vacancies they would then meet. Counts and catalogue data only: participants are not named here (their
/// pseudonyms are in `jobmatch upskilling --json`), so nothing needs the audit log.
/// Enrolment is `jobmatch upskilling enrol COURSE K` (not yet from this screen).
package struct UpskillingScreen: WorkbenchScreen {
    package var plan: UpskillingPlan
    package var list = ListCursor()
    package var lastSearch = ""

    package static let id: ScreenID = "upskilling"
    package static let title = "Upskilling"

    package init(data: WorkbenchData, courses: [Course]) {
        let d = data.dataset
        let travel = TravelMatrix(registry: d.registry, model: d.schema.travel)
        let report = ShortageReport.compute(dataset: d, travel: travel,
                                            today: data.today)
        plan = UpskillingPlan.compute(dataset: d, travel: travel, report: report, courses: courses,
                                      enrolments: CourseEnrolments(), today: data.today)
    }

    package static let keys = KeyTable(KeyTable.movement + [KeyTable.back] + KeyTable.searching + KeyTable.common,
                                       hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"),
                                               (["startSearch"], "search"), (["back"], "back")])

    package func candidatesInView(_ env: ScreenEnv) -> String {
        Format.plural(Set(plan.proposals.flatMap { $0.participants.map(\.candidate) }).count, "candidate") + " to upskill"
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let rows = plan.proposals
        let l = Self.layout(env.size)
        return .list(\.list, count: rows.count, visibleRows: ListView.visibleRows(height: l.list.height, count: rows.count),
                     lastSearch: \.lastSearch) { i, n in FoldedTexts.matches(rows[i].label + " " + (rows[i].courses.first?.title ?? ""), n) }
    }
}

extension UpskillingScreen {
    struct Layout { var heading: Rect; var list: Rect; var detail: Rect }

    static func layout(_ size: TerminalSize) -> Layout {
        let (heading, rest) = WorkbenchView.body(size).splitTop(1)
        let (list, detail) = rest.splitBottom(min(8, max(3, rest.height / 3)))
        return Layout(heading: heading, list: list, detail: detail)
    }

    static let columns: [ListColumn<ProposedCourse>] = [
        ListColumn("Missing competence", width: 30, min: 18, flexible: true, weight: 2, priority: 10) { "\($0.label) \($0.level)" },
        ListColumn("People", width: 6, priority: 9, alignRight: true) { String($0.participants.count) },
        ListColumn("Qualify", width: 7, priority: 8, alignRight: true) { String($0.qualifyAfter) },
        ListColumn("Vac", width: 4, priority: 6, alignRight: true) { String($0.vacancies.count) },
        ListColumn("Course", width: 30, min: 12, flexible: true, priority: 7, style: { $0.courses.isEmpty ? .dim : nil }) {
            $0.courses.first.map { "\($0.course) \($0.title)" } ?? "none in the catalogue"
        },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let rows = plan.proposals
        buffer.put(" Joint courses · \(Format.plural(plan.shortages, "shortage area")) · \(Format.plural(rows.count, "missing competence"))"
                   + " · \(Format.plural(env.context.courses.count, "course")) in catalogue",
                   x: l.heading.x, y: l.heading.y, style: Style.normal.bolded, maxWidth: l.heading.width)
        ListView.draw(ListTable(Self.columns, width: l.list.width - 1), into: &buffer, rect: l.list, count: rows.count,
                      cursor: list, focused: true, empty: "No candidate is one or two competences from a shortage occupation.") { rows[$0] }
        var shown = list
        shown.clamp(count: rows.count, visible: ListView.visibleRows(height: l.list.height, count: rows.count))
        let selected = rows.indices.contains(shown.selected) ? rows[shown.selected] : nil
        Draw.heading(selected.map { "\($0.label) level \($0.level)" } ?? "Details", into: &buffer, x: l.detail.x, y: l.detail.y,
                     width: l.detail.width, focused: false)
        guard let p = selected else { return }
        var lines = [
            PaneLine("\(p.participants.count) candidates miss it; \(p.qualifyAfter) would then qualify, the rest also miss one more"),
            PaneLine("Per municipality: " + p.perMunicipality.map { "\($0.name) \($0.candidates)" }.joined(separator: ", ")),
            PaneLine("Vacancies they would then meet: " + (p.vacancies.isEmpty ? "none open now" : p.vacancies.prefix(8).joined(separator: " ")
                     + (p.vacancies.count > 8 ? " …" : ""))),
        ]
        for c in p.courses.prefix(3) {
            lines.append(PaneLine("\(c.course) \(c.title) · \(c.provider) · \(c.startDate)–\(c.endDate) · \(c.capacity) seats"))
        }
        if p.courses.isEmpty { lines.append(PaneLine("No course in courses.jsonl gives it at this level", .warn)) }
        Draw.lines(lines, into: &buffer, rect: Rect(x: l.detail.x + 1, y: l.detail.y + 1, width: l.detail.width - 1,
                                                   height: l.detail.height - 1), top: 0)
    }
}
