import JobMatchCore

/// A hard requirement, in the order they are checked. A candidate failing one is not
/// ranked; rankings count exclusions by the first one failed.
public enum RequirementKind: String, Sendable, Codable, CaseIterable {
    case status, essentialCompetence, licence, certificate, language, commute, availability, eligibility, hours
    /// The job needs her own car (`Vacancy.car`) and she has none.
    case car
    /// The job includes evenings, nights or weekends (`Vacancy.workingHours`) she does not take.
    case workingHours

    /// Index in `allCases`, without building the array.
    var position: Int {
        switch self {
        case .status: 0
        case .essentialCompetence: 1
        case .licence: 2
        case .certificate: 3
        case .language: 4
        case .commute: 5
        case .availability: 6
        case .eligibility: 7
        case .hours: 8
        case .car: 9
        case .workingHours: 10
        }
    }

    /// How a count of candidates failing it reads: "1,204 lack an essential competence".
    public var phrase: String { phrase(count: 2) }

    /// The phrase with the verb agreeing with `count`: "1 lacks …", "2 lack …".
    public func phrase(count: Int) -> String {
        let one = count == 1
        switch self {
        case .status: return one ? "is not active" : "are not active"
        case .essentialCompetence: return (one ? "lacks" : "lack") + " an essential competence"
        case .licence: return (one ? "lacks" : "lack") + " a driving licence"
        case .certificate: return (one ? "lacks" : "lack") + " a certificate"
        case .language: return (one ? "lacks" : "lack") + " a language"
        case .commute: return (one ? "lives" : "live") + " too far away"
        case .availability: return one ? "is not available in time" : "are not available in time"
        case .eligibility: return one ? "is not eligible for the job type" : "are not eligible for the job type"
        case .hours: return (one ? "wants" : "want") + " far fewer hours"
        case .car: return (one ? "has" : "have") + " no own car"
        case .workingHours: return "will not work the job's evenings, nights or weekends"
        }
    }
}

/// One failed hard requirement with a sentence a consultant can read out.
public struct FailedRequirement: Sendable, Equatable, Codable {
    public var requirement: RequirementKind
    public var message: String
    public init(requirement: RequirementKind, message: String) { self.requirement = requirement; self.message = message }
}

/// Points earned in one part of the score.
public struct ScoreComponent: Sendable, Equatable, Codable {
    public var kind: ScoreComponentKind
    public var points: Points
    /// The most this component can earn (its weight).
    public var maximum: Points
    /// Why, in a few words: "5 of 5 at or above minimum", "23 of 60 min".
    public var detail: String
    public var name: String { kind.rawValue }
}

/// A required competence the candidate holds at or above the minimum.
public struct CompetenceMatch: Sendable, Equatable, Codable {
    public var competence: String
    public var label: String
    public var level: Int
    public var required: Int
    public var essential: Bool
    public var years: Double
}

/// A required competence the candidate lacks or holds under the minimum: the gap that
/// upskilling would close.
public struct CompetenceGap: Sendable, Equatable, Codable {
    public var competence: String
    public var label: String
    /// Level held, nil when not held at all.
    public var level: Int?
    public var required: Int
    public var essential: Bool
}

/// Partial credit for an optional competence through a related one the candidate holds.
public struct RelatedCredit: Sendable, Equatable, Codable {
    public var competence: String
    public var via: String
    public var viaLabel: String
    public var viaLevel: Int
    public var required: Int
    public var similarity: Double
}

/// The full account of one candidate against one vacancy: points per component summing
/// exactly to `total`, competences met and missing, commute, and the eligibility rule.
public struct ScoreBreakdown: Sendable, Equatable {
    public var candidateID: String
    public var vacancyID: String
    /// The candidate's home municipality code.
    public var municipality: String
    public var workMunicipality: String
    public var total: Points
    /// One per `ScoreComponentKind`, in that order.
    public var components: [ScoreComponent]
    public var essentialMet: Int
    public var essentialTotal: Int
    public var optionalMet: Int
    public var optionalTotal: Int
    public var matched: [CompetenceMatch]
    public var related: [RelatedCredit]
    public var gap: [CompetenceGap]
    /// Estimated minutes from home to work, nil when unknown.
    public var commuteMinutes: Int?
    public var maxCommuteMinutes: Int
    /// Weekly hours the candidate wants, and the vacancy's weekly hours: a candidate
    /// wanting under three quarters of the job's hours does not qualify (docs/matching.md).
    public var hoursWanted: Int
    public var jobHours: Int
    /// How she gets to work and the hours outside the ordinary day she takes, next to what
    /// the job asks (`jobCar`, `jobWorkingHours`): the own-car and working-hours requirements.
    public var transport: Transport
    public var shifts: [Shift]
    public var jobCar: CarRequirement
    public var jobWorkingHours: [Shift]
    public var availableFrom: Day
    /// The day the job starts for this ranking (the vacancy's start date, or today if it has passed).
    public var startDate: Day
    public var unemployedSince: Day
    /// Id of the eligibility rule applied ("" when the job type has no rule in force).
    public var eligibilityRule: String
    /// How the rule was met: "34 weeks unemployed (26 required)", "waiting waived: single provider".
    public var eligibilityNote: String
    /// "meets 5 of 5 essential, 3 of 7 optional · 23 min · Wage subsidy rule ws-2019".
    public var summary: String

    /// Points of one component.
    public func points(_ kind: ScoreComponentKind) -> Points {
        components.first { $0.kind == kind }?.points ?? .zero
    }
}

/// The answer to "why is this candidate (not) on the list?".
public struct Explanation: Sendable, Equatable {
    public var breakdown: ScoreBreakdown
    /// Hard requirements failed, in check order; empty when the candidate qualifies.
    public var failed: [FailedRequirement]
    public var qualifies: Bool { failed.isEmpty }
}

/// How many candidates a hard requirement removed from a ranking.
public struct Exclusion: Sendable, Equatable, Codable {
    public var requirement: RequirementKind
    public var count: Int
    public init(requirement: RequirementKind, count: Int) { self.requirement = requirement; self.count = count }
}

/// The ranked candidates for one vacancy, with the counts behind them.
public struct Ranking: Sendable, Equatable {
    public var vacancyID: String
    /// Active candidates in scope (all, or those living in the chosen municipalities).
    public var considered: Int
    /// Those meeting every hard requirement.
    public var qualified: Int
    /// Candidates in scope that did not qualify, by the first requirement failed, in check order.
    public var excluded: [Exclusion]
    /// The best `top`, best first.
    public var candidates: [ScoreBreakdown]
    /// Candidates missing exactly one thing, least missing first (only when asked for:
    /// `rank(…, nearMisses:)`); never among `candidates`.
    public var nearMisses: [NearMiss]
    /// How many candidates in scope miss exactly one thing (may exceed `nearMisses.count`).
    public var nearMissCount: Int

    public init(vacancyID: String, considered: Int, qualified: Int, excluded: [Exclusion], candidates: [ScoreBreakdown],
                nearMisses: [NearMiss] = [], nearMissCount: Int = 0) {
        self.vacancyID = vacancyID; self.considered = considered; self.qualified = qualified
        self.excluded = excluded; self.candidates = candidates
        self.nearMisses = nearMisses; self.nearMissCount = max(nearMissCount, nearMisses.count)
    }

    /// "312 of 3,004 qualify; 1,204 lack an essential competence, 88 live too far away".
    public var summary: String {
        var s = "\(grouped(qualified)) of \(grouped(considered)) qualify"
        let parts = excluded.filter { $0.count > 0 }.map { "\(grouped($0.count)) \($0.requirement.phrase(count: $0.count))" }
        if !parts.isEmpty { s += "; " + parts.joined(separator: ", ") }
        return s
    }
}

/// A ranking without explanations, for ranking many vacancies at once.
public struct CompactRanking: Sendable, Equatable {
    public var vacancyID: String
    public var considered: Int
    public var qualified: Int
    public var excluded: [Exclusion]
    /// Best first.
    public var candidateIDs: [String]
    public var scores: [Points]
}

/// A request the engine cannot answer, with a message naming what to fix.
public enum MatchError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownVacancy(String)
    case unknownCandidate(String)

    public var description: String {
        switch self {
        case .unknownVacancy(let id): "no vacancy with id '\(id)'"
        case .unknownCandidate(let id): "no candidate with id '\(id)'"
        }
    }
}

/// 3004 → "3,004": counts in summaries read the same on every machine.
func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
}
