import Benchmark
import Foundation
import JobMatchCore
import MatchEngine
import SQLitePeer

// Ranking, search and the same ranking in SQLite on national-scale data.
// Run from Benchmarks/: swift package benchmark --target Match
// The harness runs each benchmark in its own process; each builds the data it needs.
// Figures and the machine are in ../docs/performance.md ("Matching").
let benchmarks: @Sendable () -> Void = {
    let quick = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], warmupIterations: 20,
                                        maxDuration: .seconds(20), maxIterations: 1_000)
    let once = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal], warmupIterations: 0,
                                       maxDuration: .seconds(300), maxIterations: 1)
    let few = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)

    Benchmark("rank one vacancy, top 50", configuration: quick) { benchmark in
        let data = MatchData.shared
        let v = data.sample[benchmark.currentIteration % data.sample.count]
        blackHole(data.index.rank(vacancy: v, top: 50, today: data.today))
    }

    // The same sample with near misses (issue P6): the extra pass over the candidates in
    // scope, all of Denmark and the participating municipalities (what the workbench asks).
    Benchmark("rank one vacancy, top 50 + 50 near misses", configuration: quick) { benchmark in
        let data = MatchData.shared
        let v = data.sample[benchmark.currentIteration % data.sample.count]
        blackHole(data.index.rank(vacancy: v, top: 50, today: data.today, nearMisses: 50))
    }

    Benchmark("rank one vacancy, top 50 + 50 near misses, participating municipalities", configuration: quick) { benchmark in
        let data = MatchData.shared
        let v = data.sample[benchmark.currentIteration % data.sample.count]
        let scope = Set(data.dataset.registry.participating)
        blackHole(data.index.rank(vacancy: v, top: 50, municipalities: scope.isEmpty ? nil : scope, today: data.today,
                                  nearMisses: 50))
    }

    Benchmark("rank all vacancies, top 50, all cores", configuration: once) { benchmark in
        let data = MatchData.shared
        benchmark.startMeasurement()
        blackHole(data.index.rankAll(data.dataset.vacancies, top: 50, today: data.today))
    }

    for (i, query) in MatchData.searchQueries.enumerated() {
        Benchmark("search \(i + 1): \(query)", configuration: quick) { _ in
            let data = MatchData.shared
            blackHole(try! data.index.search(query, top: 50, today: data.today))
        }
    }

    // The same sample as "rank one vacancy": the engine's exact top 50 (ids and scores), in SQL.
    Benchmark("SQLite: rank one vacancy, top 50 (identical result)", configuration: quick) { benchmark in
        let data = MatchData.shared
        blackHole(PeerData.shared.rank(data.sample[benchmark.currentIteration % data.sample.count], top: 50, today: data.today))
    }

    Benchmark("build the index", configuration: few) { _ in
        blackHole(MatchIndex(dataset: MatchData.shared.dataset))
    }
}
