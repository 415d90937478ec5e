import Benchmark
import Foundation
import JobMatchCore
import JobStore
import MatchEngine
import TerminalUI
import TestSupport
import Workbench

// Keystroke → next card on screen in a triage session at national scale (250,000
// candidates, 50,000 vacancies): the key is reduced, the decision appended to the journal
// (in memory, and a real journal.jsonl in a temporary directory: append, fsync), the next
// card's score breakdown explained and its view audited (in memory), and the whole
// screen rendered and diffed, as the run loop does. `y` and `u` alternate, so every iteration is a decision or
// an undo and the card changes each time; the journal grows by one entry per iteration.
// Run from Benchmarks/: swift package benchmark --target Triage
// Figures and the machine are in ../docs/performance.md ("Triage: keystroke → next card").
let benchmarks: @Sendable () -> Void = {
    let data = TriageData.shared
    let config = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal], warmupIterations: 10,
                                         maxDuration: .seconds(10), maxIterations: 2_000)
    for (width, height) in [(80, 24), (120, 40)] {
        let driver = TriageDriver(data, width: width, height: height, journal: StateJournal(user: "anna"))
        Benchmark("\(width)×\(height) triage: y/u → next card drawn (\(driver.cards) cards, journal in memory)", configuration: config) { benchmark in
            driver.key(benchmark.currentIteration % 2 == 0 ? .char("y") : .char("u"))
        }
        let durable = TriageDriver(data, width: width, height: height, journal: try! FileJournal(user: "anna"))
        Benchmark("\(width)×\(height) triage: y/u → next card drawn (journal.jsonl, fsync)", configuration: config) { benchmark in
            durable.key(benchmark.currentIteration % 2 == 0 ? .char("y") : .char("u"))
        }
        Benchmark("\(width)×\(height) triage: ]/[ → next card drawn (browse)", configuration: config) { benchmark in
            driver.key(benchmark.currentIteration % 2 == 0 ? .char("]") : .char("["))
        }
    }
}

/// The national-scale data, made once before anything is measured.
struct TriageData: Sendable {
    let data: WorkbenchData
    let provider: MatchEngineProvider
    let context: WorkbenchContext
    /// Keys from the Dashboard to the triage of a vacancy with a full ranking.
    let keys: [Key]

    static let shared = prepare()

    static func prepare() -> TriageData {
        let candidates = BenchmarkSetup.candidates(default: 250_000)
        let today = BenchmarkSetup.today
        let (dataset, generated) = BenchmarkSetup.generate(candidates: candidates, vacancies: candidates / 5)
        let data = WorkbenchData(dataset: dataset, today: today)
        let provider = MatchEngineProvider(dataset: dataset)
        print("Triage data: \(dataset.candidates.count) candidates, \(dataset.vacancies.count) vacancies (generated in "
              + String(format: "%.1f s)", generated))
        let context = WorkbenchContext(dataDirectory: "/srv/jobmatch/national",
                                       user: UserContext(user: "anna", municipality: "0860"), today: today)
        data.waitUntilBuilt()
        var keys: [Key] = [.char("v"), .enter, .char("t")]
        for row in data.openVacancies(sortedBy: .expiry).prefix(400) {
            let id = dataset.vacancies[Int(row)].id
            let outcome = provider.rank(vacancyID: id, top: 300, municipalities: data.participating, today: today)
            if outcome.rows.count >= 100 { keys = [.char(":")] + Array("triage \(id)").map { Key.char($0) } + [.enter]; break }
        }
        return TriageData(data: data, provider: provider, context: context, keys: keys)
    }
}

/// One workbench session in a triage, with the last frame drawn: `key` is what the run
/// loop does for a keystroke (reduce with its effects, render the whole screen, diff).
final class TriageDriver: @unchecked Sendable {
    let session: WorkbenchSession
    let size: TerminalSize
    private var previous: ScreenBuffer

    init(_ d: TriageData, width: Int, height: Int, journal: any WorkJournal) {
        size = TerminalSize(width: width, height: height)
        session = WorkbenchSession(data: d.data, context: d.context, size: size, provider: d.provider, journal: journal)
        for k in d.keys { session.handle(k) }
        previous = session.render(size: size, usesColor: true)
    }

    /// The number of cards of the session, from the screen ("Card 1 of 312").
    var cards: String {
        let text = session.render(size: size, usesColor: false).text().joined(separator: "\n")
        guard let r = text.range(of: #"Card [0-9]+ of [0-9]+"#, options: .regularExpression) else { return "no" }
        return String(text[r].split(separator: " ").last!)
    }

    @discardableResult
    func key(_ k: Key) -> Int {
        session.handle(k)
        let frame = session.render(size: size, usesColor: true)
        let runs = frame.diff(from: previous)
        previous = frame
        return runs.count
    }
}

/// The journal's rules in memory (`JournalState`), no file.
final class StateJournal: WorkJournal {
    private var state = JournalState()
    let user: String
    init(user: String) { self.user = user }
    func refresh() throws -> JournalState { state }
    var warning: String? { nil }
    func append(_ payload: JournalPayload) throws -> (entry: JournalEntry, state: JournalState) {
        try state.check(payload)
        let entry = JournalEntry(sequence: state.lastSequence + 1, time: "2026-11-01T09:00:00.000Z", user: user, payload: payload)
        try state.apply(entry)
        return (entry, state)
    }
}

/// A real `journal.jsonl` in a private temporary directory: every append is written and
/// fsync'd (JobStore's `Journal`), as in the workbench; the audit entry is not written here.
final class FileJournal: WorkJournal {
    private var journal: Journal
    let user: String
    init(user: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-triage-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        journal = try Journal.open(directory: dir)
        self.user = user
    }
    func refresh() throws -> JournalState { journal.state }
    var warning: String? { nil }
    func append(_ payload: JournalPayload) throws -> (entry: JournalEntry, state: JournalState) {
        let entry = try journal.append(payload, user: user)
        return (entry, journal.state)
    }
}
