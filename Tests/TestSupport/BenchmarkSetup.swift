import DemoGenerator
import Foundation
import JobMatchCore

/// National-scale data for the benchmarks in `Benchmarks/`: the demo generator's records
/// for the bundled schema and municipality list, seed 42, today 2026-11-01.
/// `JOBMATCH_BENCH_CANDIDATES` and `JOBMATCH_BENCH_VACANCIES` override the sizes, so a
/// quick run (or CI) can use a small set.
public enum BenchmarkSetup {
    /// The "today" every benchmark ranks on.
    public static let today = Day(year: 2026, month: 11, day: 1)!

    /// `JOBMATCH_BENCH_CANDIDATES`, else `defaultCount`.
    public static func candidates(default defaultCount: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["JOBMATCH_BENCH_CANDIDATES"] ?? "") ?? defaultCount
    }

    /// `JOBMATCH_BENCH_VACANCIES`, else a fifth of `candidates`.
    public static func vacancies(candidates: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["JOBMATCH_BENCH_VACANCIES"] ?? "") ?? candidates / 5
    }

    /// The generated data set and the seconds generating it took.
    public static func generate(candidates: Int, vacancies: Int, seed: UInt64 = 42) -> (dataset: Dataset, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let dataset = DemoGenerator.generate(schema: Bundled.schema, registry: Bundled.registry, options: DemoOptions(
            seed: seed, today: today, candidates: candidates, vacancies: vacancies))
        return (dataset, (clock.now - start) / .seconds(1))
    }
}
