import ArgumentParser
import Foundation
import JobMatchCore
import MatchEngine

/// `jobmatch allocate`: shortlists for every open vacancy at once (the workbench's
/// Allocation screen, `:allocate`).
struct Allocate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Propose shortlists for all open vacancies at once, sharing the candidates fairly.",
        discussion: """
            Each open vacancy of the participating municipalities (every municipality with \
            --all-municipalities) is proposed up to positions × --factor candidates, and each \
            candidate to at most --per-candidate vacancies, so that the total score is as high \
            as it can be (an exact minimum-cost flow; see docs/matching.md "Allocation"). \
            The report compares the plan with each vacancy's own top list (which ignores the \
            limit per candidate) and with greedy (vacancies in id order, each taking her best \
            candidates still free): vacancies with at least three proposed, total score, and \
            congestion — the Gini coefficient of proposals per candidate and how many are \
            proposed more than --per-candidate times. Candidates are shown by pseudonymous id.
            """)

    @Option(help: "Each vacancy gets up to positions × this many candidates.") var factor = 3
    @Option(name: .customLong("per-candidate"), help: ArgumentHelp("Propose each candidate to at most K vacancies.", valueName: "K"))
    var perCandidate = 2
    @Flag(name: .customLong("all-municipalities"), help: "Every open vacancy and candidate, not only the participating municipalities'.")
    var allMunicipalities = false
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func validate() throws {
        if factor < 1 { throw ValidationError("--factor takes a whole number of 1 or more (candidates per position)") }
        if perCandidate < 1 { throw ValidationError("--per-candidate takes a whole number of 1 or more") }
    }

    func run() throws {
        let index = try engine.index()
        _ = try acting.context(registry: index.registry, directory: engine.dataOptions.directory)
        let participating = index.registry.participating
        let scope: Set<String>? = allMunicipalities || participating.isEmpty ? nil : Set(participating)
        let allocation = index.allocate(AllocationOptions(factor: factor, perCandidate: perCandidate, municipalities: scope),
                                        today: engine.day)
        if engine.json {
            print(try JSONOutput.string(allocation))
            return
        }
        print(AllocationText.render(allocation, scope: scope == nil ? "all municipalities" : "the \(scope!.count) participating municipalities",
                                    municipalityName: { index.municipalityLabel($0) }))
    }
}

/// The text report of `jobmatch allocate`.
enum AllocationText {
    static func render(_ a: Allocation, scope: String, municipalityName: (String) -> String) -> String {
        var lines = ["Allocation over \(scope): \(a.summary)", ""]
        lines.append(AllocationComparison.rows(a).map { row in
            row.enumerated().map { i, cell in i == 0 ? cell.padding(toLength: 34, withPad: " ", startingAt: 0)
                : String(repeating: " ", count: max(0, 12 - cell.count)) + cell }.joined()
        }.joined(separator: "\n"))
        lines.append("")
        lines.append(a.certified
            ? "Optimal over every qualified candidate (\(a.rounds) round\(a.rounds == 1 ? "" : "s") of solving)."
            : "Optimal over the lists read; \(a.unprovenVacancies) vacancies' lists were cut where a deeper one might do better.")
        lines.append("")
        lines.append(Table.render(
            header: ["vacancy", "title", "work place", "pos", "proposed", "greedy", "candidates (score, rank in own list, proposals)"],
            rows: a.vacancies.map { v in
                [v.vacancyID, String(v.title.prefix(28)), municipalityName(v.municipality), "\(v.positions)",
                 "\(v.proposals.count)/\(v.slots)", "\(v.greedyCount)",
                 v.proposals.map { "\($0.candidateID) \($0.score) #\($0.rank)\($0.proposedTo > 1 ? " ×\($0.proposedTo)" : "")" }
                    .joined(separator: ", ")]
            },
            rightAligned: [3, 4, 5]))
        return lines.joined(separator: "\n")
    }
}
