import Benchmark

// Placeholder: the terminal UI engineer replaces this with frame-rendering benchmarks.
let benchmarks: @Sendable () -> Void = {
    Benchmark("Frame placeholder") { benchmark in
        for i in benchmark.scaledIterations { blackHole(i) }
    }
}
