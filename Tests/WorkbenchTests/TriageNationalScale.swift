import DemoGenerator
import Foundation
import JobMatchCore
import JobMatchResources
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// Triage at national scale (250,000 candidates, 50,000 vacancies): keystroke → next card
/// on screen (reduce, journal append in memory, explain and audit the next card, render,
/// diff), printed as percentiles (no assertions on time). Slow to set up, so it runs only
/// with JOBMATCH_NATIONAL=1; `Benchmarks/Triage` measures the same under ordo-one/benchmark.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["JOBMATCH_NATIONAL"] == "1"))
struct TriageNationalTiming {
    @Test func keystrokeToNextCard() throws {
        let schema = try JSONDecoder().decode(Schema.self, from: Data(contentsOf: BundledData.schemaURL!))
        let registry = try JSONDecoder().decode(MunicipalityRegistry.self, from: Data(contentsOf: BundledData.municipalitiesURL!))
        let today = Day(year: 2026, month: 11, day: 24)!
        let dataset = DemoGenerator.generate(schema: schema, registry: registry, options: DemoOptions(
            seed: 42, today: today, candidates: 250_000, vacancies: 50_000))
        let data = WorkbenchData(dataset: dataset, today: today)
        let provider = MatchEngineProvider(dataset: dataset)
        let context = WorkbenchContext(dataDirectory: "/data", user: UserContext(user: "anna", municipality: "0860"), today: today)
        // The first vacancy by expiry whose ranking has at least 100 qualifying candidates.
        var vacancy = ""
        for row in data.openVacancies(sortedBy: .expiry).prefix(400) {
            let id = dataset.vacancies[Int(row)].id
            if provider.rank(vacancyID: id, top: 300, municipalities: data.participating, today: today).rows.count >= 100 { vacancy = id; break }
        }
        try #require(!vacancy.isEmpty)
        for (w, h) in [(80, 24), (120, 40)] {
            let size = TerminalSize(width: w, height: h)
            let session = WorkbenchSession(data: data, context: context, size: size, provider: provider,
                                           journal: MemoryJournal(user: "anna"))
            session.send(.command("triage \(vacancy)"))
            var previous = session.render(size: size, usesColor: true)
            func key(_ k: Key) -> Double {
                let start = DispatchTime.now().uptimeNanoseconds
                session.handle(k)
                let frame = session.render(size: size, usesColor: true)
                _ = frame.diff(from: previous).count
                previous = frame
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            }
            let cards = session.render(size: size, usesColor: false).text().first { $0.contains("Card ") } ?? ""
            for (name, keys) in [("y/u", [Key.char("y"), .char("u")]), ("]/[", [Key.char("]"), .char("[")])] {
                for i in 0..<20 { _ = key(keys[i % 2]) }  // warm-up
                let times = (0..<600).map { key(keys[$0 % 2]) }.sorted()
                func p(_ q: Double) -> String { String(format: "%.2f", times[min(times.count - 1, Int(Double(times.count) * q))]) }
                print("triage \(w)×\(h) \(name) on \(vacancy) (\(cards.trimmingCharacters(in: .whitespaces))): "
                      + "p50 \(p(0.5)) ms, p90 \(p(0.9)) ms, p99 \(p(0.99)) ms, max \(p(1)) ms (600 keys)")
            }
        }
    }
}
