import DemoGenerator
import JobMatchCore
import Testing

/// The generator reads the schema; it must not depend on the project's particular ids.
@Suite struct SmallSchemaTests {
    static let data = DemoGenerator.generate(schema: TestSchema.schema, registry: Generated.registry, options: DemoOptions(
        seed: 11, today: Generated.today, candidates: 2_000, vacancies: 600))

    @Test func anotherSchemaStillGivesValidRecords() {
        let d = SmallSchemaTests.data
        #expect(IntegrityCheck.problems(in: d) == [])
        #expect(RecordValidator(schema: d.schema, registry: d.registry).problems(in: d).map(\.description) == [])
        #expect(Set(d.companies.map(\.industryGroup)).count == 16)
        #expect(Set(d.vacancies.map(\.jobType)).count == 6)
    }

    @Test func aGroupWithoutOccupationsStillPostsVacancies() {
        let d = SmallSchemaTests.data
        let realEstate = Set(d.companies.filter { $0.industryGroup == "10" }.map(\.id))
        #expect(!realEstate.isEmpty)
        #expect(d.vacancies.contains { realEstate.contains($0.company) })
    }

    @Test func traitsComeFromIscoCodesAndDb07SectionsNotIds() {
        let d = SmallSchemaTests.data
        let lorry = d.candidates.filter { $0.desiredOccupations.first == "lorry-driver" }
        #expect(!lorry.isEmpty && Generated.share(lorry) { $0.licences.contains("C") } > 0.85)
        // Group 15 is given as DB07 divisions 86–88 here; it is still care, so mostly public.
        var company: [String: Company] = [:]
        for c in d.companies { company[c.id] = c }
        let care = d.vacancies.filter { company[$0.company]?.industryGroup == "15" }
        #expect(Generated.share(care) { $0.publicEmployer } > 0.5)
    }
}
