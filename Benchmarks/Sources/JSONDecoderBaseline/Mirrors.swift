import Foundation
import JobMatchCore

// `Decodable` twins of the record types, so Foundation's JSONDecoder can read the same
// lines jobmatch's reader does: the baseline the reader is measured against. The core
// types are not `Decodable` themselves (jobmatch reads them with its own reader).

/// A candidates.jsonl line.
public struct CandidateMirror: Decodable {
    struct Held: Decodable { var id: String; var level: Int; var years: Double }
    struct Lang: Decodable { var code: String; var level: String }
    var kind: String
    var id: String
    var version: Int
    var name: String
    var email: String
    var phone: String
    var municipality: String
    var postcode: String
    var competences: [Held]
    var desiredOccupations: [String]
    var education: String
    var birthYear: Int
    var singleProvider: Bool
    var flexJobApproved: Bool
    var licences: [String]
    var certificates: [String]
    var languages: [Lang]
    var availableFrom: Day
    var hoursPerWeek: Int
    var maxCommuteMinutes: Int
    var benefit: String
    var matchCategory: String
    var unemployedSince: Day
    var consentToShare: Bool
    var ownerMunicipality: String
    var consultant: String
    var status: String

    /// The core struct, so both readers produce the same values.
    public var candidate: Candidate {
        Candidate(id: id, version: version, name: name, email: email, phone: phone, municipality: municipality,
                  postcode: postcode, competences: competences.map { HeldCompetence(id: $0.id, level: $0.level, years: $0.years) },
                  desiredOccupations: desiredOccupations, education: education, birthYear: birthYear,
                  singleProvider: singleProvider, flexJobApproved: flexJobApproved, licences: licences,
                  certificates: certificates, languages: languages.map { LanguageSkill(code: $0.code, level: $0.level) },
                  availableFrom: availableFrom, hoursPerWeek: hoursPerWeek, maxCommuteMinutes: maxCommuteMinutes,
                  benefit: benefit, matchCategory: matchCategory, unemployedSince: unemployedSince,
                  consentToShare: consentToShare, ownerMunicipality: ownerMunicipality, consultant: consultant,
                  status: CandidateStatus(rawValue: status) ?? .active)
    }
}

/// A vacancies.jsonl line.
public struct VacancyMirror: Decodable {
    struct Req: Decodable { var competence: String; var minLevel: Int; var essential: Bool }
    struct Lang: Decodable { var code: String; var level: String }
    var kind: String
    var id: String
    var version: Int
    var company: String
    var occupation: String
    var title: String
    var requirements: [Req]
    var licences: [String]
    var certificates: [String]
    var languages: [Lang]
    var jobType: String
    var hoursPerWeek: Int
    /// Optional in the file (absent: not asked), as in JobStore's reader.
    var car: String?
    var workingHours: [String]?
    var positions: Int
    var startDate: Day
    var postedDate: Day
    var expiryDate: Day
    var municipality: String
    var publicEmployer: Bool
    var status: String

    public var vacancy: Vacancy {
        Vacancy(id: id, version: version, company: company, occupation: occupation, title: title,
                requirements: requirements.map { Requirement(competence: $0.competence, minLevel: $0.minLevel, essential: $0.essential) },
                licences: licences, certificates: certificates, languages: languages.map { LanguageSkill(code: $0.code, level: $0.level) },
                jobType: jobType, hoursPerWeek: hoursPerWeek, positions: positions, startDate: startDate,
                postedDate: postedDate, expiryDate: expiryDate, municipality: municipality,
                publicEmployer: publicEmployer, status: VacancyStatus(rawValue: status) ?? .open,
                car: car.flatMap(CarRequirement.init(rawValue:)) ?? .none,
                workingHours: (workingHours ?? []).compactMap(Shift.init(rawValue:)))
    }
}

/// A companies.jsonl line.
public struct CompanyMirror: Decodable {
    var kind: String
    var id: String
    var version: Int
    var name: String
    var industryGroup: String
    var municipalities: [String]
    var contactName: String
    var contactPhone: String
    var contactEmail: String

    public var company: Company {
        Company(id: id, version: version, name: name, industryGroup: industryGroup, municipalities: municipalities,
                contactName: contactName, contactPhone: contactPhone, contactEmail: contactEmail)
    }
}

/// A barometer.jsonl line.
public struct BarometerMirror: Decodable {
    struct Need: Decodable { var occupation: String; var in3Months: Int; var in12Months: Int; var hardToRecruit: Bool }
    var kind: String
    var id: String
    var version: Int
    var round: String
    var headcount: Int
    var jobCentre: String
    var consultant: String
    var company: String
    var municipality: String
    var industryGroup: String
    var visitDate: Day
    var needs: [Need]

    public var answer: BarometerAnswer {
        BarometerAnswer(id: id, version: version, round: round, company: company, municipality: municipality, industryGroup: industryGroup,
                        visitDate: visitDate, headcount: headcount, jobCentre: jobCentre, consultant: consultant,
                        needs: needs.map { LabourNeed(occupation: $0.occupation, in3Months: $0.in3Months, in12Months: $0.in12Months,
                                                      hardToRecruit: $0.hardToRecruit) })
    }
}

/// Reads a whole data directory with Foundation alone: `schema.json` and
/// `municipalities.json` with JSONDecoder, then every line of the four record files into
/// its mirror, one line at a time on one thread. No checks beyond what decoding does.
public enum FoundationLoader {
    public static func load(_ directory: URL) throws -> Dataset {
        let decoder = JSONDecoder()
        func file(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }
        func lines<M: Decodable>(_ name: String, _ type: M.Type) throws -> [M] {
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { return [] }
            let bytes = try file(name)
            var out: [M] = []
            var start = bytes.startIndex
            for i in bytes.indices where bytes[i] == 0x0A {
                if i > start { out.append(try decoder.decode(M.self, from: bytes[start..<i])) }
                start = i + 1
            }
            return out
        }
        let schema = try decoder.decode(Schema.self, from: file("schema.json"))
        let registry = try decoder.decode(MunicipalityRegistry.self, from: file("municipalities.json"))
        return Dataset(schema: schema, registry: registry,
                       candidates: try lines("candidates.jsonl", CandidateMirror.self).map(\.candidate),
                       vacancies: try lines("vacancies.jsonl", VacancyMirror.self).map(\.vacancy),
                       companies: try lines("companies.jsonl", CompanyMirror.self).map(\.company),
                       barometer: try lines("barometer.jsonl", BarometerMirror.self).map(\.answer))
    }
}
