import JobMatchCore
import MatchEngine
import Testing

/// Wage subsidy in the fixture: rule ws-2019 (to 2025-12-31) needs 26 weeks and waives the
/// wait for single providers; ws-2026 (from 2026-01-01) needs 13 weeks and has no such waiver.
@Suite struct EligibilityTests {
    let lastDayOld = Day("2025-12-31")!, firstDayNew = Day("2026-01-01")!

    func explain(_ c: Candidate, start: Day, jobType: String = "wage-subsidy", today: Day? = nil) -> Explanation {
        let index = MatchIndex(dataset: Fixture.dataset([c]))
        let v = Fixture.vacancy("V", jobType: jobType, start: start)
        return try! index.explain(vacancy: v, candidateID: c.id, today: today ?? start.adding(days: -30))
    }

    func candidate(weeksBefore start: Day, single: Bool = false, birthYear: Int = 1985, benefit: String = "dagpenge") -> Candidate {
        Fixture.candidate("K1", birthYear: birthYear, singleProvider: single, availableFrom: start.adding(days: -60),
                          benefit: benefit, unemployedSince: start.adding(days: -7 * 20))
    }

    @Test("20 weeks unemployed: not eligible on the old rule's last day, eligible on the new rule's first")
    func ruleChangeAtValidTo() {
        let before = explain(candidate(weeksBefore: lastDayOld), start: lastDayOld)
        #expect(before.failed.map(\.requirement) == [.eligibility])
        #expect(before.failed.first?.message == "20 weeks unemployed on 2025-12-31, rule ws-2019 requires 26")
        #expect(before.breakdown.eligibilityRule == "ws-2019")
        let after = explain(candidate(weeksBefore: firstDayNew), start: firstDayNew)
        #expect(after.qualifies)
        #expect(after.breakdown.eligibilityRule == "ws-2026")
        #expect(after.breakdown.eligibilityNote == "20 weeks unemployed (13 required)")
        #expect(after.breakdown.summary.hasSuffix("Wage subsidy rule ws-2026"))
    }

    @Test("the single-provider waiver applies up to the old rule's validTo and not after")
    func waiverEndsWithRule() {
        var c = Fixture.candidate("K1", singleProvider: true, unemployedSince: lastDayOld.adding(days: -7 * 5))
        c.availableFrom = Day("2025-06-01")!
        let old = explain(c, start: lastDayOld)
        #expect(old.qualifies)
        #expect(old.breakdown.eligibilityNote == "waiting period waived: single provider")
        let new = explain(c, start: firstDayNew)
        #expect(new.failed.map(\.requirement) == [.eligibility])
    }

    @Test("age and missing upper-secondary education waive the wait where the rule says so")
    func otherWaivers() {
        let start = lastDayOld
        var older = Fixture.candidate("K1", birthYear: 1970, unemployedSince: start.adding(days: -7))
        older.availableFrom = start
        #expect(explain(older, start: start).breakdown.eligibilityNote == "waiting period waived: age 50 or over")
        var unskilled = Fixture.candidate("K1", education: "grundskole", unemployedSince: start.adding(days: -7))
        unskilled.availableFrom = start
        #expect(explain(unskilled, start: start).qualifies)
        // ws-2026 has no education waiver.
        unskilled.unemployedSince = firstDayNew.adding(days: -7)
        #expect(!explain(unskilled, start: firstDayNew).qualifies)
    }

    @Test("benefit type and flex-job approval are required where the rule lists them")
    func benefitAndFlexJob() {
        let start = firstDayNew
        let wrongBenefit = Fixture.candidate("K1", availableFrom: start, benefit: "selvforsoergende",
                                             unemployedSince: start.adding(days: -400))
        let e = explain(wrongBenefit, start: start)
        #expect(e.failed.map(\.requirement) == [.eligibility])
        #expect(e.failed[0].message.contains("benefit 'selvforsoergende'"))
        let notApproved = Fixture.candidate("K1", flexJobApproved: false, availableFrom: start, benefit: "ledighedsydelse")
        #expect(explain(notApproved, start: start, jobType: "flex-job").failed.map(\.message) == ["rule fj-2013 requires flex-job approval"])
        var approved = notApproved
        approved.flexJobApproved = true
        #expect(explain(approved, start: start, jobType: "flex-job").qualifies)
    }

    @Test("no rule in force, or an unknown job type, excludes everyone with a reason")
    func noRule() {
        let c = Fixture.candidate("K1", availableFrom: Day("2018-01-01")!, unemployedSince: Day("2017-01-01")!)
        let early = explain(c, start: Day("2018-06-01")!)
        #expect(early.failed.map(\.message) == ["no rule for Wage subsidy in force on 2018-06-01"])
        #expect(explain(c, start: firstDayNew, jobType: "moonlighting").failed.map(\.message) == ["unknown job type 'moonlighting'"])
    }

    @Test("a start date in the past is judged on today")
    func pastStartUsesToday() {
        // Start on the old rule's last day, but it is already the new rule's first day: ws-2026 applies.
        let c = candidate(weeksBefore: lastDayOld)
        let e = explain(c, start: lastDayOld, today: firstDayNew)
        #expect(e.breakdown.startDate == firstDayNew)
        #expect(e.breakdown.eligibilityRule == "ws-2026")
    }
}

/// Apprenticeships and internships are for learning the trade (issue P8): the vacancy's
/// competences are scored as aptitude, never required.
@Suite struct LearningSchemeTests {
    @Test("an apprenticeship does not exclude someone who does not yet hold the trade at level 3")
    func learnerIsNotExcludedForMissingTheTrade() throws {
        let novice = Fixture.candidate("K1", competences: [HeldCompetence(id: "weld.mig", level: 1, years: 0.5)],
                                       desired: ["welder"])
        let stranger = Fixture.candidate("K2")
        let requirements = [Requirement(competence: "weld.mig", minLevel: 3, essential: true),
                            Requirement(competence: "read.drawings", minLevel: 2, essential: true)]
        let index = MatchIndex(dataset: Fixture.dataset([novice, stranger]))
        let apprenticeship = Fixture.vacancy("V1", requirements: requirements, jobType: "apprenticeship")
        let ranking = index.rank(vacancy: apprenticeship, top: 10, today: Fixture.today)
        #expect(ranking.candidates.map(\.candidateID) == ["K1", "K2"], "interest and aptitude order them; nobody is excluded")
        #expect(ranking.candidates[0].essentialTotal == 0)
        // The same requirements on an ordinary job exclude both.
        let ordinary = Fixture.vacancy("V2", requirements: requirements)
        #expect(index.rank(vacancy: ordinary, top: 10, today: Fixture.today).qualified == 0)
    }
}
