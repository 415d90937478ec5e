// swift-tools-version: 6.1
// Benchmarks for jobmatch, kept in their own package so the main build and test suite
// do not pull in the benchmark tool. Run from this directory:
//   swift package benchmark --target Load
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
        // Loading a national-scale data directory: jobmatch's reader vs Foundation's JSONDecoder.
        .executableTarget(
            name: "Load",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JobStore", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "DemoGenerator", package: "jobmatch"),
            ],
            path: "Benchmarks/Load",
            plugins: benchmarkPlugin
        ),
        // Ranking one and all vacancies, search, index build, and the same queries in SQLite.
        .executableTarget(
            name: "Match",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
                .product(name: "JobStore", package: "jobmatch"),
                .product(name: "DemoGenerator", package: "jobmatch"),
                "CSQLite",
            ],
            path: "Benchmarks/Match",
            plugins: benchmarkPlugin
        ),
        // The system SQLite, for the Match benchmark's equivalent query.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // Keystroke → frame (reduce + render + diff) in the workbench on national-scale data.
        .executableTarget(
            name: "Frame",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Workbench", package: "jobmatch"),
                .product(name: "TerminalUI", package: "jobmatch"),
                .product(name: "MatchEngine", package: "jobmatch"),
                .product(name: "DemoGenerator", package: "jobmatch"),
                .product(name: "JobMatchCore", package: "jobmatch"),
            ],
            path: "Benchmarks/Frame",
            plugins: benchmarkPlugin
        ),
    ]
)
