import Testing
import TerminalUI
@testable import Workbench

/// The `:` command line.
@Suite struct CommandLineTests {
    @Test func openVacancyAndCandidateById() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000102")
        #expect(h.messageLine.hasPrefix(":open V000102"))
        h.press(.enter)
        #expect(h.state.screen == .ranking)
        #expect(h.text.contains("V000102  Social- og sundhedshjælper"))
        h.press(.char(":")).type("open k000004").press(.enter)
        #expect(h.state.screen == .candidate)
        #expect(h.text.contains("Mette Hansen (K000004) — for V000102"), "opened from a ranking, she is scored against it")
    }

    @Test func unknownIdAndUnknownCommandSayWhatToType() {
        let h = Harness()
        h.press(.char(":")).type("open V999999").press(.enter)
        #expect(h.messageLine.contains("No vacancy or candidate with id V999999"))
        h.press(.char(":")).type("frobnicate").press(.enter)
        #expect(h.messageLine.contains("Unknown command “frobnicate” — try :help"))
        #expect(h.state.screen == .dashboard)
    }

    @Test func quitHelpFilterAndSortCommands() {
        let h = Harness()
        h.press(.char(":")).type("help").press(.enter)
        #expect(h.text.contains("Keys and commands — Dashboard"))
        // The list is longer than the overlay: every command is in it, scrolled to or not.
        let listed = h.state.help?.entries.map(\.keys) ?? []
        for command in [":open V000123", ":filter WORDS", ":vacancies", ":q"] {
            #expect(listed.contains { $0.contains(command) }, ":help lists \(command)")
        }
        h.press(.char("G"))
        #expect(h.text.contains(":q"), "G scrolls to the last command")
        h.press(.escape)
        h.press(.char(":")).type("filter kommune:jammerbugt").press(.enter)
        #expect(h.state.screen == .vacancies, ":filter on the dashboard filters the vacancies")
        #expect(h.statusBar.contains("filter: Jammerbugt 1/4"))
        h.press(.char(":")).type("filter").press(.enter)
        #expect(!h.statusBar.contains("filter:"))
        h.press(.char(":")).type("sort title").press(.enter)
        #expect(h.text.contains("sorted by title ↑"))
        let titles = tableRows(h).map { String($0.dropFirst(9).prefix(12)) }
        #expect(titles.count == 4)
        #expect(titles == titles.sorted { $0.lowercased() < $1.lowercased() })
        h.press(.char(":")).type("q")
        #expect(h.session.handle(.enter) == false)
    }

    @Test func escapeCancelsTheCommandLineAndEditingKeysWork() {
        let h = Harness()
        h.press(.char(":")).type("opxn").press(.left, .left, .delete).type("e")
        #expect(h.messageLine.hasPrefix(":open"))
        h.press(.ctrl("u"))
        #expect(h.messageLine.trimmingCharacters(in: .whitespaces) == ":")
        h.press(.escape)
        #expect(h.state.mode == .normal)
        #expect(h.state.screen == .dashboard)
    }
}
