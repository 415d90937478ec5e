// swift-tools-version: 6.1
// jobmatch — a terminal workbench for cross-municipal job matching.
// Layers (arrows only point down; see docs/architecture.md):
//   jobmatch (executable) → Workbench → TerminalUI → CNcursesw / CTerminalGuard
//                         → MatchEngine, DemoGenerator, JobStore → JobMatchCore
import PackageDescription

let package = Package(
    name: "jobmatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jobmatch", targets: ["jobmatch"]),
        .library(name: "JobMatchCore", targets: ["JobMatchCore"]),
        .library(name: "JobStore", targets: ["JobStore"]),
        .library(name: "MatchEngine", targets: ["MatchEngine"]),
        .library(name: "DemoGenerator", targets: ["DemoGenerator"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
        .library(name: "Workbench", targets: ["Workbench"]),
        // For the tests and Benchmarks/ only: not part of the program.
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Value types, the screening schema, validation. No I/O.
        .target(name: "JobMatchCore"),
        // The shared screening schema and municipality list, shipped with the program
        // so a data directory can be set up from any working directory.
        .target(
            name: "JobMatchResources",
            resources: [.copy("schema.json"), .copy("municipalities.json")]
        ),
        // The only target that touches files: data directory, JSON Lines, atomic writes, locks.
        .target(name: "JobStore", dependencies: ["JobMatchCore", "JobMatchResources"]),
        // Deterministic demo and national-scale data. Pure: returns records, writes nothing.
        .target(name: "DemoGenerator", dependencies: ["JobMatchCore"]),
        // Index, scoring, explanation, ranking, query language. Pure computation.
        .target(name: "MatchEngine", dependencies: ["JobMatchCore"]),
        // Wide-character ncurses, with the C macros Swift cannot import made callable.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Restores the terminal when the process dies from a fatal signal.
        .target(name: "CTerminalGuard"),
        // Terminal protocol, ncurses and in-memory backends, widgets. Knows nothing of jobs.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CTerminalGuard"]),
        // Screens, app state, actions, reducer, rendering.
        .target(name: "Workbench", dependencies: ["JobMatchCore", "MatchEngine", "TerminalUI"]),
        .executableTarget(
            name: "jobmatch",
            dependencies: [
                "JobMatchCore", "JobStore", "MatchEngine", "DemoGenerator", "Workbench", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the tests and the benchmarks share: the seeded random generator, the bundled
        // schema and municipality list, the repository's data/demo, benchmark sizes.
        .target(
            name: "TestSupport",
            dependencies: ["JobMatchCore", "JobMatchResources", "DemoGenerator"],
            path: "Tests/TestSupport"
        ),
        // Each test target lists exactly the modules its files import (CI builds with
        // --explicit-target-dependency-import-check error).
        .testTarget(name: "JobMatchCoreTests", dependencies: ["JobMatchCore"]),
        .testTarget(
            name: "JobStoreTests",
            dependencies: ["JobStore", "JobMatchCore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "MatchEngineTests",
            dependencies: ["MatchEngine", "JobMatchCore", "JobStore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DemoGeneratorTests", dependencies: ["DemoGenerator", "JobMatchCore", "JobStore", "TestSupport"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["Workbench", "TerminalUI", "JobMatchCore", "JobMatchResources", "JobStore", "MatchEngine", "DemoGenerator", "TestSupport"]
        ),
        // Runs the built `jobmatch` binary; imports nothing of the package.
        .testTarget(name: "EndToEndTests", dependencies: ["jobmatch"]),
    ],
    swiftLanguageModes: [.v6]
)
