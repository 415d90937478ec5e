/// Why a company was visited (issue P7, "Company visits and joint visits").
public enum VisitPurpose: String, Sendable, Codable, CaseIterable {
    case recruitment, upskilling, retention, barometer
}

/// One company visit, as recorded in the journal: which company, when, which job centres
/// went (more than one: a joint visit, sambesøg), why, what came of it and what follows.
public struct CompanyVisit: Sendable, Equatable, Codable {
    /// Company id (CVR-like, 8 digits).
    public var company: String
    public var date: Day
    /// Municipality codes of the job centres that took part, in the order given.
    public var jobCentres: [String]
    public var purpose: VisitPurpose
    public var outcome: String
    /// One line each, none empty (a line break starts another).
    public var followUps: [String]

    public init(company: String, date: Day, jobCentres: [String], purpose: VisitPurpose, outcome: String, followUps: [String]) {
        self.company = company; self.date = date; self.jobCentres = jobCentres; self.purpose = purpose
        self.outcome = outcome
        self.followUps = followUps.flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.isEmpty }
    }

    /// More than one job centre took part.
    public var isJoint: Bool { jobCentres.count > 1 }
}

/// A recorded visit with who recorded it and when (the journal entry).
public struct VisitRecord: Sendable, Equatable, Codable {
    public var sequence: Int
    public var time: String
    public var user: String
    public var visit: CompanyVisit

    public init(sequence: Int, time: String, user: String, visit: CompanyVisit) {
        self.sequence = sequence; self.time = time; self.user = user; self.visit = visit
    }
}

/// The visits in the journal, in the order they were recorded (`JournalState.visits`).
public struct VisitLog: Sendable, Equatable {
    public internal(set) var records: [VisitRecord] = []

    public init() {}

    mutating func record(_ e: JournalEntry, _ visit: CompanyVisit) {
        records.append(VisitRecord(sequence: e.sequence, time: e.time, user: e.user, visit: visit))
    }

    /// Visits to one company, newest first.
    public func visits(to company: String) -> [VisitRecord] {
        records.filter { $0.visit.company == company }.sorted { ($0.visit.date, $0.sequence) > ($1.visit.date, $1.sequence) }
    }
}
