import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// The Visits screen (`:visits`, issue P7) on the in-memory terminal.
@Suite struct VisitsScreenTests {
    static let today = Day(year: 2026, month: 11, day: 24)!

    @Test("at 80×24 :visits lists the journal's visits newest first; s suggests whom to invite with the engine's numbers")
    func listAndSuggest() throws {
        let dataset = try #require(CaptureTests.demo)
        let participating = Set(dataset.registry.participating)
        let vacancy = try #require(dataset.vacancies.first { $0.notOpenNote(today: Self.today) == nil && participating.contains($0.municipality) })
        let other = try #require(dataset.companies.first { $0.id != vacancy.company })
        let journal = MemoryJournal(user: "anna")
        _ = try journal.append(.companyVisit(CompanyVisit(company: other.id, date: Day(year: 2026, month: 10, day: 2)!,
                                                          jobCentres: ["0860"], purpose: .barometer, outcome: "Forventer 2 flere", followUps: [])))
        _ = try journal.append(.companyVisit(CompanyVisit(company: vacancy.company, date: Day(year: 2026, month: 11, day: 20)!,
                                                          jobCentres: ["0860", "0813"], purpose: .recruitment,
                                                          outcome: "Mangler folk til januar", followUps: ["send kortliste"])))
        let context = WorkbenchContext(dataDirectory: "~/.local/share/jobmatch", user: UserContext(user: "anna", municipality: "0860"),
                                       today: Self.today)
        let size = TerminalSize(width: 80, height: 24)
        let session = WorkbenchSession(dataset: dataset, context: context, size: size,
                                       provider: MatchEngineProvider(dataset: dataset), journal: journal)
        func text() -> String { session.render(size: size, usesColor: false).text().joined(separator: "\n") }
        for k in ":visits" { session.handle(.char(k)) }
        session.handle(.enter)
        #expect(session.state.screen == VisitsScreen.id)
        let screen = text()
        #expect(screen.contains("Company visits (2, 1 joint)"), "\(screen)")
        #expect(screen.contains("Joint visit 2026-11-20"), "the newest is selected: \(screen)")
        #expect(screen.contains("Mangler folk til januar"))
        #expect(screen.contains("→ send kortliste"))
        session.handle(.char("s"))
        let expected = try #require(MatchIndex(dataset: dataset).visitSuggestion(company: vacancy.company, today: Self.today))
        let shown = text()
        #expect(shown.contains("Next visit"), "\(shown)")
        for code in expected.invite {
            let c = try #require(expected.centres.first { $0.municipality == code })
            let name = dataset.registry.municipality(code)?.name ?? code
            #expect(shown.contains("Invite Jobcenter \(name): \(c.strong) strong"), "\(shown)")
        }
        // The older visit is below; moving to it shows its details.
        session.handle(.char("j"))
        #expect(text().contains("Forventer 2 flere"))
    }

    @Test("no visits: the list says how to record one")
    func empty() {
        let h = Harness(width: 80, height: 24)
        h.press(.char(":")).type("visits").press(.enter)
        #expect(h.text.contains("No visits recorded yet. Record one with:"), "\(h.text)")
        h.press(.char("s"))
        #expect(h.messageLine.contains("No visit selected"))
    }
}
