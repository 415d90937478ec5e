import Testing
import TerminalUI
@testable import Workbench

/// `?` lists every key of the current screen, from the live key table.
@Suite struct HelpTests {
    @Test(arguments: Screen.allCases)
    func helpListsEveryBindingOfTheScreen(screen: Screen) {
        let h = Harness(width: 160, height: 48, provider: FakeProvider())
        switch screen {
        case .dashboard: break
        case .vacancies: h.press(.char("v"))
        case .ranking: h.press(.char("v"), .enter)
        case .candidate: h.press(.char("v"), .enter, .enter)
        }
        #expect(h.state.screen == screen)
        h.press(.char("?"))
        #expect(h.text.contains("Keys — \(screen.title) (Esc closes)"))
        let entries = KeyMap.bindings(for: screen).helpEntries
        #expect(entries.count >= 14)
        for entry in entries {
            let line = h.line(containing: entry.description)
            #expect(line != nil, "\(entry.description)")
            #expect(line?.contains(entry.keys) == true, "\(entry.keys) for \(entry.description)")
        }
        // Every movement key, Tab, Enter/back, help, redraw, search and command are there.
        for keys in ["j / ↓", "k / ↑", "PgDn", "PgUp", "g / Home", "G / End", "Tab", "? / F1", "Ctrl-L", ":"] {
            #expect(h.text.contains(keys), "\(keys) on \(screen)")
        }
        #expect(h.text.contains(screen == .dashboard ? "Quit jobmatch" : "Back to the previous screen"))
        if screen != .candidate { #expect(h.text.contains("Search (moves to the next match")) }
    }

    @Test func helpScrollsAt80x24AndClosesWithEscQOrQuestionMark() {
        let h = Harness()
        h.press(.char("v"), .char("?"))
        let last = KeyMap.vacancies.helpEntries.last!.description
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
        for screen in Screen.allCases {
            for entry in KeyMap.bindings(for: screen).entries {
                #expect(Action.named[entry.action] != nil, "\(entry.action) on \(screen)")
            }
        }
        for entry in KeyMap.prompt.entries {
            #expect(Action.named[entry.action] != nil, "\(entry.action) in prompts")
        }
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
