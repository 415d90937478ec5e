import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// Sets up an empty data directory with the demo data, generated for `today` so its ads,
/// follow-ups and availability dates are realistic whenever someone tries jobmatch.
enum DemoInstaller {
    /// The documented demo: `jobmatch generate --seed 2026 --today DATE --candidates 3000 --vacancies 450`.
    static let seed: UInt64 = 2026
    static let candidates = 3000
    static let vacancies = 450

    static func install(into dir: URL, today: Day) throws -> String {
        try DataDirectory.setUp(at: dir)
        let (schema, registry) = try DataStore.loadReference(from: dir)
        let dataset = DemoGenerator.generate(
            schema: schema, registry: registry,
            options: DemoOptions(seed: seed, today: today, candidates: candidates, vacancies: vacancies))
        try DataStore.write(dataset, to: dir)
        return "Set up \(dir.path) with demo data for \(today): \(dataset.candidates.count) candidates, "
            + "\(dataset.vacancies.count) vacancies, \(dataset.companies.count) companies, "
            + "\(dataset.barometer.count) barometer visits."
    }
}
