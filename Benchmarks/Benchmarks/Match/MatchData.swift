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
        for v in data.sample.prefix(200) {
            let engine = data.index.rank(vacancy: v, top: 50, today: data.today).candidates
                .map { PeerHit(candidateID: $0.candidateID, hundredths: $0.total.hundredths) }
            guard peer.rank(v, top: 50, today: data.today) == engine else {
                fatalError("SQLite's top 50 for \(v.id) differs from the engine's: the comparison would be meaningless")
            }
        }
        print("SQLite: top 50 identical to the engine's on 200 sample vacancies")
        return peer
    }()
}
