import JobMatchCore

/// A `Decodable` twin of `Candidate`, so Foundation's JSONDecoder can read the same lines
/// jobmatch's reader does: the baseline the reader is measured against.
struct CandidateMirror: Decodable {
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
    var candidate: Candidate {
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
