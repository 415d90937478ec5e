import Benchmark
import Foundation
import JobMatchCore
import JobStore
import JSONDecoderBaseline

/// MB of candidates.jsonl read per second (larger is better).
private let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

/// Times `body` and records MB/s. The result is returned so that freeing 100,000 records
/// happens after the clock stops: loading is measured, not deallocation.
private func measure<T>(_ benchmark: Benchmark, bytes: Int, _ body: () -> T) -> T {
    let clock = ContinuousClock()
    benchmark.startMeasurement()
    let start = clock.now
    let result = body()
    let seconds = (clock.now - start) / .seconds(1)
    benchmark.stopMeasurement()
    benchmark.measurement(megabytesPerSecond, Int(Double(bytes) / 1_000_000 / seconds))
    return result
}

/// Both readers must produce the same records, or the comparison is meaningless.
private func checkBothReadersAgree(_ data: BenchData) {
    let sample = Array(data.candidateBytes.split(separator: 0x0A, maxSplits: 1_000).dropLast())
    let decoder = JSONDecoder()
    let foundation = sample.map { try! decoder.decode(CandidateMirror.self, from: Data($0)).candidate }
    let jobmatch = try! JSONLinesDecoding.candidates(Array(sample.joined(separator: [0x0A])) + [0x0A])
    precondition(foundation == jobmatch, "JSONDecoder and the jobmatch reader disagree on the first 1,000 candidates")
}

let benchmarks: @Sendable () -> Void = {
    let data = BenchData.prepare()
    print("Load benchmarks: \(data.candidateCount) candidates, \(String(format: "%.1f", data.megabytes)) MB (\(data.source))")
    checkBothReadersAgree(data)
    let config = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, megabytesPerSecond], warmupIterations: 1,
                                         maxDuration: .seconds(30), maxIterations: 10)
    let slow = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, megabytesPerSecond], warmupIterations: 0,
                                       maxDuration: .seconds(30), maxIterations: 2)

    Benchmark("candidates.jsonl: jobmatch reader, all cores", configuration: config) { benchmark in
        blackHole(measure(benchmark, bytes: data.candidateBytes.count) {
            try! JSONLinesDecoding.candidates(data.candidateBytes)
        })
    }

    Benchmark("candidates.jsonl: jobmatch reader, one thread", configuration: config) { benchmark in
        blackHole(measure(benchmark, bytes: data.candidateBytes.count) {
            try! JSONLinesDecoding.candidates(data.candidateBytes, parallel: false)
        })
    }

    Benchmark("candidates.jsonl: Foundation JSONDecoder, one thread", configuration: slow) { benchmark in
        blackHole(measure(benchmark, bytes: data.candidateBytes.count) {
            let decoder = JSONDecoder()
            var out: [Candidate] = []
            out.reserveCapacity(data.candidateCount)
            data.candidateBytes.withUnsafeBufferPointer { buf in
                var start = 0
                for i in 0..<buf.count where buf[i] == 0x0A {
                    let line = Data(buf[start..<i])
                    out.append(try! decoder.decode(CandidateMirror.self, from: line).candidate)
                    start = i + 1
                }
            }
            return out
        })
    }

    Benchmark("whole directory: DataStore.load (read, parse, validate, duplicates)", configuration: config) { benchmark in
        let size = (try? FileManager.default.attributesOfItem(atPath: data.directory.path + "/candidates.jsonl")[.size] as? Int) ?? 0
        blackHole(measure(benchmark, bytes: size) {
            try! DataStore.load(from: data.directory)
        })
    }

    // The same files with Foundation alone: the whole-directory baseline (parsing only, no checks).
    Benchmark("whole directory: Foundation JSONDecoder (read, parse)", configuration: slow) { benchmark in
        let size = (try? FileManager.default.attributesOfItem(atPath: data.directory.path + "/candidates.jsonl")[.size] as? Int) ?? 0
        blackHole(measure(benchmark, bytes: size) {
            try! FoundationLoader.load(data.directory)
        })
    }
}
