@testable import JobMatchCore
import Testing

/// A small schema and registry with no problems; each test breaks one thing and expects
/// exactly that one problem, at the field an editor must fix, with a message that says
/// what is wrong and what would be right.
private enum SchemaCheckFixture {
    static func day(_ s: String) -> Day { Day(s)! }

    static var schema: Schema {
        Schema(
            version: "2026.1",
            levels: [
                Level(level: 1, da: "grundlæggende", en: "basic", meaning: "m"),
                Level(level: 2, da: "selvstændig", en: "independent", meaning: "m"),
                Level(level: 3, da: "erfaren", en: "experienced", meaning: "m"),
                Level(level: 4, da: "ekspert", en: "expert", meaning: "m"),
            ],
            industryGroups: [
                IndustryGroup(code: "02", da: "Industri", en: "Manufacturing", db07: ["B", "C"]),
                IndustryGroup(code: "06", da: "Transport", en: "Transport", db07: ["H"]),
            ],
            competences: [
                Competence(id: "weld.mig", escoUri: nil, da: "MIG-svejsning", en: "MIG welding", aliases: ["MIG"],
                           groups: ["02"], related: [RelatedCompetence(id: "weld.mag", similarity: 0.8)]),
                Competence(id: "weld.mag", escoUri: nil, da: "MAG-svejsning", en: "MAG welding", aliases: ["MAG"],
                           groups: ["02"], related: [RelatedCompetence(id: "weld.mig", similarity: 0.8)]),
                Competence(id: "logistics.forklift", escoUri: nil, da: "Truckkørsel", en: "forklift", aliases: ["truck"],
                           groups: ["02", "06"], related: []),
            ],
            occupations: [
                Occupation(id: "occ.welder", escoUri: nil, isco: "7212", da: "Svejser", en: "welder", group: "02",
                           essential: [ProfileItem(competence: "weld.mag", level: 3)],
                           optional: [ProfileItem(competence: "weld.mig", level: 2)]),
            ],
            licences: [Licence(code: "B", da: "Bil", en: "Car"), Licence(code: "C", da: "Lastbil", en: "Truck")],
            certificates: [Certificate(id: "forklift", da: "Truckcertifikat", en: "Forklift certificate"),
                           Certificate(id: "adr", da: "ADR-bevis", en: "ADR certificate")],
            languages: [Language(code: "da", da: "Dansk", en: "Danish"), Language(code: "en", da: "Engelsk", en: "English")],
            cefrLevels: ["A1", "A2", "B1", "B2", "C1", "C2"],
            educationLevels: [EducationLevel(id: "grundskole", da: "Grundskole", en: "Primary", upperSecondary: false)],
            benefitTypes: [BenefitType(id: "dagpenge", da: "Dagpenge", en: "UI", matchCategories: []),
                           BenefitType(id: "kontanthjaelp", da: "Kontanthjælp", en: "Cash", matchCategories: ["jobparat"])],
            jobTypes: [
                JobType(id: "ordinary", da: "Ordinært job", en: "Ordinary job", rules: [
                    EligibilityRule(id: "ordinary-2000", validFrom: day("2000-01-01"), da: "d", en: "e"),
                ]),
                JobType(id: "job-rotation", da: "Jobrotation", en: "Job rotation", rules: [
                    EligibilityRule(id: "job-rotation-2019", validFrom: day("2019-01-01"), validTo: day("2026-12-31"),
                                    da: "d", en: "e", benefitTypes: ["dagpenge", "kontanthjaelp"], minWeeksUnemployed: 26),
                ]),
            ],
            scoring: ScoringWeights(essential: 40, optional: 15, experience: 10, commute: 15, desiredOccupation: 10,
                                    availability: 10, experienceCapYears: 10, levelAboveMinimumBonus: 0.1,
                                    atMinimumShare: 0.8, availabilityGraceDays: 14, availabilityFullPointsDays: 0,
                                    substitutableOverlap: 0.5),
            travel: TravelModel(roadFactor: 1.3, averageKmh: 65, sameMunicipalityMinutes: 10))
    }

    static var registry: MunicipalityRegistry {
        MunicipalityRegistry(
            version: "2026.1",
            municipalities: [
                Municipality(code: "0810", name: "Brønderslev", region: "Region Nordjylland", lat: 57.27, lon: 9.94,
                             population: 36047, seat: "Brønderslev", postcodes: ["9700"]),
                Municipality(code: "0813", name: "Frederikshavn", region: "Region Nordjylland", lat: 57.44, lon: 10.54,
                             population: 59987, seat: "Frederikshavn", postcodes: ["9900", "9300"]),
                Municipality(code: "0851", name: "Aalborg", region: "Region Nordjylland", lat: 57.05, lon: 9.92,
                             population: 217094, seat: "Aalborg", postcodes: ["9000"]),
            ],
            cooperations: [Cooperation(id: "vendsyssel", name: "Vendsyssel", members: ["0810", "0813"], partners: ["0851"])],
            participating: ["0810", "0813", "0851"])
    }

    static func schemaProblems(_ change: (inout Schema) -> Void) -> [Problem] {
        var s = schema
        change(&s)
        return s.problems(file: "schema.json")
    }

    static func registryProblems(_ change: (inout MunicipalityRegistry) -> Void) -> [Problem] {
        var r = registry
        change(&r)
        return r.problems(file: "municipalities.json")
    }
}

private func oneSchemaProblem(_ field: String, _ message: String, file: String = "schema.json") -> [Problem] {
    [Problem(file: file, line: 0, field: field, message: message)]
}

@Suite("Schema consistency")
struct SchemaCheckTests {
    @Test func fixtureIsConsistent() {
        #expect(SchemaCheckFixture.schema.problems(file: "schema.json") == [])
        #expect(SchemaCheckFixture.registry.problems(file: "municipalities.json") == [])
    }

    /// One duplicate per id-bearing list; the repeat is reported where it stands.
    static let duplicateCases: [(String, @Sendable (inout Schema) -> Void, String, String)] = [
        ("competences", { $0.competences.append($0.competences[0]) },
         "competences[3].id", "duplicate competence id 'weld.mig' (first used at competences[0].id); each must be unique"),
        ("occupations", { $0.occupations.append($0.occupations[0]) },
         "occupations[1].id", "duplicate occupation id 'occ.welder' (first used at occupations[0].id); each must be unique"),
        ("certificates", { $0.certificates[1].id = "forklift" },
         "certificates[1].id", "duplicate certificate id 'forklift' (first used at certificates[0].id); each must be unique"),
        ("licences", { $0.licences[1].code = "B" },
         "licences[1].code", "duplicate licence code 'B' (first used at licences[0].code); each must be unique"),
        ("languages", { $0.languages[1].code = "da" },
         "languages[1].code", "duplicate language code 'da' (first used at languages[0].code); each must be unique"),
        ("industry groups", { $0.industryGroups.append($0.industryGroups[0]) },
         "industryGroups[2].code", "duplicate industry group code '02' (first used at industryGroups[0].code); each must be unique"),
    ]

    @Test(arguments: 0..<6)
    func duplicateIds(_ n: Int) {
        let (_, change, field, message) = Self.duplicateCases[n]
        #expect(SchemaCheckFixture.schemaProblems(change) == oneSchemaProblem(field, message))
    }

    @Test func duplicateJobTypeId() {
        // The copied job type also repeats its rule id, which is reported too.
        let problems = SchemaCheckFixture.schemaProblems { $0.jobTypes.append($0.jobTypes[0]) }
        #expect(problems.map(\.field) == ["jobTypes[2].id", "jobTypes[2].rules[0].id"])
        #expect(problems.first?.message == "duplicate job type id 'ordinary' (first used at jobTypes[0].id); each must be unique")
        #expect(problems.last?.message == "duplicate rule id 'ordinary-2000' (first used at jobTypes[0].rules[0]); rule ids must be unique")
    }

    @Test func unknownRelatedCompetenceSuggestsTheNearestId() {
        let problems = SchemaCheckFixture.schemaProblems { $0.competences[1].related[0].id = "weld.migg" }
        #expect(problems == oneSchemaProblem("competences[1].related[0].id", "unknown competence 'weld.migg' (did you mean 'weld.mig'?)"))
    }

    @Test func competenceRelatedToItself() {
        let problems = SchemaCheckFixture.schemaProblems { $0.competences[0].related[0].id = "weld.mig" }
        #expect(problems == oneSchemaProblem("competences[0].related[0].id",
                                 "competence 'weld.mig' is related to itself; list other competences only"))
    }

    @Test(arguments: [1.5, 0, -0.2, Double.nan])
    func similarityOutsideZeroToOne(_ similarity: Double) {
        let problems = SchemaCheckFixture.schemaProblems { $0.competences[0].related[0].similarity = similarity }
        let shown = similarity == 0 ? "0" : similarity.isNaN ? "nan" : "\(similarity)"
        #expect(problems == oneSchemaProblem("competences[0].related[0].similarity", "similarity must be in (0, 1], got \(shown)"))
    }

    @Test func similarityOfExactlyOneIsAllowed() {
        #expect(SchemaCheckFixture.schemaProblems { $0.competences[0].related[0].similarity = 1 } == [])
    }

    @Test func unknownProfileCompetence() {
        let problems = SchemaCheckFixture.schemaProblems { $0.occupations[0].optional[0].competence = "weld.tag" }
        #expect(problems == oneSchemaProblem("occupations[0].optional[0].competence", "unknown competence 'weld.tag' (did you mean 'weld.mag'?)"))
    }

    @Test func profileLevelOutsideTheSchemasLevels() {
        let problems = SchemaCheckFixture.schemaProblems { $0.occupations[0].essential[0].level = 5 }
        #expect(problems == oneSchemaProblem("occupations[0].essential[0].level", "level 5 is not one of the schema's levels 1–4"))
    }

    @Test func unknownIndustryGroupOnCompetenceAndOccupation() {
        let problems = SchemaCheckFixture.schemaProblems {
            $0.competences[2].groups[1] = "17"
            $0.occupations[0].group = "2"
        }
        #expect(problems == [
            Problem(file: "schema.json", line: 0, field: "competences[2].groups[1]", message: "unknown industry group '17'; expected one of 02, 06"),
            Problem(file: "schema.json", line: 0, field: "occupations[0].group", message: "unknown industry group '2'; expected one of 02, 06"),
        ])
    }

    @Test func ruleEndingBeforeItStarts() {
        let problems = SchemaCheckFixture.schemaProblems { $0.jobTypes[1].rules[0].validTo = SchemaCheckFixture.day("2018-12-31") }
        #expect(problems == oneSchemaProblem("jobTypes[1].rules[0].validTo",
                                 "validTo 2018-12-31 is before validFrom 2019-01-01; a rule must end on or after the day it starts"))
    }

    @Test func overlappingRulePeriods() {
        let problems = SchemaCheckFixture.schemaProblems {
            $0.jobTypes[1].rules.append(EligibilityRule(id: "job-rotation-2026", validFrom: SchemaCheckFixture.day("2026-12-31"), da: "d", en: "e"))
        }
        #expect(problems == oneSchemaProblem("jobTypes[1].rules[1].validFrom",
                                 "rule 'job-rotation-2026' (from 2026-12-31, open-ended) overlaps rule 'job-rotation-2019' " +
                                 "(2019-01-01 to 2026-12-31) of job type 'job-rotation'; end one rule the day before the other starts"))
    }

    @Test func consecutiveRulePeriodsDoNotOverlap() {
        let problems = SchemaCheckFixture.schemaProblems {
            $0.jobTypes[1].rules.append(EligibilityRule(id: "job-rotation-2027", validFrom: SchemaCheckFixture.day("2027-01-01"), da: "d", en: "e"))
        }
        #expect(problems == [])
    }

    @Test func unknownBenefitTypeInRule() {
        let problems = SchemaCheckFixture.schemaProblems { $0.jobTypes[1].rules[0].benefitTypes = ["dagpenge", "kontanthjalp"] }
        #expect(problems == oneSchemaProblem("jobTypes[1].rules[0].benefitTypes[1]",
                                 "unknown benefit type 'kontanthjalp' (did you mean 'kontanthjaelp'?)"))
    }

    @Test func scoringWeightsMustAddUpTo100() {
        let problems = SchemaCheckFixture.schemaProblems { $0.scoring.desiredOccupation = 5 }
        #expect(problems == oneSchemaProblem("scoring", "weights must add up to 100, got 95 (essential 40 + optional 15 + experience 10 + " +
                                 "commute 15 + desiredOccupation 5 + availability 10)"))
    }

    @Test func travelSpeedMustBePositive() {
        let problems = SchemaCheckFixture.schemaProblems { $0.travel.averageKmh = 0 }
        #expect(problems == oneSchemaProblem("travel.averageKmh", "average speed must be more than 0 km/h, got 0"))
    }

    // MARK: Municipality registry

    @Test func municipalityCodeMustBeFourDigits() {
        let problems = SchemaCheckFixture.registryProblems { $0.municipalities[1].code = "813" }
        // The short code also leaves the cooperation and participating lists pointing at nothing.
        #expect(problems.first == Problem(file: "municipalities.json", line: 0, field: "municipalities[1].code",
                                          message: "municipality code '813' must be exactly four digits, e.g. '0813'"))
        #expect(problems.map(\.field) == ["municipalities[1].code", "cooperations[0].members[1]", "participating[1]"])
    }

    @Test func duplicateMunicipalityCode() {
        let problems = SchemaCheckFixture.registryProblems { $0.municipalities[2].code = "0810" }
        #expect(problems.first == Problem(file: "municipalities.json", line: 0, field: "municipalities[2].code",
                                          message: "duplicate municipality code '0810' (first used at municipalities[0].code); each must be unique"))
    }

    @Test func cooperationMemberThatIsNoMunicipality() {
        let problems = SchemaCheckFixture.registryProblems { $0.cooperations[0].partners = ["0852"] }
        #expect(problems == oneSchemaProblem("cooperations[0].partners[0]",
                                 "unknown municipality '0852' in cooperation 'vendsyssel' (did you mean '0851'?)",
                                 file: "municipalities.json"))
    }

    @Test func participatingCodeUnknown() {
        let problems = SchemaCheckFixture.registryProblems { $0.participating.append("0999") }
        #expect(problems == oneSchemaProblem("participating[3]",
                                 "unknown municipality '0999'; participating codes must be in the municipality list",
                                 file: "municipalities.json"))
    }

    @Test func postcodeMustBeFourDigits() {
        let problems = SchemaCheckFixture.registryProblems { $0.municipalities[1].postcodes.append("99000") }
        #expect(problems == oneSchemaProblem("municipalities[1].postcodes[2]", "postcode '99000' must be exactly four digits, e.g. '9900'",
                                 file: "municipalities.json"))
    }

    @Test func postcodeInTwoMunicipalities() {
        // 6070 Christiansfeld belongs to Kolding; a table that also lists it elsewhere is refused.
        let problems = SchemaCheckFixture.registryProblems { $0.municipalities[2].postcodes.append("9900") }
        #expect(problems == oneSchemaProblem("municipalities[2].postcodes[1]",
                                 "duplicate postcode '9900' (first used at municipalities[1].postcodes[0]); each must be unique",
                                 file: "municipalities.json"))
    }

    @Test func competenceListedTwiceInOneOccupation() {
        let problems = SchemaCheckFixture.schemaProblems { $0.occupations[0].optional.append(ProfileItem(competence: "weld.mag", level: 1)) }
        #expect(problems == oneSchemaProblem("occupations[0].optional[1].competence",
                                 "competence 'weld.mag' is listed twice in occupation 'occ.welder' (first at occupations[0].essential[0]); list it once"))
    }

    @Test func curationRulesNameEachBrokenRule() {
        var s = SchemaCheckFixture.schema
        s.competences[0].aliases = []
        s.competences[2].id = "Forklift"
        s.occupations[0].essential.append(contentsOf: (0..<6).map { _ in ProfileItem(competence: "weld.mig", level: 1) })
        let fields = s.curationProblems(file: "schema.json").map(\.field)
        #expect(fields.contains("competences[0].aliases"))
        #expect(fields.contains("competences[2].id"))
        #expect(fields.contains("occupations[0].essential"))
        #expect(fields.contains("industryGroups[0]"), "the fixture's groups have fewer than 5 competences")
        #expect(Schema.isDottedID("occ.pig-farm-worker") && !Schema.isDottedID("weld..mig") && !Schema.isDottedID("weld.") )
    }

    @Test("a rule may not allow a benefit outside the benefit's own dates")
    func ruleOutlivesItsBenefit() {
        let problems = SchemaCheckFixture.schemaProblems { $0.benefitTypes[1].validTo = SchemaCheckFixture.day("2025-06-30") }
        #expect(problems == oneSchemaProblem("jobTypes[1].rules[0].benefitTypes[1]",
            "rule 'job-rotation-2019' (2019-01-01 to 2026-12-31) allows benefit 'kontanthjaelp', which exists only until 2025-06-30; split the rule at the benefit's dates"))
    }

    @Test("match-category periods: categories must be the benefit's, periods must not overlap")
    func categoryRules() {
        let problems = SchemaCheckFixture.schemaProblems {
            $0.benefitTypes[1].categoryRules = [
                MatchCategoryRule(validFrom: SchemaCheckFixture.day("2020-01-01"), categories: ["jobparat"]),
                MatchCategoryRule(validFrom: SchemaCheckFixture.day("2027-01-01"), categories: ["jobklar"], defaultCategory: "jobparat"),
            ]
        }
        #expect(problems.map(\.field) == ["benefitTypes[1].categoryRules[1].categories[0]",
                                          "benefitTypes[1].categoryRules[1].defaultCategory",
                                          "benefitTypes[1].categoryRules[1].validFrom"])
    }

    @Test func problemsPrintAsFileFieldMessage() {
        let problems = SchemaCheckFixture.schemaProblems { $0.competences[1].related[0].id = "weld.migg" }
        #expect(problems.map(\.description) == [
            "schema.json: competences[1].related[0].id: unknown competence 'weld.migg' (did you mean 'weld.mig'?)",
        ])
    }
}
