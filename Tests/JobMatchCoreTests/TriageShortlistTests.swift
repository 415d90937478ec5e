import JobMatchCore
import Testing

/// A triage `yes` is "shortlist her": the rule that keeps the shortlist in step with the
/// standing verdicts, replayed the same way in every process.
@Suite struct TriageShortlistTests {
    var state = JournalState()
    var sequence = 0

    mutating func apply(_ p: JournalPayload, user: String = "mette.frh") throws {
        sequence += 1
        try state.apply(JournalEntry(sequence: sequence, time: "2026-11-24T09:00:0\(sequence % 10).000Z", user: user, payload: p))
    }
    mutating func decide(_ k: String, _ v: TriageVerdict) throws {
        try apply(.triageDecision(vacancy: "V1", candidate: k, verdict: v, reason: v == .no ? "too-far" : "", note: ""))
    }
    var list: [String] { state.work(for: "V1").shortlist.items.map(\.candidate) }
    var version: Int { state.work(for: "V1").shortlist.version }

    @Test mutating func yesPutsHerOnTheShortlistAndUndoTakesHerOff() throws {
        try decide("K1", .yes)
        try decide("K2", .maybe)
        try decide("K3", .yes)
        #expect(list == ["K1", "K3"])
        try apply(.undo(vacancy: "V1", target: 3))
        #expect(list == ["K1"], "undoing the yes takes back the place it gave")
        try apply(.redo(vacancy: "V1", target: 4))
        #expect(list == ["K1", "K3"])
        #expect(state.work(for: "V1").shortlist.lastChange?.summary == "added K3 in triage")
    }

    @Test mutating func aLaterNoTakesHerOffAndUndoingTheNoPutsHerBack() throws {
        try decide("K1", .yes)
        try decide("K1", .no)
        #expect(list.isEmpty)
        try apply(.undo(vacancy: "V1", target: 2))
        #expect(list == ["K1"], "the yes stands again")
    }

    @Test mutating func aCandidateAddedByHandStaysWhenHerYesIsUndone() throws {
        try apply(.shortlistChange(vacancy: "V1", basedOn: 0, change: .add(candidate: "K1", note: "ring først")))
        try decide("K1", .yes)
        try apply(.undo(vacancy: "V1", target: 2))
        #expect(list == ["K1"])
        #expect(state.work(for: "V1").shortlist.items[0].note == "ring først")
    }

    @Test mutating func aSubmittedListIsLeftAloneAndAStaleEditNamesTheTriage() throws {
        try decide("K1", .yes)
        try apply(.shortlistState(vacancy: "V1", basedOn: 1, state: .submitted, comment: ""))
        try decide("K2", .yes)
        #expect(list == ["K1"], "the supervisor reviews what was submitted")
        try apply(.shortlistState(vacancy: "V1", basedOn: 2, state: .returned, comment: "find flere"))
        try decide("K3", .yes)
        // A change based on the version before K3's yes is refused, naming who did what.
        #expect(throws: JournalConflict.self) {
            try state.check(.shortlistChange(vacancy: "V1", basedOn: 3, change: .remove(candidate: "K1")))
        }
        do {
            try state.check(.shortlistChange(vacancy: "V1", basedOn: 3, change: .remove(candidate: "K1")))
        } catch {
            #expect(error.description.contains("mette.frh added K3 in triage"))
        }
        #expect(version == 4)
    }
}
