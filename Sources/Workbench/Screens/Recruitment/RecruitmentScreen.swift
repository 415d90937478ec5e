import JobMatchCore
import MatchEngine
import TerminalUI

/// `:recruitment` — large recruitments (issue #10): the projects the cooperation fills
/// together, and for the selected one its coverage per municipality against the quotas and
/// per required competence, the pipeline per vacancy (qualified, shortlisted, hired, from
/// the journal), what is unfilled and which upskilling would close it. Enter on a vacancy
/// ranks it.
///
/// The figures are `RecruitmentStatus.computeAll`, the call `jobmatch recruitment show`
/// makes, run by the engine in the background (and again whenever the journal changes).
/// Candidates are pooled from every participating municipality; the shortlisted are listed
/// by pseudonym, with a name only where the access rule allows it and only once the audit
/// log holds the listing (`LoggedNames`).
package struct RecruitmentScreen: WorkbenchScreen {
    /// The panes in Tab order.
    package enum Focus: Sendable, PaneCycle { case projects, coverage, vacancies }

    package var projects: [RecruitmentProject]
    /// What is wrong with each project against the records loaded (project id → messages).
    package var problems: [String: [String]]
    /// The engine's answer, in `projects` order; nil until the first arrives.
    package var statuses: [RecruitmentStatus]?
    /// Answers carry this id; a newer request (the journal changed) supersedes older ones.
    package var requestID = 1
    /// A request is out (the figures shown may be a journal change behind).
    package var waiting = false
    /// The journal sequence the last request read (a reopened screen asks again when it moved).
    package var basedOn = 0
    package var focus: Focus = .projects
    package var list = ListCursor()
    package var vacancyList = ListCursor()
    package var coverage = ScrollOffset()
    package var lastSearch = ""
    package var names = LoggedNames()

    package static let id: ScreenID = "recruitment"
    package static let title = "Recruitment"
    package static let keepsStateWhenClosed = true

    package init(env: ScreenEnv) {
        projects = env.context.recruitments
        let d = env.data.dataset
        let vacancies = Dictionary(d.vacancies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let companies = Set(d.companies.map(\.id))
        var found: [String: [String]] = [:]
        for p in projects {
            let list = p.problems(vacancies: vacancies, companies: companies, registry: d.registry, users: d.users)
            if !list.isEmpty { found[p.id] = list.map { "\($0.field): \($0.message)" } }
        }
        problems = found
    }

    package static let keys = KeyTable(KeyTable.movement + [
        ([.tab], "nextPane", "Next pane: projects, coverage, vacancies"),
        ([.backTab], "previousPane", "Previous pane"),
        ([.enter, .char("l"), .right], "open", "On a project: its vacancies; on a vacancy: rank it (the Ranking screen)"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "move"), (["nextPane"], "pane"), (["open"], "open"),
            (["startSearch"], "search"), (["back"], "back")])

    package func crumb(_ env: ScreenEnv) -> String {
        selectedProject.map { "Recruitment \($0.id)" } ?? Self.title
    }

    var selectedProject: RecruitmentProject? { projects.indices.contains(list.selected) ? projects[list.selected] : nil }

    /// The selected project's status, once the engine has answered.
    var selectedStatus: RecruitmentStatus? {
        guard let statuses, statuses.indices.contains(list.selected) else { return nil }
        return statuses[list.selected]
    }

    package func candidatesInView(_ env: ScreenEnv) -> String {
        guard let s = selectedStatus else { return "– candidates" }
        return Format.plural(s.proposed, "candidate") + " qualified for \(s.project.id)"
    }

    package func busyNote(_ env: ScreenEnv) -> String? {
        guard env.engine == .ready, !projects.isEmpty else { return nil }
        if statuses == nil { return "computing the recruitments…" }
        return waiting ? "updating from the journal…" : nil
    }

    package func pendingEffects(_ env: ScreenEnv) -> [Effect] {
        guard statuses == nil, !projects.isEmpty, env.engine == .ready else { return [] }
        return [request(env)]
    }

    private func request(_ env: ScreenEnv) -> Effect {
        .recruitments(requestID: requestID, projects: projects, work: env.work, courses: env.context.courses)
    }

    /// Asks again with the journal as it is now (shown figures stay until the answer).
    private mutating func refresh(_ env: ScreenEnv) -> [Effect] {
        guard !projects.isEmpty, env.engine == .ready else { return [] }
        requestID += 1
        waiting = true
        return [request(env)]
    }

    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        names.receive(action, &env)
        switch action {
        case .recruitmentsFinished(let id, let result) where id == requestID:
            waiting = false
            guard let result else { env.say("This engine cannot compute recruitments", isError: true); return [] }
            statuses = result
            // Any journal change since the request asked again with a newer id, so this
            // answer is as of the journal now.
            basedOn = env.work.lastSequence
            // The names the pipeline lists, logged before any is drawn (fail closed).
            return result.flatMap { s in
                names.request(s.vacancies.flatMap(\.candidates), recordKind: "recruitment", recordID: s.project.id, &env)
            }
        case .journalChanged, .journalFinished(_, .written):
            // Shortlists and calls feed the pipeline.
            return refresh(env)
        case .opened where statuses != nil && (waiting || env.work.lastSequence != basedOn):
            // Reopened as it was left (it keeps its state) while the journal moved on, or
            // closed before its answer came (a closed screen gets none).
            return refresh(env)
        default:
            return []
        }
    }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let l = Self.layout(env.size, projects: projects.count, vacancies: selectedStatus?.vacancies.count ?? 0)
        switch focus {
        case .projects:
            let rows = projects
            return .list(\.list, count: rows.count, visibleRows: ListView.visibleRows(height: l.projects.height, count: rows.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(rows[i].id) \(rows[i].title) \(rows[i].coordinator)", n) }
        case .vacancies:
            let rows = selectedStatus?.vacancies ?? []
            let height = l.vacancies.height - 1
            return .list(\.vacancyList, count: rows.count, visibleRows: ListView.visibleRows(height: height, count: rows.count),
                         lastSearch: \.lastSearch) { i, n in FoldedTexts.matches("\(rows[i].vacancy) \(rows[i].title)", n) }
        case .coverage:
            let lines = selectedStatus.map { coverageLines($0, env, width: l.coverage.width - 1) }?.count ?? 0
            return .text(\.coverage, lines: lines, visibleRows: Draw.visibleLines(height: l.coverage.height - 1, lines: lines))
        }
    }

    package mutating func selectionMoved() {
        guard focus == .projects else { return }
        vacancyList = ListCursor()
        coverage = ScrollOffset()
    }

    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        if let pane = focus.cycled(by: action) {
            focus = pane
            return []
        }
        switch action {
        case .open:
            switch focus {
            case .projects, .coverage:
                guard selectedProject != nil else { return [] }
                focus = .vacancies
                return []
            case .vacancies:
                guard let s = selectedStatus, s.vacancies.indices.contains(vacancyList.selected) else {
                    env.say(statuses == nil ? "The recruitments are still being computed" : "This project has no vacancy in the records")
                    return []
                }
                let id = s.vacancies[vacancyList.selected].vacancy
                guard let row = env.data.vacancyRows.row(of: id) else { return [] }
                return RankingScreen.open(vacancyRow: row, &env)
            }
        default:
            return nil
        }
    }
}
