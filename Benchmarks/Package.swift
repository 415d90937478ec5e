// swift-tools-version: 6.1
// Benchmarks for jobmatch, kept in their own package so the main build and test suite
// do not pull in the benchmark tool. Run from this directory:
//   swift package benchmark --target Load
// and the SQLite peer's check against the engine: swift test
// Figures and the machine they were measured on are in ../docs/performance.md.
import PackageDescription

let benchmarkPlugin: [Target.PluginUsage] = [.plugin(name: "BenchmarkPlugin", package: "benchmark")]

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
        .executableTarget(
            name: "Load",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JobStore", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
                "JSONDecoderBaseline",
            ],
            path: "Benchmarks/Load",
            plugins: benchmarkPlugin
        ),
        // Decodable twins of the records and a whole-directory reader using Foundation only.
        .target(
            name: "JSONDecoderBaseline",
            dependencies: [.product(name: "JobMatchCore", package: "jobmatch")]
        ),
        // One whole-process load of a data directory (jobmatch's or JSONDecoder), timed by
        // hyperfine from exec to exit; see docs/performance.md.
        .executableTarget(
            name: "LoadProcess",
            dependencies: [
                .product(name: "JobStore", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                "JSONDecoderBaseline",
            ]
        ),
        // Ranking one and all vacancies, search, index build, and the same rankings in SQLite.
        .executableTarget(
            name: "Match",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
                "SQLitePeer",
            ],
            path: "Benchmarks/Match",
            plugins: benchmarkPlugin
        ),
        // The allocation across vacancies at national scale (ranking + exact flow).
        .executableTarget(
            name: "Allocate",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
            ],
            path: "Benchmarks/Allocate",
            plugins: benchmarkPlugin
        ),
        // The fair relational peer of the engine: the same data in SQLite and the query an
        // SQLite expert would write, returning the engine's exact top 50.
        .target(
            name: "SQLitePeer",
            dependencies: [
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                "CSQLite",
            ]
        ),
        // The system SQLite (Debian libsqlite3-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // Keystroke → frame (reduce + render + diff) in the workbench on national-scale data.
        .executableTarget(
            name: "Frame",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Workbench", package: "jobmatch"),
                .product(name: "TerminalUI", package: "jobmatch"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
            ],
            path: "Benchmarks/Frame",
            plugins: benchmarkPlugin
        ),
        // Keystroke → next card in a triage session (reduce + journal + render) at national scale.
        .executableTarget(
            name: "Triage",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Workbench", package: "jobmatch"),
                .product(name: "TerminalUI", package: "jobmatch"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
                .product(name: "JobStore", package: "jobmatch"),
            ],
            path: "Benchmarks/Triage",
            plugins: benchmarkPlugin
        ),
        .executableTarget(name: "Journal", dependencies: [.product(name: "Benchmark", package: "benchmark"), .product(name: "JobStore", package: "jobmatch"), .product(name: "JobMatchCore", package: "jobmatch")], path: "Benchmarks/Journal", plugins: benchmarkPlugin),  // the journal: durable decision p99, replay of 100k entries
        // The peer returns the engine's exact rankings on data/demo (run by .ci/run).
        .testTarget(
            name: "SQLitePeerTests",
            dependencies: [
                "SQLitePeer",
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "JobStore", package: "jobmatch"),
                .product(name: "TestSupport", package: "jobmatch"),
            ]
        ),
    ]
)
