import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// `jobmatch recruitment`: large recruitment projects (recruitments.jsonl) and where they stand.
struct Recruitment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Large recruitments: projects, coverage per municipality and competence, pipeline, what is unfilled.",
        subcommands: [RecruitmentList.self, RecruitmentShow.self], defaultSubcommand: RecruitmentList.self)

    /// The data, the projects and the journal, for the acting user (refused, before
    /// anything is computed, when users.json does not list her or her municipality is
    /// outside the cooperation). Counts only, so the access rule hides nothing here.
    static func load(_ engine: EngineOptions, acting: UserOptions) throws -> (Dataset, MatchIndex, [RecruitmentProject], JournalState, URL) {
        let (dir, dataset, index) = try engine.open()
        _ = try acting.context(registry: dataset.registry, users: dataset.users, today: engine.day)
        let projects: [RecruitmentProject]
        do { projects = try DataStore.loadRecruitments(from: dir, dataset: dataset) } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        let journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        return (dataset, index, projects, journal.state, dir)
    }
}

struct RecruitmentList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The recruitment projects (the default).")
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (dataset, index, projects, work, _) = try Recruitment.load(engine, acting: acting)
        let statuses = projects.map { RecruitmentStatus.compute($0, index: index, dataset: dataset, work: work, plan: nil, today: engine.day) }
        if engine.json { print(try JSONOutput.string(statuses)); return }
        guard !statuses.isEmpty else { print("No recruitment projects (recruitments.jsonl is absent or empty)."); return }
        print(Table.render(header: ["project", "title", "coordinator", "deadline", "positions", "qualified", "shortlisted", "hired", "unfilled"],
                           rows: statuses.map { s in
                               [s.project.id, s.project.title, s.project.coordinator, "\(s.project.deadline) (\(s.daysLeft) d)",
                                "\(s.positions)", "\(s.proposed)", "\(s.shortlisted)", "\(s.hired)", "\(s.unfilled)"]
                           }, rightAligned: [4, 5, 6, 7, 8]))
    }
}

struct RecruitmentShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One project: coverage per municipality and competence, pipeline, upskilling.",
        discussion: """
            Qualified: candidates from all participating municipalities meeting every hard requirement \
            of at least one of the project's vacancies (as jobmatch match ranks them). Shortlisted: on \
            the vacancies' shortlists in the journal. Hired: candidates on a sent shortlist whose \
            follow-up call said filled, up to the positions. Counts only, never names.
            """)
    @Argument(help: "Project id, e.g. R001.") var projectID: String
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (dataset, index, projects, work, dir) = try Recruitment.load(engine, acting: acting)
        guard let p = projects.first(where: { $0.id == projectID }) else {
            throw fail("no recruitment project '\(projectID)'; `jobmatch recruitment list` shows them (\(projects.map(\.id).joined(separator: " ")))")
        }
        let courses = (try? DataStore.loadCourses(from: dir, schema: dataset.schema, registry: dataset.registry)) ?? []
        // The same call the workbench's Recruitment screen makes.
        let s = RecruitmentStatus.computeAll([p], index: index, dataset: dataset, work: work, courses: courses, today: engine.day)[0]
        if engine.json { print(try JSONOutput.string(s)); return }
        print("\(p.id) \(p.title)")
        print("Company \(s.companyName) (\(p.company)) · coordinator \(p.coordinator) · deadline \(p.deadline) (\(s.daysLeft) days)")
        print("Positions \(s.positions) in \(p.vacancies.count) vacancies · qualified \(s.proposed) · shortlisted \(s.shortlisted) · "
              + "hired \(s.hired) · unfilled \(s.unfilled)" + (s.uncovered > 0 ? " · \(s.uncovered) positions beyond the qualified pool" : ""))
        print("")
        print(Table.render(header: ["municipality", "quota", "qualified", "shortlisted"],
                           rows: s.municipalities.map { [$0.name + " (\($0.municipality))", "\($0.quota)", "\($0.qualified)", "\($0.shortlisted)"] },
                           rightAligned: [1, 2, 3]))
        print("")
        print(Table.render(header: ["required competence", "level", "positions", "candidates"],
                           rows: s.competences.map { [$0.label, "\($0.level)", "\($0.positions)", "\($0.candidates)"] },
                           rightAligned: [1, 2, 3]))
        print("")
        if s.upskilling.isEmpty {
            print("No upskilling proposal reaches these vacancies.")
        } else {
            print("Upskilling that would qualify more candidates:")
            print(Table.render(header: ["competence", "would qualify", "course"],
                               rows: s.upskilling.map { ["\($0.label) \($0.level)", "\($0.candidates)", $0.course ?? "none in the catalogue"] },
                               rightAligned: [1]))
        }
    }
}
