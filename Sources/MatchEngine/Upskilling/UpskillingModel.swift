import JobMatchCore

/// A candidate who would take a proposed course.
public struct UpskillingParticipant: Sendable, Equatable, Codable {
    public var candidate: String
    /// Home municipality.
    public var municipality: String
    /// The shortage occupations the gap keeps her from.
    public var occupations: [String]
    /// Her other gap, when she misses two: the course alone does not qualify her.
    public var alsoMissing: [MissingCompetence]
    /// Courses of this group she is already enrolled on (journal).
    public var enrolledOn: [String]
}

/// A catalogue course that closes a group's gap, with its seats.
public struct CourseOption: Sendable, Equatable, Codable {
    public var course: String
    public var title: String
    public var provider: String
    public var municipality: String
    public var startDate: Day
    public var endDate: Day
    public var durationDays: Int
    public var capacity: Int
    public var enrolled: Int
    /// The rule every front end counts with (`EnrolmentRule`).
    public var seatsLeft: Int { EnrolmentRule.seatsLeft(capacity: capacity, enrolled: enrolled) }
}

public struct MunicipalityCount: Sendable, Equatable, Codable {
    public var municipality: String
    public var name: String
    public var candidates: Int
}

/// One missing competence (at a level) shared by candidates across municipalities: a
/// proposed joint course.
public struct ProposedCourse: Sendable, Equatable, Codable {
    public var competence: String
    public var label: String
    /// The level the shortage occupations ask for.
    public var level: Int
    public var participants: [UpskillingParticipant]
    public var perMunicipality: [MunicipalityCount]
    /// Catalogue courses giving the competence at the level or higher, starting from today; soonest first.
    public var courses: [CourseOption]
    /// Open vacancies in the shortage municipalities that participants would qualify for
    /// (every essential requirement met) once they have the competence.
    public var vacancies: [String]
    /// Participants for whom this is the only gap.
    public var qualifyAfter: Int { participants.count { $0.alsoMissing.isEmpty } }
}

/// The joint upskilling proposal for the cooperation.
public struct UpskillingPlan: Sendable, Equatable, Codable {
    public var today: Day
    /// The shortage occupations considered: "occupation@municipality".
    public var shortages: Int
    /// Most participants who would then qualify first, then the largest groups.
    public var proposals: [ProposedCourse]

    public func proposal(for competence: String) -> ProposedCourse? { proposals.first { $0.competence == competence } }
}
