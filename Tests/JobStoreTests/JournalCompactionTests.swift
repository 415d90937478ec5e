import Dispatch
import Foundation
import JobMatchCore
@testable import JobStore
import Testing

/// Compaction: the journal's state after entry N becomes journal.snapshot and the journal
/// starts again empty. A compaction stopped after any step (as a crash would stop it) leaves
/// the same state and loses no entry; other processes holding a Journal continue correctly.
@Suite("Journal compaction")
struct JournalCompactionTests {
    private let time = Date(timeIntervalSince1970: 1_800_000_000)

    /// Every kind of entry, on two vacancies: 12 entries.
    private func fill(_ j: inout Journal) throws {
        let payloads: [JournalPayload] = [
            .triageDecision(vacancy: "V000001", candidate: "K000001", verdict: .yes, reason: "", note: "Kører selv; \"truck\" ✓ 日本"),
            .triageDecision(vacancy: "V000001", candidate: "K000002", verdict: .no, reason: "too-far", note: ""),
            .triageDecision(vacancy: "V000001", candidate: "K000003", verdict: .maybe, reason: "", note: ""),
            .undo(vacancy: "V000001", target: 3),
            .undo(vacancy: "V000001", target: 2),
            .redo(vacancy: "V000001", target: 5),
            .shortlistChange(vacancy: "V000002", basedOn: 0, change: .add(candidate: "K000001", note: "stærk")),
            .shortlistChange(vacancy: "V000002", basedOn: 1, change: .add(candidate: "K000004", note: "")),
            .shortlistChange(vacancy: "V000002", basedOn: 2, change: .move(candidate: "K000004", position: 0)),
            .shortlistState(vacancy: "V000002", basedOn: 3, state: .submitted, comment: ""),
            .shortlistState(vacancy: "V000002", basedOn: 4, state: .returned, comment: "Mangler truckcertifikat"),
            .callOutcome(vacancy: "V000003", outcome: .noAnswer, note: "ring igen torsdag", day: Day(year: 2027, month: 1, day: 14)!),
        ]
        for p in payloads { try j.append(p, user: "mette.frh", time: time) }
    }

    private func decide(_ j: inout Journal, _ k: String) throws -> JournalEntry {
        try j.append(.triageDecision(vacancy: "V000009", candidate: k, verdict: .yes, reason: "", note: ""), user: "ole.hjo", time: time)
    }

    /// What the test hook throws to stop a compaction where a crash would.
    private static let stop = JournalError.io(operation: "stop here (test)", errno: 0)

    @Test("after compaction the journal is empty, replay gives the same state, and numbering continues")
    func compactKeepsState() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let outcome = try JournalCompaction.compact(directory: dir.url)
        #expect(outcome == .compacted(sequence: 12, lines: 12, bytes: j.offset, snapshotBytes: try dir.bytes(JournalSnapshot.fileName).count))
        #expect(try dir.bytes(Journal.fileName).isEmpty)
        let reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state == j.state)
        #expect(reopened.snapshot?.sequence == 12 && reopened.lines == 0)
        var again = reopened
        #expect(try decide(&again, "K000100").sequence == 13)
        #expect(try Journal.open(directory: dir.url).state == again.state)
        #expect(try JournalCompaction.compact(directory: dir.url) == .compacted(sequence: 13, lines: 1, bytes: again.offset,
                                                                                snapshotBytes: try dir.bytes(JournalSnapshot.fileName).count))
        #expect(try JournalCompaction.compact(directory: dir.url) == .nothingToDo(sequence: 13))
        // The data directory still loads: the snapshot is recorded in the manifest.
        #expect(loadProblems(dir).isEmpty)
    }

    @Test("a compaction stopped after any step leaves the same state; the next one finishes it", arguments: JournalCompaction.Step.allCases)
    func stoppedAfter(step: JournalCompaction.Step) throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let before = j.state
        #expect(throws: Self.stop) {
            _ = try JournalCompaction.compact(directory: dir.url) { s throws(JournalError) in if s == step { throw Self.stop } }
        }
        let hasSnapshot = FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(JournalSnapshot.fileName).path)
        #expect(hasSnapshot == (step != .locked))
        let reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state == before)
        #expect(reopened.tornTail == nil)
        // Appends go on with the next number, and a later compaction finishes the job.
        var next = reopened
        #expect(try decide(&next, "K000100").sequence == 13)
        #expect(try Journal.open(directory: dir.url).state == next.state)
        guard case .compacted(sequence: 13, _, _, _) = try JournalCompaction.compact(directory: dir.url) else {
            Issue.record("the second compaction did not run"); return
        }
        #expect(try Journal.open(directory: dir.url).state == next.state)
        #expect(try dir.bytes(Journal.fileName).isEmpty)
        // A temp journal left by the stop is removed by the next writer (`AtomicWriter.recover`).
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir.url.path)).contains { $0.contains(".tmp-") || $0.contains(".staged-") })
    }

    @Test("a snapshot committed but still under its staged name (stopped inside the manifest commit) is used")
    func stagedSnapshot() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        #expect(throws: Self.stop) {
            _ = try JournalCompaction.compact(directory: dir.url) { s throws(JournalError) in if s == .snapshotCommitted { throw Self.stop } }
        }
        // Put the directory back to the instant after the manifest rename, before the staged rename.
        let manifest = try JSONDecoder().decode(Manifest.self, from: try dir.bytes(Manifest.fileName))
        try FileManager.default.moveItem(at: dir.url.appendingPathComponent(JournalSnapshot.fileName),
                                         to: dir.url.appendingPathComponent(Manifest.stagedName(JournalSnapshot.fileName, generation: manifest.generation)))
        #expect(try Journal.open(directory: dir.url).state == j.state)
        #expect(loadProblems(dir).isEmpty)
    }

    @Test("a process that holds a Journal across a compaction continues from the snapshot: nothing twice, nothing lost")
    func otherProcessContinues() throws {
        let dir = try TempDataDirectory()
        var workbench = try Journal.open(directory: dir.url)
        try fill(&workbench)
        _ = try JournalCompaction.compact(directory: dir.url)
        var colleague = try Journal.open(directory: dir.url)
        #expect(try decide(&colleague, "K000200").sequence == 13)
        // The workbench read the old file: its next append must see entry 13 and follow it.
        #expect(try decide(&workbench, "K000201").sequence == 14)
        #expect(workbench.state.entryCount == 14)
        #expect(workbench.state == (try Journal.open(directory: dir.url)).state)
        // Twice more, with the file replaced each time (a reused inode number is caught by the first bytes).
        for k in 0..<2 {
            _ = try JournalCompaction.compact(directory: dir.url)
            var other = try Journal.open(directory: dir.url)
            _ = try decide(&other, "K00030\(k)")
            #expect(try workbench.refresh())
            #expect(workbench.state == other.state)
        }
        #expect(try decide(&workbench, "K000400").sequence == 17)
        #expect(try Journal.open(directory: dir.url).state == workbench.state)
        #expect(try !workbench.refresh())
    }

    @Test("an append waiting for the old journal's lock during a compaction lands in the new journal")
    func waitingAppend() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let opened = try Journal.open(directory: dir.url)   // another process, which read the journal before
        let result = Box()
        let group = DispatchGroup()
        _ = try JournalCompaction.compact(directory: dir.url) { step throws(JournalError) in
            guard step == .locked else { return }
            // Another process appends now: it opens the old file and waits for its lock.
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                do {
                    var other = opened
                    result.set(try other.append(.callOutcome(vacancy: "V000005", outcome: .filled, note: "", day: Day(year: 2027, month: 1, day: 15)!), user: "ole.hjo").sequence)
                } catch {
                    result.set(-1)
                }
            }
            usleep(200_000)
        }
        group.wait()
        #expect(result.get() == 13)
        let reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state.lastSequence == 13)
        #expect(reopened.state.work(for: "V000005").calls.count == 1)
    }

    @Test("a snapshot with a journal from another copy is refused, naming both files")
    func mismatchedCopies() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let old = try dir.bytes(Journal.fileName)
        _ = try JournalCompaction.compact(directory: dir.url)
        // The old journal comes back from a backup, with its last line changed (another history).
        var lines = String(decoding: old, as: UTF8.self).split(separator: "\n").map(String.init)
        let entry = JournalEntry(sequence: 12, time: "2027-01-15T08:00:00.000Z", user: "ole.hjo",
                                 payload: .callOutcome(vacancy: "V000003", outcome: .filled, note: "", day: Day(year: 2027, month: 1, day: 15)!))
        lines[11] = String(decoding: Journal.line(for: entry).dropLast(), as: UTF8.self)
        try dir.writeJournal(lines.joined(separator: "\n") + "\n")
        do {
            _ = try Journal.open(directory: dir.url)
            Issue.record("a journal from another copy was accepted")
        } catch {
            #expect(error.description.contains("journal.jsonl:12: crc: entry 12 is not the one journal.snapshot was made from"))
        }
        // A journal older than the snapshot (ends before N) is refused too.
        try dir.writeJournal(lines.prefix(5).joined(separator: "\n") + "\n")
        #expect(throws: JournalError.self) { _ = try Journal.open(directory: dir.url) }
        // And a snapshot changed by hand fails its manifest check.
        try dir.writeJournal("")
        var snap = try dir.bytes(JournalSnapshot.fileName)
        snap[snap.count - 5] = UInt8(ascii: "X")
        try snap.write(to: dir.url.appendingPathComponent(JournalSnapshot.fileName))
        do {
            _ = try Journal.open(directory: dir.url)
            Issue.record("a changed snapshot was accepted")
        } catch {
            #expect(error.description.hasPrefix("journal.snapshot: is not what the last compaction left"))
            #expect(error.description.hasSuffix("Restore journal.snapshot and journal.jsonl together from a backup"))
        }
    }

    @Test("while someone holds the journal's lock or the writer lock, compaction says so and changes nothing")
    func busy() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let before = try dir.bytes(Journal.fileName)
        let fd = open(dir.url.appendingPathComponent(Journal.fileName).path, O_RDONLY)
        #expect(flock(fd, LOCK_EX) == 0)
        guard case .busy(let message) = try JournalCompaction.compact(directory: dir.url, lockWait: .milliseconds(50)) else {
            Issue.record("compacted while the journal was locked"); return
        }
        #expect(message.contains("try again in a moment"))
        close(fd)
        let handle = try DirectoryHandle.open(dir.url.path)
        let lock = try DirectoryLock.acquire(handle, timeout: .seconds(1))
        guard case .busy(let locked) = try JournalCompaction.compact(directory: dir.url, lockWait: .milliseconds(50)) else {
            Issue.record("compacted while the directory was locked"); return
        }
        #expect(locked.contains("is writing to"))
        lock.release()
        #expect(try dir.bytes(Journal.fileName) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(JournalSnapshot.fileName).path))
    }

    @Test("a journal with a torn last line is not compacted")
    func tornTail() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try fill(&j)
        let handle = try FileHandle(forWritingTo: dir.url.appendingPathComponent(Journal.fileName))
        try handle.seekToEnd(); try handle.write(contentsOf: Data("{\"seq\":13,\"ti".utf8)); try handle.close()
        let before = try dir.bytes(Journal.fileName)
        #expect(throws: JournalError.tornTail(line: 13, completeBytes: j.offset, directory: dir.url.path)) {
            _ = try JournalCompaction.compact(directory: dir.url)
        }
        #expect(try dir.bytes(Journal.fileName) == before)
    }
}

private final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func set(_ v: Int) { lock.lock(); value = v; lock.unlock() }
    func get() -> Int { lock.lock(); defer { lock.unlock() }; return value }
}

extension TempDataDirectory {
    /// Replaces journal.jsonl by hand (a restore from a backup: a new file, mode 0600).
    func writeJournal(_ text: String) throws {
        let url = url.appendingPathComponent(Journal.fileName)
        try Data(text.utf8).write(to: url, options: .atomic)
        chmod(url.path, 0o600)
    }
}
