import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// What `match`, `explain` and `search` share: the data directory, the day to judge
/// availability and eligibility on, and the index built from them.
struct EngineOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions
    @Option(help: "Judge availability and eligibility as of this day (YYYY-MM-DD). Default: today.")
    var today: Day?
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    var day: Day { today ?? Day.today() }

    func index() throws -> MatchIndex { try open().index }

    /// The data directory, its records and the index built from them.
    func open() throws -> (directory: URL, dataset: Dataset, index: MatchIndex) {
        let (dir, dataset) = try dataOptions.load()
        do {
            let table = try DataStore.loadTravelTimes(from: dir, registry: dataset.registry)
            return (dir, dataset, MatchIndex(dataset: dataset, travelTimes: table))
        } catch {
            for problem in error.problems { printError(problem.description) }
            throw ExitCode.failure
        }
    }
}

/// Prints a user error (unknown id, bad query) with what to do, and exits with status 1.
func fail(_ message: String) -> ExitCode {
    printError("jobmatch: \(message)")
    return ExitCode.failure
}
