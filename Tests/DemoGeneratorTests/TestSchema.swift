import Foundation
import JobMatchCore

/// A small screening schema unlike the project's own: other ids, divisions instead of
/// sections in DB07 (group 15), labels the generator has no rule for, and one group (10,
/// real estate) with competences but no occupation of its own. The generator must still
/// produce valid, realistic data from it.
enum TestSchema {
    static let schema: Schema = decode(json)

    static let groups: [(code: String, da: String, db07: [String])] = [
        ("01", "Landbrug, skovbrug og fiskeri", ["A"]), ("02", "Industri", ["B", "C"]),
        ("03", "Energi og forsyning", ["D", "E"]), ("04", "Bygge og anlæg", ["F"]), ("05", "Handel", ["G"]),
        ("06", "Transport", ["H"]), ("07", "Hotel og restauration", ["I"]), ("08", "Information og kommunikation", ["J"]),
        ("09", "Finansiering og forsikring", ["K"]), ("10", "Ejendomshandel og udlejning", ["L"]),
        ("11", "Videnservice", ["M"]), ("12", "Rejsebureauer, rengøring og anden operationel service", ["N"]),
        ("13", "Offentlig administration", ["O"]), ("14", "Undervisning", ["P"]),
        ("15", "Sundhed og socialvæsen", ["86", "87", "88"]), ("16", "Kultur, fritid og anden service", ["R", "S"]),
    ]

    /// (id, isco, Danish label, group, essential competence numbers in the group with levels, optional ones).
    static let occupations: [(id: String, isco: String, da: String, group: String, essential: [(Int, Int)], optional: [(Int, Int)])] = [
        ("farmhand", "6121", "Landbrugsmedhjælper", "01", [(1, 2), (2, 2)], [(3, 1)]),
        ("welder", "7212", "Svejser", "02", [(1, 3), (2, 2)], [(3, 2)]),
        ("operator", "8189", "Procesoperatør", "02", [(2, 2), (3, 2)], [(1, 1)]),
        ("plant-operator", "3131", "Driftsoperatør, forsyning", "03", [(1, 2), (2, 3)], [(3, 2)]),
        ("carpenter", "7115", "Tømrer", "04", [(1, 3), (2, 2)], [(3, 2)]),
        ("shop-assistant", "5223", "Butiksassistent", "05", [(1, 2)], [(2, 2), (3, 1)]),
        ("lorry-driver", "8332", "Lastbilchauffør", "06", [(1, 3), (2, 2)], [(3, 2)]),
        ("bus-driver", "8331", "Buschauffør", "06", [(1, 3)], [(3, 2)]),
        ("cook", "5120", "Kok", "07", [(1, 3), (2, 2)], [(3, 2)]),
        ("developer", "2512", "Softwareudvikler", "08", [(1, 3), (2, 3)], [(3, 2)]),
        ("bank-clerk", "3312", "Bankrådgiver", "09", [(1, 2), (2, 2)], [(3, 2)]),
        ("accountant", "2411", "Revisor", "11", [(1, 3), (2, 2)], [(3, 2)]),
        ("cleaner", "9112", "Rengøringsassistent", "12", [(1, 2)], [(2, 1), (3, 1)]),
        ("clerk", "4110", "Kontorassistent", "13", [(1, 2), (2, 2)], [(3, 2)]),
        ("teacher", "2341", "Folkeskolelærer", "14", [(1, 3), (2, 3)], [(3, 2)]),
        ("home-carer", "5322", "Social- og sundhedshjælper", "15", [(1, 2), (2, 2)], [(3, 2)]),
        ("nurse", "2221", "Sygeplejerske", "15", [(1, 3), (2, 3)], [(3, 2)]),
        ("hairdresser", "5141", "Frisør", "16", [(1, 3)], [(2, 2), (3, 2)]),
    ]

    static let certificates = [
        ("cert.adr", "ADR-bevis", "ADR certificate"), ("cert.cpc", "Kvalifikationsbevis (chauffør)", "Driver CPC"),
        ("cert.forklift", "Truckcertifikat", "Forklift truck certificate"), ("cert.weld", "Svejsecertifikat", "Welding certificate"),
        ("cert.hygiene", "Hygiejnebevis", "Food hygiene certificate"), ("cert.firstaid", "Førstehjælpsbevis", "First aid certificate"),
        ("cert.asbestos", "Asbestkursus", "Asbestos removal course"),
    ]

    static var json: [String: Any] {
        func labelled(_ id: String, _ key: String = "id") -> [String: Any] { [key: id, "da": id, "en": id] }
        var competences: [[String: Any]] = []
        for g in groups {
            for n in 1...3 {
                competences.append(["id": "c\(g.code).\(n)", "da": "Kompetence \(g.code)-\(n)", "en": "Competence \(g.code)-\(n)",
                                    "aliases": [String](), "groups": [g.code], "related": [[String: Any]]()])
            }
        }
        let occupationList: [[String: Any]] = occupations.map { o in
            ["id": o.id, "isco": o.isco, "da": o.da, "en": o.id, "group": o.group,
             "essential": o.essential.map { ["competence": "c\(o.group).\($0.0)", "level": $0.1] },
             "optional": o.optional.map { ["competence": "c\(o.group).\($0.0)", "level": $0.1] }]
        }
        let rule: [String: Any] = ["id": "r1", "validFrom": "2020-01-01", "da": "regel", "en": "rule"]
        return [
            "version": "test-1",
            "levels": (1...4).map { ["level": $0, "da": "niveau \($0)", "en": "level \($0)", "meaning": "…"] },
            "industryGroups": groups.map { ["code": $0.code, "da": $0.da, "en": $0.da, "db07": $0.db07] },
            "competences": competences,
            "occupations": occupationList,
            "licences": ["AM", "B", "C", "CE", "D", "T"].map { labelled($0, "code") },
            "certificates": certificates.map { ["id": $0.0, "da": $0.1, "en": $0.2] },
            "languages": ["da", "en", "de", "pl", "uk", "ru", "ar", "tr", "ro", "so", "vi", "zh"].map { labelled($0, "code") },
            "cefrLevels": ["A1", "A2", "B1", "B2", "C1", "C2"],
            "educationLevels": [
                ("grundskole", "Primary and lower secondary education", false), ("gymnasial", "General upper secondary education", true),
                ("erhvervsuddannelse", "Vocational education and training", true), ("kvu", "Short-cycle higher education", true),
                ("mvu", "Medium-cycle higher education (bachelor)", true), ("lvu", "Long-cycle higher education (master)", true),
            ].map { ["id": $0.0, "da": $0.0, "en": $0.1, "upperSecondary": $0.2] },
            "benefitTypes": [
                ("dagpenge", [String]()), ("kontanthjaelp", ["jobparat", "aktivitetsparat"]),
                ("uddannelseshjaelp", ["uddannelsesparat", "aktivitetsparat"]), ("sygedagpenge", []), ("ledighedsydelse", []),
            ].map { ["id": $0.0, "da": $0.0, "en": $0.0, "matchCategories": $0.1] },
            "jobTypes": ["ordinary", "wage-subsidy", "job-rotation", "flex-job", "apprenticeship", "company-internship"]
                .map { ["id": $0, "da": $0, "en": $0, "rules": [rule]] },
            "scoring": ["essential": 45, "optional": 10, "experience": 10, "commute": 15, "desiredOccupation": 10,
                        "availability": 10, "experienceCapYears": 10, "levelAboveMinimumBonus": 0.1, "atMinimumShare": 0.8,
                        "availabilityGraceDays": 14, "availabilityFullPointsDays": 7, "substitutableOverlap": 0.5],
            "travel": ["roadFactor": 1.3, "averageKmh": 70, "sameMunicipalityMinutes": 15],
        ]
    }

    static func decode<T: Decodable>(_ object: Any) -> T {
        do {
            let data = try JSONSerialization.data(withJSONObject: object)
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            fatalError("test fixture does not decode: \(error)")
        }
    }
}
