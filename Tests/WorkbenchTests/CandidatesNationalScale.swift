import DemoGenerator
import Foundation
import JobMatchCore
import JobMatchResources
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// National-scale timing of the Candidates screen (250,000 candidates): each keystroke of
/// typed queries — the search the engine runs for it (in the background in the workbench,
/// inline here) plus reduce and render — printed, no assertions on time. Runs only with
/// JOBMATCH_NATIONAL=1 (slow to set up).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["JOBMATCH_NATIONAL"] == "1"))
struct CandidatesNationalScaleTiming {
    @Test func typingQueries() {
        let schema = NationalScaleTiming.bundled(Schema.self, BundledData.schemaURL)
        let registry = NationalScaleTiming.bundled(MunicipalityRegistry.self, BundledData.municipalitiesURL)
        let today = Day(year: 2026, month: 11, day: 24)!
        let dataset = DemoGenerator.generate(schema: schema, registry: registry, options: DemoOptions(
            seed: 42, today: today, candidates: 250_000, vacancies: 50_000))
        let data = WorkbenchData(dataset: dataset, today: today)
        let provider = MatchEngineProvider(dataset: dataset)
        let user = UserContext(user: "anna", municipality: "0860")
        let context = WorkbenchContext(dataDirectory: "/data", user: user, today: today)
        let queries = ["comp:weld.mig>=3 lic:B near:0860/45", "lic:CE near:0630/30 avail:<=2026-12-01",
                       "jobtype:wage-subsidy avail:<=2026-11-15", "\"hansen\"", "status:any near:Hjørring truckkorsel"]
        // The engine call alone, per order, for whole queries.
        for query in queries {
            for sort in [SearchSort.relevance, .distance, .availability] {
                var times: [Double] = []
                for _ in 0..<9 { times.append(provider.search(query, top: CandidatesScreen.depth, sort: sort, user: user, today: today).milliseconds) }
                times.sort()
                print("search \(sort.rawValue) top \(CandidatesScreen.depth) `\(query)`: median \(times[4]) ms, max \(times[8]) ms")
            }
        }
        // Keystroke → frame with the search inline.
        let h = Harness(data: data, context: context, width: 160, height: 48, provider: provider)
        h.press(.char("c"))
        var times: [Double] = []
        for query in queries {
            h.press(.ctrl("u"))
            for c in query {
                let start = DispatchTime.now().uptimeNanoseconds
                h.press(.char(c))
                _ = h.buffer(color: true)
                times.append(NationalScaleTiming.ms(start))
            }
        }
        times.sort()
        print("candidates keystroke → frame, search inline (\(times.count) keys): p50 \(times[times.count / 2]) ms, "
              + "p99 \(times[min(times.count - 1, times.count * 99 / 100)]) ms, max \(times.last!) ms")
    }
}
