import Benchmark
import Foundation
import TerminalUI
import Workbench

// Keystroke → frame on national-scale data (250,000 candidates, 50,000 vacancies):
// reduce + render the whole screen + diff against the last frame, as the run loop does.
// Run from Benchmarks/: swift package benchmark --target Frame
// Figures and the machine are in ../docs/performance.md ("Workbench frame time").
let benchmarks: @Sendable () -> Void = {
    let data = FrameData.shared
    let config = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal], warmupIterations: 10,
                                         maxDuration: .seconds(10), maxIterations: 2_000)
    let slow = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 2, maxDuration: .seconds(20), maxIterations: 100)

    for (width, height) in [(80, 24), (160, 48)] {
        let size = "\(width)×\(height)"

        let vacancies = FrameDriver(data, width: width, height: height, keys: [.char("v")])
        Benchmark("\(size) vacancies: j/k (50,000 rows)", configuration: config) { benchmark in
            vacancies.key(benchmark.currentIteration % 2 == 0 ? .char("j") : .char("k"))
        }
        Benchmark("\(size) vacancies: PgDn/PgUp", configuration: config) { benchmark in
            vacancies.key(benchmark.currentIteration % 2 == 0 ? .pageDown : .pageUp)
        }
        Benchmark("\(size) vacancies: m (cycle municipality filter)", configuration: config) { _ in
            vacancies.key(.char("m"))
        }
        Benchmark("\(size) vacancies: s (cycle sort)", configuration: config) { _ in
            vacancies.key(.char("s"))
        }

        // Typing a filter: every letter re-filters; Ctrl-U starts over.
        let typed = Array("svejser hjørring").map { Key.char($0) } + [.ctrl("u")]
        let filtering = FrameDriver(data, width: width, height: height, keys: [.char("v"), .char("f")])
        Benchmark("\(size) vacancies: type a filter letter", configuration: config) { benchmark in
            filtering.key(typed[benchmark.currentIteration % typed.count])
        }

        let searching = FrameDriver(data, width: width, height: height,
                                    keys: [.char("v"), .char("/")] + Array("tømrer").map { Key.char($0) } + [.enter])
        Benchmark("\(size) vacancies: n (next search match)", configuration: config) { _ in
            searching.key(.char("n"))
        }

        let ranking = FrameDriver(data, width: width, height: height, keys: FrameDriver.keysToBusyRanking(data))
        Benchmark("\(size) ranking: j/k", configuration: config) { benchmark in
            ranking.key(benchmark.currentIteration % 2 == 0 ? .char("j") : .char("k"))
        }
        Benchmark("\(size) ranking: m (cycle home-municipality filter)", configuration: config) { _ in
            ranking.key(.char("m"))
        }

        // Enter ranks the vacancy (inline here, in the background in the app) and draws it; Esc goes back.
        let opening = FrameDriver(data, width: width, height: height, keys: [.char("v")])
        Benchmark("\(size) vacancies: Enter → ranked list drawn (top 300)", configuration: slow) { benchmark in
            opening.key(.enter)
            benchmark.stopMeasurement()
            opening.key(.escape)
            opening.key(.char("j"))
        }
    }
}
