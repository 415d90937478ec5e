import Foundation
import JobMatchCore
import MatchEngine
import SQLitePeer
import TestSupport

/// The national-scale data the Match benchmarks run on, made once before anything is
/// measured: the demo generator's records for the bundled schema and municipality list.
/// `JOBMATCH_BENCH_CANDIDATES` (default 250,000) and `JOBMATCH_BENCH_VACANCIES` (default
/// a fifth of the candidates) set the size.
struct MatchData: Sendable {
    let dataset: Dataset
    let index: MatchIndex
    let today: Day
    /// Every 50th vacancy: the ones "rank one vacancy" and the SQLite query cycle through.
    let sample: [Vacancy]
    let queries: [String]
    let buildSeconds: Double
    let generateSeconds: Double

    static let shared = prepare()

    static func prepare() -> MatchData {
        defer { fflush(nil) }
        let candidates = BenchmarkSetup.candidates(default: 250_000)
        let (dataset, generateSeconds) = BenchmarkSetup.generate(
            candidates: candidates, vacancies: BenchmarkSetup.vacancies(candidates: candidates))
        let clock = ContinuousClock()
        let t = clock.now
        let index = MatchIndex(dataset: dataset)
        let buildSeconds = (clock.now - t) / .seconds(1)
        let sample = stride(from: 0, to: dataset.vacancies.count, by: 50).map { dataset.vacancies[$0] }
        print("Match data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies; generated in "
              + String(format: "%.2f s, index built in %.2f s", generateSeconds, buildSeconds))
        return MatchData(dataset: dataset, index: index, today: BenchmarkSetup.today, sample: sample, queries: searchQueries,
                         buildSeconds: buildSeconds, generateSeconds: generateSeconds)
    }

    /// What consultants type: by competence and place, by licence, the issue's full example,
    /// free text only (a scan of every name), and eligibility only (a scan of everyone).
    static let searchQueries = [
        "comp:weld.mig>=3 lic:B near:0860/45",
        "comp:MIG-svejsning>=2 comp:weld.tig",
        #"comp:weld.mig>=3 lic:CE cert:forklift lang:de>=B1 near:0860/45 avail:<=2026-12-15 jobtype:wage-subsidy muni:0813,0810 "søren""#,
        "lic:CE near:0630/30 avail:<=2026-12-01",
        "muni:0851 comp:metal.drawings>=2",
        #""hansen""#,
        "jobtype:wage-subsidy avail:<=2026-11-15",
        "comp:weld.mig>=2 comp:metal.drawings>=2",
    ]
}

/// The SQLite peer on the same data, loaded on first use (so only the SQLite benchmarks
/// pay for it) and checked before anything is measured: on the first 200 sample vacancies
/// its top 50 must be the engine's, candidate for candidate and score for score.
enum PeerData {
    static let shared: SQLitePeer = {
        defer { fflush(nil) }
        let data = MatchData.shared
        let clock = ContinuousClock()
        let start = clock.now
        let peer = SQLitePeer(dataset: data.dataset, travel: data.index.travel)
        print("SQLite: \(peer.heldRows) candidate–competence rows loaded and indexed in \(clock.now - start)")
        /// Thread CPU seconds of the engine and of SQLite over the first 200 sample vacancies;
        /// stops the benchmark if any top 50 differs.
        func compare() -> (engine: Double, sqlite: Double) {
            var engineCPU = 0.0, sqliteCPU = 0.0
            for v in data.sample.prefix(200) {
                var t = threadCPUSeconds()
                let engine = data.index.rank(vacancy: v, top: 50, today: data.today).candidates
                    .map { PeerHit(candidateID: $0.candidateID, hundredths: $0.total.hundredths) }
                engineCPU += threadCPUSeconds() - t
                t = threadCPUSeconds()
                let sql = peer.rank(v, top: 50, today: data.today)
                sqliteCPU += threadCPUSeconds() - t
                guard sql == engine else {
                    fatalError("SQLite's top 50 for \(v.id) differs from the engine's: the comparison would be meaningless")
                }
            }
            return (engineCPU, sqliteCPU)
        }
        _ = compare()  // warms caches and prepared statements
        let (engineCPU, sqliteCPU) = compare()
        // Thread CPU time is not inflated by other processes on a busy machine.
        print("SQLite: top 50 identical to the engine's on 200 sample vacancies; thread CPU per vacancy: engine "
              + String(format: "%.3f ms, SQLite %.3f ms (%.1f×)", engineCPU * 5, sqliteCPU * 5, sqliteCPU / engineCPU))
        return peer
    }()
}

/// CPU seconds used by the calling thread so far.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
