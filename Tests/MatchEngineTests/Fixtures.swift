import Foundation
import JobMatchCore
import MatchEngine

/// Small hand-built schemas, registries and random datasets for the engine's tests. The
/// core schema types decode from JSON, so fixtures are written as JSON-like dictionaries.
enum Fixture {
    static let today = Day("2026-08-15")!

    static func day(_ s: String) -> Day { Day(s)! }

    static func decode<T: Decodable>(_ type: T.Type, _ object: Any) -> T {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return try! JSONDecoder().decode(type, from: data)
    }

    static var defaultScoring: [String: Any] { [
        "essential": 40, "optional": 15, "experience": 10, "commute": 15, "desiredOccupation": 10, "availability": 10,
        "experienceCapYears": 10, "levelAboveMinimumBonus": 0.1, "atMinimumShare": 0.8, "availabilityGraceDays": 14,
        "availabilityFullPointsDays": 0, "substitutableOverlap": 0.5,
    ] }
    static var defaultTravel: [String: Any] { ["roadFactor": 1.3, "averageKmh": 65, "sameMunicipalityMinutes": 10] }

    static func competence(_ id: String, _ da: String, _ en: String, aliases: [String] = [],
                           related: [(String, Double)] = []) -> [String: Any] {
        ["id": id, "da": da, "en": en, "aliases": aliases, "groups": [String](),
         "related": related.map { ["id": $0.0, "similarity": $0.1] as [String: Any] }]
    }

    static var competences: [[String: Any]] { [
        competence("weld.mig", "MIG-svejsning", "MIG welding", aliases: ["CO2-svejsning", "mig"]),
        competence("weld.tig", "TIG-svejsning", "TIG welding", related: [("weld.mig", 0.5)]),
        competence("read.drawings", "Tegningslæsning", "Reading technical drawings"),
        competence("safety.first-aid", "Førstehjælp", "First aid"),
        competence("forklift.drive", "Truckkørsel", "Forklift driving", aliases: ["truck"]),
        competence("care.elderly", "Ældrepleje", "Elderly care", aliases: ["hjemmepleje", "sosu"]),
        competence("care.hygiene", "Hygiejne", "Hygiene", related: [("care.elderly", 0.4)]),
        competence("clean.office", "Kontorrengøring", "Office cleaning", related: [("care.hygiene", 0.3)]),
        competence("it.support", "IT-support", "IT support"),
        competence("service.customer", "Kundeservice", "Customer service"),
        competence("cook.hot", "Varmt køkken", "Hot kitchen"),
        competence("cook.cold", "Koldt køkken", "Cold kitchen", related: [("cook.hot", 0.6)]),
    ] }
    static var competenceIDs: [String] { competences.map { $0["id"] as! String } }

    static func occupation(_ id: String, _ da: String, essential: [(String, Int)], optional: [(String, Int)]) -> [String: Any] {
        ["id": id, "isco": "7212", "da": da, "en": id, "group": "G1",
         "essential": essential.map { ["competence": $0.0, "level": $0.1] as [String: Any] },
         "optional": optional.map { ["competence": $0.0, "level": $0.1] as [String: Any] }]
    }

    static var occupations: [[String: Any]] { [
        occupation("welder", "Svejser", essential: [("weld.mig", 3), ("read.drawings", 2)],
                   optional: [("weld.tig", 2), ("safety.first-aid", 1)]),
        occupation("plater", "Klejnsmed", essential: [("weld.mig", 2), ("read.drawings", 2)],
                   optional: [("weld.tig", 2), ("forklift.drive", 1)]),
        occupation("care-helper", "Social- og sundhedshjælper", essential: [("care.elderly", 2)],
                   optional: [("care.hygiene", 2), ("safety.first-aid", 1)]),
        occupation("cook", "Kok", essential: [("cook.hot", 2)], optional: [("cook.cold", 2), ("care.hygiene", 1)]),
        occupation("cleaner", "Rengøringsassistent", essential: [("clean.office", 1)], optional: [("care.hygiene", 1)]),
        occupation("it-supporter", "IT-supporter", essential: [("it.support", 2)], optional: [("service.customer", 2)]),
    ] }
    static var occupationIDs: [String] { occupations.map { $0["id"] as! String } }

    static func rule(_ id: String, from: String, to: String? = nil, benefits: [String]? = nil, weeks: Int? = nil,
                     age: Int? = nil, single: Bool? = nil, noUpper: Bool? = nil, flex: Bool? = nil) -> [String: Any] {
        var r: [String: Any] = ["id": id, "validFrom": from, "da": id, "en": id]
        if let to { r["validTo"] = to }
        if let benefits { r["benefitTypes"] = benefits }
        if let weeks { r["minWeeksUnemployed"] = weeks }
        if let age { r["waiveWaitFromAge"] = age }
        if let single { r["waiveWaitForSingleProvider"] = single }
        if let noUpper { r["waiveWaitWithoutUpperSecondary"] = noUpper }
        if let flex { r["requiresFlexJobApproval"] = flex }
        return r
    }

    static var jobTypes: [[String: Any]] { [
        ["id": "ordinary", "da": "Ordinært job", "en": "Ordinary job", "rules": [rule("ord-2020", from: "2020-01-01")]],
        ["id": "wage-subsidy", "da": "Løntilskud", "en": "Wage subsidy", "rules": [
            rule("ws-2019", from: "2019-01-01", to: "2025-12-31", benefits: ["dagpenge", "kontanthjaelp"], weeks: 26,
                 age: 50, single: true, noUpper: true),
            rule("ws-2026", from: "2026-01-01", benefits: ["dagpenge", "kontanthjaelp"], weeks: 13, age: 50),
        ]],
        ["id": "flex-job", "da": "Fleksjob", "en": "Flex job", "rules": [
            rule("fj-2013", from: "2013-01-01", benefits: ["ledighedsydelse"], flex: true),
        ]],
        ["id": "apprenticeship", "da": "Lærling", "en": "Apprenticeship", "learningScheme": true, "rules": [
            rule("ap-2000", from: "2000-01-01"),
        ]],
    ] }

    static func schemaObject(scoring: [String: Any] = defaultScoring) -> [String: Any] {
        [
            "version": "test-1",
            "levels": (1...4).map { ["level": $0, "da": "niveau \($0)", "en": "level \($0)", "meaning": ""] as [String: Any] },
            "industryGroups": [[String: Any]](),
            "competences": competences,
            "occupations": occupations,
            "licences": ["B", "C", "CE"].map { ["code": $0, "da": "Kørekort \($0)", "en": "Licence \($0)"] },
            "certificates": [["id": "forklift", "da": "Truckcertifikat", "en": "Forklift certificate"],
                             ["id": "crane", "da": "Kranførercertifikat", "en": "Crane certificate"],
                             ["id": "haccp", "da": "Hygiejnebevis", "en": "Food hygiene certificate"]],
            "languages": [["code": "da", "da": "dansk", "en": "Danish"], ["code": "en", "da": "engelsk", "en": "English"],
                          ["code": "de", "da": "tysk", "en": "German"], ["code": "pl", "da": "polsk", "en": "Polish"]],
            "cefrLevels": ["A1", "A2", "B1", "B2", "C1", "C2"],
            "educationLevels": [["id": "grundskole", "da": "Grundskole", "en": "Primary", "upperSecondary": false],
                                ["id": "erhvervsuddannelse", "da": "Erhvervsuddannelse", "en": "Vocational", "upperSecondary": true],
                                ["id": "gymnasium", "da": "Gymnasium", "en": "Upper secondary", "upperSecondary": true]],
            "benefitTypes": ["dagpenge", "kontanthjaelp", "ledighedsydelse", "selvforsoergende"].map {
                ["id": $0, "da": $0, "en": $0, "matchCategories": [String]()] as [String: Any]
            },
            "jobTypes": jobTypes,
            "scoring": scoring,
            "travel": defaultTravel,
        ]
    }

    static func schema(scoring: [String: Any] = defaultScoring) -> Schema {
        decode(Schema.self, schemaObject(scoring: scoring))
    }

    /// Six municipalities with their town-hall coordinates.
    static let registry: MunicipalityRegistry = {
        let rows: [(String, String, Double, Double, String)] = [
            ("0813", "Frederikshavn", 57.4407, 10.5366, "9900"), ("0810", "Brønderslev", 57.2702, 9.9410, "9700"),
            ("0860", "Hjørring", 57.4642, 9.9823, "9800"), ("0849", "Jammerbugt", 57.1625, 9.7319, "9440"),
            ("0851", "Aalborg", 57.0488, 9.9217, "9000"), ("0630", "Vejle", 55.7093, 9.5357, "7100"),
        ]
        let municipalities = rows.map { r in
            decode(Municipality.self, ["code": r.0, "name": r.1, "region": "Nordjylland", "lat": r.2, "lon": r.3,
                                       "population": 50000, "seat": r.1, "postcodes": [r.4]] as [String: Any])
        }
        return MunicipalityRegistry(version: "test", municipalities: municipalities, cooperations: [],
                                    participating: rows.map(\.0))
    }()
    static var municipalityCodes: [String] { registry.municipalities.map(\.code) }

    static func candidate(_ id: String, name: String = "Test Person", municipality: String = "0860",
                          competences: [HeldCompetence] = [], desired: [String] = [], education: String = "erhvervsuddannelse",
                          birthYear: Int = 1985, singleProvider: Bool = false, flexJobApproved: Bool = false,
                          licences: [String] = [], certificates: [String] = [], languages: [LanguageSkill] = [],
                          availableFrom: Day = Fixture.today, maxCommute: Int = 60, benefit: String = "dagpenge",
                          unemployedSince: Day = Day("2025-01-01")!, status: CandidateStatus = .active) -> Candidate {
        Candidate(id: id, name: name, email: "", phone: "", municipality: municipality, postcode: "",
                  competences: competences, desiredOccupations: desired, education: education, birthYear: birthYear,
                  singleProvider: singleProvider, flexJobApproved: flexJobApproved, licences: licences,
                  certificates: certificates, languages: languages, availableFrom: availableFrom, hoursPerWeek: 37,
                  maxCommuteMinutes: maxCommute, benefit: benefit, matchCategory: "", unemployedSince: unemployedSince,
                  consentToShare: true, ownerMunicipality: municipality, consultant: "", status: status)
    }

    static func vacancy(_ id: String, occupation: String = "welder", requirements: [Requirement] = [],
                        licences: [String] = [], certificates: [String] = [], languages: [LanguageSkill] = [],
                        jobType: String = "ordinary", start: Day = Fixture.today.adding(days: 14),
                        municipality: String = "0860") -> Vacancy {
        Vacancy(id: id, company: "12345678", occupation: occupation, title: occupation, requirements: requirements,
                licences: licences, certificates: certificates, languages: languages, jobType: jobType, hoursPerWeek: 37,
                positions: 1, startDate: start, postedDate: start.adding(days: -30), expiryDate: start.adding(days: -1),
                municipality: municipality, publicEmployer: false, status: .open)
    }

    static func dataset(_ candidates: [Candidate], _ vacancies: [Vacancy] = [], schema: Schema = Fixture.schema()) -> Dataset {
        Dataset(schema: schema, registry: registry, candidates: candidates, vacancies: vacancies, companies: [], barometer: [])
    }
}
