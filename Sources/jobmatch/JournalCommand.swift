import ArgumentParser
import Foundation
import JobStore

/// `jobmatch journal`: how big the journal is, and compacting it (the state after its last
/// entry becomes `journal.snapshot`, and the journal starts again empty). Neither reads or
/// shows personal data; compaction changes no edit, only where it is kept.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Show the size of the journal of edits, or compact it into a snapshot.",
        subcommands: [JournalStatus.self, JournalCompact.self])
}

struct JournalStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Entries and bytes in journal.jsonl, the last entry number, and the snapshot it continues.")
    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let dir = try dataOptions.prepare()
        let journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        let out = StatusJSON(journal)
        if json {
            print(try JSONOutput.string(out))
        } else {
            print("journal.jsonl: \(out.entries) entries, \(out.bytes) bytes; last entry \(out.lastSequence) "
                  + "(\(out.totalEntries) entries in all)")
            if let s = out.snapshot {
                print("journal.snapshot: the state after entry \(s.sequence) (\(s.entries) entries), \(s.bytes) bytes")
            } else {
                print("journal.snapshot: none (never compacted)")
            }
        }
        if let torn = journal.tornTail { printError(torn.description) }
    }

    struct StatusJSON: Encodable {
        struct Snapshot: Encodable { var sequence: Int, entries: Int, bytes: Int, sha256: String }
        /// Lines in journal.jsonl (entries recorded since the last compaction).
        var entries: Int
        var bytes: Int
        var lastSequence: Int
        var totalEntries: Int
        var snapshot: Snapshot?
        var tornTail: String?
        init(_ j: Journal) {
            entries = j.lines; bytes = j.offset; lastSequence = j.state.lastSequence; totalEntries = j.state.entryCount
            snapshot = j.snapshot.map { Snapshot(sequence: $0.sequence, entries: $0.entries, bytes: $0.bytes, sha256: $0.sha256) }
            tornTail = j.tornTail?.description
        }
    }
}

struct JournalCompact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact",
        abstract: "Move the journal's entries into journal.snapshot and start an empty journal (only when no one is writing).",
        discussion: """
            Crash-safe: the snapshot is committed through manifest.json before the journal is replaced, so an \
            interruption leaves either the old journal or the snapshot with it, and every recorded edit stays. \
            Runs only while no one is writing: when the data directory's writer lock or the journal's lock stays \
            taken for a second, it says so, changes nothing and exits with status 75 (try again later). A damaged \
            journal or one with an incomplete last line is not compacted.
            """)
    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let dir = try dataOptions.prepare()
        let outcome: JournalCompaction.Outcome
        do { outcome = try JournalCompaction.compact(directory: dir) } catch { throw fail(error.description) }
        switch outcome {
        case let .compacted(sequence, lines, bytes, snapshotBytes):
            print("compacted: \(lines) entries (\(bytes) bytes) of journal.jsonl are now in journal.snapshot "
                  + "(\(snapshotBytes) bytes, the state after entry \(sequence)); the next entry is \(sequence + 1)")
        case let .nothingToDo(sequence):
            print("nothing to compact: journal.jsonl holds no entries since the snapshot (last entry \(sequence))")
        case let .busy(message):
            printError(message)
            throw ExitCode(75)
        case let .refused(message):
            throw fail(message)
        }
    }
}
