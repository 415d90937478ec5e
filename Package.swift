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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
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
        .target(
            name: "MatchEngine",
            dependencies: ["JobMatchCore", .product(name: "Collections", package: "swift-collections")]
        ),
        // Wide-character ncurses, with the C macros Swift cannot import made callable.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Restores the terminal when the process dies from a fatal signal.
        .target(name: "CTerminalGuard"),
        // Terminal protocol, ncurses and in-memory backends, widgets. Knows nothing of jobs.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CTerminalGuard"]),
        // Screens, app state, actions, reducer, rendering.
        .target(name: "Workbench", dependencies: ["JobMatchCore", "JobStore", "MatchEngine", "TerminalUI"]),
        .executableTarget(
            name: "jobmatch",
            dependencies: [
                "JobMatchCore", "JobStore", "MatchEngine", "DemoGenerator", "Workbench", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "JobMatchCoreTests",
            dependencies: ["JobMatchCore", "JobStore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "JobStoreTests",
            dependencies: ["JobStore", "JobMatchCore", "DemoGenerator", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "MatchEngineTests",
            dependencies: ["MatchEngine", "JobMatchCore", "JobStore", "DemoGenerator", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "DemoGeneratorTests",
            dependencies: ["DemoGenerator", "JobMatchCore", "JobStore"]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "TerminalUI", "JobStore", "MatchEngine", "DemoGenerator"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JobStore", "DemoGenerator"]),
    ],
    swiftLanguageModes: [.v6]
)
