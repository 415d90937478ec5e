/// An unemployed person registered with a job centre. Candidates are people: name and
/// contact are personal data, shown in full only to the owning municipality or where the
/// candidate consented to sharing across municipalities.
public struct Candidate: Sendable, Equatable, Identifiable {
    /// Pseudonymous id (`K` + digits); never derived from a CPR number.
    public var id: String
    public var version: Int
    public var name: String
    public var email: String
    public var phone: String
    /// Home municipality code.
    public var municipality: String
    public var postcode: String
    public var competences: [HeldCompetence]
    /// Occupation ids the candidate wishes to work in.
    public var desiredOccupations: [String]
    /// The highest education level (a schema `educationLevels` id); `educations` names them.
    public var education: String
    /// Exact date of birth: the age-50 waiver of the waiting period counts from the
    /// birthday, not from New Year. `birthYear` is derived from it.
    public var birthDate: Day
    public var singleProvider: Bool
    public var flexJobApproved: Bool
    public var licences: [String]
    /// Certificates with issue and expiry dates (JSON field `certificates`). An expired
    /// one is kept on the record but is not held (`certificates(validOn:)`).
    public var heldCertificates: [HeldCertificate]
    public var languages: [LanguageSkill]
    public var availableFrom: Day
    public var hoursPerWeek: Int
    public var maxCommuteMinutes: Int
    public var benefit: String
    /// jobparat / aktivitetsparat where the benefit has match categories; empty otherwise.
    public var matchCategory: String
    public var unemployedSince: Day
    /// Consents to be shown with full details to other participating municipalities,
    /// oldest first; withdrawn ones stay as the record of what she agreed to when. Only a
    /// consent in force on the day counts (`UserContext.maySeePersonalDetails`).
    public var consents: [ConsentRecord]
    public var ownerMunicipality: String
    public var consultant: String
    public var status: CandidateStatus
    /// Jobs held, most recent first.
    public var workHistory: [WorkPeriod]
    /// Named educations, most recent first.
    public var educations: [Education]
    public var transport: Transport
    /// Hours outside the ordinary day she is willing to work; empty: days only.
    public var shifts: [Shift]

    public init(id: String, version: Int = 1, name: String, email: String, phone: String, municipality: String,
                postcode: String, competences: [HeldCompetence], desiredOccupations: [String], education: String,
                birthDate: Day, singleProvider: Bool, flexJobApproved: Bool, licences: [String],
                heldCertificates: [HeldCertificate], languages: [LanguageSkill], availableFrom: Day, hoursPerWeek: Int,
                maxCommuteMinutes: Int, benefit: String, matchCategory: String, unemployedSince: Day,
                consents: [ConsentRecord], ownerMunicipality: String, consultant: String, status: CandidateStatus,
                workHistory: [WorkPeriod] = [], educations: [Education] = [], transport: Transport = .publicTransport,
                shifts: [Shift] = []) {
        self.id = id; self.version = version; self.name = name; self.email = email; self.phone = phone
        self.municipality = municipality; self.postcode = postcode; self.competences = competences
        self.desiredOccupations = desiredOccupations; self.education = education; self.birthDate = birthDate
        self.singleProvider = singleProvider; self.flexJobApproved = flexJobApproved; self.licences = licences
        self.heldCertificates = heldCertificates; self.languages = languages; self.availableFrom = availableFrom
        self.hoursPerWeek = hoursPerWeek; self.maxCommuteMinutes = maxCommuteMinutes; self.benefit = benefit
        self.matchCategory = matchCategory; self.unemployedSince = unemployedSince; self.consents = consents
        self.ownerMunicipality = ownerMunicipality; self.consultant = consultant; self.status = status
        self.workHistory = workHistory; self.educations = educations; self.transport = transport; self.shifts = shifts
    }
}

public enum CandidateStatus: String, Sendable, Equatable, CaseIterable {
    case active, paused, placed
}

public struct HeldCompetence: Sendable, Equatable, Hashable {
    public var id: String
    public var level: Int
    /// Years of experience, recorded in whole tenths (3.1, never 3.15): validation rejects
    /// other values, so `tenths` is exact and the experience score needs no binary fractions.
    public var years: Double
    public init(id: String, level: Int, years: Double) { self.id = id; self.level = level; self.years = years }

    /// `years` in whole tenths of a year (3.1 → 31), rounded half away from zero; exact for
    /// every value validation accepts. Non-finite or out-of-range years give 0 (validation
    /// names them).
    public var tenths: Int { Self.tenths(of: years) ?? 0 }

    /// Whether `years` is a whole number of tenths (what a record may hold).
    public var isWholeTenths: Bool { Self.tenths(of: years).map { Double($0) / 10 == years } ?? false }

    static func tenths(of years: Double) -> Int? {
        guard years.isFinite, abs(years) < 1_000_000 else { return nil }
        return Int((years * 10).rounded(.toNearestOrAwayFromZero))
    }
}

public struct LanguageSkill: Sendable, Equatable, Hashable {
    /// ISO 639-1 code.
    public var code: String
    /// CEFR level A1…C2.
    public var level: String
    public init(code: String, level: String) { self.code = code; self.level = level }
}
