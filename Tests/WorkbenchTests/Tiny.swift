import Foundation
import JobMatchCore
import Workbench

/// A small hand-built cooperation (Vendsyssel) whose every name and number is known, so
/// screen tests can assert exact text. Danish and CJK names exercise column alignment.
enum Tiny {
    static let today = Day(year: 2026, month: 3, day: 2)!
    static func day(_ offset: Int) -> Day { today.adding(days: offset) }

    static func decode<T: Decodable>(_ type: T.Type, _ object: Any) -> T {
        let data = try! JSONSerialization.data(withJSONObject: object)
        return try! JSONDecoder().decode(type, from: data)
    }

    static let schema: Schema = {
        func competence(_ id: String, _ da: String) -> [String: Any] {
            ["id": id, "da": da, "en": id, "aliases": [String](), "groups": [String](), "related": [[String: Any]]()]
        }
        func profile(_ items: [(String, Int)]) -> [[String: Any]] { items.map { ["competence": $0.0, "level": $0.1] } }
        let anyone: [String: Any] = ["id": "ord-2020", "validFrom": "2020-01-01", "da": "alle", "en": "anyone"]
        let subsidy: [String: Any] = ["id": "ls-2026", "validFrom": "2026-01-01", "da": "løntilskud", "en": "wage subsidy",
                                      "benefitTypes": ["dagpenge", "kontanthjaelp"], "minWeeksUnemployed": 13]
        return decode(Schema.self, [
            "version": "tiny-1",
            "levels": (1...4).map { ["level": $0, "da": "niveau \($0)", "en": "level \($0)", "meaning": ""] as [String: Any] },
            "industryGroups": [
                ["code": "02", "da": "Industri", "en": "Manufacturing", "db07": ["C"]],
                ["code": "15", "da": "Sundhed og socialvæsen", "en": "Health", "db07": ["86"]],
            ],
            "competences": [
                competence("weld.mig", "MIG-svejsning"), competence("read.drawings", "Tegningslæsning"),
                competence("weld.tig", "TIG-svejsning"), competence("forklift.drive", "Truckkørsel"),
                competence("care.elderly", "Ældrepleje"), competence("care.hygiene", "Hygiejne"),
            ],
            "occupations": [
                ["id": "welder", "isco": "7212", "da": "Svejser", "en": "Welder", "group": "02",
                 "essential": profile([("weld.mig", 3), ("read.drawings", 2)]), "optional": profile([("weld.tig", 2)])],
                ["id": "care-helper", "isco": "5322", "da": "Social- og sundhedshjælper", "en": "Care helper", "group": "15",
                 "essential": profile([("care.elderly", 2)]), "optional": profile([("care.hygiene", 2)])],
            ],
            "licences": [["code": "B", "da": "Kørekort B", "en": "Licence B"]],
            "certificates": [["id": "forklift", "da": "Truckcertifikat", "en": "Forklift certificate"]],
            "languages": [["code": "da", "da": "dansk", "en": "Danish"], ["code": "en", "da": "engelsk", "en": "English"]],
            "cefrLevels": ["A1", "A2", "B1", "B2", "C1", "C2"],
            "educationLevels": [["id": "erhvervsuddannelse", "da": "Erhvervsuddannelse", "en": "Vocational", "upperSecondary": true]],
            "benefitTypes": [["id": "dagpenge", "da": "Dagpenge", "en": "UI benefit", "matchCategories": [String]()],
                             ["id": "kontanthjaelp", "da": "Kontanthjælp", "en": "Cash benefit", "matchCategories": ["jobparat"]]],
            "jobTypes": [["id": "ordinary", "da": "Ordinært job", "en": "Ordinary job", "rules": [anyone]],
                         ["id": "wage-subsidy", "da": "Løntilskud", "en": "Wage subsidy", "rules": [subsidy]]],
            "scoring": ["essential": 40, "optional": 15, "experience": 10, "commute": 15, "desiredOccupation": 10,
                        "availability": 10, "experienceCapYears": 10, "levelAboveMinimumBonus": 0.1, "atMinimumShare": 0.8,
                        "availabilityGraceDays": 14, "availabilityFullPointsDays": 0, "substitutableOverlap": 0.5],
            "travel": ["roadFactor": 1.3, "averageKmh": 65, "sameMunicipalityMinutes": 10],
        ] as [String: Any])
    }()

    static let registry: MunicipalityRegistry = {
        let rows: [(String, String, Double, Double, String)] = [
            ("0813", "Frederikshavn", 57.4407, 10.5366, "9900"), ("0810", "Brønderslev", 57.2702, 9.9410, "9700"),
            ("0860", "Hjørring", 57.4642, 9.9823, "9800"), ("0849", "Jammerbugt", 57.1625, 9.7319, "9440"),
            ("0851", "Aalborg", 57.0488, 9.9217, "9000"),
        ]
        let municipalities = rows.map { r in
            decode(Municipality.self, ["code": r.0, "name": r.1, "region": "Nordjylland", "lat": r.2, "lon": r.3,
                                       "population": 50000, "seat": r.1, "postcodes": [r.4]] as [String: Any])
        }
        let cooperation = decode(Cooperation.self, ["id": "vendsyssel", "name": "Vendsyssel",
                                                    "members": ["0813", "0810", "0860", "0849"], "partners": ["0851"]] as [String: Any])
        return MunicipalityRegistry(version: "tiny", municipalities: municipalities, cooperations: [cooperation],
                                    participating: rows.map(\.0))
    }()

    static let companies = [
        Company(id: "12345678", name: "Hansen Stål A/S", industryGroup: "02", municipalities: ["0860"],
                contactName: "Per Hansen", contactPhone: "98 00 00 01", contactEmail: "per@hansenstaal.dk"),
        Company(id: "23456789", name: "Plejecenter Solgården", industryGroup: "15", municipalities: ["0813"],
                contactName: "Lise Holm", contactPhone: "98 00 00 02", contactEmail: "lise@solgaarden.dk"),
        Company(id: "34567890", name: "Nordjysk Maskinfabrik ApS", industryGroup: "02", municipalities: ["0849"],
                contactName: "Ole Bak", contactPhone: "98 00 00 03", contactEmail: "ole@nmf.dk"),
    ]

    static func vacancy(_ id: String, _ title: String, company: String, municipality: String, occupation: String = "welder",
                        jobType: String = "ordinary", requirements: [Requirement], positions: Int = 1, expires: Int,
                        posted: Int = -10, status: VacancyStatus = .open) -> Vacancy {
        Vacancy(id: id, company: company, occupation: occupation, title: title, requirements: requirements, licences: [],
                certificates: [], languages: [], jobType: jobType, hoursPerWeek: 37, positions: positions,
                startDate: day(14), postedDate: day(posted), expiryDate: day(expires), municipality: municipality,
                publicEmployer: false, status: status)
    }

    static let welding = [Requirement(competence: "weld.mig", minLevel: 3, essential: true),
                          Requirement(competence: "read.drawings", minLevel: 2, essential: true),
                          Requirement(competence: "weld.tig", minLevel: 2, essential: false),
                          Requirement(competence: "forklift.drive", minLevel: 1, essential: false)]

    static let vacancies = [
        vacancy("V000101", "Svejser", company: "12345678", municipality: "0860", requirements: welding, positions: 2, expires: 3),
        vacancy("V000102", "Social- og sundhedshjælper", company: "23456789", municipality: "0813", occupation: "care-helper",
                jobType: "wage-subsidy", requirements: [Requirement(competence: "care.elderly", minLevel: 2, essential: true),
                                                        Requirement(competence: "care.hygiene", minLevel: 2, essential: false)],
                expires: 20, posted: -2),
        vacancy("V000103", "Klejnsmed til montage", company: "34567890", municipality: "0849",
                requirements: [Requirement(competence: "weld.mig", minLevel: 2, essential: true)], expires: 5, posted: -30),
        vacancy("V000104", "Svejser – nattehold", company: "12345678", municipality: "0860", requirements: welding, expires: 40, posted: -1),
        vacancy("V000105", "Lukket stilling", company: "12345678", municipality: "0860", requirements: welding, expires: 9, status: .closed),
    ]

    static func candidate(_ id: String, _ name: String, home: String, consent: Bool, competences: [(String, Int, Double)],
                          status: CandidateStatus = .active, desired: [String] = ["welder"]) -> Candidate {
        Candidate(id: id, name: name, email: "\(id.lowercased())@example.dk", phone: "+45 20 00 \(id.suffix(2)) 00",
                  municipality: home, postcode: registry.municipality(home)!.postcodes[0],
                  competences: competences.map { HeldCompetence(id: $0.0, level: $0.1, years: $0.2) },
                  desiredOccupations: desired, education: "erhvervsuddannelse", birthYear: 1984, singleProvider: false,
                  flexJobApproved: false, licences: ["B"], certificates: [], languages: [LanguageSkill(code: "da", level: "C2")],
                  availableFrom: day(0), hoursPerWeek: 37, maxCommuteMinutes: 90, benefit: "dagpenge", matchCategory: "",
                  unemployedSince: day(-200), consentToShare: consent, ownerMunicipality: home, consultant: "JC\(home)",
                  status: status)
    }

    /// The user is anna at the Hjørring job centre (0860).
    static let candidates = [
        candidate("K000001", "Søren Østergård", home: "0860", consent: false,
                  competences: [("weld.mig", 4, 8), ("read.drawings", 3, 6), ("weld.tig", 2, 3)]),
        candidate("K000002", "山田 太郎", home: "0813", consent: true,
                  competences: [("weld.mig", 3, 4), ("read.drawings", 2, 2)]),
        candidate("K000003", "Åse Bøgh-Ødegård", home: "0810", consent: false,
                  competences: [("weld.mig", 4, 5), ("read.drawings", 2, 4), ("forklift.drive", 1, 1)]),
        candidate("K000004", "Mette Hansen", home: "0849", consent: true,
                  competences: [("care.elderly", 3, 6), ("care.hygiene", 2, 6)], desired: ["care-helper"]),
        candidate("K000005", "Jens Jørgensen", home: "0860", consent: false,
                  competences: [("weld.mig", 2, 2), ("read.drawings", 2, 1)]),
        candidate("K000006", "Ida Pause", home: "0860", consent: true,
                  competences: [("weld.mig", 4, 9), ("read.drawings", 4, 9)], status: .paused),
    ]

    static let dataset = Dataset(schema: schema, registry: registry, candidates: candidates, vacancies: vacancies,
                                 companies: companies, barometer: [])

    static let user = UserContext(user: "anna", municipality: "0860")
    static let context = WorkbenchContext(dataDirectory: "/home/anna/jobdata", user: user, today: today)
}
