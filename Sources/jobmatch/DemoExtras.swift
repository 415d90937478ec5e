import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// What a demo directory holds besides the six record files, written the same way by
/// `jobmatch generate` and `init --demo`: the course catalogue and recruitment projects
/// (files apart from the records) and half a year of company visits, appended to the
/// journal through `Journal` like any recorded visit (docs/demo-data.md, "Company visits").
enum DemoExtras {
    /// Writes the extras for `dataset` (as generated: before `init` adds the installer to
    /// its users) into `dir`. Returns how many visits went into the journal; none when the
    /// journal already holds work (`generate` over a directory in use keeps it as it is).
    @discardableResult
    static func write(_ dataset: Dataset, to dir: URL, today: Day, seed: UInt64) throws -> Int {
        let courses = CourseCatalogue.make(schema: dataset.schema, registry: dataset.registry, today: today)
        let projects = RecruitmentDemo.make(dataset, today: today)
        try DataStore.writeCourses(courses, to: dir)
        try DataStore.writeRecruitments(projects, to: dir)
        let visits = VisitDemo.make(dataset, courses: courses, projects: projects, today: today, seed: seed)
        do {
            var journal = try Journal.open(directory: dir)
            guard journal.state.lastSequence == 0 else { return 0 }
            for v in visits {
                let time = Date(timeIntervalSince1970: Double(v.recordedOn.daysSinceEpoch) * 86_400 + Double(v.recordedAt))
                try journal.append(.companyVisit(v.visit), user: v.user, time: time)
            }
        } catch {
            throw fail("\(error.description) (the records are written; the demo's company visits are not all in journal.jsonl)")
        }
        return visits.count
    }
}
