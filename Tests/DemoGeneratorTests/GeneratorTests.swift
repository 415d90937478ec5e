import DemoGenerator
import JobMatchCore
import Testing

@Suite struct GeneratorTests {
    @Test func sameSeedGivesTheSameDataSetAndAnotherSeedDoesNot() {
        // 9,000 candidates span three chunks, so the parallel merge order is exercised too.
        let a = Generated.generate(seed: 7, candidates: 9_000, vacancies: 400)
        let b = Generated.generate(seed: 7, candidates: 9_000, vacancies: 400)
        #expect(a == b)
        let c = Generated.generate(seed: 8, candidates: 9_000, vacancies: 400)
        #expect(a.candidates != c.candidates)
        #expect(a.vacancies != c.vacancies)
        #expect(a.companies != c.companies)
    }

    @Test func countsFollowTheOptions() {
        let d = Generated.demo
        #expect(d.candidates.count == 3_000)
        #expect(d.vacancies.count == 450)
        // 150 companies post the vacancies; more are added so a round can ask 800–900.
        #expect(d.companies.count == 900)
        #expect((3 * 800...3 * 900).contains(d.barometer.count))
        let custom = Generated.generate(candidates: 10, vacancies: 900, barometerVisits: 20)
        #expect(custom.companies.count == 300)
        #expect(custom.barometer.count == 3 * 20)
        let explicit = Generated.generate(candidates: 0, vacancies: 30, companies: 40, barometerVisits: 0)
        #expect(explicit.candidates.isEmpty && explicit.companies.count == 40 && explicit.barometer.isEmpty)
    }

    @Test func idsArePseudonymousNumberedAndUnique() {
        let d = Generated.demo
        #expect(d.candidates.first?.id == "K000001")
        #expect(d.candidates.last?.id == "K003000")
        #expect(d.vacancies.first?.id == "V000001")
        #expect(d.barometer.last?.id == "B" + String(1_000_000 + d.barometer.count).dropFirst())
        #expect(Set(d.companies.map(\.id)).count == d.companies.count)
    }

    @Test func everyRecordPassesTheIntegrityCheck() {
        #expect(IntegrityCheck.problems(in: Generated.demo) == [])
    }

    @Test func everyRecordPassesTheCoreValidator() {
        let validator = RecordValidator(schema: Generated.demo.schema, registry: Generated.demo.registry)
        #expect(validator.problems(in: Generated.demo).map(\.description) == [])
    }

    @Test func everyDateFollowsTheChosenToday() {
        let today = Day(year: 2031, month: 3, day: 2)!
        let d = DemoGenerator.generate(schema: Generated.schema, registry: Generated.registry, options: DemoOptions(
            seed: 5, today: today, candidates: 500, vacancies: 400, barometerVisits: 200))
        #expect(IntegrityCheck.problems(in: d, today: today) == [])
        #expect(d.vacancies.allSatisfy { (0...40).contains($0.postedDate.days(until: today)) })
        #expect(d.vacancies.contains { $0.needsFollowUp(today: today) })
        let current = BarometerRound(containing: today).description
        #expect(d.barometer.filter { $0.round == current }.allSatisfy { (0...89).contains($0.visitDate.days(until: today)) })
        #expect(d.barometer.allSatisfy { $0.visitDate <= today })
        #expect(d.candidates.allSatisfy { (1_966...2_011).contains($0.birthYear) })
    }

    @Test func schemaWithoutOccupationsGivesAnEmptyDataSetInsteadOfCrashing() {
        var schema = Generated.schema
        schema.occupations = []
        let d = DemoGenerator.generate(schema: schema, registry: Generated.registry, options: Generated.options)
        #expect(d.candidates.isEmpty && d.vacancies.isEmpty && d.companies.isEmpty && d.barometer.isEmpty)
        #expect(d.schema == schema)
    }
}
