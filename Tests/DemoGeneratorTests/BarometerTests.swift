import DemoGenerator
import JobMatchCore
import Testing

@Suite struct BarometerTests {
    let d = Generated.demo

    @Test func everyCompanyIsVisitedWithinTheLastNinetyDays() {
        #expect(Set(d.barometer.map(\.company)) == Set(d.companies.map(\.id)))
        let today = Generated.today
        #expect(d.barometer.allSatisfy { (0...89).contains($0.visitDate.days(until: today)) })
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
