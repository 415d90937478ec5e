import DemoGenerator
import Foundation
import JobMatchCore
import JobMatchResources
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// National-scale timing (250,000 candidates, 50,000 vacancies): keystroke → reduce +
/// render + diff, printed (no assertions on time). Slow to set up, so it runs only with JOBMATCH_NATIONAL=1; the
/// Benchmarks/Frame target measures the same thing under ordo-one/benchmark.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["JOBMATCH_NATIONAL"] == "1"))
struct NationalScaleTiming {
    static func bundled<T: Decodable>(_ type: T.Type, _ url: URL?) -> T {
        try! JSONDecoder().decode(T.self, from: Data(contentsOf: url!))
    }

    static func ms(_ start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }

    @Test func frameTimes() {
        var t = DispatchTime.now().uptimeNanoseconds
        let schema = Self.bundled(Schema.self, BundledData.schemaURL)
        let registry = Self.bundled(MunicipalityRegistry.self, BundledData.municipalitiesURL)
        let today = Day(year: 2026, month: 11, day: 24)!
        let dataset = DemoGenerator.generate(schema: schema, registry: registry, options: DemoOptions(
            seed: 42, today: today, candidates: 250_000, vacancies: 50_000))
        print("generate: \(Self.ms(t)) ms")
        t = DispatchTime.now().uptimeNanoseconds
        let data = WorkbenchData(dataset: dataset, today: today)
        print("WorkbenchData: \(Self.ms(t)) ms")
        t = DispatchTime.now().uptimeNanoseconds
        let provider = MatchEngineProvider(dataset: dataset)
        print("MatchIndex: \(Self.ms(t)) ms")
        let context = WorkbenchContext(dataDirectory: "/data", user: UserContext(user: "anna", municipality: "0860"), today: today)
        let h = Harness(data: data, context: context, width: 160, height: 48, provider: provider)
        var previous = h.buffer(color: true)
        var times: [Double] = []
        func key(_ k: Key) {
            let start = DispatchTime.now().uptimeNanoseconds
            h.session.handle(k)
            let frame = h.session.render(size: h.size, usesColor: true)
            let runs = frame.diff(from: previous)
            previous = frame
            times.append(Self.ms(start))
            _ = runs.count
        }
        key(.char("v"))
        for _ in 0..<200 { key(.char("j")) }
        for _ in 0..<20 { key(.pageDown) }
        key(.char("G")); key(.char("g"))
        for _ in 0..<12 { key(.char("m")) }
        for _ in 0..<7 { key(.char("t")) }
        key(.char("e")); key(.char("e"))
        for _ in 0..<6 { key(.char("s")) }
        key(.char("f")); key(.ctrl("u")); for c in "kommune:hjørring svejs" { key(.char(c)) }; key(.enter)
        key(.char("x"))
        key(.char("/")); for c in "tømrer" { key(.char(c)) }; key(.enter)
        for _ in 0..<20 { key(.char("n")) }
        // Into a ranking with a full list, then move around in it.
        key(.char("x"))
        for i in 0..<200 {
            let row = h.state.vacancies.rows[h.state.vacancies.list.selected]
            if provider.rank(vacancyID: dataset.vacancies[Int(row)].id, top: 300, municipalities: data.participating, today: today).rows.count >= 100 { break }
            if i == 199 { Issue.record("no vacancy with 100 ranked candidates") }
            key(.char("j"))
        }
        h.session.handle(.enter)
        print("ranking on screen: \(h.state.ranking?.rows.count ?? -1) rows")
        previous = h.session.render(size: h.size, usesColor: true)
        for _ in 0..<100 { key(.char("j")) }
        key(.tab); key(.tab)
        key(.char("m")); key(.char("x"))
        for (i, t) in times.enumerated() where t > 10 { print("slow frame \(i): \(t) ms") }
        // Ranking time for every 500th vacancy (what a user waits for after Enter).
        var rankTimes: [Double] = []
        var rowCounts: [Int] = []
        for v in stride(from: 0, to: dataset.vacancies.count, by: 500).map({ dataset.vacancies[$0] }) {
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = provider.rank(vacancyID: v.id, top: 300, municipalities: data.participating, today: today)
            rankTimes.append(Self.ms(start))
            rowCounts.append(outcome.rows.count)
        }
        rankTimes.sort()
        print("rank top 300 over participating, \(rankTimes.count) vacancies: p50 \(rankTimes[rankTimes.count / 2]) ms, "
              + "p99 \(rankTimes[rankTimes.count * 99 / 100]) ms, max \(rankTimes.last!) ms; rows p50 \(rowCounts.sorted()[rowCounts.count / 2]), max \(rowCounts.max()!)")
        // Enter → ranked list in the state, with the real background worker (the run loop adds ≤ one 20 ms poll).
        let wake = WakeSignal()
        let worker = BackgroundWorker(today: today, wake: wake, makeProvider: { provider })
        let live = WorkbenchSession(state: AppState(data: data, context: context, size: TerminalSize(width: 160, height: 48)),
                                    runner: worker, audit: { _ in })
        worker.waitUntilIdle()
        live.pollBackground()
        live.handle(.char("v"))
        var waits: [Double] = []
        for _ in 0..<30 {
            let start = DispatchTime.now().uptimeNanoseconds
            live.handle(.enter)
            while live.state.ranking?.outcome == nil { _ = live.pollBackground(); usleep(200) }
            _ = live.render(size: TerminalSize(width: 160, height: 48), usesColor: true)
            waits.append(Self.ms(start))
            live.handle(.escape)
            for _ in 0..<37 { live.handle(.char("j")) }
        }
        waits.sort()
        print("Enter → ranked frame (background worker): p50 \(waits[15]) ms, max \(waits.last!) ms")
        let sorted = times.sorted()
        func p(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        // Printed, not asserted: speed belongs in Benchmarks/ (Frame), not in a pass/fail test.
        print("frames: \(times.count) p50 \(p(0.5)) ms, p99 \(p(0.99)) ms, max \(sorted.last!) ms")
    }
}
