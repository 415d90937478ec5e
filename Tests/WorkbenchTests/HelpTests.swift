import Testing
import TerminalUI
@testable import Workbench

/// `?` lists every key of the current screen, from the live key table.
@Suite struct HelpTests {
    static let screens: [ScreenID] = [.dashboard, .vacancies, .ranking, .candidate]
    static func keys(_ id: ScreenID) -> KeyTable { ScreenTable.standard.entry(id)!.type.keys }

    @Test(arguments: Self.screens)
    func helpListsEveryBindingOfTheScreen(screen: ScreenID) {
        let h = Harness(width: 160, height: 48, provider: FakeProvider())
        switch screen {
        case .dashboard: break
        case .vacancies: h.press(.char("v"))
        case .ranking: h.press(.char("v"), .enter)
        case .candidate: h.press(.char("v"), .enter, .enter)
        default: Issue.record("no way to \(screen)")
        }
        #expect(h.state.screen == screen)
        h.press(.char("?"))
        #expect(h.text.contains("Keys — \(ScreenTable.standard.entry(screen)!.type.title) (Esc closes)"))
        let entries = Self.keys(screen).helpEntries
        #expect(entries.count >= 14)
        for entry in entries {
            let line = h.line(containing: entry.description)
            #expect(line != nil, "\(entry.description)")
            #expect(line?.contains(entry.keys) == true, "\(entry.keys) for \(entry.description)")
        }
        // Every movement key, Tab, Enter/back, help, redraw, search and command are there.
        for keys in ["j / ↓", "k / ↑", "PgDn", "PgUp", "g / Home", "G / End", "Tab", "? / F1", "Ctrl-L", "Ctrl-Z", "Space", "Ctrl-D", "Ctrl-U", ":"] {
            #expect(h.text.contains(keys), "\(keys) on \(screen)")
        }
        #expect(h.text.contains(screen == .dashboard ? "Quit jobmatch" : "Back to the previous screen"))
        if screen != .candidate { #expect(h.text.contains("Search (moves to the next match")) }
    }

    @Test func helpScrollsAt80x24AndClosesWithEscQOrQuestionMark() {
        let h = Harness()
        h.press(.char("v"), .char("?"))
        let last = VacanciesScreen.keys.helpEntries.last!.description
        #expect(h.text.contains("↓ more"))
        #expect(!h.text.contains(last))
        h.press(.char("G"))
        #expect(h.text.contains(last))
        #expect(h.state.vacancies.list.selected == 0, "keys scroll the help, not the list behind it")
        h.press(.char("q"))
        #expect(h.state.help == nil)
        #expect(h.state.screen == .vacancies, "q closes help without leaving the screen")
        h.press(.char("?"), .char("?"))
        #expect(h.state.help == nil)
        h.press(.char("?"), .escape)
        #expect(h.state.help == nil)
    }

    @Test func everyBoundKeyNamesAnAction() {
        for screen in Self.screens {
            // Keys only one screen knows arrive as `.screen(name)` (Action.swift); the Ranking's
            // `t` is one (it opens the Triage screen).
            for entry in Self.keys(screen).entries where !(screen == .ranking && entry.action == "triage") {
                #expect(Action.named[entry.action] != nil, "\(entry.action) on \(screen)")
            }
        }
        for entry in KeyTable.prompt.entries {
            #expect(Action.named[entry.action] != nil, "\(entry.action) in prompts")
        }
    }

    /// The bottom line's hints are made from the key table: every hinted action is bound,
    /// and rebinding a key changes the hint with it.
    @Test func hintsComeFromTheKeyTable() {
        for screen in Self.screens {
            let table = Self.keys(screen)
            for hint in table.hintWords {
                #expect(table.hints.contains(hint.word), "\(hint.word) on \(screen)")
            }
        }
        var table = KeyTable([([.char("z")], "open", "Open")], hints: [(["open"], "open"), (["quit"], "quit")])
        #expect(table.hints == "z open", "a hint for an unbound action is left out")
        table = KeyTable([([.enter], "open", "Open")], hints: [(["open"], "open")])
        #expect(table.hints == "Enter open")
    }

    @Test func ctrlLRepaintsEverything() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueue(.char("j"), .ctrl("l"))
        let session = WorkbenchSession(dataset: Tiny.dataset, context: Tiny.context, size: terminal.size, provider: FakeProvider())
        let reason = WorkbenchApp.run(terminal: terminal, session: session)
        #expect(reason == .inputClosed)
        #expect(terminal.fullRedrawCount == 2)
        #expect(terminal.lastRuns.count > 24, "a full repaint sends every row")
    }
}
