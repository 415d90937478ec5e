import DemoGenerator
import Foundation
import JobMatchCore
import JobMatchResources
import MatchEngine

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
        let env = ProcessInfo.processInfo.environment
        let candidates = Int(env["JOBMATCH_BENCH_CANDIDATES"] ?? "") ?? 250_000
        let vacancies = Int(env["JOBMATCH_BENCH_VACANCIES"] ?? "") ?? candidates / 5
        guard let schema = decode(Schema.self, BundledData.schemaURL), !schema.competences.isEmpty,
              let registry = decode(MunicipalityRegistry.self, BundledData.municipalitiesURL) else {
            fatalError("the bundled schema.json / municipalities.json cannot be decoded")
        }
        let today = Day("2026-11-01")!
        let clock = ContinuousClock()
        var t = clock.now
        let dataset = DemoGenerator.generate(schema: schema, registry: registry, options: DemoOptions(
            seed: 42, today: today, candidates: candidates, vacancies: vacancies))
        let generateSeconds = (clock.now - t) / .seconds(1)
        t = clock.now
        let index = MatchIndex(dataset: dataset)
        let buildSeconds = (clock.now - t) / .seconds(1)
        let sample = stride(from: 0, to: dataset.vacancies.count, by: 50).map { dataset.vacancies[$0] }
        print("Match data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies; generated in "
              + String(format: "%.2f s, index built in %.2f s", generateSeconds, buildSeconds))
        return MatchData(dataset: dataset, index: index, today: today, sample: sample, queries: searchQueries,
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

    private static func decode<T: Decodable>(_ type: T.Type, _ url: URL?) -> T? {
        guard let url, let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(T.self, from: data)
    }
}
