import Foundation
import JobMatchCore
import JobStore
import TestSupport

/// The data the Load benchmarks read, prepared once before anything is measured:
/// 1. `JOBMATCH_BENCH_DATA=DIR` — an existing data directory (e.g. from
///    `jobmatch generate --candidates 250000 --vacancies 50000 --out DIR`);
/// 2. otherwise the demo generator's records for the bundled schema, written to a temp dir;
/// 3. otherwise (bundled schema not usable) a synthetic schema and records.
/// `JOBMATCH_BENCH_CANDIDATES` sets the count for 2 and 3 (default 100,000).
struct BenchData: Sendable {
    let directory: URL
    let candidateBytes: [UInt8]
    let candidateCount: Int
    let source: String

    var megabytes: Double { Double(candidateBytes.count) / 1_000_000 }

    static func prepare() -> BenchData {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["JOBMATCH_BENCH_DATA"], !dir.isEmpty {
            return load(URL(fileURLWithPath: dir), source: "JOBMATCH_BENCH_DATA=\(dir)")
        }
        let count = BenchmarkSetup.candidates(default: 100_000)
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-bench-\(count)")
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("candidates.jsonl").path) {
            let dataset: Dataset
            var source = "demo generator, bundled schema"
            if !Bundled.schema.competences.isEmpty {
                dataset = BenchmarkSetup.generate(candidates: count, vacancies: count / 5).dataset
            } else {
                source = "synthetic schema and records"
                dataset = Synthetic.dataset(candidates: count)
            }
            do { try DataStore.write(dataset, to: dir) } catch { fatalError("cannot write benchmark data: \(error)") }
            return load(dir, source: source)
        }
        return load(dir, source: "cached in \(dir.path)")
    }

    private static func load(_ dir: URL, source: String) -> BenchData {
        guard let bytes = try? Data(contentsOf: dir.appendingPathComponent("candidates.jsonl")) else {
            fatalError("no candidates.jsonl in \(dir.path)")
        }
        let array = [UInt8](bytes)
        return BenchData(directory: dir, candidateBytes: array, candidateCount: array.count { $0 == 0x0A }, source: source)
    }
}
