import Benchmark

// Placeholder: the MatchEngine engineer replaces this with ranking benchmarks.
let benchmarks: @Sendable () -> Void = {
    Benchmark("Match placeholder") { benchmark in
        for i in benchmark.scaledIterations { blackHole(i) }
    }
}
