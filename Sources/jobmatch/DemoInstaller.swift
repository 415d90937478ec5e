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
    ///
    /// The demo's `users.json` also lists the person installing it (`$JOBMATCH_USER`, else
    /// the login name) as a consultant in the default municipality, when that name is a valid
    /// user id the demo does not already have, so `jobmatch` works for her without `--user`.
    static func install(into dir: URL, today: Day,
                        environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let generated = try dataset(today: today)
        var dataset = generated
        let login = [environment["JOBMATCH_USER"], environment["USER"]].compactMap { $0 }.first { !$0.isEmpty }
        if let login, !dataset.users.contains(where: { $0.id == login }) {
            let me = User(id: login, name: login, role: .consultant, municipality: dataset.registry.defaultUserMunicipality,
                          phone: "+45 98 45 50 00")
            if UserValidator(registry: dataset.registry).problems(in: me).isEmpty { dataset.users.append(me) }
        }
        try DataStore(directory: dir).create(dataset)
        // From the dataset as generated, so the extras are the ones `jobmatch generate` writes.
        let visits = try DemoExtras.write(generated, to: dir, today: today, seed: seed)
        return "set up \(dir.path) with demo data for \(today): \(dataset.candidates.count) candidates, "
            + "\(dataset.vacancies.count) vacancies, \(dataset.companies.count) companies, "
            + "\(dataset.barometer.count) barometer visits, \(visits) company visits."
    }
}
