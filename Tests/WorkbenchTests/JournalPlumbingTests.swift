import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// A screen that exists only in this test: `y` writes a triage decision through the
/// journal and shows what came back, and it notes what other sessions changed.
struct DecideScreen: WorkbenchScreen {
    var answers: [String] = []
    var changes = 0
    static let id: ScreenID = "decide"
    static let title = "Decide"
    static let keys = KeyTable([([.char("y")], "yes", "Shortlist K1")] + KeyTable.common)

    mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        guard action == .screen("yes") else { return nil }
        let version = env.work.work(for: "V1").shortlist.version
        return [.journal(.shortlistChange(vacancy: "V1", basedOn: version, change: .add(candidate: "K\(version + 1)", note: "")),
                         requestID: env.requestID())]
    }

    mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        switch action {
        case .journalFinished(_, .written(let e)): answers.append("written \(e.sequence)")
        case .journalFinished(_, .refused(let why)): answers.append("refused: \(why)")
        case .journalChanged: changes += 1
        default: break
        }
        return []
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let list = env.work.work(for: "V1").shortlist.items.map(\.candidate).joined(separator: " ")
        buffer.put("list: \(list)", x: 1, y: rect.y)
        for (i, a) in answers.enumerated() { buffer.put(a, x: 1, y: rect.y + 1 + i, maxWidth: rect.width - 2) }
    }
}

@Suite struct JournalPlumbingTests {
    func session(_ journal: MemoryJournal) -> WorkbenchSession {
        var table = ScreenTable.standard
        table.entries.append(.init(DecideScreen.self, command: "decide", make: { _ in DecideScreen() }))
        let data = WorkbenchData(dataset: Tiny.dataset, today: Tiny.today)
        data.waitUntilBuilt()
        let state = AppState(data: data, context: Tiny.context, size: TerminalSize(width: 100, height: 24), screens: table)
        let s = WorkbenchSession(state: state, runner: ImmediateRunner(provider: FakeProvider(), today: Tiny.today),
                                 audit: { _ in }, journal: journal)
        s.send(.command("decide"))
        return s
    }

    func text(_ s: WorkbenchSession) -> String { s.render(size: TerminalSize(width: 100, height: 24), usesColor: false).text().joined(separator: "\n") }

    @Test func anEditIsWrittenBeforeTheNextFrameAndAStaleOneIsRefusedNamingWhoChangedIt() {
        let store = MemoryJournal.Store()
        let mette = session(MemoryJournal(user: "mette.frh", store: store))
        let lars = session(MemoryJournal(user: "lars.hjr", store: store))
        lars.journalInterval = .infinity  // Lars does not look again before he edits
        mette.handle(.char("y"))
        #expect(text(mette).contains("list: K1"), "on screen in the same frame")
        #expect(text(mette).contains("written 1"))
        lars.handle(.char("y"))
        #expect(text(lars).contains("refused: the shortlist for V1 was changed meanwhile: mette.frh added K1"))
        #expect(text(lars).contains("list: K1"), "the refusal shows the list as it now stands")
        #expect(store.entries.count == 1)
    }

    @Test func anotherSessionsEditArrivesWithinTheRefreshInterval() {
        let store = MemoryJournal.Store()
        let mette = session(MemoryJournal(user: "mette.frh", store: store))
        let lars = session(MemoryJournal(user: "lars.hjr", store: store))
        lars.journalInterval = 0
        mette.handle(.char("y"))
        #expect(!text(lars).contains("list: K1"))
        lars.pollBackground()
        #expect(text(lars).contains("list: K1"))
        #expect((lars.state.top as? DecideScreen)?.changes == 1)
    }

    @Test func anUnchangedJournalTellsTheScreensNothingAndTheNextEditIsStillNoticed() {
        let store = MemoryJournal.Store()
        let mette = session(MemoryJournal(user: "mette.frh", store: store))
        let lars = session(MemoryJournal(user: "lars.hjr", store: store))
        lars.journalInterval = 0
        mette.journalInterval = 0
        mette.handle(.char("y"))
        for _ in 0..<3 { #expect(!mette.pollBackground(), "her own edit is already on screen") }
        #expect((mette.state.top as? DecideScreen)?.changes == 0)
        #expect(lars.pollBackground())
        for _ in 0..<3 { #expect(!lars.pollBackground(), "nothing new: no redraw") }
        #expect((lars.state.top as? DecideScreen)?.changes == 1)
        // Another user's append after a quiet spell is still picked up.
        mette.handle(.char("y"))
        #expect(lars.pollBackground())
        #expect(text(lars).contains("list: K1 K2"))
        #expect((lars.state.top as? DecideScreen)?.changes == 2)
    }

    @Test func aFailedWriteIsShownAndNothingChanges() {
        let store = MemoryJournal.Store()
        store.failure = "write journal.jsonl: No space left on device"
        let mette = session(MemoryJournal(user: "mette.frh", store: store))
        mette.handle(.char("y"))
        #expect(text(mette).contains("refused: write journal.jsonl: No space left on device"))
        #expect(text(mette).contains("journal: edits refused"), "the status bar says edits are refused")
        #expect(mette.state.work.entryCount == 0)
    }
}
