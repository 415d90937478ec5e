import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// `jobmatch upskilling`: joint courses proposed for the cooperation's shortage areas, and
/// enrolments recorded in the journal.
struct Upskilling: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Joint upskilling: courses that would close the competence gaps behind the shortage areas.",
        subcommands: [UpskillingList.self, UpskillingEnrol.self, UpskillingWithdraw.self],
        defaultSubcommand: UpskillingList.self)

    /// The data, the catalogue, the journal's enrolments and the plan computed from them,
    /// for the acting user (refused, before anything is computed, when users.json does not
    /// list her or her municipality is outside the cooperation).
    static func plan(_ engine: EngineOptions, acting: UserOptions) throws -> (URL, Dataset, MatchIndex, [Course], Journal, UpskillingPlan) {
        let (dir, dataset, index) = try engine.open()
        // Pseudonymous ids and counts only: the access rule hides nothing here, but the user
        // is checked so the command accepts and validates the same options as every other.
        _ = try acting.context(registry: dataset.registry, users: dataset.users, today: engine.day)
        let courses: [Course]
        do { courses = try DataStore.loadCourses(from: dir, schema: dataset.schema, registry: dataset.registry) } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        let journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        let report = ShortageReport.compute(dataset: dataset, travel: index.travel,
                                            today: engine.day)
        let plan = UpskillingPlan.compute(dataset: dataset, travel: index.travel, report: report, courses: courses,
                                          enrolments: journal.state.enrolments, today: engine.day)
        return (dir, dataset, index, courses, journal, plan)
    }
}

struct UpskillingList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The proposed joint courses (the default).",
        discussion: """
            Candidates missing one or two essential competences (or a level) for an occupation in \
            shortage or paradox in a municipality within their commute, grouped by the missing \
            competence: participants per municipality, how many would then qualify, the open \
            vacancies they would then meet, and the catalogue courses (courses.jsonl) that give \
            it, with seats left after the enrolments in the journal. Candidates appear by \
            pseudonymous id only (in --json).
            """)
    @Option(help: "How many proposals to list.") var top = 20
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (_, _, _, courses, _, plan) = try Upskilling.plan(engine, acting: acting)
        if engine.json {
            print(try JSONOutput.string(plan))
            return
        }
        print("Joint upskilling on \(plan.today): \(plan.shortages) municipal shortage areas, "
              + "\(plan.proposals.count) missing competences, \(courses.count) courses in the catalogue")
        if courses.isEmpty { print("No courses.jsonl in the data directory: the proposals name no course.") }
        print("")
        guard !plan.proposals.isEmpty else { print("No candidate is one or two competences from a shortage occupation."); return }
        print(Table.render(
            header: ["competence", "people", "qualify", "vacancies", "per municipality", "course (seats left)"],
            rows: plan.proposals.prefix(max(1, top)).map { p in
                ["\(p.label) \(p.level)", "\(p.participants.count)", "\(p.qualifyAfter)", "\(p.vacancies.count)",
                 p.perMunicipality.prefix(4).map { "\($0.name) \($0.candidates)" }.joined(separator: ", ")
                    + (p.perMunicipality.count > 4 ? ", …" : ""),
                 p.courses.first.map { "\($0.course) \($0.title), \($0.startDate) (\($0.seatsLeft))" } ?? "no course in the catalogue"]
            },
            rightAligned: [1, 2, 3]))
    }
}

/// What enrol and withdraw share.
struct EnrolmentOptions: ParsableArguments {
    @Argument(help: "Course id from courses.jsonl, e.g. C0007.") var courseID: String
    @Argument(help: "Candidate id, e.g. K000123.") var candidateID: String
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    /// Checks ids and the enrolment rule (`EnrolmentRule`, as the Upskilling screen does),
    /// appends the entry, audits it.
    func record(_ make: (Course) -> JournalPayload, verb: String,
                refusal: (Candidate, Course, CourseEnrolments, UserContext) -> String?) throws -> (JournalEntry, Course, UserContext) {
        let (dir, dataset, _) = try engine.open()
        let user = try acting.context(registry: dataset.registry, users: dataset.users)
        let courses: [Course]
        do { courses = try DataStore.loadCourses(from: dir, schema: dataset.schema, registry: dataset.registry) } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        guard let course = courses.first(where: { $0.id == courseID }) else {
            throw fail("no course with id '\(courseID)' in courses.jsonl; `jobmatch upskilling` lists them")
        }
        guard let candidate = dataset.candidates.first(where: { $0.id == candidateID }) else {
            throw fail("no candidate with id '\(candidateID)'; `jobmatch upskilling --json` lists the participants")
        }
        var journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        if let why = refusal(candidate, course, journal.state.enrolments, user) { throw fail(why) }
        let entry: JournalEntry
        do { entry = try journal.append(make(course), user: user.user) } catch { throw fail(error.description) }
        do {
            try AuditLog(directory: dir).append(AuditEvent(
                user: user.user, userMunicipality: user.municipality, action: .change, recordKind: "candidate",
                recordID: candidate.id, detail: "\(verb) course \(course.id) (journal entry \(entry.sequence))"))
        } catch {
            throw fail("recorded as journal entry \(entry.sequence) but the audit log could not be written: \(error)")
        }
        return (entry, course, user)
    }
}

struct UpskillingEnrol: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrol",
        abstract: "Enrol a candidate on a course (journalled, audited; refused when the course is full or has started).")
    @OptionGroup var options: EnrolmentOptions

    func run() throws {
        let day = options.engine.day
        let (entry, course, user) = try options.record({ EnrolmentRule.enrolment(options.candidateID, on: $0) }, verb: "enrol on") {
            EnrolmentRule.refusal(enrolling: $0, on: $1, enrolments: $2, user: $3, today: day)
        }
        print("\(options.candidateID) enrolled on \(course.id) \(course.title) (\(course.startDate)–\(course.endDate), "
              + "\(course.provider)) — recorded as journal entry \(entry.sequence) by \(user.user)")
    }
}

struct UpskillingWithdraw: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw", abstract: "Take a candidate off a course (journalled, audited).")
    @OptionGroup var options: EnrolmentOptions

    func run() throws {
        let (entry, course, user) = try options.record({ .courseWithdrawal(course: $0.id, candidate: options.candidateID) },
                                                      verb: "withdraw from") {
            EnrolmentRule.refusal(withdrawing: $0, from: $1, enrolments: $2, user: $3)
        }
        print("\(options.candidateID) withdrawn from \(course.id) \(course.title) — recorded as journal entry \(entry.sequence) by \(user.user)")
    }
}
