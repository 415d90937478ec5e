/// A kind of employment a vacancy can be posted as (ordinary job, wage subsidy, job
/// rotation, flex job, apprenticeship, company internship), with its eligibility rules.
///
/// Rules are data with validity periods because Danish employment law changes: the
/// engine picks the rule in force on the vacancy's start date.
public struct JobType: Codable, Sendable, Equatable {
    public var id: String
    public var da: String
    public var en: String
    public var rules: [EligibilityRule]
    /// A scheme for learning the trade (apprenticeship, company internship): people are
    /// judged by the scheme's conditions and by interest and aptitude, so the vacancy's
    /// competence requirements are scored but never exclude anyone.
    public var learningScheme: Bool? = nil

    /// The rule in force on `day`, if any. With no rule in force the job type cannot be used.
    public func rule(on day: Day) -> EligibilityRule? {
        rules.first { $0.isValid(on: day) }
    }
}

public struct EligibilityRule: Codable, Sendable, Equatable {
    public var id: String
    public var validFrom: Day
    /// Last day the rule applies; nil while it is in force until further notice.
    public var validTo: Day?
    public var da: String
    public var en: String
    /// Benefit types that may use the job type; nil means anyone, including people on no benefit.
    public var benefitTypes: [String]?
    /// Weeks of unemployment required before the start date (e.g. 26 for wage subsidy).
    public var minWeeksUnemployed: Int?
    /// Exceptions that waive the waiting period.
    public var waiveWaitFromAge: Int?
    public var waiveWaitForSingleProvider: Bool?
    public var waiveWaitWithoutUpperSecondary: Bool?
    public var requiresFlexJobApproval: Bool?
    /// Longest duration in months for a private / public employer, where the law sets one.
    public var maxMonthsPrivate: Int?
    public var maxMonthsPublic: Int?

    public func isValid(on day: Day) -> Bool {
        day >= validFrom && (validTo.map { day <= $0 } ?? true)
    }
}

/// Points for each part of the score (they add up to 100) and the parameters that shape them.
public struct ScoringWeights: Codable, Sendable, Equatable {
    public var essential: Double
    public var optional: Double
    public var experience: Double
    public var commute: Double
    public var desiredOccupation: Double
    public var availability: Double
    /// Years of experience in the matching competences that earn the full experience points.
    public var experienceCapYears: Double
    /// Share of a competence's points earned per level above the minimum (capped at the full points).
    public var levelAboveMinimumBonus: Double
    /// Share of an essential competence's points for meeting it exactly at the minimum level.
    public var atMinimumShare: Double
    /// A candidate available up to this many days after the start date still qualifies.
    public var availabilityGraceDays: Int
    /// Days before the start date within which availability earns full points; later earns less.
    public var availabilityFullPointsDays: Int
    /// Minimum profile overlap (Jaccard on competences) for two occupations to count as substitutable.
    public var substitutableOverlap: Double
}

/// Estimates travel minutes between municipalities from coordinates where no
/// travel-time table is given: great-circle km × road factor ÷ average speed.
/// How travel time is estimated from coordinates where no table gives it:
/// `fixedMinutes + great-circle km × roadFactor ÷ averageKmh × 60`, never less than
/// `sameMunicipalityMinutes` (calibrated against known car times, docs/schema.md).
public struct TravelModel: Codable, Sendable, Equatable {
    public var roadFactor: Double
    public var averageKmh: Double
    /// Minutes for a job in the town one lives in, and the least any trip takes.
    public var sameMunicipalityMinutes: Int
    /// Minutes every car trip costs whatever its length (getting out of town, parking);
    /// absent: 0.
    public var fixedMinutes: Double? = nil

    public init(roadFactor: Double, averageKmh: Double, sameMunicipalityMinutes: Int, fixedMinutes: Double? = nil) {
        self.roadFactor = roadFactor; self.averageKmh = averageKmh
        self.sameMunicipalityMinutes = sameMunicipalityMinutes; self.fixedMinutes = fixedMinutes
    }
}
