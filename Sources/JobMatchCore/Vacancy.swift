/// A job posted by a company, in any participating municipality.
public struct Vacancy: Sendable, Equatable, Identifiable {
    public var id: String
    public var version: Int
    /// Company id (CVR-like, 8 digits).
    public var company: String
    public var occupation: String
    public var title: String
    public var requirements: [Requirement]
    public var licences: [String]
    public var certificates: [String]
    public var languages: [LanguageSkill]
    public var jobType: String
    public var hoursPerWeek: Int
    public var positions: Int
    public var startDate: Day
    public var postedDate: Day
    public var expiryDate: Day
    /// Work-place municipality code.
    public var municipality: String
    /// Public employers have shorter wage-subsidy periods.
    public var publicEmployer: Bool
    public var status: VacancyStatus

    public init(id: String, version: Int = 1, company: String, occupation: String, title: String,
                requirements: [Requirement], licences: [String], certificates: [String], languages: [LanguageSkill],
                jobType: String, hoursPerWeek: Int, positions: Int, startDate: Day, postedDate: Day, expiryDate: Day,
                municipality: String, publicEmployer: Bool, status: VacancyStatus) {
        self.id = id; self.version = version; self.company = company; self.occupation = occupation; self.title = title
        self.requirements = requirements; self.licences = licences; self.certificates = certificates
        self.languages = languages; self.jobType = jobType; self.hoursPerWeek = hoursPerWeek; self.positions = positions
        self.startDate = startDate; self.postedDate = postedDate; self.expiryDate = expiryDate
        self.municipality = municipality; self.publicEmployer = publicEmployer; self.status = status
    }

    /// The company should be phoned five days before the ad expires.
    public func needsFollowUp(today: Day) -> Bool {
        status == .open && today <= expiryDate && today.days(until: expiryDate) <= 5
    }
}

public enum VacancyStatus: String, Sendable, Equatable, CaseIterable {
    case open, filled, closed, expired
}

public struct Requirement: Sendable, Equatable, Hashable {
    public var competence: String
    public var minLevel: Int
    public var essential: Bool
    public init(competence: String, minLevel: Int, essential: Bool) {
        self.competence = competence; self.minLevel = minLevel; self.essential = essential
    }
}

/// An employer. One company may have sites in several municipalities.
public struct Company: Sendable, Equatable, Identifiable {
    /// CVR-like 8-digit id.
    public var id: String
    public var version: Int
    public var name: String
    public var industryGroup: String
    public var municipalities: [String]
    public var contactName: String
    public var contactPhone: String
    public var contactEmail: String

    public init(id: String, version: Int = 1, name: String, industryGroup: String, municipalities: [String],
                contactName: String, contactPhone: String, contactEmail: String) {
        self.id = id; self.version = version; self.name = name; self.industryGroup = industryGroup
        self.municipalities = municipalities; self.contactName = contactName
        self.contactPhone = contactPhone; self.contactEmail = contactEmail
    }
}

/// All records of a data directory, validated.
public struct Dataset: Sendable, Equatable {
    public var schema: Schema
    public var registry: MunicipalityRegistry
    public var candidates: [Candidate]
    public var vacancies: [Vacancy]
    public var companies: [Company]
    public var barometer: [BarometerAnswer]
    /// `users.json`; empty for a directory without one (then any user may act).
    public var users: [User]

    public init(schema: Schema, registry: MunicipalityRegistry, candidates: [Candidate], vacancies: [Vacancy],
                companies: [Company], barometer: [BarometerAnswer], users: [User] = []) {
        self.schema = schema; self.registry = registry; self.candidates = candidates
        self.vacancies = vacancies; self.companies = companies; self.barometer = barometer; self.users = users
    }
}
