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
    /// Whether the job needs the candidate's own car (`none` when the ad says nothing).
    /// Optional in the record file: a vacancy written before it existed loads as `none`.
    public var car: CarRequirement
    public var certificates: [String]
    public var languages: [LanguageSkill]
    public var jobType: String
    public var hoursPerWeek: Int
    /// Hours outside the ordinary day the job includes (rotating shifts are evening and
    /// night; a rota with weekends adds weekend). Empty: day work only. Optional in the
    /// record file like `car`.
    public var workingHours: [Shift]
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
                municipality: String, publicEmployer: Bool, status: VacancyStatus,
                car: CarRequirement = .none, workingHours: [Shift] = []) {
        self.id = id; self.version = version; self.company = company; self.occupation = occupation; self.title = title
        self.requirements = requirements; self.licences = licences; self.certificates = certificates
        self.languages = languages; self.jobType = jobType; self.hoursPerWeek = hoursPerWeek; self.positions = positions
        self.startDate = startDate; self.postedDate = postedDate; self.expiryDate = expiryDate
        self.municipality = municipality; self.publicEmployer = publicEmployer; self.status = status
        self.car = car; self.workingHours = workingHours
    }

    /// The company should be phoned five days before the ad expires.
    public func needsFollowUp(today: Day) -> Bool {
        status == .open && today <= expiryDate && today.days(until: expiryDate) <= 5
    }
}

/// What a job asks of the candidate's transport. A consultant reads the two differently:
/// a job *done* in her own car (home care rounds between citizens' homes, sales, service
/// visits) cannot be taken without one, while a work place that needs a car only to get
/// there (a 05:00 start at a rural plant, a depot before the first bus) may be reachable
/// by bus or bicycle for someone who lives close by. See docs/matching.md.
public enum CarRequirement: String, Sendable, Equatable, CaseIterable {
    /// Nothing asked: the ad does not mention a car.
    case none
    /// Her own car is needed to get to the work place at the job's hours.
    case commute
    /// The work itself is done driving her own car.
    case driving
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
