import Benchmark
import Foundation
import JobMatchCore
import MatchEngine
import TestSupport

// The allocation across vacancies (issue #10) on national-scale data: every open vacancy of
// 50,000 (all municipalities), factor 3, k = 2, ranking and the exact flow included; and
// the same on a regional set a tenth of the size (25,000 candidates, 5,000 vacancies) that
// runs in seconds. Run from Benchmarks/:
//   swift package benchmark --target Allocate
// (`--filter regional` for the small one only). Figures and the machine are in
// ../docs/performance.md ("Allocation across vacancies").
let benchmarks: @Sendable () -> Void = {
    let once = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 0,
                                       maxDuration: .seconds(300), maxIterations: 1)
    let few = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal], warmupIterations: 1,
                                      maxDuration: .seconds(60), maxIterations: 5)

    Benchmark("allocate all open vacancies, national, factor 3, k 2, 2 workers", configuration: once) { benchmark in
        let data = AllocateData.national
        benchmark.startMeasurement()
        let a = data.index.allocate(AllocationOptions(factor: 3, perCandidate: 2, workers: 2), today: data.today)
        benchmark.stopMeasurement()
        AllocateData.report(a)
    }

    Benchmark("allocate all open vacancies, regional (25,000 candidates), factor 3, k 2, 2 workers",
              configuration: few) { benchmark in
        let data = AllocateData.regional
        benchmark.startMeasurement()
        let a = data.index.allocate(AllocationOptions(factor: 3, perCandidate: 2, workers: 2), today: data.today)
        benchmark.stopMeasurement()
        blackHole(a)
    }
}

/// A generated data set and its index, made before anything is measured.
struct AllocateData: Sendable {
    let index: MatchIndex
    let today: Day

    /// 250,000 candidates and 50,000 vacancies (JOBMATCH_BENCH_CANDIDATES / _VACANCIES).
    static let national: AllocateData = {
        let candidates = BenchmarkSetup.candidates(default: 250_000)
        return make(candidates: candidates, vacancies: BenchmarkSetup.vacancies(candidates: candidates))
    }()

    static let regional = make(candidates: 25_000, vacancies: 5_000)

    static func make(candidates: Int, vacancies: Int) -> AllocateData {
        defer { fflush(nil) }
        let (dataset, seconds) = BenchmarkSetup.generate(candidates: candidates, vacancies: vacancies)
        print("Allocate data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies; generated in "
              + String(format: "%.1f s", seconds))
        return AllocateData(index: MatchIndex(dataset: dataset), today: BenchmarkSetup.today)
    }

    /// The comparison, printed once so docs/performance.md can quote it (to stderr, which
    /// the harness does not swallow).
    static func report(_ a: Allocation) {
        var lines = [a.summary, "certified: \(a.certified), rounds: \(a.rounds), unproven: \(a.unprovenVacancies)"]
        lines += AllocationComparison.rows(a).map { $0.joined(separator: " | ") }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
