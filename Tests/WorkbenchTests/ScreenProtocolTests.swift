import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// A screen that exists only in this test: one type and one line in the screen table.
/// Nothing in the workbench knows it, yet it opens with `:notes`, takes its own keys,
/// shares list movement and search, shows its hints and help, and goes back with Esc.
struct NotesScreen: WorkbenchScreen {
    var notes = ["Ring Hansen Stål", "Tjek truckcertifikat", "Møde med Jammerbugt"]
    var list = ListCursor()
    var lastSearch = ""
    var done: Set<Int> = []

    static let id: ScreenID = "notes"
    static let title = "Notes"
    static let keys = KeyTable(KeyTable.movement + [
        ([.char("x")], "toggleDone", "Mark the note done"),
        KeyTable.back,
    ] + KeyTable.searching + KeyTable.common, hints: [(["showHelp"], "help"), (["toggleDone"], "done"), (["back"], "back")])

    func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let notes = notes
        return .list(\.list, count: notes.count, visibleRows: 10, lastSearch: \.lastSearch) { i, n in FoldedTexts.matches(notes[i], n) }
    }

    mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        guard action == .screen("toggleDone") else { return nil }
        if done.contains(list.selected) { done.remove(list.selected) } else { done.insert(list.selected) }
        env.say("\(done.count) done")
        return []
    }

    func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        for (i, note) in notes.enumerated() {
            buffer.put("\(i == list.selected ? ">" : " ") [\(done.contains(i) ? "x" : " ")] \(note)", x: 1, y: rect.y + i)
        }
    }
}

@Suite struct ScreenProtocolTests {
    func harness() -> WorkbenchSession {
        var table = ScreenTable.standard
        table.entries.append(.init(NotesScreen.self, command: "notes", make: { _ in NotesScreen() }))
        let data = WorkbenchData(dataset: Tiny.dataset, today: Tiny.today)
        data.waitUntilBuilt()
        let state = AppState(data: data, context: Tiny.context, size: TerminalSize(width: 80, height: 24), screens: table)
        return WorkbenchSession(state: state, runner: ImmediateRunner(provider: FakeProvider(), today: Tiny.today), audit: { _ in })
    }

    func text(_ s: WorkbenchSession) -> String { s.render(size: TerminalSize(width: 80, height: 24), usesColor: false).text().joined(separator: "\n") }

    @Test func aTestOnlyScreenIsOneTypeAndOneTableLine() {
        let s = harness()
        for c in ":notes" { s.handle(.char(c)) }
        s.handle(.enter)
        #expect(s.state.stack == [.dashboard, "notes"])
        #expect(text(s).contains("Dashboard › Notes"), "the title bar names it")
        #expect(text(s).contains("? help · x done · Esc back"), "hints come from its key table")
        s.handle(.char("j"))
        s.handle(.char("x"))
        #expect(text(s).contains("> [x] Tjek truckcertifikat"), "its own key and the shared movement")
        #expect(text(s).contains("1 done"))
        for c in "/jammer" { s.handle(.char(c)) }
        s.handle(.enter)
        #expect(text(s).contains("> [ ] Møde med Jammerbugt"), "the shared search")
        s.handle(.char("?"))
        #expect(text(s).contains("Keys — Notes (Esc closes)") && text(s).contains("Mark the note done"))
        s.handle(.escape)
        s.handle(.escape)
        #expect(s.state.screen == .dashboard)
    }

    @Test func spaceCtrlDAndCtrlUPageLikeLessAndVim() {
        let h = Harness(provider: FakeProvider())
        h.press(.char("v"), .char(" "))
        #expect(h.state.vacancies.list.selected == 3, "Space pages down (4 rows: to the last)")
        h.press(.ctrl("u"))
        #expect(h.state.vacancies.list.selected < 3, "Ctrl-U goes half a page up")
        h.press(.ctrl("d"))
        #expect(h.state.vacancies.list.selected == 3, "Ctrl-D goes half a page down")
        h.press(.char("?"), .char("G"))
        #expect(h.text.contains("Ctrl-Z") && h.text.contains("Suspend to the shell"), "? lists Ctrl-Z")
    }

    @Test func keysNeverWaitForTheSearchTextBeingBuilt() {
        // A session on lookups that are still being built: the search says so at once.
        let data = WorkbenchData(dataset: Tiny.dataset, today: Tiny.today)
        var state = AppState(data: data, context: Tiny.context, size: TerminalSize(width: 80, height: 24))
        _ = Reducer.reduce(&state, .goToVacancies)
        _ = Reducer.reduce(&state, .startSearch)
        if data.vacancyTextIfReady == nil {
            #expect(state.mode == .normal)
            #expect(state.message?.text.hasPrefix("indexing…") == true)
        } else {
            #expect(state.mode != .normal, "built already: the search prompt opens")
        }
    }
}
