import Foundation
import JobMatchCore
@testable import JobStore
import Testing

/// The journal: durable appends, replay, torn tails, checksums, undo/redo and versions.
@Suite("Journal")
struct JournalTests {
    private func append(_ j: inout Journal, _ p: JournalPayload, user: String = "mette.frh") throws(JournalError) {
        try j.append(p, user: user, time: Date(timeIntervalSince1970: 1_800_000_000))
    }

    private func decision(_ v: String, _ k: String, _ verdict: TriageVerdict, note: String = "") -> JournalPayload {
        .triageDecision(vacancy: v, candidate: k, verdict: verdict, reason: verdict == .no ? "too-far" : "", note: note)
    }

    @Test("every kind of entry written and replayed gives the same state, with notes in any script")
    func roundTrip() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        let payloads: [JournalPayload] = [
            // maybe: a yes would put K000001 on the shortlist (see TriageShortlistTests), and the
            // hand edits below are based on the list without her.
            decision("V000001", "K000001", .maybe, note: "Kører selv; \"truck\" ✓ 日本 \n ny linje"),
            decision("V000001", "K000002", .no),
            .undo(vacancy: "V000001", target: 2),
            .redo(vacancy: "V000001", target: 3),
            .shortlistChange(vacancy: "V000001", basedOn: 0, change: .add(candidate: "K000001", note: "stærk")),
            .shortlistChange(vacancy: "V000001", basedOn: 1, change: .add(candidate: "K000003", note: "")),
            .shortlistChange(vacancy: "V000001", basedOn: 2, change: .move(candidate: "K000003", position: 0)),
            .shortlistChange(vacancy: "V000001", basedOn: 3, change: .note(candidate: "K000001", text: "ring først")),
            .shortlistChange(vacancy: "V000001", basedOn: 4, change: .remove(candidate: "K000003")),
            .shortlistState(vacancy: "V000001", basedOn: 5, state: .submitted, comment: ""),
            .shortlistState(vacancy: "V000001", basedOn: 6, state: .returned, comment: "Mangler truckcertifikat"),
            .callOutcome(vacancy: "V000002", outcome: .noAnswer, note: "ring igen torsdag", day: Day(year: 2027, month: 1, day: 14)!),
        ]
        for p in payloads { try append(&j, p) }
        let again = try Journal.open(directory: dir.url)
        #expect(again.state == j.state)
        #expect(again.lines == payloads.count && again.tornTail == nil)
        let w = again.state.work(for: "V000001")
        #expect(w.current(for: "K000001")?.note == "Kører selv; \"truck\" ✓ 日本 \n ny linje")
        #expect(w.current(for: "K000002")?.verdict == .no)
        #expect(w.shortlist.items == [ShortlistItem(candidate: "K000001", note: "ring først")])
        #expect(w.shortlist.state == .returned && w.shortlist.comment == "Mangler truckcertifikat" && w.shortlist.version == 7)
        #expect(again.state.work(for: "V000002").calls.map(\.outcome) == [.noAnswer])
        let text = try String(decoding: dir.bytes(Journal.fileName), as: UTF8.self)
        #expect(text.split(separator: "\n").count == payloads.count)
        #expect(text.hasPrefix(#"{"seq":1,"time":"2027-01-15T08:00:00.000Z","user":"mette.frh","kind":"triageDecision","vacancy":"V000001""#))
    }

    @Test("a torn last line is reported with the truncate command and never appended to")
    func tornTail() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try append(&j, decision("V000001", "K000001", .yes))
        try append(&j, decision("V000001", "K000002", .maybe))
        let complete = try dir.bytes(Journal.fileName)
        let third = JournalCodec.encode(JournalEntry(sequence: 3, time: "x", user: "u", payload: decision("V000001", "K000003", .no)))
        let handle = try FileHandle(forWritingTo: dir.url.appendingPathComponent(Journal.fileName))
        try handle.seekToEnd(); try handle.write(contentsOf: Data(third.prefix(40))); try handle.close()

        var reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state.entryCount == 2)
        let expected = JournalError.tornTail(line: 3, completeBytes: complete.count, directory: dir.url.path)
        #expect(reopened.tornTail == expected)
        #expect(expected.description.contains("journal.jsonl:3: the last entry is incomplete"))
        #expect(expected.description.contains("truncate -s \(complete.count) "))
        #expect(throws: expected) { try append(&reopened, decision("V000001", "K000004", .yes)) }
        #expect(try dir.bytes(Journal.fileName).count == complete.count + 40)
    }

    @Test("a changed line fails its checksum and is named by line; nothing is appended")
    func checksum() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        for k in ["K000001", "K000002", "K000003"] { try append(&j, decision("V000001", k, .yes)) }
        let url = dir.url.appendingPathComponent(Journal.fileName)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "K000002\",\"decision\":\"yes", with: "K000002\",\"decision\":\"no!")
        try Data(text.utf8).write(to: url, options: .atomic)   // an editor saving a new copy
        chmod(url.path, 0o600)
        do {
            _ = try Journal.open(directory: dir.url)
            Issue.record("a damaged journal opened")
        } catch {
            #expect(error.description.hasPrefix("journal.jsonl:2: crc: checksum mismatch"))
        }
        // A writer that had read the old file replays the new one and refuses too.
        #expect(throws: JournalError.self) { try append(&j, decision("V000001", "K000004", .yes)) }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }

    @Test("a removed line breaks the sequence and is reported where the gap is")
    func sequenceGap() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        for k in ["K000001", "K000002", "K000003"] { try append(&j, decision("V000001", k, .yes)) }
        let url = dir.url.appendingPathComponent(Journal.fileName)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        lines.remove(at: 1)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        #expect(throws: JournalError.damaged([Problem(file: "journal.jsonl", line: 2, field: "seq",
            message: "expected entry 2, found 3 (an entry is missing, repeated or out of order)")])) {
            _ = try Journal.open(directory: dir.url)
        }
    }

    @Test("replay applies undo and redo in order; a new decision ends redo")
    func undoRedo() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try append(&j, decision("V000001", "K000001", .yes))      // 1
        try append(&j, decision("V000001", "K000002", .no))       // 2
        try append(&j, decision("V000001", "K000001", .maybe))    // 3 replaces 1
        try append(&j, .undo(vacancy: "V000001", target: 3))      // 4: K000001 back to yes
        try append(&j, .undo(vacancy: "V000001", target: 2))      // 5: K000002 undecided
        try append(&j, .redo(vacancy: "V000001", target: 5))      // 6: K000002 no again
        var replayed = try Journal.open(directory: dir.url).state.work(for: "V000001")
        #expect(replayed.current(for: "K000001")?.verdict == .yes)
        #expect(replayed.current(for: "K000002")?.verdict == .no)
        #expect(replayed.redoable == [4])
        #expect(replayed.lastUndoable?.sequence == 2)
        try append(&j, decision("V000001", "K000003", .skip))     // 7 clears redo
        replayed = try Journal.open(directory: dir.url).state.work(for: "V000001")
        #expect(replayed.redoable.isEmpty)
        #expect(throws: JournalError.refused(.nothingToRedo(vacancy: "V000001", target: 4))) {
            try append(&j, .redo(vacancy: "V000001", target: 4))
        }
        #expect(throws: JournalError.refused(.nothingToUndo(vacancy: "V000001", target: 3))) {
            try append(&j, .undo(vacancy: "V000001", target: 3))
        }
        #expect(try Journal.open(directory: dir.url).lines == 7)
    }

    @Test("a shortlist change based on an old version is refused, naming who changed what")
    func staleShortlist() throws {
        let dir = try TempDataDirectory()
        var mette = try Journal.open(directory: dir.url)
        var ole = try Journal.open(directory: dir.url)
        let seen = ole.state.work(for: "V000001").shortlist.version
        try append(&mette, .shortlistChange(vacancy: "V000001", basedOn: 0, change: .add(candidate: "K000017", note: "")))
        do {
            try append(&ole, .shortlistChange(vacancy: "V000001", basedOn: seen, change: .add(candidate: "K000002", note: "")), user: "ole.hjo")
            Issue.record("a stale write was accepted")
        } catch {
            guard case .refused(.staleShortlist(vacancy: _, yours: 0, stored: 1, by: let by)) = error else { Issue.record("\(error)"); return }
            #expect(by?.user == "mette.frh")
            #expect(error.description.contains("mette.frh added K000017"))
            #expect(error.description.contains("now version 1, yours 0"))
        }
        // Ole's journal has caught up: based on the current version his change goes in.
        #expect(ole.state.work(for: "V000001").shortlist.version == 1)
        try append(&ole, .shortlistChange(vacancy: "V000001", basedOn: 1, change: .add(candidate: "K000002", note: "")), user: "ole.hjo")
        let final = try Journal.open(directory: dir.url).state.work(for: "V000001").shortlist
        #expect(final.items.map(\.candidate) == ["K000017", "K000002"] && final.version == 2)
    }

    @Test("a link in place of journal.jsonl is refused and its target untouched")
    func symlink() throws {
        let dir = try TempDataDirectory()
        var opened = try Journal.open(directory: dir.url)   // before the link is planted
        let target = dir.url.appendingPathComponent("elsewhere")
        try Data().write(to: target)
        try FileManager.default.createSymbolicLink(at: dir.url.appendingPathComponent(Journal.fileName), withDestinationURL: target)
        #expect(throws: JournalError.symlink(directory: dir.url.path)) { _ = try Journal.open(directory: dir.url) }
        #expect(throws: JournalError.symlink(directory: dir.url.path)) { try append(&opened, decision("V000001", "K000001", .yes)) }
        #expect(try Data(contentsOf: target).isEmpty)
    }

    @Test("a failed write leaves the journal as it was")
    func shortWrite() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try append(&j, decision("V000001", "K000001", .yes))
        let before = try dir.bytes(Journal.fileName)
        j.write = { fd, bytes, count in count > 20 ? AuditFiles.systemWrite(fd, bytes, 20) : { errno = ENOSPC; return -1 }() }
        #expect(throws: JournalError.io(operation: "write", errno: ENOSPC)) { try append(&j, decision("V000001", "K000002", .yes)) }
        #expect(try dir.bytes(Journal.fileName) == before)
    }
}
