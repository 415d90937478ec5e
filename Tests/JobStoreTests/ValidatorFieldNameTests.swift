import Testing
@testable import JobStore
import JobMatchCore

/// The validator names fields in its problems (`hoursPerWeek`, `competences[0].level`).
/// Those names must be the ones in the record kind's field table, which are the names in
/// the file a user opens to fix the line.
@Suite struct ValidatorFieldNameTests {
    private let validator = RecordValidator(schema: Fixture.schema, registry: Fixture.registry)

    /// Whether `path` (`competences[0].level`, `licences[1]`, `postcode`) names a field of
    /// `table`, and of the nested object's own table after the dot.
    private func resolves<R>(_ path: String, in table: FieldTable<R>) -> Bool {
        let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
        let root = String(parts[0].prefix { $0 != "[" })
        guard let field = table.fields.first(where: { $0.name.description == root }) else { return false }
        guard parts.count == 2 else { return true }
        let nested: [String] = switch field.codec {
        case .heldCompetences: HeldCompetence.fields.names
        case .languages: LanguageSkill.fields.names
        case .requirements: Requirement.fields.names
        case .labourNeeds: LabourNeed.fields.names
        case .heldCertificates: HeldCertificate.fields.names
        case .educations: Education.fields.names
        case .workHistory: WorkPeriod.fields.names
        case .consents: ConsentRecord.fields.names
        default: []
        }
        return nested.contains(parts[1])
    }

    private func check<R>(_ problems: [FieldProblem], _ table: FieldTable<R>, atLeast: Int) {
        #expect(problems.count >= atLeast)
        for p in problems { #expect(resolves(p.field, in: table), "\(R.self): '\(p.field)' is not in the field table") }
    }

    @Test func everyFieldACandidateProblemNamesIsInTheTable() {
        var c = Fixture.candidate()
        c.id = "a b"; c.version = 0; c.municipality = "9999"; c.postcode = "x"
        c.competences = [HeldCompetence(id: "nope", level: 9, years: -1), HeldCompetence(id: "nope", level: 1, years: 1.25)]
        c.desiredOccupations = ["nope"]; c.education = "nope"; c.birthYear = 1800; c.licences = ["Z"]
        c.certificates = ["z"]; c.languages = [LanguageSkill(code: "zz", level: "Z9")]; c.hoursPerWeek = 0
        c.maxCommuteMinutes = -1; c.ownerMunicipality = "9999"
        check(validator.problems(in: c), Candidate.fields, atLeast: 16)
        c.benefit = "nope"
        #expect(validator.problems(in: c).contains { $0.field == "benefit" })
        check(validator.problems(in: c), Candidate.fields, atLeast: 16)
        c.benefit = "dagpenge"
        #expect(validator.problems(in: c).contains { $0.field == "matchCategory" })
        check(validator.problems(in: c), Candidate.fields, atLeast: 16)
    }

    @Test func everyFieldAVacancyProblemNamesIsInTheTable() {
        var v = Fixture.vacancy()
        v.id = ""; v.version = 0; v.company = ""; v.occupation = "nope"; v.title = ""
        v.requirements = [Requirement(competence: "nope", minLevel: 9, essential: true),
                          Requirement(competence: "nope", minLevel: 1, essential: false)]
        v.licences = ["Z"]; v.certificates = ["z"]; v.languages = [LanguageSkill(code: "zz", level: "Z9")]
        v.jobType = "nope"; v.hoursPerWeek = 0; v.positions = 0; v.expiryDate = Fixture.day("2020-01-01")
        v.municipality = "9999"
        check(validator.problems(in: v), Vacancy.fields, atLeast: 15)
        v.company = "99"
        check(validator.referenceProblems(in: v, companies: []), Vacancy.fields, atLeast: 1)
    }

    @Test func everyFieldACompanyOrBarometerProblemNamesIsInTheTable() {
        var c = Fixture.company()
        c.id = "a/b"; c.version = 0; c.name = ""; c.industryGroup = "nope"; c.municipalities = []
        check(validator.problems(in: c), Company.fields, atLeast: 5)
        c.municipalities = ["9999"]
        check(validator.problems(in: c), Company.fields, atLeast: 5)

        var b = Fixture.answer()
        b.id = ""; b.version = 0; b.company = ""; b.municipality = "9999"; b.industryGroup = "nope"
        b.round = "2026"; b.headcount = 0; b.jobCentre = "9999"
        b.needs = [LabourNeed(occupation: "nope", in3Months: 1, in12Months: 1)]
        check(validator.problems(in: b), BarometerAnswer.fields, atLeast: 9)
        b.company = "99"
        check(validator.referenceProblems(in: b, companies: []), BarometerAnswer.fields, atLeast: 1)
    }
}
