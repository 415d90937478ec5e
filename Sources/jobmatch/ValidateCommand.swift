import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch validate`: check a data directory against its schema.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every file of the data directory against the schema.",
        discussion: "Prints counts per record kind and municipality, then every problem as file:line: field: what is wrong. Exit status 1 if there is any problem.")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dir = dataOptions.directory
        // Never sets anything up, and never advises a command that replaces data.
        try DataOptions.requireDataDirectory(dir, state: DataDirectory.state(of: dir))
        let dataset: Dataset
        do {
            dataset = try DataStore.load(from: dir)
        } catch {
            // The description lists the problems and, past the cap, "… and N more".
            print(error.description)
            printError("\(dir.path): \(error.totalCount) problem\(error.totalCount == 1 ? "" : "s"); nothing was loaded.")
            throw ExitCode.failure
        }
        print("\(dir.path): valid (schema \(dataset.schema.version))")
        print(Table.render(
            header: ["kind", "records"],
            rows: [["candidates", "\(dataset.candidates.count)"], ["vacancies", "\(dataset.vacancies.count)"],
                   ["companies", "\(dataset.companies.count)"], ["barometer visits", "\(dataset.barometer.count)"]],
            rightAligned: [1]))
        print("")
        print(Table.render(header: ["municipality", "candidates", "vacancies"],
                           rows: Statistics(dataset).perMunicipality.map { [$0.label, "\($0.candidates)", "\($0.vacancies)"] },
                           rightAligned: [1, 2]))
    }
}
