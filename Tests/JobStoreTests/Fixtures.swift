import Foundation
@testable import JobStore
import JobMatchCore

/// A small hand-made schema and municipality list, so the store's tests do not depend on
/// the content of the real shared schema.
enum Fixture {
    static let schemaJSON = #"""
    {
      "version": "test-1",
      "levels": [
        {"level": 1, "da": "Basis", "en": "Basic", "meaning": "m"},
        {"level": 2, "da": "Selvstændig", "en": "Independent", "meaning": "m"},
        {"level": 3, "da": "Erfaren", "en": "Experienced", "meaning": "m"},
        {"level": 4, "da": "Ekspert", "en": "Expert", "meaning": "m"}
      ],
      "industryGroups": [
        {"code": "IND", "da": "Industri", "en": "Manufacturing", "db07": ["C"]},
        {"code": "SUN", "da": "Sundhed", "en": "Health", "db07": ["Q"]}
      ],
      "competences": [
        {"id": "weld.mig", "da": "MIG-svejsning", "en": "MIG welding", "aliases": [], "groups": ["IND"], "related": []},
        {"id": "weld.tig", "da": "TIG-svejsning", "en": "TIG welding", "aliases": [], "groups": ["IND"], "related": []},
        {"id": "forklift", "da": "Truckkørsel", "en": "Forklift", "aliases": [], "groups": ["IND"], "related": []},
        {"id": "care.elder", "da": "Ældrepleje", "en": "Elder care", "aliases": [], "groups": ["SUN"], "related": []}
      ],
      "occupations": [
        {"id": "welder", "isco": "7212", "da": "Svejser", "en": "Welder", "group": "IND",
         "essential": [{"competence": "weld.mig", "level": 2}], "optional": []},
        {"id": "care.assistant", "isco": "5322", "da": "SOSU-hjælper", "en": "Care assistant", "group": "SUN",
         "essential": [{"competence": "care.elder", "level": 2}], "optional": []}
      ],
      "licences": [
        {"code": "B", "da": "Bil", "en": "Car"}, {"code": "C", "da": "Lastbil", "en": "Lorry"},
        {"code": "CE", "da": "Lastbil med påhæng", "en": "Lorry with trailer"}
      ],
      "certificates": [{"id": "truck.cert", "da": "Truckcertifikat", "en": "Forklift certificate"}],
      "languages": [
        {"code": "da", "da": "Dansk", "en": "Danish"}, {"code": "en", "da": "Engelsk", "en": "English"},
        {"code": "de", "da": "Tysk", "en": "German"}, {"code": "uk", "da": "Ukrainsk", "en": "Ukrainian"}
      ],
      "cefrLevels": ["A1", "A2", "B1", "B2", "C1", "C2"],
      "educationLevels": [
        {"id": "none", "da": "Ingen", "en": "None", "upperSecondary": false},
        {"id": "vocational", "da": "Erhvervsuddannelse", "en": "Vocational", "upperSecondary": true}
      ],
      "benefitTypes": [
        {"id": "kontanthjaelp", "da": "Kontanthjælp", "en": "Social assistance", "matchCategories": ["jobparat", "aktivitetsparat"]},
        {"id": "dagpenge", "da": "Dagpenge", "en": "Unemployment benefit", "matchCategories": []}
      ],
      "jobTypes": [
        {"id": "ordinary", "da": "Ordinært job", "en": "Ordinary job",
         "rules": [{"id": "ordinary-1", "validFrom": "2000-01-01", "da": "d", "en": "e"}]},
        {"id": "wage.subsidy", "da": "Løntilskud", "en": "Wage subsidy",
         "rules": [{"id": "ls-2025", "validFrom": "2025-01-01", "da": "d", "en": "e", "minWeeksUnemployed": 26}]}
      ],
      "scoring": {"essential": 45, "optional": 15, "experience": 10, "commute": 15, "desiredOccupation": 10,
                  "availability": 5, "experienceCapYears": 10, "levelAboveMinimumBonus": 0.1, "atMinimumShare": 0.8,
                  "availabilityGraceDays": 14, "availabilityFullPointsDays": 0, "substitutableOverlap": 0.5},
      "travel": {"roadFactor": 1.3, "averageKmh": 60, "sameMunicipalityMinutes": 15}
    }
    """#

    static let municipalitiesJSON = #"""
    {
      "version": "test-1",
      "municipalities": [
        {"code": "0813", "name": "Frederikshavn", "region": "Nordjylland", "lat": 57.44, "lon": 10.54,
         "population": 58000, "seat": "Frederikshavn", "postcodes": ["9900"]},
        {"code": "0860", "name": "Hjørring", "region": "Nordjylland", "lat": 57.46, "lon": 9.98,
         "population": 64000, "seat": "Hjørring", "postcodes": ["9800"]},
        {"code": "0621", "name": "Kolding", "region": "Syddanmark", "lat": 55.49, "lon": 9.47,
         "population": 95000, "seat": "Kolding", "postcodes": ["6000"]}
      ],
      "cooperations": [{"id": "vendsyssel", "name": "Vendsyssel", "members": ["0813", "0860"], "partners": []}],
      "participating": ["0813", "0860", "0621"]
    }
    """#

    static let schema: Schema = try! JSONDecoder().decode(Schema.self, from: Data(schemaJSON.utf8))
    static let registry: MunicipalityRegistry = try! JSONDecoder().decode(MunicipalityRegistry.self, from: Data(municipalitiesJSON.utf8))

    static func day(_ s: String) -> Day { Day(s)! }

    static func candidate(_ id: String = "K000001", name: String = "Søren Ærø") -> Candidate {
        Candidate(id: id, version: 1, name: name, email: "s@example.dk", phone: "+45 12345678", municipality: "0860",
                  postcode: "9800", competences: [HeldCompetence(id: "weld.mig", level: 2, years: 2.5)],
                  desiredOccupations: ["welder"], education: "vocational", birthYear: 1985, singleProvider: false,
                  flexJobApproved: false, licences: ["B"], certificates: ["truck.cert"],
                  languages: [LanguageSkill(code: "da", level: "C2")], availableFrom: day("2026-03-01"),
                  hoursPerWeek: 37, maxCommuteMinutes: 45, benefit: "kontanthjaelp", matchCategory: "jobparat",
                  unemployedSince: day("2025-06-01"), consentToShare: true, ownerMunicipality: "0860",
                  consultant: "MJ", status: .active)
    }

    static func company(_ id: String = "12345678") -> Company {
        Company(id: id, version: 1, name: "Vendsyssel Stål A/S", industryGroup: "IND", municipalities: ["0813"],
                contactName: "Anne", contactPhone: "98000000", contactEmail: "anne@example.dk")
    }

    static func vacancy(_ id: String = "V000001", company: String = "12345678") -> Vacancy {
        Vacancy(id: id, version: 1, company: company, occupation: "welder", title: "MIG-svejser",
                requirements: [Requirement(competence: "weld.mig", minLevel: 2, essential: true)], licences: [],
                certificates: [], languages: [LanguageSkill(code: "da", level: "B1")], jobType: "ordinary",
                hoursPerWeek: 37, positions: 2, startDate: day("2026-04-01"), postedDate: day("2026-02-01"),
                expiryDate: day("2026-03-01"), municipality: "0813", publicEmployer: false, status: .open)
    }

    static func answer(_ id: String = "B000001", company: String = "12345678") -> BarometerAnswer {
        BarometerAnswer(id: id, version: 1, round: "2026-H1", company: company, municipality: "0813", industryGroup: "IND",
                        visitDate: day("2026-01-15"), headcount: 25, jobCentre: "0813", consultant: "MJ",
                        needs: [LabourNeed(occupation: "welder", in3Months: 2, in12Months: -1, hardToRecruit: true)])
    }

    static func dataset(candidates: [Candidate] = [candidate()]) -> Dataset {
        Dataset(schema: schema, registry: registry, candidates: candidates, vacancies: [vacancy()],
                companies: [company()], barometer: [answer()])
    }

    /// A canonical JSON line for a record (without the newline).
    static func line(_ c: Candidate) -> String { encoded { $0.write(c, keys: RecordKeys.shared) } }
    static func line(_ v: Vacancy) -> String { encoded { $0.write(v, keys: RecordKeys.shared) } }
    static func line(_ c: Company) -> String { encoded { $0.write(c, keys: RecordKeys.shared) } }
    static func line(_ b: BarometerAnswer) -> String { encoded { $0.write(b, keys: RecordKeys.shared) } }

    private static func encoded(_ f: (inout JSONLineWriter) -> Void) -> String {
        var w = JSONLineWriter()
        f(&w)
        return String(decoding: w.bytes.dropLast(), as: UTF8.self)
    }
}

/// A fresh data directory under /tmp holding the fixture schema and municipalities,
/// removed when the test ends.
struct TempDataDirectory: ~Copyable {
    let url: URL

    init(records: Bool = true) throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("jobmatch-test-\(UUID().uuidString)")
        if records {
            try DataStore.write(Fixture.dataset(), to: url)
        } else {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(Fixture.schemaJSON.utf8).write(to: url.appendingPathComponent("schema.json"))
            try Data(Fixture.municipalitiesJSON.utf8).write(to: url.appendingPathComponent("municipalities.json"))
            for kind in RecordKind.allCases { try Data().write(to: url.appendingPathComponent(kind.fileName)) }
        }
        chmod(url.path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] {
            chmod(url.appendingPathComponent(name).path, 0o600)
        }
    }

    var store: DataStore { DataStore(directory: url) }

    /// Replaces a file by hand, as a person with an editor would. The manifest is removed,
    /// so the directory counts as hand-made and loads without the manifest check: these
    /// tests are about what the parser reports (ManifestTests covers the manifest).
    func write(_ name: String, _ lines: [String], finalNewline: Bool = true) throws {
        try? FileManager.default.removeItem(at: url.appendingPathComponent("manifest.json"))
        var text = lines.joined(separator: "\n")
        if finalNewline, !lines.isEmpty { text += "\n" }
        try writeBytes(name, Data(text.utf8))
    }

    /// The same with raw bytes (a byte order mark, invalid UTF-8, a fuzzed file).
    func writeBytes(_ name: String, _ data: Data) throws {
        try? FileManager.default.removeItem(at: url.appendingPathComponent("manifest.json"))
        try data.write(to: url.appendingPathComponent(name))
        chmod(url.appendingPathComponent(name).path, 0o600)
    }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The load problems, or an empty list if the directory loaded.
func loadProblems(_ dir: borrowing TempDataDirectory) -> [Problem] {
    do {
        _ = try dir.store.load()
        return []
    } catch {
        return error.problems
    }
}
