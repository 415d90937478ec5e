import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Dashboard's follow-up call queue on the in-memory terminal. Today is Monday
/// 2026-03-02: V000101 (Hansen Stål, expires in 3 days) was due on Saturday and is overdue;
/// V000103 (expires in 5 days) is due today.
@Suite struct CallQueueDashboardTests {
    func session(_ journal: MemoryJournal, width: Int = 120, height: Int = 30,
                 clock: String = "2026-03-02T09:00:00.000Z") -> WorkbenchSession {
        journal.time = clock
        let data = WorkbenchData(dataset: Tiny.dataset, today: Tiny.today)
        data.waitUntilBuilt()
        let state = AppState(data: data, context: Tiny.context, size: TerminalSize(width: width, height: height))
        return WorkbenchSession(state: state, runner: ImmediateRunner(provider: FakeProvider(), today: Tiny.today),
                                audit: { _ in }, journal: journal)
    }

    func text(_ s: WorkbenchSession, width: Int = 120, height: Int = 30) -> String {
        s.render(size: TerminalSize(width: width, height: height), usesColor: false).text().joined(separator: "\n")
    }

    func queueLines(_ s: WorkbenchSession) -> [String] {
        text(s).components(separatedBy: "\n").filter { ($0.contains("V000101") || $0.contains("V000103")) && !$0.contains("·") }
    }

    @Test func theQueueShowsContactPhoneShortlistAndOverdueWithoutColour() throws {
        let store = MemoryJournal.Store()
        _ = try store.append(.shortlistChange(vacancy: "V000101", basedOn: 0, change: .add(candidate: "K000001", note: "")),
                             user: "anna", time: "2026-03-01T10:00:00.000Z")
        let s = session(MemoryJournal(user: "anna", store: store))
        let rows = queueLines(s)
        #expect(rows.count == 2, "\(text(s))")
        #expect(rows[0].contains("OVERDUE 2d") && rows[0].contains("Per Hansen") && rows[0].contains("98 00 00 01"), "\(rows)")
        #expect(text(s).contains("V000101 Hansen Stål A/S · Per Hansen 98 00 00 01 · 1"), "\(text(s))")
        #expect(text(s).contains("shortlisted · last: not called yet"), "\(text(s))")
        #expect(rows[1].contains("today") && rows[1].contains("Ole Bak"), "\(rows)")
        #expect(text(s).contains("Expiring within 5 days — 2 calls, 1 overdue"))
        // Monochrome: overdue is a word, not only a colour; in colour it is also the "bad" role
        // (seen on a row that is not selected).
        s.handle(.tab); s.handle(.char("j"))
        let buffer = s.render(size: TerminalSize(width: 120, height: 30), usesColor: true)
        let y = try #require(buffer.text().firstIndex { $0.contains("OVERDUE 2d") })
        let x = try #require(buffer.text()[y].range(of: "OVERDUE").map { buffer.text()[y].distance(from: buffer.text()[y].startIndex, to: $0.lowerBound) })
        #expect(buffer[x, y].style.role == .bad)
    }

    @Test func oneKeyRecordsTheOutcomeDurablyWithWhoAndWhen() {
        let store = MemoryJournal.Store()
        let s = session(MemoryJournal(user: "anna", store: store))
        s.handle(.char("A"))
        #expect(text(s).contains("Tab to the call queue first"))
        #expect(store.entries.isEmpty)
        s.handle(.tab)
        s.handle(.char("A"))  // V000101: no answer
        #expect(store.entries.map(\.payload) == [.callOutcome(vacancy: "V000101", outcome: .noAnswer, note: "", day: Tiny.today)])
        #expect(store.entries.first?.user == "anna")
        #expect(text(s).contains("V000101: no-answer — recorded by anna at 2026-03-02 09:00 UTC; call again 2026-03-03"), "\(text(s))")
        // Called again the next working day after the no-answer: no longer overdue, V000103 is due first now.
        var rows = queueLines(s)
        #expect(rows[0].contains("V000103") && rows[1].contains("V000101") && rows[1].contains("tomorrow"), "\(rows)")
        s.handle(.char("j"))
        #expect(text(s).contains("last: no-answer · anna 02/03 09:00"), "\(text(s))")
        s.handle(.char("k"))
        s.handle(.char("F"))  // the selected row is now V000103: filled
        rows = queueLines(s)
        #expect(store.entries.last?.payload == .callOutcome(vacancy: "V000103", outcome: .filled, note: "", day: Tiny.today))
        #expect(rows[1].contains("V000103") && rows[1].contains("done"), "\(rows)")
        s.handle(.char("j"))
        #expect(text(s).contains("last: filled · anna 02/03"), "\(text(s))")
    }

    /// The workbench runs on its session's day (`--today`), which need not be the clock's:
    /// "no answer" in a session of Monday 2026-03-02 is due again on Tuesday 2026-03-03 even
    /// when the journal writes the entry a week later by the clock. (It took the clock's day
    /// before, so the demo run with `--today 2026-11-24` put every call-again days ahead.)
    @Test func noAnswerIsDueAgainTheWorkingDayAfterTheSessionsDayNotTheClocks() {
        let store = MemoryJournal.Store()
        let s = session(MemoryJournal(user: "anna", store: store), clock: "2026-03-09T09:00:00.000Z")
        s.handle(.tab)
        s.handle(.char("A"))  // V000101: no answer
        #expect(store.entries.map(\.payload) == [.callOutcome(vacancy: "V000101", outcome: .noAnswer, note: "", day: Tiny.today)])
        #expect(text(s).contains("V000101: no-answer — recorded by anna at 2026-03-09 09:00 UTC; call again 2026-03-03"), "\(text(s))")
        let rows = queueLines(s)
        #expect(rows.count >= 2 && rows[1].contains("V000101") && rows[1].contains("tomorrow"), "\(rows)")
    }

    @Test func aRefusedWriteChangesNothingAndSaysWhy() {
        let store = MemoryJournal.Store()
        store.failure = "write journal.jsonl: No space left on device"
        let s = session(MemoryJournal(user: "anna", store: store))
        s.handle(.tab)
        s.handle(.char("X"))
        #expect(text(s).contains("Call not recorded: write journal.jsonl: No space left on device"))
        #expect(queueLines(s)[0].contains("OVERDUE"))
    }

    @Test func theCallLogListsEveryCallToTheCompany() throws {
        let store = MemoryJournal.Store()
        _ = try store.append(.callOutcome(vacancy: "V000101", outcome: .noAnswer, note: "telefonsvarer", day: Tiny.day(-3)), user: "lars", time: "2026-02-27T08:30:00.000Z")
        _ = try store.append(.callOutcome(vacancy: "V000104", outcome: .stillNeedsHelp, note: "", day: Tiny.today), user: "anna", time: "2026-03-02T09:15:00.000Z")
        let s = session(MemoryJournal(user: "anna", store: store), width: 100, height: 24)
        s.handle(.tab)
        s.handle(.char("L"))
        let screen = text(s, width: 100, height: 24)
        #expect(screen.contains("Hansen Stål A/S (12345678)") && screen.contains("Contact: Per Hansen, 98 00 00 01"), "\(screen)")
        #expect(screen.contains("2026-02-27 08:30  lars  V000101 Svejser: no-answer — telefonsvarer"))
        #expect(screen.contains("2026-03-02 09:15  anna  V000104 Svejser – nattehold: still-needs-help"))
        s.handle(.escape)
        #expect(text(s, width: 100, height: 24).contains("Expiring within 5 days"))
    }

    @Test func fitsAt80x24() {
        let s = session(MemoryJournal(user: "anna"), width: 80, height: 24)
        let lines = text(s, width: 80, height: 24).components(separatedBy: "\n")
        #expect(lines.count == 24 && lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines.contains { $0.contains("OVERDUE") && $0.contains("V000101") }, "\(lines.joined(separator: "\n"))")
    }
}
