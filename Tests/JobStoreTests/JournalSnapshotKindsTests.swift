import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JobMatchCore
@testable import JobStore
import Testing
import TestSupport

/// Compaction keeps every kind of work the journal holds, not only the vacancies': saved
/// searches, course enrolments and withdrawals, company visits. Replaying snapshot + the
/// journal after it gives exactly what replaying the whole journal gives.
@Suite("Journal compaction: every kind of work")
struct JournalSnapshotKindsTests {
    private let time = Date(timeIntervalSince1970: 1_800_000_000)

    static let visit = CompanyVisit(company: "12345678", date: Day(year: 2026, month: 11, day: 20)!, jobCentres: ["0813", "0851"],
                                    purpose: .upskilling, outcome: "2 til AMU-svejsning; \"MIG\" ✓",
                                    followUps: ["send kursusplan", "ring 1/12"])

    @Test("a journal with saved searches, enrolments, a withdrawal and a visit is compacted and replays to the same work")
    func nonVacancyWork() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try j.append(.triageDecision(vacancy: "V000001", candidate: "K000001", verdict: .yes, reason: "", note: ""), user: "mette.frh", time: time)
        // Written on 2027-01-15 by the clock in a session run as of 2026-11-24 (`--today`).
        let day = Day(year: 2026, month: 11, day: 24)!
        try j.append(.savedSearch(name: "svejsere nord", query: "occ:welder near:0813", action: .save, day: day), user: "mette.frh", time: time)
        try j.append(.savedSearch(name: "tømrere", query: "occ:carpenter", action: .save, day: day), user: "ole.hjo", time: time)
        try j.append(.savedSearch(name: "tømrere", query: "", action: .delete, day: day), user: "ole.hjo", time: time)
        try j.append(.savedSearch(name: "svejsere nord", query: "", action: .open, day: day.adding(days: 1)), user: "mette.frh",
                     time: time.addingTimeInterval(3600))
        try j.append(.courseEnrolment(course: "AMU-44812", candidate: "K000002", capacity: 2), user: "mette.frh", time: time)
        try j.append(.courseEnrolment(course: "AMU-44812", candidate: "K000003", capacity: 2), user: "ole.hjo", time: time)
        try j.append(.courseWithdrawal(course: "AMU-44812", candidate: "K000002"), user: "mette.frh", time: time)
        try j.append(.courseEnrolment(course: "AMU-10001", candidate: "K000004", capacity: 1), user: "mette.frh", time: time)
        try j.append(.courseWithdrawal(course: "AMU-10001", candidate: "K000004"), user: "mette.frh", time: time)
        try j.append(.companyVisit(Self.visit), user: "mette.frh", time: time)

        guard case .compacted(sequence: 11, lines: 11, _, _) = try JournalCompaction.compact(directory: dir.url) else {
            Issue.record("a journal with saved searches, enrolments and a visit was not compacted"); return
        }
        #expect(try dir.bytes(Journal.fileName).isEmpty)
        let reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state == j.state)
        let s = reopened.state
        #expect(s.savedSearches.searches(of: "mette.frh").map(\.name) == ["svejsere nord"])
        #expect(s.savedSearches.search("svejsere nord", of: "mette.frh")?.lastOpened == "2027-01-15T09:00:00.000Z")
        #expect(s.savedSearches.search("svejsere nord", of: "mette.frh")?.lastOpenedDay == day.adding(days: 1),
                "the snapshot keeps the session's day of the opening, not the clock's")
        #expect(s.savedSearches.searches(of: "ole.hjo").isEmpty)
        #expect(s.enrolments.enrolled(on: "AMU-44812").map(\.candidate) == ["K000003"])
        #expect(s.enrolments.enrolled(on: "AMU-10001").isEmpty)
        #expect(s.visits.records.map(\.visit) == [Self.visit])
        // The rules still hold after the snapshot: the course has one free seat, not two.
        var next = reopened
        try next.append(.courseEnrolment(course: "AMU-44812", candidate: "K000005", capacity: 2), user: "mette.frh", time: time)
        #expect(throws: JournalError.refused(.courseFull(course: "AMU-44812", capacity: 2))) {
            try next.append(.courseEnrolment(course: "AMU-44812", candidate: "K000006", capacity: 2), user: "mette.frh")
        }
        #expect(next.state.lastSequence == 12)
        #expect(loadProblems(dir).isEmpty)
    }

    @Test("a savedSearch line carries the session's day; one written before that field existed counts from the day of its time")
    func savedSearchDay() throws {
        let payload = JournalPayload.savedSearch(name: "svejsere", query: "occ:welder", action: .open, day: Day(year: 2026, month: 11, day: 24)!)
        let entry = JournalEntry(sequence: 1, time: "2026-12-02T15:00:00.000Z", user: "mette.frh", payload: payload)
        let line = String(decoding: Journal.line(for: entry), as: UTF8.self)
        #expect(line.contains("\"day\":\"2026-11-24\""), "\(line)")
        func decode(_ text: String) throws(LineProblem) -> JournalEntry {
            try Array(text.utf8.dropLast()).withUnsafeBufferPointer { p throws(LineProblem) in try JournalCodec.decode(p) }
        }
        #expect(try decode(line) == entry)
        // The same line as the version before `day` wrote it (re-signed).
        let head = String(line[..<line.range(of: ",\"crc\":")!.lowerBound]).replacingOccurrences(of: ",\"day\":\"2026-11-24\"", with: "")
        let old = head + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(head.utf8))) + "\"}\n"
        guard case let .savedSearch(_, _, _, day) = try decode(old).payload else { Issue.record("not a saved search"); return }
        #expect(day == Day(year: 2026, month: 12, day: 2))
        // A bad day is named by its field.
        let badHead = head + ",\"day\":\"24-11-2026\""
        let bad = badHead + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(badHead.utf8))) + "\"}\n"
        #expect(throws: LineProblem.self) { try decode(bad) }
        do { _ = try decode(bad) } catch { #expect(error.field == "day") }
    }

    @Test("replaying snapshot + tail equals replaying the whole journal, for random journals of every kind", arguments: 0..<24)
    func randomJournals(seed: UInt64) throws {
        var rng = SplitMix(seed: 9_000 + seed)
        let entries = RandomJournal.entries(count: rng.int(20...160), using: &rng)
        var whole = JournalState()
        for e in entries { try whole.apply(e) }

        // Compacted twice, at two random points, with the rest appended after each.
        let dir = try TempDataDirectory()
        let first = rng.int(1...(entries.count - 1))
        let second = rng.int(first...entries.count)
        try dir.writeJournal(entries[0..<first])
        #expect(try JournalCompaction.compact(directory: dir.url) == .compacted(
            sequence: first, lines: first, bytes: entries[0..<first].reduce(0) { $0 + Journal.line(for: $1).count },
            snapshotBytes: try dir.bytes(JournalSnapshot.fileName).count))
        try dir.writeJournal(entries[first..<second])
        if second > first {
            guard case .compacted(sequence: second, _, _, _) = try JournalCompaction.compact(directory: dir.url) else {
                Issue.record("seed \(seed): the second compaction did not run"); return
            }
        }
        try dir.writeJournal(entries[second...])
        let replayed = try Journal.open(directory: dir.url)
        #expect(replayed.state == whole, "seed \(seed): compacted after \(first) and \(second) of \(entries.count) entries")
        #expect(replayed.snapshot?.sequence == second)
    }

    @Test("the random journals hold every kind of entry")
    func randomJournalsCoverEveryKind() {
        var kinds: Set<String> = []
        for seed in 0..<24 as Range<UInt64> {
            var rng = SplitMix(seed: 9_000 + seed)
            kinds.formUnion(RandomJournal.entries(count: rng.int(20...160), using: &rng).map(\.payload.kind))
        }
        #expect(kinds == ["triageDecision", "undo", "redo", "shortlistAdd", "shortlistRemove", "shortlistMove", "shortlistNote",
                          "shortlistState", "callOutcome", "savedSearch", "courseEnrolment", "courseWithdrawal", "companyVisit"])
    }
}

/// Random journals that apply: every kind of entry, on a few vacancies, courses, companies and
/// users, with text that needs escaping. An entry the state refuses is drawn again.
enum RandomJournal {
    static func entries(count: Int, using rng: inout SplitMix) -> [JournalEntry] {
        var state = JournalState()
        var out: [JournalEntry] = []
        let users = ["mette.frh", "ole.hjo", "anna"]
        let notes = ["", "kører selv", "\"truck\" ✓ 日本\nlinje 2", "\\ og \t"]
        while out.count < count {
            let v = "V00000\(rng.int(1...4))"
            let k = "K00000\(rng.int(1...6))"
            let work = state.work(for: v)
            let payload: JournalPayload
            switch rng.int(0...15) {
            case 0...3:
                payload = .triageDecision(vacancy: v, candidate: k, verdict: rng.pick(TriageVerdict.allCases),
                                          reason: rng.pick(["", "too-far", "second-pass"]), note: rng.pick(notes))
            case 4:
                payload = .undo(vacancy: v, target: work.lastUndoable?.sequence ?? rng.int(1...max(1, out.count)))
            case 5:
                payload = .redo(vacancy: v, target: work.redoable.last ?? 1)
            case 6, 7:
                let change: ShortlistChange
                switch rng.int(0...3) {
                case 0: change = .add(candidate: k, note: rng.pick(notes))
                case 1: change = .remove(candidate: work.shortlist.items.first?.candidate ?? k)
                case 2: change = .move(candidate: work.shortlist.items.last?.candidate ?? k, position: rng.int(0...2))
                default: change = .note(candidate: work.shortlist.items.first?.candidate ?? k, text: rng.pick(notes))
                }
                payload = .shortlistChange(vacancy: v, basedOn: rng.chance(0.9) ? work.shortlist.version : 0, change: change)
            case 8:
                payload = .shortlistState(vacancy: v, basedOn: work.shortlist.version, state: rng.pick(ShortlistState.allCases),
                                          comment: rng.pick(notes))
            case 9:
                payload = .callOutcome(vacancy: v, outcome: rng.pick(CallOutcome.allCases), note: rng.pick(notes),
                                       day: Day(year: 2026, month: 11, day: rng.int(1...28))!)
            case 10, 11:
                payload = .savedSearch(name: rng.pick(["svejsere", "SOSU \"nord\"", "tømrere"]),
                                       query: rng.pick(["occ:welder", "near:0813 cert:forklift", ""]),
                                       action: rng.pick(SavedSearchAction.allCases),
                                       day: Day(year: 2026, month: 11, day: rng.int(1...28))!)
            case 12, 13:
                payload = .courseEnrolment(course: "AMU-\(rng.int(1...3))", candidate: k, capacity: rng.int(1...3))
            case 14:
                payload = .courseWithdrawal(course: "AMU-\(rng.int(1...3))", candidate: k)
            default:
                let day = Day(year: 2026, month: rng.int(1...12), day: rng.int(1...28))!
                payload = .companyVisit(CompanyVisit(company: "1234567\(rng.int(0...2))", date: day,
                                                     jobCentres: rng.subset(["0813", "0851", "0860"], max: 3).nonEmpty(or: "0813"),
                                                     purpose: rng.pick(VisitPurpose.allCases), outcome: rng.pick(notes),
                                                     followUps: rng.subset(["ring igen", "send liste", "besøg i marts"], max: 3)))
            }
            guard (try? state.check(payload)) != nil else { continue }
            let time = String(format: "2026-11-%02dT08:%02d:%02d.%03dZ", rng.int(1...30), rng.int(0...59), rng.int(0...59), rng.int(0...999))
            let entry = JournalEntry(sequence: out.count + 1, time: time, user: rng.pick(users), payload: payload)
            try! state.apply(entry)
            out.append(entry)
        }
        return out
    }
}

private extension Array where Element == String {
    func nonEmpty(or fallback: String) -> [String] { isEmpty ? [fallback] : self }
}

extension TempDataDirectory {
    /// Appends entries to journal.jsonl as `Journal.append` writes them (in bulk, without an
    /// fsync each: these tests are about what replay makes of the lines).
    func writeJournal(_ entries: ArraySlice<JournalEntry>) throws {
        let path = url.appendingPathComponent(Journal.fileName).path
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else { throw JournalError.io(operation: "open", errno: errno) }
        defer { close(fd) }
        let bytes = entries.flatMap { Journal.line(for: $0) }
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw JournalError.io(operation: "write", errno: errno) }
    }
}
