import ArgumentParser
import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch generate`: deterministic demo or national-scale data.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic demo data directory.",
        discussion: """
            The committed demo is: jobmatch generate --seed 2026 --today 2026-11-24 \
            --candidates 3000 --vacancies 450 --out data/demo
            The national-scale set for benchmarks: --candidates 250000 --vacancies 50000.
            """)

    @Option(help: "Random seed; the same seed and options give byte-identical files.")
    var seed: UInt64 = DemoInstaller.seed
    @Option(help: "The day the data is generated for (YYYY-MM-DD); dates are relative to it. Default: today.")
    var today: Day?
    @Option(help: "Number of candidates.")
    var candidates: Int = DemoInstaller.candidates
    @Option(help: "Number of vacancies.")
    var vacancies: Int = DemoInstaller.vacancies
    @Option(help: "Output directory: created when missing or empty; in an existing data directory all files are replaced as one unit.")
    var out: String

    func validate() throws {
        guard candidates > 0, vacancies > 0 else { throw ValidationError("--candidates and --vacancies must be positive") }
    }

    func run() throws {
        let dir = URL(fileURLWithPath: out)
        let state = DataDirectory.state(of: dir)
        let day = today ?? Day.today()
        do {
            // An existing data directory keeps its own schema; a new one gets the bundled one.
            let (schema, registry) = state == .dataDirectory ? try DataStore.loadReference(from: dir) : try DataStore.bundledReference()
            let dataset = DemoGenerator.generate(
                schema: schema, registry: registry,
                options: DemoOptions(seed: seed, today: day, candidates: candidates, vacancies: vacancies))
            switch state {
            case .missing, .empty: try DataStore(directory: dir).create(dataset)
            case .dataDirectory: try DataStore.write(dataset, to: dir)
            case .other: throw StoreError.notADataDirectory(path: dir.path)
            }
            let visits = try DemoExtras.write(dataset, to: dir, today: day, seed: seed)
            print("Wrote \(dir.path): \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies, "
                  + "\(dataset.companies.count) companies, \(dataset.barometer.count) barometer visits, "
                  + (visits > 0 ? "\(visits) company visits in journal.jsonl" : "journal.jsonl kept as it was (no demo visits added)")
                  + " (seed \(seed), today \(day)).")
        } catch let error as StoreError {
            throw fail(error.description)
        } catch let error as LoadError {
            for problem in error.problems { printError(problem.description) }
            throw ExitCode.failure
        }
    }
}
