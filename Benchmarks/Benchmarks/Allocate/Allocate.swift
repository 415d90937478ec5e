import Benchmark
import Foundation
import JobMatchCore
import MatchEngine
import TestSupport

// The allocation across vacancies (issue P7) on national-scale data: every open vacancy of
// 50,000 (all municipalities), factor 3, k = 2, ranking and the exact flow included.
// Run from Benchmarks/: swift package benchmark --target Allocate
// Figures and the machine are in ../docs/performance.md ("Allocation").
let benchmarks: @Sendable () -> Void = {
    let once = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], warmupIterations: 0,
                                       maxDuration: .seconds(300), maxIterations: 1)

    Benchmark("allocate all open vacancies, national, factor 3, k 2, 2 workers", configuration: once) { benchmark in
        let data = AllocateData.shared
        benchmark.startMeasurement()
        let a = data.index.allocate(AllocationOptions(factor: 3, perCandidate: 2, workers: 2), today: data.today)
        benchmark.stopMeasurement()
        AllocateData.report(a)
    }
}

/// The national data set, made before anything is measured.
struct AllocateData: Sendable {
    let index: MatchIndex
    let today: Day

    static let shared: AllocateData = {
        defer { fflush(nil) }
        let candidates = BenchmarkSetup.candidates(default: 250_000)
        let (dataset, seconds) = BenchmarkSetup.generate(candidates: candidates,
                                                         vacancies: BenchmarkSetup.vacancies(candidates: candidates))
        print("Allocate data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies; generated in "
              + String(format: "%.1f s", seconds))
        return AllocateData(index: MatchIndex(dataset: dataset), today: BenchmarkSetup.today)
    }()

    /// The comparison, printed once so docs/performance.md can quote it.
    static func report(_ a: Allocation) {
        print(a.summary)
        print("certified: \(a.certified), rounds: \(a.rounds), unproven: \(a.unprovenVacancies)")
        for row in AllocationComparison.rows(a) { print(row.joined(separator: " | ")) }
        fflush(nil)
    }
}
