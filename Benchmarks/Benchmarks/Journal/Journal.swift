import Benchmark
import Foundation
import JobMatchCore
@_spi(Benchmarks) import JobStore

// The journal: one triage decision made durable (append + fsync under flock, after catching
// up with other writers) next to the bare write + fsync it is built on, the replay of
// 100,000 entries on load, and the same after compaction (snapshot + empty journal).
// Run from Benchmarks/: swift package benchmark --target Journal
// The data directories are made under $JOBMATCH_BENCH_JOURNAL_DIR (default: the temporary
// directory; it must be on a real disk, not a tmpfs, for fsync to mean anything). Figures: ../docs/performance.md.
let benchmarks: @Sendable () -> Void = {
    let appends = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .syscalls], warmupIterations: 20,
                                          maxDuration: .seconds(20), maxIterations: 2_000)
    let replays = Benchmark.Configuration(metrics: [.wallClock, .cpuTotal, .mallocCountTotal], warmupIterations: 1,
                                          maxDuration: .seconds(60), maxIterations: 20)

    // Appends to a journal already holding 100,000 entries: the cost must not grow with it.
    // Made durable with fdatasync (the default since issue #9) and, in a second directory in
    // the same run, with fsync as before.
    for durability in [Journal.Durability.fdatasync, .fsync] {
        let name = durability == .fsync ? "fsync (before)" : "fdatasync"
        Benchmark("journal: one decision durable (append + \(name)), 100k entries before", configuration: appends) { benchmark in
            let bench = JournalBench.shared
            let i = benchmark.currentIteration
            benchmark.startMeasurement()
            do {
                let payload = JournalPayload.triageDecision(vacancy: "V\(String(format: "%06d", i % 450 + 1))",
                                                            candidate: "K\(String(format: "%06d", i % 3000 + 1))",
                                                            verdict: .maybe, reason: "", note: "")
                blackHole(bench.append(payload, durability))
            }
        }
    }

    // The floor under the append: the same 200-byte line written and fsync'd with no
    // jobmatch code around it, on the same disk in the same run. Whatever the append costs
    // above this is ours; the tail of this one is the disk's.
    Benchmark("fsync floor: write 200 bytes + fsync, no jobmatch code", configuration: appends) { benchmark in
        let fd = JournalBench.shared.floorFile
        var line = [UInt8](repeating: UInt8(ascii: "x"), count: 200)
        line[199] = UInt8(ascii: "\n")
        benchmark.startMeasurement()
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fsync(fd)
    }

    // The same with fdatasync: an append changes the file size, so this still commits the
    // inode; it skips only the modification time.
    Benchmark("fsync floor: write 200 bytes + fdatasync, no jobmatch code", configuration: appends) { benchmark in
        let fd = JournalBench.shared.dataSyncFloorFile
        var line = [UInt8](repeating: UInt8(ascii: "x"), count: 200)
        line[199] = UInt8(ascii: "\n")
        benchmark.startMeasurement()
        _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        _ = fdatasync(fd)
    }

    // What preallocation would buy at best: 200 bytes written over blocks already written
    // (zeros) and fdatasync'd, so nothing but data reaches the disk (no size, no extent change).
    Benchmark("fsync floor: pwrite 200 bytes over written zeros + fdatasync (preallocated)", configuration: appends) { benchmark in
        let bench = JournalBench.shared
        var line = [UInt8](repeating: UInt8(ascii: "x"), count: 200)
        line[199] = UInt8(ascii: "\n")
        let at = off_t((benchmark.currentIteration % JournalBench.zeroedLines) * 200)
        benchmark.startMeasurement()
        _ = line.withUnsafeBytes { pwrite(bench.zeroedFile, $0.baseAddress, $0.count, at) }
        _ = fdatasync(bench.zeroedFile)
    }

    // No disk at all: a 120 µs sleep, about what the sync takes at the median. Its tail is
    // how long a thread that blocked waits for a CPU again on this machine.
    Benchmark("wake-up floor: sleep 120 µs, no I/O", configuration: appends) { benchmark in
        var pause = timespec(tv_sec: 0, tv_nsec: 120_000)
        benchmark.startMeasurement()
        _ = nanosleep(&pause, nil)
    }

    // What the workbench's idle poll did once a second before issue #9: compare the whole
    // replayed state (two equal copies, 100,000 entries) to see whether anything changed.
    Benchmark("journal: compare two equal states of 100,000 entries (the idle poll before)", configuration: replays) { _ in
        let bench = JournalBench.shared
        blackHole(bench.replayed == bench.replayedAgain)
    }

    Benchmark("journal: replay 100,000 entries (open)", configuration: replays) { _ in
        blackHole(try! Journal.open(directory: JournalBench.shared.replayDirectory))
    }

    // The same 100,000 entries after `jobmatch journal compact`: journal.snapshot (checked
    // against the manifest's SHA-256) and an empty journal.
    Benchmark("journal: open after compaction (snapshot of 100,000 entries)", configuration: replays) { _ in
        blackHole(try! Journal.open(directory: JournalBench.shared.compactedDirectory))
    }

    // Compacting 100,000 entries: replay, snapshot through the manifest commit, new journal.
    Benchmark("journal: compact 100,000 entries", configuration: replays) { benchmark in
        let dir = JournalBench.shared.compactDirectory
        JournalBench.shared.resetCompactDirectory()
        benchmark.startMeasurement()
        blackHole(try! JournalCompaction.compact(directory: dir))
        benchmark.stopMeasurement()
    }
}

/// Two data directories: one with a 100,000-entry journal to replay, and a copy that the
/// append benchmark extends (through one `Journal`, as a workbench session would).
final class JournalBench: @unchecked Sendable {
    static let shared = JournalBench()
    let replayDirectory: URL
    let appendDirectory: URL
    let compactedDirectory: URL
    let compactDirectory: URL
    /// A second copy of the append directory, for the fsync appends.
    let appendFsyncDirectory: URL
    /// Open files for the floors, on the same disk as the journals.
    let floorFile: Int32
    let dataSyncFloorFile: Int32
    /// A file of `zeroedLines` × 200 bytes of zeros, written and fsync'd before any measurement.
    let zeroedFile: Int32
    static let zeroedLines = 4_000
    private let journalBytes: [UInt8]
    private let lock = NSLock()
    private var appenders: [Journal.Durability: Journal] = [:]

    /// The 100,000 entries replayed, twice (separate copies, equal).
    lazy var replayed: JournalState = try! Journal.open(directory: replayDirectory).state
    lazy var replayedAgain: JournalState = try! Journal.open(directory: replayDirectory).state

    func append(_ payload: JournalPayload, _ durability: Journal.Durability) -> JournalEntry {
        lock.lock(); defer { lock.unlock() }
        if appenders[durability] == nil {
            var j = try! Journal.open(directory: durability == .fsync ? appendFsyncDirectory : appendDirectory)
            j.durability = durability
            appenders[durability] = j
        }
        return try! appenders[durability]!.append(payload, user: "mette.frh")
    }

    private init() {
        let parent = URL(fileURLWithPath: ProcessInfo.processInfo.environment["JOBMATCH_BENCH_JOURNAL_DIR"] ?? NSTemporaryDirectory())
        // Directories of earlier runs (each benchmark runs in its own process).
        for old in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where old.hasPrefix("jobmatch-journal-bench-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(old))
        }
        let base = parent.appendingPathComponent("jobmatch-journal-bench-\(getpid())")
        replayDirectory = base.appendingPathComponent("replay")
        appendDirectory = base.appendingPathComponent("append")
        compactedDirectory = base.appendingPathComponent("compacted")
        compactDirectory = base.appendingPathComponent("compact")
        appendFsyncDirectory = base.appendingPathComponent("append-fsync")
        for dir in [replayDirectory, appendDirectory, appendFsyncDirectory, compactedDirectory, compactDirectory] {
            try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            chmod(dir.path, 0o700)
        }
        chmod(base.path, 0o700)
        floorFile = open(base.appendingPathComponent("floor").path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        dataSyncFloorFile = open(base.appendingPathComponent("floor-fdatasync").path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        let zeroed = open(base.appendingPathComponent("floor-zeroed").path, O_WRONLY | O_CREAT, 0o600)
        let zeros = [UInt8](repeating: 0, count: Self.zeroedLines * 200)
        _ = zeros.withUnsafeBytes { pwrite(zeroed, $0.baseAddress, $0.count, 0) }
        _ = fsync(zeroed)
        zeroedFile = zeroed
        let bytes = Self.entries(100_000)
        journalBytes = bytes
        for dir in [replayDirectory, appendDirectory, appendFsyncDirectory, compactedDirectory] {
            let url = dir.appendingPathComponent(Journal.fileName)
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        }
        // Compaction commits the snapshot through manifest.json, which a data directory has.
        Self.writeEmptyManifest(compactedDirectory)
        _ = try! JournalCompaction.compact(directory: compactedDirectory)
    }

    /// The compaction benchmark's directory as before any compaction: the 100,000-entry
    /// journal and a manifest listing nothing.
    func resetCompactDirectory() {
        let fm = FileManager.default
        try? fm.removeItem(at: compactDirectory.appendingPathComponent("journal.snapshot"))
        _ = fm.createFile(atPath: compactDirectory.appendingPathComponent(Journal.fileName).path, contents: Data(journalBytes),
                      attributes: [.posixPermissions: 0o600])
        Self.writeEmptyManifest(compactDirectory)
    }

    private static func writeEmptyManifest(_ dir: URL) {
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("manifest.json").path,
                                       contents: Data(#"{"files":{},"format":1,"generation":0}"#.utf8), attributes: [.posixPermissions: 0o600])
    }

    /// A realistic mix: decisions on 450 vacancies, one undo in 20, a redo in 40, shortlist
    /// edits and state changes, calls.
    static func entries(_ count: Int) -> [UInt8] {
        var state = JournalState()
        var out: [UInt8] = []
        out.reserveCapacity(count * 190)
        var seq = 0
        var rng = UInt64(2026)
        let day = Day(year: 2026, month: 11, day: 24)!  // the day of every entry's time
        func next(_ n: Int) -> Int { rng = rng &* 6364136223846793005 &+ 1442695040888963407; return Int((rng >> 33) % UInt64(n)) }
        while seq < count {
            let v = "V" + String(format: "%06d", next(450) + 1)
            let k = "K" + String(format: "%06d", next(3000) + 1)
            let work = state.work(for: v)
            var payload: JournalPayload
            switch next(40) {
            case 0..<2: payload = work.lastUndoable.map { .undo(vacancy: v, target: $0.sequence) } ?? .callOutcome(vacancy: v, outcome: .noAnswer, note: "", day: day)
            case 2: payload = work.redoable.last.map { .redo(vacancy: v, target: $0) } ?? .callOutcome(vacancy: v, outcome: .filled, note: "", day: day)
            case 3..<6:
                payload = work.shortlist.items.contains { $0.candidate == k } || work.shortlist.state != .draft
                    ? .callOutcome(vacancy: v, outcome: .stillNeedsHelp, note: "ring igen", day: day)
                    : .shortlistChange(vacancy: v, basedOn: work.shortlist.version, change: .add(candidate: k, note: "stærk profil"))
            case 6: payload = .callOutcome(vacancy: v, outcome: .extendAd, note: "", day: day)
            default:
                payload = .triageDecision(vacancy: v, candidate: k, verdict: [.yes, .no, .maybe, .skip][next(4)],
                                          reason: "", note: next(5) == 0 ? "kører selv, kan starte mandag" : "")
            }
            if (try? state.check(payload)) == nil { payload = .callOutcome(vacancy: v, outcome: .cancelled, note: "", day: day) }
            seq += 1
            let entry = JournalEntry(sequence: seq, time: "2026-11-24T08:00:00.000Z", user: "mette.frh", payload: payload)
            try! state.apply(entry)
            out += Journal.line(for: entry)
        }
        return out
    }
}
