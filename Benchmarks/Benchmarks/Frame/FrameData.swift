import Foundation
import JobMatchCore
import MatchEngine
import TerminalUI
import TestSupport
import Workbench

/// The national-scale data the Frame benchmarks run on, made once before anything is
/// measured: the demo generator's records for the bundled schema and municipality list
/// (`JOBMATCH_BENCH_CANDIDATES`, default 250,000; vacancies a fifth of that), the
/// workbench's lookups and the matching index.
struct FrameData: Sendable {
    let dataset: Dataset
    let data: WorkbenchData
    let provider: MatchEngineProvider
    let context: WorkbenchContext

    static let shared = prepare()

    static func prepare() -> FrameData {
        let candidates = BenchmarkSetup.candidates(default: 250_000)
        let today = BenchmarkSetup.today
        let (dataset, generated) = BenchmarkSetup.generate(candidates: candidates, vacancies: candidates / 5)
        let clock = ContinuousClock()
        var t = clock.now
        let data = WorkbenchData(dataset: dataset, today: today)
        let lookups = (clock.now - t) / .seconds(1)
        t = clock.now
        let provider = MatchEngineProvider(dataset: dataset)
        let indexed = (clock.now - t) / .seconds(1)
        print("Frame data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies; generated in "
              + String(format: "%.2f s, workbench lookups %.2f s, index %.2f s", generated, lookups, indexed))
        let context = WorkbenchContext(dataDirectory: "/srv/jobmatch/national",
                                       user: UserContext(user: "anna", municipality: "0860"), today: today)
        return FrameData(dataset: dataset, data: data, provider: provider, context: context)
    }
}

/// One workbench session and the last frame drawn: `key` is exactly what the run loop does
/// for a keystroke (reduce, render the whole screen, diff against the previous frame).
final class FrameDriver: @unchecked Sendable {
    let session: WorkbenchSession
    let size: TerminalSize
    private var previous: ScreenBuffer

    init(_ frame: FrameData, width: Int, height: Int, keys: [Key] = []) {
        size = TerminalSize(width: width, height: height)
        // The engine runs inline here: opening a ranking is measured including the ranking.
        session = WorkbenchSession(data: frame.data, context: frame.context, size: size, provider: frame.provider)
        for k in keys { session.handle(k) }
        previous = session.render(size: size, usesColor: true)
    }

    /// Handles a key and draws the frame; returns the number of changed runs.
    @discardableResult
    func key(_ k: Key) -> Int {
        session.handle(k)
        let frame = session.render(size: size, usesColor: true)
        let runs = frame.diff(from: previous)
        previous = frame
        return runs.count
    }

    /// Keys to a vacancy whose ranking has many rows (the first by expiry with a full top 300).
    static func keysToBusyRanking(_ frame: FrameData) -> [Key] {
        let order = frame.data.openVacancies(sortedBy: .expiry)
        for (i, row) in order.prefix(400).enumerated() {
            let id = frame.dataset.vacancies[Int(row)].id
            let outcome = frame.provider.rank(vacancyID: id, top: 300, municipalities: frame.data.participating, today: frame.context.today)
            if outcome.rows.count >= 100 { return [.char("v")] + Array(repeating: .char("j"), count: i) + [.enter] }
        }
        return [.char("v"), .enter]
    }
}
