import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Shortlist and Review screens on the Tiny data with in-memory journals: building a
/// list from the Ranking, reordering, notes, submitting, a supervisor approving or
/// returning, the Dashboard line, names under the access rule, and two sessions editing one
/// list.
@Suite struct ShortlistScreenTests {
    static let users = [
        User(id: "anna", name: "Anna Holm", role: .consultant, municipality: "0860", phone: "+45 98 00 00 01"),
        User(id: "lars", name: "Lars Bak", role: .consultant, municipality: "0813", phone: "+45 98 00 00 02"),
        User(id: "sofie", name: "Sofie Lind", role: .supervisor, municipality: "0810", phone: "+45 98 00 00 03"),
        User(id: "JC0810", name: "Bente Brønderslev", role: .consultant, municipality: "0810", phone: "+45 98 00 00 04"),
    ]
    static let dataset: Dataset = { var d = Tiny.dataset; d.users = users; return d }()
    static let municipality = ["anna": "0860", "lars": "0813", "sofie": "0810"]

    final class Session {
        let session: WorkbenchSession
        let journal: MemoryJournal
        var audit: [AuditEvent] = []
        init(_ user: String, store: MemoryJournal.Store) {
            let data = WorkbenchData(dataset: ShortlistScreenTests.dataset, today: Tiny.today)
            data.waitUntilBuilt()
            let context = WorkbenchContext(dataDirectory: "/tmp/jobdata", user: UserContext(user: user, municipality: ShortlistScreenTests.municipality[user]!),
                                           today: Tiny.today)
            journal = MemoryJournal(user: user, store: store)
            var events: [AuditEvent] = []
            let state = AppState(data: data, context: context, size: TerminalSize(width: 80, height: 24))
            session = WorkbenchSession(state: state, runner: ImmediateRunner(provider: FakeProvider(), today: Tiny.today),
                                       audit: { events.append($0) }, journal: journal)
            session.journalInterval = .infinity
            _ = events
        }
        @discardableResult func press(_ keys: Key...) -> Session { for k in keys { session.handle(k) }; return self }
        @discardableResult func type(_ s: String) -> Session { for c in s { session.handle(.char(c)) }; return self }
        func command(_ c: String) { press(.char(":")); type(c); press(.enter) }
        var text: String { session.render(size: TerminalSize(width: 80, height: 24), usesColor: false).text().joined(separator: "\n") }
        var message: String { session.render(size: TerminalSize(width: 80, height: 24), usesColor: false).text().last ?? "" }
        var list: [String] { session.state.work.work(for: "V000101").shortlist.items.map(\.candidate) }
        func refresh() { session.journalInterval = 0; session.pollBackground(); session.journalInterval = .infinity }
    }

    @Test("a adds from the Ranking; the Shortlist screen reorders, annotates, removes and submits; names only where allowed")
    func buildAndSubmit() {
        let store = MemoryJournal.Store()
        let anna = Session("anna", store: store)
        anna.command("open V000101")
        anna.press(.char("a"))
        #expect(anna.message.contains("Added K000001 on the shortlist for V000101 (1 candidate)"), "\(anna.message)")
        anna.press(.char("j"), .char("a"), .char("j"), .char("a"))
        #expect(anna.list == ["K000001", "K000003", "K000002"])
        anna.press(.char("a"))
        #expect(anna.message.contains("K000002 is already on the shortlist for V000101"))
        anna.press(.char("s"))
        #expect(anna.session.state.screen == ShortlistScreen.id)
        let text = anna.text
        #expect(text.contains("Shortlist: draft · version 3 · 3 candidates"))
        #expect(text.contains("Søren Østergård (K000001)"), "her own municipality's candidate, after the audit entry")
        #expect(text.contains("山田 太郎 (K000002)"), "consented")
        #expect(!text.contains("Åse Bøgh-Ødegård") && text.contains("K000003"), "0810 without consent: pseudonym only")
        // K000003 is second: move her up, write a note, remove the last one.
        anna.press(.char("j"), .char("K"))
        #expect(anna.list == ["K000003", "K000001", "K000002"])
        #expect(anna.text.contains("ask Bente Brønderslev, +45 98 00 00 04"), "the owning consultant named for a hidden candidate")
        anna.press(.char("e")).type("kører selv").press(.enter)
        #expect(store.state.work(for: "V000101").shortlist.items[0].note == "kører selv")
        #expect(anna.text.contains("kører selv"))
        anna.press(.char("G"), .char("x"))
        #expect(anna.list == ["K000003", "K000001"])
        anna.press(.char("S"))
        #expect(store.state.work(for: "V000101").shortlist.state == .submitted)
        #expect(anna.text.contains("Shortlist: submitted"))
        anna.press(.char("x"))
        #expect(anna.message.contains("is submitted and cannot be edited"), "\(anna.message)")
        #expect(anna.list == ["K000003", "K000001"])
        let helpText: String = { anna.press(.char("?")); return anna.text }()
        for d in ["Move the candidate one place up", "Remove the candidate from the shortlist", "Submit the shortlist to a supervisor"] {
            #expect(helpText.contains(d))
        }
    }

    @Test("a supervisor's Review queue: oldest first with triage reasons; approve with a, return with r and a comment; the consultant's Dashboard shows it")
    func reviewAndReturn() {
        let store = MemoryJournal.Store()
        let anna = Session("anna", store: store)
        anna.command("open V000101")
        anna.press(.char("a"))
        anna.press(.char("s"), .char("S"))
        anna.press(.escape, .escape)
        anna.command("open V000104")
        anna.press(.char("a"), .char("s"), .char("S"))
        #expect(ReviewQueue.submitted(in: store.state).map(\.vacancy) == ["V000101", "V000104"])

        let sofie = Session("sofie", store: store)
        sofie.refresh()
        #expect(sofie.text.contains("Waiting for review (2, :review): oldest V000101 from Anna Holm"), "the supervisor's Dashboard")
        sofie.command("review")
        #expect(sofie.session.state.screen == ReviewScreen.id)
        var text = sofie.text
        #expect(text.contains("V000101") && text.contains("Anna Holm"))
        #expect(text.range(of: "V000101")!.lowerBound < text.range(of: "V000104")!.lowerBound, "oldest submission first")
        #expect(text.contains("triage: added by hand"))
        #expect(!text.contains("Søren Østergård"), "0860's candidate without consent is hidden from an 0810 supervisor")
        sofie.press(.char("a"))
        #expect(store.state.work(for: "V000101").shortlist.state == .approved)
        #expect(sofie.message.contains("V000101 approved — 1 shortlist left"), "\(sofie.message)")
        sofie.press(.char("r")).type("Find én med truckcertifikat").press(.enter)
        #expect(store.state.work(for: "V000104").shortlist.state == .returned)
        #expect(store.state.work(for: "V000104").shortlist.comment == "Find én med truckcertifikat")
        text = sofie.text
        #expect(text.contains("No shortlists are waiting for review."))

        anna.refresh()
        anna.press(.char("d"))
        #expect(anna.text.contains("Returned to you (1, :review): V000104 by Sofie Lind: “Find én"), "\(anna.text)")
        anna.command("review")
        #expect(anna.text.contains("Returned to you (1)"))
        anna.press(.char("a"))
        #expect(anna.message.contains("only a supervisor may approve a shortlist; anna (Anna Holm) is a consultant"), "\(anna.message)")
        anna.press(.enter)
        #expect(anna.session.state.screen == ShortlistScreen.id)
        #expect(anna.text.contains("Returned by Sofie Lind: “Find én med truckcertifikat”"))
    }

    @Test("two sessions on one list: a stale edit is refused naming who changed what and the current list is shown; a change is announced on refresh")
    func twoSessions() {
        let store = MemoryJournal.Store()
        let anna = Session("anna", store: store), lars = Session("lars", store: store)
        anna.command("open V000101")
        anna.press(.char("a"), .char("j"), .char("a"), .char("s"))
        lars.refresh()
        lars.command("open V000101")
        lars.press(.char("s"))
        #expect(lars.text.contains("Shortlist: draft · version 2 · 2 candidates"))
        // Anna removes the first; Lars, who has not looked again, moves it down.
        anna.press(.char("x"))
        lars.press(.char("J"))
        #expect(lars.message.contains("the shortlist for V000101 was changed meanwhile: anna removed K000001"), "\(lars.message)")
        #expect(lars.text.contains("Shortlist: draft · version 3 · 1 candidate"), "the reloaded list")
        #expect(store.state.work(for: "V000101").shortlist.items.map(\.candidate) == ["K000003"])
        // Anna adds again; Lars's screen hears of it on its next read of the journal.
        anna.press(.escape)
        anna.press(.char("g"), .char("a"))
        lars.refresh()
        #expect(lars.message.contains("Anna Holm added K000001 — the shortlist is reloaded (version 4)"), "\(lars.message)")
        #expect(lars.text.contains("2 candidates"))
    }

    @Test("when another supervisor decides the selected list, a is refused once instead of approving the next one")
    func queueChangesUnderTheCursor() {
        let store = MemoryJournal.Store()
        let anna = Session("anna", store: store)
        for v in ["V000101", "V000104"] {
            anna.command("open \(v)")
            anna.press(.char("a"), .char("s"), .char("S"), .escape, .escape)
        }
        let sofie = Session("sofie", store: store), other = Session("sofie", store: store)
        sofie.refresh()
        sofie.command("review")
        other.refresh()
        other.command("review")
        other.press(.char("a"))
        #expect(store.state.work(for: "V000101").shortlist.state == .approved)
        sofie.refresh()
        sofie.press(.char("a"))
        #expect(sofie.message.contains("V000101 is no longer in the queue; the selection is now V000104"), "\(sofie.message)")
        #expect(store.state.work(for: "V000104").shortlist.state == .submitted, "nothing approved by a key meant for V000101")
        sofie.press(.char("a"))
        #expect(store.state.work(for: "V000104").shortlist.state == .approved)
    }

    @Test("a supervisor cannot edit or submit, a consultant cannot approve: the status line says why and nothing is written")
    func roles() {
        let store = MemoryJournal.Store()
        let sofie = Session("sofie", store: store)
        sofie.command("open V000101")
        sofie.press(.char("a"))
        #expect(sofie.message.contains("only a consultant may edit a shortlist; sofie (Sofie Lind) is a supervisor"))
        #expect(store.entries.isEmpty)
    }
}
