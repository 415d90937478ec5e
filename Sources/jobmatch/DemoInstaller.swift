import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// Sets up a new data directory with the demo data, generated for `today` so its ads,
/// follow-ups and availability dates are realistic whenever someone tries jobmatch.
enum DemoInstaller {
    /// The documented demo: `jobmatch generate --seed 2026 --today DATE --candidates 3000 --vacancies 450`.
    static let seed: UInt64 = 2026
    static let candidates = 3000
    static let vacancies = 450

    /// The demo dataset for `today`, on the schema shipped with the program.
    static func dataset(today: Day) throws -> Dataset {
        let (schema, registry) = try DataStore.bundledReference()
        return DemoGenerator.generate(
            schema: schema, registry: registry,
            options: DemoOptions(seed: seed, today: today, candidates: candidates, vacancies: vacancies))
    }

    /// Creates `dir` holding the demo data. Only where nothing is yet (a path that does not
    /// exist, or an empty directory); anything else is refused and left untouched.
    static func install(into dir: URL, today: Day) throws -> String {
        let dataset = try dataset(today: today)
        try DataStore(directory: dir).create(dataset)
        return "set up \(dir.path) with demo data for \(today): \(dataset.candidates.count) candidates, "
            + "\(dataset.vacancies.count) vacancies, \(dataset.companies.count) companies, "
            + "\(dataset.barometer.count) barometer visits."
    }
}
