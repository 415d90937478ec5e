import JobMatchCore
import MatchEngine
import TerminalUI

extension UpskillingScreen {
    struct Layout { var heading: Rect; var list: Rect; var detail: Rect; var courses: Rect; var participants: Rect }

    /// The proposals on top, the selected one's summary, then its courses and its
    /// participants, each pane with a heading that shows the focus.
    static func layout(_ size: TerminalSize) -> Layout {
        let (heading, rest) = WorkbenchView.body(size).splitTop(1)
        let (list, lower) = rest.splitTop(max(4, rest.height * 3 / 10))
        let (detail, panes) = lower.splitTop(4)
        let (courses, participants) = panes.splitTop(max(4, panes.height * 2 / 5))
        return Layout(heading: heading, list: list, detail: detail, courses: courses, participants: participants)
    }

    /// A proposal row with the seats left on its first course now.
    struct Row { var proposal: ProposedCourse; var seatsLeft: Int? }

    static let columns: [ListColumn<Row>] = [
        ListColumn("Missing competence", width: 30, min: 18, flexible: true, weight: 2, priority: 10) { "\($0.proposal.label) \($0.proposal.level)" },
        ListColumn("People", width: 6, priority: 9, alignRight: true) { String($0.proposal.participants.count) },
        ListColumn("Qualify", width: 7, priority: 8, alignRight: true) { String($0.proposal.qualifyAfter) },
        ListColumn("Vac", width: 4, priority: 6, alignRight: true) { String($0.proposal.vacancies.count) },
        ListColumn("Course (seats left)", width: 34, min: 12, flexible: true, priority: 7, style: { $0.proposal.courses.isEmpty ? .dim : nil }) { r in
            r.proposal.courses.first.map { "\($0.course) (\(r.seatsLeft ?? $0.capacity)) \($0.title)" } ?? "none in the catalogue"
        },
    ]

    /// A course with the seats left now.
    struct CourseRow { var option: CourseOption; var seatsLeft: Int }

    static let courseColumns: [ListColumn<CourseRow>] = [
        ListColumn("Course", width: 6, priority: 10) { $0.option.course },
        ListColumn("Title", width: 30, min: 10, flexible: true, weight: 2, priority: 7) { $0.option.title },
        ListColumn("Provider", width: 16, min: 8, flexible: true, priority: 6) { $0.option.provider },
        ListColumn("Starts", width: 10, priority: 5) { "\($0.option.startDate)" },
        ListColumn("Seats left", width: 13, min: 10, priority: 9, style: { $0.seatsLeft == 0 ? .warn : nil }) {
            "\($0.seatsLeft) of \($0.option.capacity)"
        },
    ]

    /// A participant as listed: her label (a name only where allowed and logged), home,
    /// her other gap and whether she is on the selected course.
    struct ParticipantRow { var label: String; var home: String; var also: String; var enrolled: String }

    static let participantColumns: [ListColumn<ParticipantRow>] = [
        ListColumn("Candidate", width: 30, min: 7, flexible: true, weight: 2, priority: 10) { $0.label },
        ListColumn("Home", width: 14, min: 8, priority: 8) { $0.home },
        ListColumn("Also missing", width: 20, min: 8, flexible: true, priority: 6) { $0.also },
        ListColumn("Enrolled", width: 14, min: 8, priority: 9) { $0.enrolled },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let rows = plan.proposals.map { p in Row(proposal: p, seatsLeft: p.courses.first.map { Self.seatsLeft($0, env) }) }
        buffer.put(" Joint courses · \(Format.plural(plan.shortages, "shortage area")) · \(Format.plural(rows.count, "missing competence"))"
                   + " · \(Format.plural(env.context.courses.count, "course")) in catalogue",
                   x: l.heading.x, y: l.heading.y, style: Style.normal.bolded, maxWidth: l.heading.width)
        let shown = ListView.draw(ListTable(Self.columns, width: l.list.width - 1), into: &buffer, rect: l.list, count: rows.count,
                                  cursor: list, focused: focus == .proposals,
                                  empty: "No candidate is one or two competences from a shortage occupation.") { rows[$0] }
        let selected = rows.indices.contains(shown.selected) ? rows[shown.selected].proposal : nil
        Draw.heading(selected.map { "\($0.label) level \($0.level)" } ?? "Details", into: &buffer, x: l.detail.x, y: l.detail.y,
                     width: l.detail.width, focused: false)
        guard let p = selected else { return }
        let lines = [
            PaneLine("\(p.participants.count) candidates miss it; \(p.qualifyAfter) would then qualify, the rest also miss one more"),
            PaneLine("Per municipality: " + p.perMunicipality.map { "\($0.name) \($0.candidates)" }.joined(separator: ", ")),
            PaneLine("Vacancies they would then meet: " + (p.vacancies.isEmpty ? "none open now" : p.vacancies.prefix(8).joined(separator: " ")
                     + (p.vacancies.count > 8 ? " …" : ""))),
        ]
        Draw.lines(lines, into: &buffer, rect: Rect(x: l.detail.x + 1, y: l.detail.y + 1, width: l.detail.width - 1, height: 3), top: 0)
        drawCourses(p, into: &buffer, l.courses, env)
        drawParticipants(p, into: &buffer, l.participants, env)
    }

    private func drawCourses(_ p: ProposedCourse, into buffer: inout ScreenBuffer, _ rect: Rect, _ env: ScreenEnv) {
        Draw.heading("Courses (seats left after the journal's enrolments)", into: &buffer, x: rect.x, y: rect.y, width: rect.width,
                     focused: focus == .courses)
        let rows = p.courses.map { CourseRow(option: $0, seatsLeft: Self.seatsLeft($0, env)) }
        ListView.draw(ListTable(Self.courseColumns, width: rect.width - 1), into: &buffer,
                      rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), count: rows.count,
                      cursor: courseList, focused: focus == .courses,
                      empty: "No course in courses.jsonl gives it at this level") { rows[$0] }
    }

    private func drawParticipants(_ p: ProposedCourse, into buffer: inout ScreenBuffer, _ rect: Rect, _ env: ScreenEnv) {
        let course = p.courses.indices.contains(courseList.selected) ? p.courses[courseList.selected].course : nil
        Draw.heading("Participants" + (course.map { " (e enrols on \($0), w withdraws)" } ?? ""), into: &buffer, x: rect.x, y: rect.y,
                     width: rect.width, focused: focus == .participants)
        let access = names.access(env)
        // Who is on each of the proposal's courses, from the journal.
        let onCourse = p.courses.map { c in (c.course, Set(env.work.enrolments.enrolled(on: c.course).map(\.candidate))) }
        let rows = p.participants.map { m in
            let on = onCourse.filter { $0.1.contains(m.candidate) }.map(\.0)
            let mark = course.map(on.contains) == true ? "✓ " : ""
            return ParticipantRow(label: access.label(m.candidate, data: env.data), home: env.data.municipalityName(m.municipality),
                                  also: m.alsoMissing.map { "\(env.data.competence($0.competence)) \($0.required)" }.joined(separator: ", "),
                                  enrolled: on.isEmpty ? "" : mark + on.joined(separator: " "))
        }
        ListView.draw(ListTable(Self.participantColumns, width: rect.width - 1), into: &buffer,
                      rect: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1), count: rows.count,
                      cursor: participantList, focused: focus == .participants, empty: "No participants") { rows[$0] }
    }
}
