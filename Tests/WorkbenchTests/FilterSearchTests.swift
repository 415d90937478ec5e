import Testing
import TerminalUI
@testable import Workbench

/// A filter hides rows and stays visible in the status line; a search only moves.
@Suite struct FilterSearchTests {
    func vacancyIDs(_ h: Harness) -> [String] {
        tableRows(h).map { String($0.dropFirst().prefix(7)) }
    }

    @Test func filterNarrowsAsYouTypeAndShowsShownOverTotal() {
        let h = Harness()
        h.press(.char("v"), .char("f"))
        #expect(h.messageLine.hasPrefix("filter:"))
        h.type("svej")
        #expect(vacancyIDs(h) == ["V000101", "V000103", "V000104"], "occupation Svejser matches the Klejnsmed ad too")
        h.type("ser – n")
        #expect(vacancyIDs(h) == ["V000104"])
        h.press(.backspace, .backspace, .backspace, .backspace)
        #expect(vacancyIDs(h) == ["V000101", "V000103", "V000104"], "deleting letters widens the filter again")
        h.type(" – n")
        #expect(vacancyIDs(h) == ["V000104"])
        h.press(.enter)
        #expect(h.state.mode == .normal)
        #expect(h.statusBar.contains("filter: “svejser – n” 1/4 (x clears)"))
        h.press(.char("x"))
        #expect(vacancyIDs(h).count == 4)
        #expect(!h.statusBar.contains("filter:"))
        #expect(h.messageLine.contains("Filter cleared"))
    }

    @Test func escapeRestoresTheFilterFromBeforeThePrompt() {
        let h = Harness()
        h.press(.char("v"), .char("m"))  // Aalborg: no vacancies
        #expect(h.text.contains("No vacancy matches the filter — press x to clear it."))
        h.press(.char("f"))
        #expect(h.messageLine.hasPrefix("filter: kommune:aalborg"))
        h.press(.ctrl("u")).type("expiring")
        #expect(vacancyIDs(h) == ["V000101", "V000103"])
        h.press(.escape)
        #expect(h.statusBar.contains("filter: Aalborg 0/4"))
    }

    @Test func badFilterTermKeepsThePromptOpenWithAHint() {
        let h = Harness()
        h.press(.char("v"), .char("f")).type("kommune:odense").press(.enter)
        #expect(h.state.mode != .normal)
        #expect(h.messageLine.contains("No participating municipality “odense”"))
        h.press(.ctrl("u")).type("type:løn").press(.enter)
        #expect(h.state.mode == .normal)
        #expect(vacancyIDs(h) == ["V000102"])
        #expect(h.statusBar.contains("filter: Løntilskud 1/4"))
    }

    @Test func quickFilterKeysCombine() {
        let h = Harness()
        h.press(.char("v"))
        h.press(.char("i"))  // Industri
        #expect(vacancyIDs(h) == ["V000101", "V000103", "V000104"])
        h.press(.char("e"))
        #expect(vacancyIDs(h) == ["V000101", "V000103"])
        #expect(h.statusBar.contains("filter: Industri · expiring ≤5 d 2/4 (x clears)"))
        h.press(.char("t"))  // Ordinært job
        #expect(vacancyIDs(h) == ["V000101", "V000103"])
        h.press(.char("t"))  // Løntilskud
        #expect(vacancyIDs(h).isEmpty)
        h.press(.char("x"))
        #expect(vacancyIDs(h).count == 4)
    }

    @Test func sortKeysReorderAndReverse() {
        let h = Harness()
        h.press(.char("v"))
        #expect(vacancyIDs(h) == ["V000101", "V000103", "V000102", "V000104"])
        h.press(.char("s"))
        #expect(h.text.contains("sorted by newest ↑"))
        #expect(vacancyIDs(h) == ["V000104", "V000102", "V000101", "V000103"])
        h.press(.char("r"))
        #expect(h.text.contains("sorted by newest ↓"))
        #expect(vacancyIDs(h) == ["V000103", "V000101", "V000102", "V000104"])
    }

    @Test func searchMovesTheSelectionWithoutHidingRows() {
        let h = Harness()
        h.press(.char("v"), .char("/")).type("natte")
        #expect(h.messageLine.hasPrefix("/natte"))
        #expect(vacancyIDs(h).count == 4, "search hides nothing")
        #expect(h.state.vacancies.list.selected == 3)
        h.press(.enter)
        #expect(h.state.mode == .normal)
        #expect(!h.statusBar.contains("filter"), "a search is not a filter")
        h.press(.char("g"), .char("/")).type("svejser").press(.enter)
        #expect(h.state.vacancies.list.selected == 0)
        h.press(.char("n"))
        #expect(h.state.vacancies.list.selected == 1)
        h.press(.char("n"), .char("n"))
        #expect(h.state.vacancies.list.selected == 0)
        #expect(h.messageLine.contains("Search wrapped around"))
        h.press(.char("N"))
        #expect(h.state.vacancies.list.selected == 3)
    }

    @Test func escapeReturnsASearchToWhereItStartedAndMissesAreReported() {
        let h = Harness()
        h.press(.char("v"), .char("j"), .char("/")).type("natte")
        #expect(h.state.vacancies.list.selected == 3)
        h.press(.escape)
        #expect(h.state.vacancies.list.selected == 1)
        h.press(.char("/")).type("zzz")
        #expect(h.messageLine.contains("No match for “zzz”"))
        #expect(h.state.vacancies.list.selected == 1)
        h.press(.escape, .char("n"))
        #expect(h.messageLine.contains("No search yet"))
    }

    @Test func searchFoldsDanishLettersAndAccentsTypedAsCombiningMarks() {
        let h = Harness()
        h.press(.char("/")).type("hjoerring")
        #expect(h.state.dashboard.municipalities.selected == 3)
        h.press(.escape, .char("v"), .char("/")).type("sundhedshjae")
        #expect(h.state.vacancies.list.selected == 2)
        // "å" typed as a + combining ring (a Mac keyboard's dead key) is normalised to NFC.
        h.press(.escape, .char("/")).type("solga\u{30A}rden")
        #expect(h.state.vacancies.list.selected == 2)
        #expect(h.messageLine.hasPrefix("/solgården"))
    }

    @Test func rankingFilterByHomeMunicipalityAndScore() {
        let h = Harness(provider: FakeProvider())
        h.press(.char("v"), .enter)
        #expect(h.statusBar.contains("3 candidates"))
        h.press(.char("m"), .char("m"))  // Aalborg, Brønderslev
        #expect(h.statusBar.contains("filter: lives in Brønderslev 1/3 (x clears)"))
        #expect(h.statusBar.contains("1 candidate "))
        #expect(h.line(containing: "K000003") != nil && h.line(containing: "Søren") == nil)
        h.press(.char("f"), .ctrl("u")).type("score:70").press(.enter)
        #expect(h.statusBar.contains("filter: score ≥ 70 2/3"))
        h.press(.char("x"))
        #expect(h.statusBar.contains("3 candidates"))
    }
}
