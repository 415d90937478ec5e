import DemoGenerator
import JobMatchCore
import Testing

@Suite struct BarometerTests {
    let d = Generated.demo

    @Test func threeRoundsOf800To900DifferentCompaniesTheLastOneInTheLastNinetyDays() {
        let rounds = Dictionary(grouping: d.barometer, by: \.round)
        #expect(rounds.keys.sorted() == ["2025-H2", "2026-H1", "2026-H2"])
        for (round, answers) in rounds {
            #expect((800...900).contains(answers.count), "\(round): \(answers.count) answers")
            #expect(Set(answers.map(\.company)).count == answers.count, "\(round): a company answers twice")
        }
        let today = Generated.today
        #expect(rounds["2026-H2"]!.allSatisfy { (0...89).contains($0.visitDate.days(until: today)) })
        // Every company posting vacancies is among the companies, and most answer.
        #expect(Set(d.vacancies.map(\.company)).isSubset(of: Set(d.companies.map(\.id))))
        // Recruitment difficulty and no-change answers both occur; some visits are joint (a neighbour's job centre).
        #expect(d.barometer.contains { $0.needs.isEmpty })
        #expect(d.barometer.contains { $0.needs.contains(where: \.hardToRecruit) })
        #expect(d.barometer.contains { $0.jobCentre != $0.municipality })
        #expect(Set(d.barometer.map(\.sizeBand)).count >= 3)
    }

    @Test func surveyedCompaniesLeaveTheVacanciesAndCandidatesUnchanged() {
        let without = Generated.generate(candidates: 300, vacancies: 60, barometerVisits: 0)
        let with = Generated.generate(candidates: 300, vacancies: 60)
        #expect(without.vacancies == with.vacancies && without.candidates == with.candidates)
        #expect(Array(with.companies.prefix(without.companies.count)) == without.companies)
    }

    @Test func shortageAreasExpectToHireMoreThanOtherIndustries() {
        // Care (15), construction (04) and transport (06).
        func mean12(_ answers: [BarometerAnswer]) -> Double {
            let needs = answers.flatMap(\.needs)
            return Double(needs.map(\.in12Months).reduce(0, +)) / Double(max(1, needs.count))
        }
        let shortage = d.barometer.filter { ["04", "06", "15"].contains($0.industryGroup) }
        let others = d.barometer.filter { !["04", "06", "15"].contains($0.industryGroup) }
        #expect(mean12(shortage) > mean12(others) + 1)
        #expect(others.flatMap(\.needs).contains { $0.in3Months < 0 })
    }
}
