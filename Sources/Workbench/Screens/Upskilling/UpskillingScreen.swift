import JobMatchCore
import MatchEngine
import TerminalUI

/// Joint upskilling for the supervisor: the competences that keep candidates from the
/// shortage occupations, grouped across municipalities into proposed joint courses; below
/// the selected one the participants per municipality, the catalogue courses that close the
/// gap with their seats left, and the participants, whom `e` enrols on the selected course
/// and `w` takes off it.
///
/// Enrolments are journal entries (`Effect.journal`, durable and audited like every screen
/// edit), and the seats are counted from the journal with `EnrolmentRule`, the rule
/// `jobmatch upskilling` and its `enrol`/`withdraw` use, so the screen and the command never
/// disagree; the same rule refuses a full course, one already started, and another job
/// centre's candidate without consent. Participants appear by pseudonym; a name only where
/// the access rule allows and once the audit log holds the listing (logged when the
/// participants pane takes the focus).
package struct UpskillingScreen: WorkbenchScreen {
    /// The panes in Tab order.
    package enum Focus: Sendable, PaneCycle { case proposals, courses, participants }

    /// Computed once when the screen opens; the groups do not depend on the enrolments,
    /// which are read live from the journal (`ScreenEnv.work`).
    package var plan: UpskillingPlan
    package var focus: Focus = .proposals
    package var list = ListCursor()
    package var courseList = ListCursor()
    package var participantList = ListCursor()
    package var lastSearch = ""
    package var names = LoggedNames()
    /// The enrolment or withdrawal being written.
    package var writing: Int?

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

    package static let keys = KeyTable(KeyTable.movement + [
        ([.tab], "nextPane", "Next pane: proposals, courses, participants"),
        ([.backTab], "previousPane", "Previous pane"),
        ([.enter, .char("l"), .right], "open", "Go to the next pane (proposal → its courses → its participants)"),
        ([.char("e")], "enrol", "Enrol the selected participant on the selected course (journalled, audited)"),
        ([.char("w")], "withdraw", "Take the selected participant off the selected course"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["nextPane"], "pane"), (["enrol"], "enrol"),
            (["withdraw"], "withdraw"), (["startSearch"], "search"), (["back"], "back")])

    package func candidatesInView(_ env: ScreenEnv) -> String {
        Format.plural(Set(plan.proposals.flatMap { $0.participants.map(\.candidate) }).count, "candidate") + " to upskill"
    }

    var selected: ProposedCourse? { plan.proposals.indices.contains(list.selected) ? plan.proposals[list.selected] : nil }
    var selectedCourse: CourseOption? {
        guard let p = selected, p.courses.indices.contains(courseList.selected) else { return nil }
        return p.courses[courseList.selected]
    }
    var selectedParticipant: UpskillingParticipant? {
        guard let p = selected, p.participants.indices.contains(participantList.selected) else { return nil }
        return p.participants[participantList.selected]
    }

    /// Seats left on a course now: `EnrolmentRule` on the journal's enrolments.
    static func seatsLeft(_ c: CourseOption, _ env: ScreenEnv) -> Int {
        EnrolmentRule.seatsLeft(capacity: c.capacity, enrolled: env.work.enrolments.enrolled(on: c.course).count)
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let l = Self.layout(env.size)
        switch focus {
        case .proposals:
            let rows = plan.proposals
            return .list(\.list, count: rows.count, visibleRows: ListView.visibleRows(height: l.list.height, count: rows.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches(rows[i].label + " " + (rows[i].courses.first?.title ?? ""), n) }
        case .courses:
            let rows = selected?.courses ?? []
            return .list(\.courseList, count: rows.count, visibleRows: ListView.visibleRows(height: l.courses.height - 1, count: rows.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(rows[i].course) \(rows[i].title) \(rows[i].provider)", n) }
        case .participants:
            let rows = selected?.participants ?? []
            let names = env.data.municipalityNames
            return .list(\.participantList, count: rows.count,
                         visibleRows: ListView.visibleRows(height: l.participants.height - 1, count: rows.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(rows[i].candidate) \(names[rows[i].municipality] ?? "")", n) }
        }
    }

    package mutating func selectionMoved() {
        guard focus == .proposals else { return }
        courseList = ListCursor()
        participantList = ListCursor()
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if let pane = focus.cycled(by: action) { return focusOn(pane, &env) }
        switch action {
        case .open:
            // Enter goes on to the next pane, not round from the last to the first.
            return focus == .participants ? [] : focusOn(focus.cycled(forward: true), &env)
        case .screen("enrol"):
            return change(enrol: true, &env)
        case .screen("withdraw"):
            return change(enrol: false, &env)
        default:
            return nil
        }
    }

    /// Moves the focus; the participants' names are logged as their pane takes it.
    private mutating func focusOn(_ next: Focus, _ env: inout ScreenEnv) -> [Effect] {
        focus = next
        guard next == .participants, let p = selected else { return [] }
        return names.request(p.participants.map(\.candidate), recordKind: "upskilling",
                             recordID: "\(p.competence) \(p.level)", &env)
    }

    /// An enrolment or withdrawal of the selected participant on the selected course,
    /// refused here by `EnrolmentRule` before anything is written.
    private mutating func change(enrol: Bool, _ env: inout ScreenEnv) -> [Effect] {
        guard writing == nil else { env.say("Still writing the last change"); return [] }
        guard let option = selectedCourse, let course = env.context.courses.first(where: { $0.id == option.course }) else {
            env.say(selected?.courses.isEmpty == false ? "Select a course first (Tab to the courses)"
                    : "No course in the catalogue gives this competence", isError: true)
            return []
        }
        guard let participant = selectedParticipant, let candidate = env.data.candidate(id: participant.candidate) else {
            env.say("Select a participant first (Tab to the participants)", isError: true)
            return []
        }
        let enrolments = env.work.enrolments
        let refusal = enrol
            ? EnrolmentRule.refusal(enrolling: candidate, on: course, enrolments: enrolments, user: env.context.user, today: env.context.today)
            : EnrolmentRule.refusal(withdrawing: candidate, from: course, enrolments: enrolments, user: env.context.user)
        if let refusal { env.say(refusal, isError: true); return [] }
        let id = env.requestID()
        writing = id
        let payload = enrol ? EnrolmentRule.enrolment(candidate.id, on: course)
            : .courseWithdrawal(course: course.id, candidate: candidate.id)
        return [.journal(payload, requestID: id)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        names.receive(action, &env)
        guard case .journalFinished(let id, let result) = action, id == writing else { return [] }
        writing = nil
        switch result {
        case .written(let entry):
            switch entry.payload {
            case let .courseEnrolment(course, candidate, capacity):
                let left = EnrolmentRule.seatsLeft(capacity: capacity, enrolled: env.work.enrolments.enrolled(on: course).count)
                env.say("\(candidate) enrolled on \(course) — \(left) of \(capacity) seats left (journal entry \(entry.sequence))")
            case let .courseWithdrawal(course, candidate):
                env.say("\(candidate) withdrawn from \(course) (journal entry \(entry.sequence))")
            default:
                break
            }
        case .refused(let why):
            env.say(why, isError: true)
        }
        return []
    }
}
