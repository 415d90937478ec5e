import Foundation
import JobMatchCore
@testable import JobStore
import Testing

/// Company visits in the journal (issue P7): written, replayed, audited, and bad lines named.
@Suite("Journal: company visits")
struct VisitJournalTests {
    static let visit = CompanyVisit(company: "12345678", date: Day(year: 2026, month: 11, day: 20)!, jobCentres: ["0813", "0851"],
                                    purpose: .recruitment, outcome: "3 svejsere til februar; \"MIG\" ✓",
                                    followUps: ["send kortliste", "", "ring 1/12\nbesøg igen i marts"])

    @Test("a visit is kept apart from the vacancies, replays to the same state and reads back line by line")
    func roundTrip() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try j.append(.triageDecision(vacancy: "V000001", candidate: "K000001", verdict: .maybe, reason: "", note: ""), user: "a")
        try j.append(.companyVisit(Self.visit), user: "mette.frh", time: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(j.state.visits.records.count == 1)
        #expect(j.state.vacancies[""] == nil, "a visit belongs to no vacancy")
        let r = try #require(j.state.visits.records.first)
        #expect(r.sequence == 2 && r.user == "mette.frh")
        #expect(r.visit.followUps == ["send kortliste", "ring 1/12", "besøg igen i marts"])
        #expect(r.visit.isJoint)
        let again = try Journal.open(directory: dir.url)
        #expect(again.state == j.state)
        #expect(again.state.visits.visits(to: "12345678").map(\.sequence) == [2])
    }

    @Test("a journal with visits compacts (the demo's does): the snapshot keeps them, replay and numbering go on")
    func compacted() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try j.append(.companyVisit(Self.visit), user: "mette.frh", time: Date(timeIntervalSince1970: 1_800_000_000))
        try j.append(.triageDecision(vacancy: "V000001", candidate: "K000001", verdict: .yes, reason: "", note: ""), user: "a")
        var solo = Self.visit
        solo.jobCentres = ["0860"]; solo.purpose = .barometer; solo.followUps = []
        try j.append(.companyVisit(solo), user: "aase.hjo")
        guard case .compacted(sequence: 3, _, _, _) = try JournalCompaction.compact(directory: dir.url) else {
            Issue.record("the journal with visits was not compacted"); return
        }
        var reopened = try Journal.open(directory: dir.url)
        #expect(reopened.state == j.state)
        #expect(reopened.state.visits.records.map(\.visit) == [Self.visit, solo])
        #expect(try reopened.append(.companyVisit(solo), user: "aase.hjo").sequence == 4)
    }

    @Test("the audit entry names the company, the purpose and the job centres")
    func audited() {
        let e = JournalPayload.companyVisit(Self.visit).auditEvent(by: UserContext(user: "mette.frh", municipality: "0813"), entry: 7)
        #expect(e.recordKind == "company" && e.recordID == "12345678")
        #expect(e.detail == "recruitment visit on 2026-11-20 with 0813, 0851 (journal entry 7)")
    }

    @Test("a visit line with a bad date or purpose is reported by line and field")
    func badLines() throws {
        let entry = JournalEntry(sequence: 1, time: "2026-11-24T08:00:00.000Z", user: "a", payload: .companyVisit(Self.visit))
        let good = String(decoding: Journal.line(for: entry), as: UTF8.self)
        for (from, to, field) in [("\"2026-11-20\"", "\"20-11-2026\"", "date"), ("\"recruitment\"", "\"party\"", "purpose")] {
            let body = good.replacingOccurrences(of: from, with: to)
            // Re-sign the edited line, so it is the field and not the checksum that is wrong.
            let cut = body.range(of: ",\"crc\":")!.lowerBound
            let head = String(body[..<cut])
            let line = head + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(head.utf8))) + "\"}"
            let bytes = Array(line.utf8)
            do {
                _ = try bytes.withUnsafeBufferPointer { p throws(LineProblem) in try JournalCodec.decode(p) }
                Issue.record("\(field): accepted")
            } catch {
                #expect(error.field == field, "\(error.message)")
            }
        }
    }
}
