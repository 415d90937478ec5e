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
        // Ranking candidates for a vacancy (filled in by the MatchEngine engineer).
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
        // Rendering one terminal frame (filled in by the terminal UI engineer).
        .executableTarget(
            name: "Frame",
            dependencies: [.product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Frame",
            plugins: benchmarkPlugin
        ),
    ]
)
