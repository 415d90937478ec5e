import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// The Allocation screen (`:allocate`, issue P7) on the in-memory terminal.
@Suite struct AllocationScreenTests {
    static let today = Day(year: 2026, month: 11, day: 24)!

    static func context() -> WorkbenchContext {
        WorkbenchContext(dataDirectory: "~/.local/share/jobmatch", user: UserContext(user: "anna", municipality: "0860"),
                         today: today)
    }

    @Test("at 80×24 :allocate shows the comparison with the engine's numbers and the selected vacancy's proposals")
    func showsComparisonAndProposals() throws {
        let dataset = try #require(CaptureTests.demo)
        let expected = MatchIndex(dataset: dataset).allocate(
            AllocationOptions(factor: AllocationScreen.factor, perCandidate: AllocationScreen.perCandidate,
                              municipalities: Set(dataset.registry.participating)), today: Self.today)
        let h = Harness(width: 80, height: 24, dataset: dataset, context: Self.context())
        h.press(.char(":")).type("allocate").press(.enter)
        #expect(h.state.screen == AllocationScreen.id)
        let three = try #require(h.line(containing: "vacancies with ≥ 3 proposed"), "\(h.text)")
        #expect(three.split(separator: " ").suffix(3).map(String.init)
                == [expected.topLists, expected.greedy, expected.optimal].map { "\($0.vacanciesWithThree)" }, "\(three)")
        let over = try #require(h.line(containing: "proposed more than 2 times"), "\(h.text)")
        #expect(over.split(separator: " ").suffix(3).map(String.init) == ["\(expected.topLists.candidatesOverK)", "0", "0"])
        #expect(h.line(containing: "Gini of proposals per candidate") != nil)
        // The first vacancy is selected; its proposals are listed by id on the right.
        let first = expected.vacancies[0]
        #expect(h.text.contains("\(first.vacancyID) proposals"), "\(h.text)")
        for p in first.proposals.prefix(3) { #expect(h.text.contains(p.candidateID), "\(h.text)") }
        // No personal details are shown, so nothing is audited.
        #expect(h.audit.events.isEmpty)
        // Moving down selects the next vacancy; Enter ranks it.
        h.press(.char("j"))
        #expect(h.text.contains("\(expected.vacancies[1].vacancyID) proposals"))
        h.press(.enter)
        #expect(h.state.screen == .ranking)
        #expect(h.text.contains("Ranking \(expected.vacancies[1].vacancyID)"))
        // Back keeps the allocation (no second computation needed to show it).
        h.press(.escape)
        #expect(h.state.screen == AllocationScreen.id)
        #expect(h.line(containing: "vacancies with ≥ 3 proposed") != nil)
    }

    @Test("a provider that cannot allocate says so instead of waiting forever")
    func providerWithoutAllocation() {
        let h = Harness(width: 80, height: 24, provider: FakeProvider())
        h.press(.char(":")).type("allocate").press(.enter)
        #expect(h.state.screen == AllocationScreen.id)
        #expect(h.messageLine.contains("cannot allocate"), "\(h.text)")
    }
}
