import DemoGenerator
import Foundation
import JobMatchCore
import JobMatchResources
import Testing
import TerminalUI
@testable import Workbench

/// The text captures for README and the guide, on the hand-built set and on generated
/// demo data with the real engine.
@Suite struct CaptureTests {
    @Test func capturesEveryScreenAt100x30() {
        let captures = WorkbenchCaptures.screens(dataset: Tiny.dataset, context: Tiny.context, provider: FakeProvider())
        #expect(captures.map(\.name) == ["dashboard", "vacancies", "ranking", "candidate", "help"])
        for c in captures {
            let lines = c.text.components(separatedBy: "\n")
            #expect(lines.count == 30, "\(c.name)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= 100 }, "\(c.name)")
            #expect(lines[28].contains("/home/anna/jobdata"), "\(c.name) status line")
        }
        #expect(captures[2].text.contains("Ranking V000101"))
        #expect(captures[2].keys == "v Enter")
        #expect(captures[3].text.contains("Søren Østergård (K000001) — for V000101 Svejser"))
        #expect(captures[4].text.contains("Keys — Ranking"))
    }

    static let demo: Dataset? = {
        guard let s = BundledData.schemaURL, let r = BundledData.municipalitiesURL,
              let schema = try? JSONDecoder().decode(Schema.self, from: Data(contentsOf: s)),
              let registry = try? JSONDecoder().decode(MunicipalityRegistry.self, from: Data(contentsOf: r)),
              !schema.competences.isEmpty else { return nil }
        return DemoGenerator.generate(schema: schema, registry: registry, options: DemoOptions(
            seed: 2026, today: Day(year: 2026, month: 11, day: 24)!, candidates: 1_500, vacancies: 200))
    }()

    @Test func demoDataWithTheRealEngineRanksAndHidesNames() throws {
        let dataset = try #require(Self.demo)
        let context = WorkbenchContext(dataDirectory: "~/.local/share/jobmatch",
                                       user: UserContext(user: "anna", municipality: "0860"),
                                       today: Day(year: 2026, month: 11, day: 24)!)
        let captures = WorkbenchCaptures.screens(dataset: dataset, context: context)
        #expect(captures.count == 5, "a vacancy with ranked candidates was found")
        #expect(captures.first { $0.name == "ranking" }?.text.contains("qualify") == true)
        // Walk rankings: a name shows only for candidates the user may see (a hidden
        // candidate's name may still show when a visible one has the same name).
        let h = Harness(width: 100, height: 30, dataset: dataset, context: context)
        h.press(.char("v"))
        var checked = 0
        for _ in 0..<15 {
            h.press(.enter)
            if let r = h.state.ranking, let outcome = r.outcome {
                // The rows drawn: when some do not fit, the "↓ N more" line takes the last one.
                let drawn = ListView.visibleRows(height: RankingScreen.layout(h.size).table.height, count: r.rows.count)
                let shown = r.rows.prefix(drawn).map { outcome.rows[$0] }.compactMap { h.state.data.candidate(id: $0.candidateID) }
                let visibleNames = Set(shown.filter { context.user.maySeePersonalDetails(of: $0) }.map(\.name))
                for c in shown where !context.user.maySeePersonalDetails(of: c) {
                    #expect(h.line(containing: c.id) != nil, "a hidden candidate is listed by pseudonym")
                    #expect(!h.text.contains(c.name) || visibleNames.contains(c.name), "\(c.id) \(c.name)")
                    checked += 1
                }
            }
            h.press(.escape, .char("j"))
        }
        #expect(checked > 0, "some ranked candidates were pseudonymised")
        for c in captures { #expect(c.text.components(separatedBy: "\n").allSatisfy { DisplayWidth.of($0) <= 100 }) }
    }
}
