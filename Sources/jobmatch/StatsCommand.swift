import ArgumentParser
import Foundation
import JobMatchCore

/// `jobmatch stats`: where the candidates and vacancies are.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Candidates and vacancies per municipality, job type and industry group.",
        discussion: """
            Counts active candidates and open vacancies. Per municipality: candidates at the job centre that \
            owns the case (sharing = consented to be shown to other municipalities), vacancies and positions \
            at the work place — the same numbers as the workbench Dashboard. Candidates count in each \
            industry group of their desired occupations; vacancies in their company's group.
            """)

    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON instead of tables.") var json = false
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (_, dataset) = try dataOptions.load()
        // Counts only: nothing here identifies a person, so the access rule hides nothing;
        // the user is still checked so every command accepts and validates the same options.
        _ = try acting.context(registry: dataset.registry, users: dataset.users)
        let stats = Statistics(dataset)
        if json {
            print(try JSONOutput.string(stats))
            return
        }
        print("Per municipality")
        print(Table.render(header: ["municipality", "candidates", "sharing", "vacancies", "positions"],
                           rows: stats.perMunicipality.map { [$0.label, "\($0.candidates)", "\($0.sharing)", "\($0.vacancies)", "\($0.positions)"] },
                           rightAligned: [1, 2, 3, 4]))
        print("\nPer job type")
        print(Table.render(header: ["job type", "vacancies"],
                           rows: stats.perJobType.map { ["\($0.key) (\($0.label))", "\($0.vacancies)"] }, rightAligned: [1]))
        print("\nPer industry group")
        print(Table.render(header: ["industry group", "candidates", "vacancies"],
                           rows: stats.perIndustryGroup.map { [$0.label, "\($0.candidates)", "\($0.vacancies)"] }, rightAligned: [1, 2]))
    }
}
