import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// A triage session on the in-memory terminal: keys in, screen text out, decisions in a
/// `MemoryJournal` (issue P6, "Triage sessions").
final class TriageHarness {
    let session: WorkbenchSession
    let journal: MemoryJournal
    let audit = AuditLog()
    var size: TerminalSize

    /// A session of anna (Hjørring) on the Tiny cooperation, ranked by `FakeProvider`
    /// (K000001 Hjørring, K000003 Brønderslev without consent, K000002 with consent).
    init(store: MemoryJournal.Store = MemoryJournal.Store(), width: Int = 80, height: Int = 24, dataset: Dataset = Tiny.dataset,
         provider: any MatchProvider = FakeProvider(), auditFails: Bool = false) {
        size = TerminalSize(width: width, height: height)
        journal = MemoryJournal(user: "anna", store: store)
        let log = audit
        session = WorkbenchSession(dataset: dataset, context: Tiny.context, size: size, provider: provider, audit: { e in
            if auditFails { throw AuditDown() }
            log.record(e)
        }, journal: journal)
    }
    struct AuditDown: Error, CustomStringConvertible { var description: String { "disk full" } }

    /// Opens V000101's ranking and presses `t`.
    @discardableResult
    func openTriage() -> TriageHarness { press(.char("v"), .enter, .char("t")) }

    @discardableResult
    func press(_ keys: Key...) -> TriageHarness { for k in keys { session.handle(k) }; return self }
    @discardableResult
    func type(_ text: String) -> TriageHarness { for c in text { session.handle(.char(c)) }; return self }
    func text(color: Bool = false) -> String { session.render(size: size, usesColor: color).text().joined(separator: "\n") }
    var lines: [String] { session.render(size: size, usesColor: false).text() }
    var messageLine: String { lines[lines.count - 1] }
    var entries: [JournalEntry] { journal.store.entries }
    var state: AppState { session.state }
}

@Suite struct TriageScreenTests {
    @Test("t on a ranking opens the first card; y n m decide with one key each and the next card is on screen at once")
    func decideWithKeys() {
        let h = TriageHarness().openTriage()
        #expect(h.state.screen == TriageScreen.id)
        var text = h.text()
        #expect(text.contains("Triage V000101"), "\(text)")
        #expect(text.contains("Card 1 of 3"), "\(text)")
        #expect(text.contains("Søren Østergård (K000001)"), "her own municipality's candidate is named: \(text)")
        #expect(text.contains("0/3 decided · 0 yes · 0 no · 0 maybe · 0 skip · 3 left"), "\(text)")
        h.press(.char("y"))
        text = h.text()
        #expect(text.contains("Card 2 of 3"), "\(text)")
        #expect(h.messageLine.contains("K000001: yes — saved (entry 1)"), "\(h.messageLine)")
        #expect(text.contains("1/3 decided · 1 yes"), "\(text)")
        h.press(.char("n"))
        #expect(h.text().contains("Reject — why? 1 lacks competence · 2 too far"), "\(h.text())")
        h.press(.char("2"))
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000003", verdict: .no, reason: "too-far", note: ""))
        h.press(.char("m"))
        text = h.text()
        // Every card decided: the one maybe gets a second pass.
        #expect(text.contains("second pass over the maybes"), "\(text)")
        #expect(text.contains("Card 3 of 3"), "\(text)")
        h.press(.char("y"))
        text = h.text()
        #expect(text.contains("Every card is decided: 2 yes · 1 no · 0 maybe"), "\(text)")
        #expect(h.entries.count == 4)
        #expect(h.entries.allSatisfy { $0.user == "anna" })
    }

    @Test("n then 5 asks why; Esc cancels without writing; the text becomes the note of the no")
    func otherReason() {
        let h = TriageHarness().openTriage()
        h.press(.char("n"), .escape)
        #expect(h.entries.isEmpty)
        #expect(h.text().contains("Card 1 of 3"))
        h.press(.char("n"), .char("5"))
        #expect(h.text().contains("Reject — other, why:"), "\(h.text())")
        h.press(.enter)
        #expect(h.entries.isEmpty, "an empty reason is refused")
        h.type("flytter til Bornholm").press(.enter)
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000001", verdict: .no, reason: "other",
                                                           note: "flytter til Bornholm"))
        #expect(h.text().contains("Card 2 of 3"))
    }

    @Test("u undoes the latest decision and its card is back; Ctrl-R redoes; nothing to undo is said")
    func undoRedo() {
        let h = TriageHarness().openTriage()
        h.press(.char("u"))
        #expect(h.messageLine.contains("Nothing to undo"), "\(h.messageLine)")
        h.press(.char("y"), .char("s"))
        #expect(h.text().contains("Card 3 of 3"))
        h.press(.char("u"))
        #expect(h.text().contains("Card 2 of 3"), "\(h.text())")
        #expect(h.messageLine.contains("Undone — saved (entry 3)"))
        h.press(.char("u"))
        #expect(h.text().contains("Card 1 of 3"))
        #expect(h.text().contains("0/3 decided"))
        h.press(.ctrl("r"))
        #expect(h.text().contains("Card 2 of 3"), "\(h.text())")
        #expect(h.text().contains("1/3 decided · 1 yes"))
        h.press(.ctrl("r"), .ctrl("r"))
        #expect(h.messageLine.contains("Nothing to redo"), "\(h.messageLine)")
        #expect(h.text().contains("Card 3 of 3"), "the skip is back")
        #expect(h.state.work.work(for: "V000101").shortlist.items.map(\.candidate) == ["K000001"], "yes shortlisted her")
    }

    @Test("a new session on the same journal resumes at the same card, with the same counts")
    func resume() {
        let store = MemoryJournal.Store()
        let first = TriageHarness(store: store).openTriage()
        first.press(.char("s"), .char("m"))  // K000001 skipped, K000003 maybe
        #expect(first.text().contains("Card 3 of 3"))
        let second = TriageHarness(store: store).openTriage()
        var text = second.text()
        #expect(text.contains("Card 3 of 3"), "\(text)")
        #expect(text.contains("1/3 decided · 0 yes · 0 no · 1 maybe · 1 skip · 2 left"), "\(text)")
        second.press(.char("y"))
        text = second.text()
        #expect(text.contains("Card 1 of 3 · skipped earlier"), "the skipped card comes back after the undecided: \(text)")
        second.press(.char("n"), .char("1"))
        #expect(second.text().contains("Card 2 of 3 · second pass over the maybes"), "\(second.text())")
        second.press(.char("m"))
        let third = TriageHarness(store: store).openTriage()
        #expect(third.text().contains("Every card is decided: 1 yes · 1 no · 1 maybe"), "\(third.text())")
    }

    @Test("[ and ] browse without deciding; a decision on a browsed card applies to it and the current card returns")
    func browse() {
        let h = TriageHarness().openTriage()
        h.press(.char("]"))
        var text = h.text()
        #expect(text.contains("Card 2 of 3 · browsing"), "\(text)")
        h.press(.char("]"), .char("]"))
        #expect(h.messageLine.contains("This is the last card"))
        h.press(.char("m"))  // on card 3 (K000002)
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000002", verdict: .maybe, reason: "", note: ""))
        text = h.text()
        #expect(text.contains("Card 1 of 3") && !text.contains("browsing"), "\(text)")
        h.press(.char("["))
        #expect(h.messageLine.contains("This is the first card"))
        h.press(.char("]"), .char("]"))
        #expect(h.text().contains("Decided:     maybe by anna"), "\(h.text())")
        h.press(.char("q"))
        #expect(h.state.screen == .ranking, "q pauses back to the ranking")
        h.press(.char("t"))
        #expect(h.text().contains("Card 1 of 3") && !h.text().contains("browsing"), "browsing is not kept")
    }

    @Test("e on an undecided card keeps the note for her decision; on a decided card it is written at once")
    func notes() {
        let h = TriageHarness().openTriage()
        h.press(.char("e")).type("ringer tilbage fredag").press(.enter)
        #expect(h.entries.isEmpty)
        #expect(h.text().contains("ringer tilbage fredag (saved with your decision)"), "\(h.text())")
        h.press(.char("y"))
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000001", verdict: .yes, reason: "",
                                                           note: "ringer tilbage fredag"))
        h.press(.char("n"), .char("2"), .char("["), .char("e"), .ctrl("u")).type("bor 80 km væk").press(.enter)
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000003", verdict: .no, reason: "too-far",
                                                           note: "bor 80 km væk"))
        #expect(h.text().contains("Card 3 of 3"))
    }

    @Test("deciding again in the second pass keeps the note written with the maybe")
    func noteSurvivesSecondPass() {
        let h = TriageHarness().openTriage()
        h.press(.char("e")).type("kan starte i januar").press(.enter, .char("m"), .char("y"), .char("y"))
        #expect(h.text().contains("second pass"), "\(h.text())")
        h.press(.char("n"), .char("3"))
        #expect(h.entries.last?.payload == .triageDecision(vacancy: "V000101", candidate: "K000001", verdict: .no,
                                                           reason: "not-available", note: "kan starte i januar"))
    }

    @Test("a refused decision is not made and the bottom line says why")
    func refusal() {
        let store = MemoryJournal.Store()
        let h = TriageHarness(store: store).openTriage()
        store.failure = "journal.jsonl: No space left on device"
        h.press(.char("y"))
        #expect(h.messageLine.contains("No space left on device"), "\(h.messageLine)")
        #expect(h.text().contains("Card 1 of 3"))
        #expect(h.text().contains("0/3 decided"))
        store.failure = nil
        h.press(.char("y"))
        #expect(h.text().contains("Card 2 of 3"))
    }

    @Test("a colleague's decisions in another session move this session on at the next refresh")
    func colleague() {
        let store = MemoryJournal.Store()
        let anna = TriageHarness(store: store).openTriage()
        let lars = TriageHarness(store: store).openTriage()
        lars.press(.char("y"))
        anna.session.refreshJournal()
        #expect(anna.text().contains("Card 2 of 3"), "\(anna.text())")
        #expect(anna.text().contains("1/3 decided · 1 yes"))
    }

    @Test("access rule: a hidden candidate's card has no name and says whom to ask; names appear only after the audit entry")
    func accessRule() {
        var dataset = Tiny.dataset
        dataset.users = [User(id: "JC0810", name: "Bodil Brønderslev", role: .consultant, municipality: "0810", phone: "+45 96 45 00 00")]
        let h = TriageHarness(dataset: dataset).openTriage()
        let views = h.audit.events.filter { $0.recordID == "K000001" && $0.action == .view }
        #expect(views.count == 1 && views.first?.detail.contains("triage card for V000101") == true, "\(h.audit.events)")
        h.press(.char("y"))
        let text = h.text()
        #expect(text.contains("K000003 · Brønderslev"), "\(text)")
        #expect(!text.contains("Åse"), "no name without consent from another municipality")
        #expect(text.contains("ask Bodil Brønderslev, +45 96"), "whom to ask, by name and phone: \(text)")
        #expect(!h.audit.events.contains { $0.recordID == "K000003" && $0.action == .view }, "nothing shown, nothing logged")
        // Going back to a card already logged writes no second view entry.
        h.press(.char("["), .char("]"))
        #expect(h.audit.events.filter { $0.recordID == "K000001" && $0.action == .view }.count == 1)
    }

    @Test("when the audit log cannot be written, the card withholds the name and says why")
    func auditDown() {
        let h = TriageHarness(auditFails: true).openTriage()
        let text = h.text()
        #expect(!text.contains("Søren"), "\(text)")
        #expect(text.contains("K000001"))
        #expect(text.contains("Name and contact not shown: the audit log could not be written"), "\(text)")
    }

    @Test("help lists the triage keys; :triage V opens a session above the ranking")
    func helpAndCommand() {
        let h = TriageHarness()
        h.press(.char(":")).type("triage v000101").press(.enter)
        #expect(h.state.stack == [.dashboard, .ranking, TriageScreen.id], "\(h.state.stack)")
        #expect(h.text().contains("Card 1 of 3"), "\(h.text())")
        h.press(.char("?"))
        let help = h.text()
        #expect(help.contains("Keys — Triage"), "\(help)")
        #expect(help.contains("Yes: shortlist her") && help.contains("Ctrl-R"), "\(help)")
        h.press(.escape, .char(":")).type("triage V999999").press(.enter)
        #expect(h.messageLine.contains("No vacancy with id V999999"), "\(h.messageLine)")
    }

    @Test("fits 80×24 and 120×40 without colour: heading, progress, card and hints")
    func sizes() {
        for (w, ht) in [(80, 24), (120, 40)] {
            let h = TriageHarness(width: w, height: ht).openTriage()
            let lines = h.lines
            #expect(lines.count == ht)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= w })
            let text = lines.joined(separator: "\n")
            #expect(text.contains("Card 1 of 3") && text.contains("Score 87") && text.contains("Gap:"), "\(text)")
            #expect(text.contains("#####"), "monochrome bars are ASCII: \(text)")
            #expect(h.messageLine.contains("y yes · n no · m maybe · s skip"), "\(h.messageLine)")
            h.press(.char("n"))
            #expect(h.text().contains("Reject — why?"))
        }
    }

    @Test("a vacancy nobody qualifies for is triaged through its near misses, which say what they miss")
    func nearMisses() {
        struct Provider: MatchProvider {
            func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
                let near = RankedRow(candidateID: "K000005", score: 52, essentialMet: 1, essentialTotal: 2, optionalMet: 0,
                                     optionalTotal: 2, commuteMinutes: 10, gap: ["lacks MIG-svejsning level 3 (has 2)"])
                return RankingOutcome(vacancyID: vacancyID, rows: [], considered: 5, eligibleCount: 0, exclusions: [],
                                      nearMisses: [near], nearMissCount: 1)
            }
            func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? { nil }
        }
        let h = TriageHarness(provider: Provider()).openTriage()
        let text = h.text()
        #expect(text.contains("Card 1 of 1 · near miss"), "\(text)")
        #expect(text.contains("Near miss — missing one thing: lacks MIG-svejsning level 3 (has 2)"), "\(text)")
    }
}
