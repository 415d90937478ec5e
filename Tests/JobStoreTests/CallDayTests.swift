import Foundation
import JobMatchCore
@testable import JobStore
import Testing
import TestSupport

/// A `callOutcome` entry keeps the day its caller worked on (`--today`), which "no answer —
/// call again the next working day" counts from; lines and snapshots written before that
/// field existed count from the UTC day of their `time`.
@Suite("Journal: the day of a call")
struct CallDayTests {
    static let day = Day(year: 2026, month: 11, day: 24)!
    /// Written a week later by the clock than the session's day.
    static let entry = JournalEntry(sequence: 1, time: "2026-12-02T15:00:00.000Z", user: "mette.frh",
                                    payload: .callOutcome(vacancy: "V000447", outcome: .noAnswer, note: "telefonsvarer", day: day))

    private func decode(_ text: String) throws(LineProblem) -> JournalEntry {
        try Array(text.utf8.dropLast()).withUnsafeBufferPointer { p throws(LineProblem) in try JournalCodec.decode(p) }
    }

    /// `head` (a line up to its crc) signed as the journal signs it.
    private func signed(_ head: String) -> String {
        head + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(head.utf8))) + "\"}\n"
    }

    @Test("a callOutcome line carries the caller's day; one written before that field existed was made on the day of its time")
    func journalLine() throws {
        let line = String(decoding: Journal.line(for: Self.entry), as: UTF8.self)
        #expect(line.contains("\"day\":\"2026-11-24\""), "\(line)")
        #expect(try decode(line) == Self.entry)
        let head = String(line[..<line.range(of: ",\"crc\":")!.lowerBound]).replacingOccurrences(of: ",\"day\":\"2026-11-24\"", with: "")
        guard case let .callOutcome(_, outcome, note, day) = try decode(signed(head)).payload else { Issue.record("not a call"); return }
        #expect(outcome == .noAnswer && note == "telefonsvarer" && day == Day(year: 2026, month: 12, day: 2))
        // A bad day is named by its field.
        do {
            _ = try decode(signed(head + ",\"day\":\"24-11-2026\""))
            Issue.record("a bad day was accepted")
        } catch {
            #expect(error.field == "day" && error.message.contains("is not a date YYYY-MM-DD"), "\(error)")
        }
    }

    @Test("compaction keeps a call's day; a snapshot call line without it was made on the day of its time")
    func snapshot() throws {
        var state = JournalState()
        try state.apply(Self.entry)
        let bytes = JournalSnapshot.encode(state, crc: "00000000")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"kind\":\"call\"") && text.contains("\"day\":\"2026-11-24\""), "\(text)")
        let kept = try JournalSnapshot.decode(bytes).state.work(for: "V000447").calls
        #expect(kept.map(\.day) == [Self.day] && kept == state.work(for: "V000447").calls)
        let old = text.replacingOccurrences(of: ",\"day\":\"2026-11-24\"", with: "")
        let restored = try JournalSnapshot.decode(Array(old.utf8)).state.work(for: "V000447").calls
        #expect(restored.map(\.day) == [Day(year: 2026, month: 12, day: 2)!] && restored.map(\.outcome) == [.noAnswer])
    }
}
