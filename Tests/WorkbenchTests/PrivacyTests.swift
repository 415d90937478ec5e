import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// Names and contact only where the user may see them, and every full view audited.
/// The user is anna at Hjørring: K000001 is Hjørring's own, K000002 (Frederikshavn)
/// consented to sharing, K000003 (Brønderslev) did not.
@Suite struct PrivacyTests {
    /// Every screen a consultant can reach for V000101, as text.
    func allScreens(_ h: Harness) -> [String] {
        var screens: [String] = []
        h.press(.char(":")).type("open V000101").press(.enter)
        screens.append(h.text)
        for row in 0..<3 {
            h.press(.char("g"))
            for _ in 0..<row { h.press(.char("j")) }
            h.press(.tab); screens.append(h.text); h.press(.tab)
            h.press(.enter); screens.append(h.text)
            h.press(.tab); screens.append(h.text)
            h.press(.char("G")); screens.append(h.text)
            h.press(.escape)
        }
        return screens
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func nonConsentingCandidateFromAnotherMunicipalityIsNeverNamed(size: (Int, Int)) {
        let h = Harness(width: size.0, height: size.1)
        for screen in allScreens(h) {
            #expect(!screen.contains("Åse"))
            #expect(!screen.contains("Bøgh"))
            #expect(!screen.contains("k000003@example.dk"))
            #expect(!screen.contains("+45 20 00 03"))
        }
        let ranking = allScreens(h)[0]
        #expect(ranking.contains("Søren Østergård"), "own municipality's candidate is named")
        #expect(ranking.contains("山田 太郎"), "a consenting candidate is named")
        #expect(ranking.contains("K000003"), "the other one appears by pseudonym")
    }

    @Test func pseudonymProfileSaysWhomToContact() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter, .char("j"), .enter)
        #expect(h.lines[1].contains("K000003 · Brønderslev — for V000101 Svejser"))
        #expect(h.text.contains("Name and contact hidden: no consent to share — contact via the Brønderslev job"))
        #expect(!h.text.contains("E-mail"))
        #expect(!h.text.contains("Born:"))
        #expect(h.text.contains("Age:         40–44"), "an age band instead of the birth year")
    }

    @Test func searchingTheRankingCannotFindAHiddenName() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter)
        h.press(.char("/")).type("Åse")
        #expect(h.messageLine.contains("No match"))
        h.press(.escape, .char("f")).type("bøgh")
        #expect(h.text.contains("No ranked candidate matches the filter"))
    }

    @Test func openingAnOwnCandidateEmitsExactlyOneAuditEvent() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter)
        #expect(h.audit.events.allSatisfy { $0.recordKind == "ranking" }, "the ranking list logs the names it lists, no profile view")
        h.press(.enter)
        #expect(h.text.contains("E-mail:      k000001@example.dk"))
        #expect(h.audit.events.filter { $0.recordKind == "candidate" } == [AuditEvent(user: "anna", userMunicipality: "0860", action: .view, recordKind: "candidate",
                                             recordID: "K000001", detail: "profile opened from ranking V000101")])
        h.press(.char("j"), .char("j"), .tab, .char("G"), .tab, .ctrl("l"))
        #expect(h.audit.events.filter { $0.recordKind == "candidate" }.count == 1, "scrolling and redrawing the same view is not a new view")
        h.press(.escape, .enter)
        #expect(h.audit.events.filter { $0.recordKind == "candidate" }.count == 2, "opening it again is")
    }

    @Test func openingAConsentingCandidateByCommandIsAudited() {
        let h = Harness()
        h.press(.char(":")).type("open K000002").press(.enter)
        #expect(h.text.contains("山田 太郎 (K000002)"))
        #expect(h.audit.events.map(\.recordID) == ["K000002"])
        #expect(h.audit.events.first?.detail == "profile opened with :open K000002")
    }

    @Test func openingANonConsentingCandidateIsNotAuditedAsAFullView() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter, .char("j"), .enter)
        #expect(h.state.screen == .candidate)
        #expect(h.audit.events.filter { $0.recordKind == "candidate" }.isEmpty)
    }
}
