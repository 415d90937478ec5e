import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// Rankings that never dead-end (issue P6), on the Ranking screen.
@Suite struct NearMissScreenTests {
    /// The demo (generated as in `CaptureTests`) and its first open vacancy in the
    /// cooperation for which nobody qualifies but somebody misses only one thing.
    static func deadEnd() throws -> (Dataset, Vacancy, Ranking) {
        let dataset = try #require(CaptureTests.demo)
        let today = Day(year: 2026, month: 11, day: 24)!
        let index = MatchIndex(dataset: dataset)
        let participating = Set(dataset.registry.participating)
        for v in dataset.vacancies where v.notOpenNote(today: today) == nil && participating.contains(v.municipality) {
            let r = index.rank(vacancy: v, top: 5, municipalities: participating, today: today,
                               nearMisses: MatchEngineProvider.nearMissDepth)
            if r.qualified == 0 && !r.nearMisses.isEmpty { return (dataset, v, r) }
        }
        throw Failure.noDeadEnd
    }
    enum Failure: Error { case noDeadEnd }

    @Test("a demo vacancy nobody qualifies for shows the separator and its near misses; Enter opens one")
    func emptyRankingShowsNearMisses() throws {
        let (dataset, vacancy, ranking) = try Self.deadEnd()
        let context = WorkbenchContext(dataDirectory: "~/.local/share/jobmatch",
                                       user: UserContext(user: "anna", municipality: "0860"),
                                       today: Day(year: 2026, month: 11, day: 24)!)
        let h = Harness(width: 120, height: 30, dataset: dataset, context: context)
        h.press(.char(":")).type("open \(vacancy.id)").press(.enter)
        #expect(h.state.screen == .ranking)
        #expect(h.text.contains("Ranking \(vacancy.id)"))
        #expect(h.text.contains("near misses: missing one thing"), "\(h.text)")
        let first = ranking.nearMisses[0]
        let nearRows = h.lines.filter { $0.hasPrefix("    ~ ") }
        #expect(nearRows.count == min(ranking.nearMisses.count, 20), "\(h.text)")
        #expect(nearRows.first?.contains(String(first.gapText.prefix(12))) == true, "\(h.text)")
        #expect(h.text.contains("Near miss — missing one thing: \(first.gapText)"), "the preview has the whole gap")
        // The selection starts on the first near miss, and Enter opens her profile.
        h.press(.enter)
        #expect(h.state.screen == .candidate, "\(h.messageLine)")
    }

    @Test("near misses sit below the qualified rows, after a separator; the separator opens nothing")
    func separatorBelowQualified() {
        struct Provider: MatchProvider {
            func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
                let near = RankedRow(candidateID: "K000005", score: 52, essentialMet: 1, essentialTotal: 2, optionalMet: 0,
                                     optionalTotal: 2, commuteMinutes: 10, gap: ["lacks MIG-svejsning level 3 (has 2)"],
                                     hoursWanted: 37)
                return RankingOutcome(vacancyID: vacancyID, rows: Array(FakeProvider.rows.prefix(top)), considered: 5,
                                      eligibleCount: 3, exclusions: [], nearMisses: [near], nearMissCount: 1)
            }
            func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? { nil }
        }
        let h = Harness(width: 120, height: 30, provider: Provider())
        h.press(.char("v"), .enter)
        let rows = h.lines
        let separator = rows.firstIndex { $0.contains("── near misses: missing one thing ──") }
        let near = rows.firstIndex { $0.contains("lacks MIG-svejsning") }
        let lastRanked = rows.lastIndex { $0.contains("K000002") || $0.contains("山田") }
        #expect(separator != nil && near != nil && lastRanked != nil)
        if let separator, let near, let lastRanked { #expect(lastRanked < separator && separator < near) }
        #expect(h.text.contains("37 h"), "hours are in the row")
        h.press(.char("j"), .char("j"), .char("j"), .enter)  // onto the separator
        #expect(h.state.screen == .ranking)
        #expect(h.messageLine.contains("near misses below"), "\(h.messageLine)")
    }

    @Test("a filled vacancy is shown as filled and not ranked")
    func filledIsNotRanked() {
        var dataset = Tiny.dataset
        dataset.vacancies[0].status = .filled
        struct Counting: MatchProvider {
            func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
                Issue.record("a filled vacancy must not be ranked")
                return RankingOutcome(vacancyID: vacancyID, rows: [], considered: 0, eligibleCount: 0, exclusions: [])
            }
            func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? { nil }
        }
        let data = WorkbenchData(dataset: dataset, today: Tiny.today)
        let h = Harness(data: data, context: Tiny.context, width: 100, height: 30, provider: Counting())
        // Filled vacancies are not in the Vacancies list; `:open` still reaches one.
        h.press(.char(":")).type("open V000101").press(.enter)
        #expect(h.state.screen == .ranking)
        #expect(h.text.contains("Not ranked: this vacancy is filled"), "\(h.text)")
    }
}

/// The Dashboard and the Vacancies list show only the cooperation's vacancies.
@Suite struct CooperationVacanciesTests {
    @Test("a vacancy outside the participating municipalities is not listed, counted or due for a call")
    func onlyParticipating() {
        var dataset = Tiny.dataset
        dataset.registry.participating = ["0813", "0810", "0860", "0849"]  // Aalborg does not take part
        dataset.vacancies.append(Tiny.vacancy("V000199", "Svejser i Aalborg", company: "12345678", municipality: "0851",
                                              requirements: Tiny.welding, expires: 2))
        let data = WorkbenchData(dataset: dataset, today: Tiny.today)
        let ids = data.openVacancies(sortedBy: .expiry).map { dataset.vacancies[Int($0)].id }
        #expect(!ids.contains("V000199"))
        #expect(ids.contains("V000101"))
        #expect(!data.expiringSoon.map { dataset.vacancies[Int($0)].id }.contains("V000199"))
        let h = Harness(data: data, context: Tiny.context, width: 100, height: 30, provider: FakeProvider())
        #expect(!h.text.contains("V000199"), "the Dashboard does not list it")
        h.press(.char("v"))
        #expect(!h.text.contains("V000199"), "the Vacancies list does not list it")
        #expect(h.text.contains("V000101"))
    }
}
