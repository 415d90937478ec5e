import JobMatchCore
import Testing
@testable import Workbench

/// The rules of a triage session (issue P6, "Triage sessions"), computed from the journal
/// alone: which card comes next, skips, the second pass over the maybes, undo and redo.
@Suite struct TriageSessionTests {
    static let vacancy = "V000101"
    static let queue = TriageQueue(candidates: ["K1", "K2", "K3", "K4"], qualifying: 3)

    /// A journal replayed in memory, written through the same rules as the real one.
    struct Book {
        var state = JournalState()
        var work: VacancyWork { state.work(for: TriageSessionTests.vacancy) }
        var stand: TriageStand { TriageStand(queue: TriageSessionTests.queue, work: work) }

        mutating func write(_ payload: JournalPayload) {
            try! state.apply(JournalEntry(sequence: state.lastSequence + 1, time: "t", user: "anna", payload: payload))
        }
        /// Decides on the current card as the screen would.
        mutating func decide(_ verdict: TriageVerdict, reason: String = "") {
            let s = stand
            write(s.decision(verdict, at: s.current!, queue: TriageSessionTests.queue, vacancy: TriageSessionTests.vacancy, reason: reason))
        }
        var currentID: String? { stand.current.map { TriageSessionTests.queue.candidates[$0] } }
    }

    @Test("cards come in queue order; the counts follow the decisions")
    func order() {
        var b = Book()
        #expect(b.currentID == "K1")
        #expect(b.stand.pass == .first)
        #expect(b.stand.progress == TriageProgress(undecided: 4, total: 4))
        b.decide(.yes)
        #expect(b.currentID == "K2")
        b.decide(.no, reason: TriageReason.tooFar.rawValue)
        b.decide(.maybe)
        #expect(b.currentID == "K4")
        #expect(Self.queue.isNearMiss(3))
        let p = b.stand.progress
        #expect(p.yes == 1 && p.no == 1 && p.maybe == 1 && p.undecided == 1 && p.left == 1 && p.decided == 3)
        #expect(b.work.current(for: "K2")?.reason == "too-far")
    }

    @Test("skipped cards come back after the undecided ones, the longest-skipped first")
    func skips() {
        var b = Book()
        b.decide(.skip)  // K1
        b.decide(.skip)  // K2
        b.decide(.yes)   // K3
        #expect(b.currentID == "K4", "undecided cards before skipped ones")
        b.decide(.no)
        #expect(b.currentID == "K1")
        #expect(b.stand.pass == .skipped)
        b.decide(.skip)  // K1 again: now skipped after K2
        #expect(b.currentID == "K2", "skipping again sends the card to the back")
        b.decide(.yes)
        #expect(b.currentID == "K1")
        b.decide(.no)
        #expect(b.stand.pass == .done)
        #expect(b.stand.current == nil)
    }

    @Test("when every card is decided the maybes get a second pass; yes/no there replace the maybe")
    func secondPass() {
        var b = Book()
        b.decide(.maybe)  // K1
        b.decide(.yes)    // K2
        b.decide(.maybe)  // K3
        b.decide(.maybe)  // K4
        #expect(b.stand.pass == .maybes)
        #expect(b.currentID == "K1")
        #expect(b.stand.progress.maybesLeft == 3)
        b.decide(.no, reason: "other")
        #expect(b.currentID == "K3")
        #expect(b.work.current(for: "K1")?.verdict == .no, "the no replaced the maybe")
        b.decide(.maybe)  // kept as a maybe: looked at twice
        #expect(b.work.current(for: "K3")?.reason == TriageStand.secondPassReason)
        #expect(b.currentID == "K4")
        b.decide(.yes)
        #expect(b.stand.pass == .done)
        let p = b.stand.progress
        #expect(p.yes == 2 && p.no == 1 && p.maybe == 1 && p.maybesLeft == 0)
    }

    @Test("undo puts the card back in front; redo restores it; a new decision clears redo")
    func undoRedo() {
        var b = Book()
        b.decide(.yes)
        b.decide(.no)
        #expect(b.currentID == "K3")
        b.write(TriageStand.undo(b.work, vacancy: Self.vacancy)!)
        #expect(b.currentID == "K2", "the undone card is current again")
        b.write(TriageStand.undo(b.work, vacancy: Self.vacancy)!)
        #expect(b.currentID == "K1")
        #expect(TriageStand.undo(b.work, vacancy: Self.vacancy) == nil, "nothing left to undo")
        b.write(TriageStand.redo(b.work, vacancy: Self.vacancy)!)
        #expect(b.currentID == "K2")
        #expect(b.work.current(for: "K1")?.verdict == .yes)
        b.decide(.maybe)  // K2: a new decision
        #expect(TriageStand.redo(b.work, vacancy: Self.vacancy) == nil, "a new decision clears redo")
        #expect(b.currentID == "K3")
    }

    @Test("undoing a second-pass decision brings the maybe back into the second pass")
    func undoInSecondPass() {
        var b = Book()
        for _ in 0..<4 { b.decide(.maybe) }
        b.decide(.yes)  // K1 in the second pass
        #expect(b.currentID == "K2")
        b.write(TriageStand.undo(b.work, vacancy: Self.vacancy)!)
        #expect(b.currentID == "K1")
        #expect(b.work.current(for: "K1")?.verdict == .maybe)
        #expect(b.stand.pass == .maybes)
    }

    @Test("a note on a decided card keeps its decision and reason; decisions outside the queue are not counted")
    func notesAndStrangers() {
        var b = Book()
        b.decide(.no, reason: "too-far")
        let note = b.stand.noteEntry("ring efter jul", at: 0, queue: Self.queue, vacancy: Self.vacancy)!
        #expect(b.stand.noteEntry("x", at: 1, queue: Self.queue, vacancy: Self.vacancy) == nil, "undecided: the note waits")
        b.write(note)
        let k1 = b.work.current(for: "K1")
        #expect(k1?.verdict == .no && k1?.reason == "too-far" && k1?.note == "ring efter jul")
        b.write(.triageDecision(vacancy: Self.vacancy, candidate: "K99", verdict: .yes, reason: "", note: ""))
        #expect(b.stand.progress.yes == 0 && b.stand.progress.no == 1)
        #expect(b.currentID == "K2")
    }

    @Test("a reason goes with no only")
    func reasonOnlyWithNo() {
        let s = TriageStand(queue: Self.queue, work: VacancyWork())
        #expect(s.decision(.yes, at: 0, queue: Self.queue, vacancy: Self.vacancy, reason: "too-far")
                == .triageDecision(vacancy: Self.vacancy, candidate: "K1", verdict: .yes, reason: "", note: ""))
    }
}
