/// The shared screening schema: one versioned file every participating municipality
/// uses, so that "MIG welding, level 3" means the same in Hjørring and in Middelfart.
///
/// Decoded from `schema.json` in the data directory. Everything the matching engine
/// weighs (levels, similarities, eligibility rules, scoring weights, travel model) is
/// data here, not code, so a change of policy is a reviewed, versioned schema change.
public struct Schema: Codable, Sendable, Equatable {
    public var version: String
    public var levels: [Level]
    public var industryGroups: [IndustryGroup]
    public var competences: [Competence]
    public var occupations: [Occupation]
    public var licences: [Licence]
    public var certificates: [Certificate]
    public var languages: [Language]
    /// CEFR levels in ascending order: A1, A2, B1, B2, C1, C2.
    public var cefrLevels: [String]
    public var educationLevels: [EducationLevel]
    public var benefitTypes: [BenefitType]
    public var jobTypes: [JobType]
    public var scoring: ScoringWeights
    public var travel: TravelModel

    public init(version: String, levels: [Level], industryGroups: [IndustryGroup], competences: [Competence],
                occupations: [Occupation], licences: [Licence], certificates: [Certificate], languages: [Language],
                cefrLevels: [String], educationLevels: [EducationLevel], benefitTypes: [BenefitType],
                jobTypes: [JobType], scoring: ScoringWeights, travel: TravelModel) {
        self.version = version; self.levels = levels; self.industryGroups = industryGroups
        self.competences = competences; self.occupations = occupations; self.licences = licences
        self.certificates = certificates; self.languages = languages; self.cefrLevels = cefrLevels
        self.educationLevels = educationLevels; self.benefitTypes = benefitTypes; self.jobTypes = jobTypes
        self.scoring = scoring; self.travel = travel
    }
}

/// A competence level 1–4 (basic, independent, experienced, expert).
public struct Level: Codable, Sendable, Equatable {
    public var level: Int
    public var da: String
    public var en: String
    /// One line on what the level means, so two consultants grade alike.
    public var meaning: String
}

/// One of the 16 industry groups of the job barometer, as a grouping of DB07 sections.
public struct IndustryGroup: Codable, Sendable, Equatable {
    public var code: String
    public var da: String
    public var en: String
    /// DB07 (Danish NACE rev. 2) sections or divisions that make up the group.
    public var db07: [String]
}

public struct RelatedCompetence: Codable, Sendable, Equatable {
    public var id: String
    /// In (0, 1]: how much of this competence the related one covers.
    public var similarity: Double
}

public struct Competence: Codable, Sendable, Equatable {
    /// Stable id such as `weld.mig`; never reused for another meaning.
    public var id: String
    public var escoUri: String?
    public var da: String
    public var en: String
    /// Danish search aliases (trade words consultants type).
    public var aliases: [String]
    /// Industry group codes where the competence is used.
    public var groups: [String]
    public var related: [RelatedCompetence]
}

public struct ProfileItem: Codable, Sendable, Equatable {
    public var competence: String
    /// Typical minimum level for the occupation (1–4).
    public var level: Int
}

public struct Occupation: Codable, Sendable, Equatable {
    public var id: String
    public var escoUri: String?
    /// ISCO-08 four-digit unit group.
    public var isco: String
    public var da: String
    public var en: String
    /// Industry group code where the occupation is most common.
    public var group: String
    public var essential: [ProfileItem]
    public var optional: [ProfileItem]
}

public struct Licence: Codable, Sendable, Equatable {
    /// Danish driving licence category, e.g. `B`, `CE`, `D1E`.
    public var code: String
    public var da: String
    public var en: String
}

public struct Certificate: Codable, Sendable, Equatable {
    public var id: String
    public var da: String
    public var en: String
    /// What people call it in job ads and queries ("kranbevis", "§26", "truckcertifikat"):
    /// `cert:kranbevis` resolves to this certificate. Records always hold the id.
    public var aliases: [String]? = nil
    /// Typical years a certificate stays valid before it must be renewed (first aid 2,
    /// ADR 5); nil: it does not expire. Used by the demo; a record's own `expires` decides.
    public var validYears: Int? = nil
}

public struct Language: Codable, Sendable, Equatable {
    /// ISO 639-1 code, e.g. `da`, `de`, `uk`.
    public var code: String
    public var da: String
    public var en: String
}

public struct EducationLevel: Codable, Sendable, Equatable {
    public var id: String
    public var da: String
    public var en: String
    /// True for upper-secondary (gymnasial or vocational) education or higher; people
    /// without it may start wage subsidy from day one.
    public var upperSecondary: Bool
}

/// A public benefit a candidate can receive. Benefits come and go with the law
/// (uddannelseshjælp was merged into kontanthjælp on 1 July 2025), so a benefit and the
/// match categories (target groups) used with it carry validity periods like job-type rules.
public struct BenefitType: Codable, Sendable, Equatable {
    public var id: String
    public var da: String
    public var en: String
    /// Every match category ever used with the benefit (e.g. jobparat, aktivitetsparat);
    /// `categoryRules` says which apply when.
    public var matchCategories: [String]
    /// First and last day the benefit exists; nil: no limit on that side.
    public var validFrom: Day? = nil
    public var validTo: Day? = nil
    /// The match categories in force per period, with the default category a new
    /// recipient gets; nil: `matchCategories` apply throughout, with no default.
    public var categoryRules: [MatchCategoryRule]? = nil

    /// Whether the benefit exists on `day`.
    public func isValid(on day: Day) -> Bool {
        (validFrom.map { day >= $0 } ?? true) && (validTo.map { day <= $0 } ?? true)
    }

    /// The match categories in force on `day` (empty when the benefit has none then).
    public func categories(on day: Day) -> [String] {
        guard let rules = categoryRules else { return matchCategories }
        return rules.first { $0.isValid(on: day) }?.categories ?? []
    }

    /// The category a new recipient gets on `day`, if the law sets one (jobparat from 2027).
    public func defaultCategory(on day: Day) -> String? {
        categoryRules?.first { $0.isValid(on: day) }?.defaultCategory
    }
}

/// Which match categories (target groups) a benefit uses in one period.
public struct MatchCategoryRule: Codable, Sendable, Equatable {
    public var validFrom: Day
    public var validTo: Day?
    public var categories: [String]
    /// The category a new recipient is registered in, when the law sets one.
    public var defaultCategory: String?
    /// Where the rule comes from (law, STAR guidance), for reviewers.
    public var source: String?

    public init(validFrom: Day, validTo: Day? = nil, categories: [String], defaultCategory: String? = nil, source: String? = nil) {
        self.validFrom = validFrom; self.validTo = validTo; self.categories = categories
        self.defaultCategory = defaultCategory; self.source = source
    }

    public func isValid(on day: Day) -> Bool {
        day >= validFrom && (validTo.map { day <= $0 } ?? true)
    }
}
