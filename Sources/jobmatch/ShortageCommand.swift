import ArgumentParser
import Foundation
import JobMatchCore
import MatchEngine

/// `jobmatch shortage`: the shortage areas (mangelområder) behind the workbench's Shortage screen.
struct Shortage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shortage areas: demand against qualified candidates per occupation, municipality and cooperation.",
        discussion: """
            Demand is the open positions of open vacancies plus the job barometer's expected hires \
            within 3 months; supply is the active candidates available within 3 months who meet \
            every essential competence of the occupation and live within their own commuting limit. \
            Each occupation is classed as shortage, paradox (shortage although many unemployed want \
            or nearly fit the job), good prospects or fewer prospects, with the likely cause. \
            Without --municipality: each cooperation's balance, then every municipal shortage with \
            the neighbours whose surplus could cover it. Only counts are shown, never names. \
            See docs/matching.md "Shortage areas" for the thresholds.
            """)

    @Option(help: ArgumentHelp("Show one municipality (four-digit code) or cooperation (id, e.g. vendsyssel).", valueName: "code"))
    var municipality: String?
    @Flag(help: "Also list occupations with candidates but no demand (fewer prospects).")
    var all = false
    @OptionGroup var engine: EngineOptions
    @Option(help: "Who is at the keyboard: a user id from users.json (default: $JOBMATCH_USER, else $USER).") var user: String?

    func run() throws {
        let (_, dataset, index) = try engine.open()
        // Counts only, no personal data, but the user is checked as everywhere (here
        // --municipality picks the area shown, as on `barometer`).
        _ = try UserOptions.parse(user.map { ["--user", $0] } ?? []).context(registry: dataset.registry, users: dataset.users,
                                                                             today: engine.day)
        let report = ShortageReport.compute(dataset: dataset, travel: index.travel,
                                            today: engine.day)
        var rows: [OccupationBalance]
        if let code = municipality {
            guard report.areas.contains(where: { $0.id == code }) else {
                let known = report.areas.map(\.id).joined(separator: " ")
                throw fail("'\(code)' is not a participating municipality or cooperation here; use one of: \(known)")
            }
            rows = report.balances(in: code)
        } else {
            rows = report.balances.filter { $0.areaKind == .cooperation } + report.municipalShortages
        }
        if !all { rows = rows.filter { $0.demand > 0 } }
        if engine.json {
            print(try JSONOutput.string(ShortageOutput(today: report.today, horizonDays: report.horizonDays, balances: rows)))
            return
        }
        let hidden = municipality.map { code in report.balances(in: code).count { $0.demand == 0 } } ?? 0
        print("Shortage areas on \(report.today) (demand: open positions + expected hires within 3 months)")
        if let code = municipality {
            let area = report.areas.first { $0.id == code }!
            print("\(area.name) (\(code))" + (area.kind == .cooperation ? ": \(area.members.joined(separator: " "))" : ""))
            print("")
            print(Self.table(rows, withArea: false))
            if !all && hidden > 0 { print("\n\(hidden) more occupations have candidates but no demand here (--all lists them).") }
        } else {
            print("")
            print(Self.table(rows, withArea: true))
        }
    }

    static func table(_ rows: [OccupationBalance], withArea: Bool) -> String {
        guard !rows.isEmpty else { return "No occupation with demand." }
        let header = (withArea ? ["area"] : []) + ["status", "occupation", "open", "hires", "supply", "local", "far", "near",
                                                  "cause", "bottleneck", "neighbours"]
        let body = rows.map { b in
            (withArea ? [b.areaName] : []) + [
                b.status.rawValue, b.occupationLabel, "\(b.openPositions)", "\(b.expectedHires)", "\(b.supply)",
                "\(b.localSupply)", "\(b.tooFar)", "\(b.mismatched)", b.cause?.text ?? "",
                b.bottleneck.map { "\($0.label) \($0.level): \($0.candidates)" } ?? "",
                b.coveredBy.map { "\($0.name) +\($0.candidates)" }.joined(separator: ", ")
                    + (b.coveredByNeighbours ? " (covers)" : ""),
            ]
        }
        let offset = withArea ? 1 : 0
        return Table.render(header: header, rows: body, rightAligned: Set((2...7).map { $0 + offset }))
    }
}

/// `--json` for `jobmatch shortage`.
struct ShortageOutput: Encodable {
    var today: Day
    var horizonDays: Int
    var balances: [OccupationBalance]
}
