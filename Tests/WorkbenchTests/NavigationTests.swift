import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// Walking the screens with the keyboard: every step is a key, and the screen shows it.
@Suite struct NavigationTests {
    @Test func dashboardShowsCooperationCountsAndExpiringAds() {
        let h = Harness()
        #expect(h.lines[0].contains("jobmatch │ Dashboard │ Vendsyssel"))
        #expect(h.text.contains("Cooperation: Vendsyssel (Frederikshavn, Brønderslev, Hjørring, Jammerbugt; par"))
        let hjorring = h.line(containing: "Hjørring                  0860")
        #expect(hjorring?.hasSuffix("2        0         2         3        1") == true)
        #expect(h.text.contains("2 follow-up calls to make, 1 overdue (1 in Hjørring)"))
        #expect(h.line(containing: "V000101")?.contains("in 3 d") == true)
        #expect(h.line(containing: "V000103")?.contains("Ole Bak") == true)
        #expect(h.text.contains("V000104") == false, "an ad expiring in 40 days is not a follow-up call")
    }

    @Test func qQuitsOnlyOnTheDashboard() {
        let h = Harness()
        h.press(.char("v"))
        #expect(h.session.handle(.char("q")) == true)
        #expect(h.state.screen == .dashboard)
        #expect(h.session.handle(.escape) == true)
        #expect(h.messageLine.contains("press q to quit"))
        #expect(h.session.handle(.char("q")) == false)
        #expect(h.state.quit)
    }

    @Test func enterWalksFromExpiringAdToRankingToCandidateAndEscWalksBack() {
        let h = Harness(provider: FakeProvider())
        h.press(.tab, .enter)
        #expect(h.state.screen == .ranking)
        #expect(h.lines[0].contains("Dashboard › Ranking V000101"))
        #expect(h.text.contains("V000101  Svejser · Hansen Stål A/S · Hjørring"))
        h.press(.char("j"), .enter)
        #expect(h.state.screen == .candidate)
        #expect(h.lines[0].contains("Ranking V000101 › Candidate K000003"))
        h.press(.escape)
        #expect(h.state.screen == .ranking)
        #expect(h.state.ranking?.list.selected == 1, "going back keeps the selection")
        h.press(.char("h"))
        #expect(h.state.screen == .dashboard)
        #expect(h.state.ranking == nil)
    }

    @Test func enterOnAMunicipalityOpensItsVacanciesFiltered() {
        let h = Harness()
        // Aalborg, Brønderslev, Frederikshavn, Hjørring: the fourth row.
        h.press(.char("j"), .char("j"), .char("j"), .enter)
        #expect(h.state.screen == .vacancies)
        #expect(h.text.contains("2 of 4 open vacancies (filtered)"))
        #expect(h.statusBar.contains("filter: Hjørring 2/4 (x clears)"))
        #expect(h.line(containing: "V000101") != nil && h.line(containing: "V000104") != nil)
        #expect(h.line(containing: "V000102") == nil)
    }

    @Test func movementKeysMoveTheSelectionAndClamp() {
        let h = Harness()
        h.press(.char("v"))
        #expect(h.state.vacancies.list.selected == 0)
        h.press(.char("j"), .down)
        #expect(h.state.vacancies.list.selected == 2)
        h.press(.char("k"))
        #expect(h.state.vacancies.list.selected == 1)
        h.press(.char("G"))
        #expect(h.state.vacancies.list.selected == 3)
        h.press(.char("j"), .pageDown)
        #expect(h.state.vacancies.list.selected == 3)
        h.press(.home)
        #expect(h.state.vacancies.list.selected == 0)
        h.press(.end, .char("g"))
        #expect(h.state.vacancies.list.selected == 0)
        // The selected row is drawn in the selection style.
        let buffer = h.buffer()
        let y = h.lines.firstIndex { $0.contains("V000101") }!
        #expect(buffer[3, y].style.role == .selected)
        let other = h.lines.firstIndex { $0.contains("V000103") }!
        #expect(buffer[3, other].style.role == .normal)
    }

    @Test func tabMovesFocusBetweenPanes() {
        let h = Harness(provider: FakeProvider())
        #expect(h.line(containing: "▸ Municipalities") != nil)
        h.press(.tab)
        #expect(h.line(containing: "▸ Expiring within 5 days") != nil)
        h.press(.backTab)
        #expect(h.line(containing: "▸ Municipalities") != nil)
        h.press(.char("v"), .tab)
        #expect(h.line(containing: "▸ Details") != nil)
        h.press(.tab, .enter)
        h.press(.tab)
        #expect(h.line(containing: "▸ Selected candidate") != nil)
        h.press(.tab, .enter)
        #expect(h.line(containing: "▸ Profile") != nil)
        h.press(.tab)
        #expect(h.line(containing: "▸ Score for V000101") != nil)
        #expect(h.text.contains("Essential competences"))
    }

    @Test func goToKeysJumpBetweenScreens() {
        let h = Harness(provider: FakeProvider())
        h.press(.char("v"), .enter, .enter)
        #expect(h.state.screen == .candidate)
        h.press(.char("v"))
        #expect(h.state.stack == [.dashboard, .vacancies])
        h.press(.char("d"))
        #expect(h.state.stack == [.dashboard])
    }

    @Test func unboundKeyExplainsItself() {
        let h = Harness()
        h.press(.char("z"))
        #expect(h.messageLine.contains("z does nothing here — press ? for the keys of this screen"))
        h.press(.char("j"))
        #expect(!h.messageLine.contains("does nothing"), "the next key clears the message")
    }

    @Test func noticeFromTheHostShowsOnceInTheStatusArea() {
        var context = Tiny.context
        context.notice = "Set up /home/anna/jobdata with demo data"
        let h = Harness(context: context)
        #expect(h.messageLine.contains("Set up /home/anna/jobdata with demo data"))
        h.press(.char("j"))
        #expect(!h.messageLine.contains("Set up"))
    }
}

/// A vacancy nobody qualifies for says why, in the header and the preview.
@Suite struct EmptyRankingTests {
    struct Nobody: MatchProvider {
        func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
            RankingOutcome(vacancyID: vacancyID, rows: [], considered: 5, eligibleCount: 0,
                           exclusions: [.init(reason: "lack an essential competence", count: 4), .init(reason: "live too far away", count: 1)])
        }
        func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? { nil }
    }

    @Test func emptyRankingExplainsItselfAndEnterSaysSo() {
        let h = Harness(provider: Nobody())
        h.press(.char("v"), .enter)
        #expect(h.text.contains("No candidate meets the hard requirements"))
        #expect(h.text.contains("Nobody qualifies. Of 5 candidates:"))
        #expect(h.text.contains("• 4 lack an essential competence"))
        #expect(h.text.contains("• 1 live too far away"))
        h.press(.enter)
        #expect(h.state.screen == .ranking)
        #expect(h.messageLine.contains("No candidate qualifies for this vacancy"))
    }
}
