import ArgumentParser
import Foundation
import JobMatchCore

/// `jobmatch` with no subcommand: open the workbench.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the workbench (the default).")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let (dir, dataset) = try dataOptions.load()
        print("\(dir.path): \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies.")
    }
}
