// swift-tools-version: 6.1
// Benchmarks for jobmatch, kept in their own package so the main build and test suite
// do not pull in the benchmark tool. Run from this directory:
//   swift package benchmark --target Load
// and the SQLite peer's check against the engine: swift test
// Figures and the machine they were measured on are in ../docs/performance.md.
import PackageDescription

/// jobmatch's library products, by name.
func jobmatch(_ products: String...) -> [Target.Dependency] {
    products.map { .product(name: $0, package: "jobmatch") }
}

/// A benchmark executable in Benchmarks/NAME: ordo-one's Benchmark library and plugin, the
/// jobmatch products it measures, and any local targets.
func benchmark(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(
        name: name,
        dependencies: [.product(name: "Benchmark", package: "benchmark")] + dependencies,
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "jobmatch-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "jobmatch", path: ".."),
    ],
    targets: [
        // Loading a national-scale data directory: jobmatch's reader vs Foundation's JSONDecoder,
        // from bytes in memory and as a cold whole-process load of every file.
        benchmark("Load", jobmatch("JobStore", "JobMatchCore", "TestSupport") + ["JSONDecoderBaseline"]),
        // Decodable twins of the records and a whole-directory reader using Foundation only.
        .target(name: "JSONDecoderBaseline", dependencies: jobmatch("JobMatchCore")),
        // One whole-process load of a data directory (jobmatch's or JSONDecoder), timed by
        // hyperfine from exec to exit; see docs/performance.md.
        .executableTarget(name: "LoadProcess", dependencies: jobmatch("JobStore", "JobMatchCore") + ["JSONDecoderBaseline"]),
        // Ranking one and all vacancies, search, index build, and the same rankings in SQLite.
        benchmark("Match", jobmatch("MatchEngine", "JobMatchCore", "TestSupport") + ["SQLitePeer"]),
        // The allocation across vacancies at national scale (ranking + exact flow).
        benchmark("Allocate", jobmatch("MatchEngine", "JobMatchCore", "TestSupport")),
        // The fair relational peer of the engine: the same data in SQLite and the query an
        // SQLite expert would write, returning the engine's exact top 50.
        .target(name: "SQLitePeer", dependencies: jobmatch("MatchEngine", "JobMatchCore") + ["CSQLite"]),
        // The system SQLite (Debian libsqlite3-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // Keystroke → frame (reduce + render + diff) in the workbench on national-scale data.
        benchmark("Frame", jobmatch("Workbench", "TerminalUI", "MatchEngine", "JobMatchCore", "TestSupport")),
        // Keystroke → next card in a triage session (reduce + journal + render) at national scale.
        benchmark("Triage", jobmatch("Workbench", "TerminalUI", "MatchEngine", "JobMatchCore", "TestSupport", "JobStore")),
        // The journal: durable decision p99, replay of 100k entries.
        benchmark("Journal", jobmatch("JobStore", "JobMatchCore")),
        // The peer returns the engine's exact rankings on data/demo (run by .ci/run).
        .testTarget(
            name: "SQLitePeerTests",
            dependencies: ["SQLitePeer"] + jobmatch("MatchEngine", "JobMatchCore", "JobStore", "TestSupport")
        ),
    ]
)
