import JobMatchCore
import MatchEngine

/// What the workbench needs from a matching engine: a ranking for one vacancy and the
/// score breakdown of one candidate against it.
///
/// The screens depend on this small protocol, not on `MatchEngine` directly, so they can be
/// tested with a hand-written provider and so an engine change touches one adapter
/// (`MatchEngineProvider`). Implementations are called on a background queue.
public protocol MatchProvider: Sendable {
    /// The best `top` candidates for the vacancy among candidates living in `municipalities`.
    func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome
    /// The score breakdown (or the failed hard requirements) of one candidate for one vacancy;
    /// nil when either id is unknown.
    func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore?
    /// Candidates meeting a query of the search language (docs/matching.md), best `top` in
    /// `sort` order; free text finds names only where `user` may see them. A default
    /// implementation answers that the provider cannot search.
    func search(_ query: String, top: Int, sort: SearchSort, user: UserContext, today: Day) -> SearchOutcome
    /// Shortlists for every open vacancy in `municipalities` (empty: all) at once (the
    /// Allocation screen); nil when the provider cannot allocate (the default).
    func allocate(factor: Int, perCandidate: Int, municipalities: [String], today: Day) -> Allocation?
    /// Whom to invite on a visit to `company` (the Visits screen); nil when it has no open
    /// vacancy or the provider cannot suggest (the default).
    func suggestVisit(company: String, today: Day) -> VisitSuggestion?
    /// Where each recruitment project stands (the Recruitment screen), computed as
    /// `jobmatch recruitment show` computes it; nil when the provider cannot (the default).
    func recruitments(_ projects: [RecruitmentProject], work: JournalState, courses: [Course], today: Day) -> [RecruitmentStatus]?
    /// How many candidates meet a saved search's query now, and how many of them are new
    /// (the Dashboard's CV-agent counts). A default implementation answers that the provider
    /// cannot count.
    func count(_ probe: SavedSearchProbe, user: UserContext, today: Day) -> SavedSearchCount
}

/// What a saved search's count is asked for: its query and the day from which a match is
/// new (`SavedSearch.lastOpenedDay`; nil: every match is new). Two saved searches with the
/// same probe have the same count, so the Dashboard keeps counts by probe.
public struct SavedSearchProbe: Sendable, Hashable {
    public var query: String
    public var since: Day?
    public init(query: String, since: Day?) { self.query = query; self.since = since }
}

/// A saved search counted: everyone meeting the query, and those new since `probe.since`;
/// `error` when the query no longer runs (a name the schema dropped).
public struct SavedSearchCount: Sendable, Equatable {
    public var probe: SavedSearchProbe
    public var matched: Int
    public var new: Int
    public var error: String?
    public init(probe: SavedSearchProbe, matched: Int, new: Int, error: String? = nil) {
        self.probe = probe; self.matched = matched; self.new = new; self.error = error
    }
}

/// One row of a ranking as the Ranking screen shows it.
public struct RankedRow: Sendable, Equatable {
    public var candidateID: String
    /// 0–100.
    public var score: Double
    public var essentialMet: Int
    public var essentialTotal: Int
    public var optionalMet: Int
    public var optionalTotal: Int
    /// Estimated one-way commute to the work place; nil when unknown.
    public var commuteMinutes: Int?
    /// What the candidate lacks for this vacancy, most important first ("Truckcertifikat",
    /// "MIG-svejsning level 3 (has 2)"). Empty for a perfect fit.
    public var gap: [String]
    /// Weekly hours the candidate wants; nil when the provider does not say.
    public var hoursWanted: Int?

    public init(candidateID: String, score: Double, essentialMet: Int, essentialTotal: Int, optionalMet: Int,
                optionalTotal: Int, commuteMinutes: Int?, gap: [String], hoursWanted: Int? = nil) {
        self.candidateID = candidateID; self.score = score; self.essentialMet = essentialMet
        self.essentialTotal = essentialTotal; self.optionalMet = optionalMet; self.optionalTotal = optionalTotal
        self.commuteMinutes = commuteMinutes; self.gap = gap; self.hoursWanted = hoursWanted
    }
}

/// The result of ranking one vacancy.
public struct RankingOutcome: Sendable, Equatable {
    /// Why candidates were left out of the ranking, with how many.
    public struct Exclusion: Sendable, Equatable {
        public var reason: String
        public var count: Int
        public init(reason: String, count: Int) { self.reason = reason; self.count = count }
    }

    public var vacancyID: String
    /// Best first.
    public var rows: [RankedRow]
    /// Candidates missing exactly one thing, least missing first; `gap` holds that one
    /// thing ("lacks Hydraulik level 2"). Shown below `rows`, never counted in them.
    public var nearMisses: [RankedRow]
    /// How many near misses there are in all (may exceed `nearMisses.count`).
    public var nearMissCount: Int
    /// Active candidates in the municipalities asked for.
    public var considered: Int
    /// Candidates who passed every hard requirement (may be more than `rows.count`).
    public var eligibleCount: Int
    public var exclusions: [Exclusion]
    /// Set when the vacancy could not be ranked (unknown id, no rule in force…).
    public var error: String?
    /// Engine time, for the status line.
    public var milliseconds: Double

    public init(vacancyID: String, rows: [RankedRow], considered: Int, eligibleCount: Int, exclusions: [Exclusion],
                error: String? = nil, milliseconds: Double = 0, nearMisses: [RankedRow] = [], nearMissCount: Int = 0) {
        self.vacancyID = vacancyID; self.rows = rows; self.considered = considered; self.eligibleCount = eligibleCount
        self.exclusions = exclusions; self.error = error; self.milliseconds = milliseconds
        self.nearMisses = nearMisses; self.nearMissCount = max(nearMissCount, nearMisses.count)
    }
}

/// Why a candidate scores what she scores for a vacancy, or why she is not ranked at all.
public struct CandidateScore: Sendable, Equatable {
    /// One part of the score ("Essential competences 38.0 / 40").
    public struct Line: Sendable, Equatable {
        public var label: String
        public var points: Double
        public var maxPoints: Double
        /// What earned (or lost) the points, one item per line.
        public var details: [String]
        public init(label: String, points: Double, maxPoints: Double, details: [String]) {
            self.label = label; self.points = points; self.maxPoints = maxPoints; self.details = details
        }
    }

    /// 0–100; what she scores, or would score if she met the hard requirements.
    public var total: Double
    public var lines: [Line]
    /// Failed hard requirements, in the words a consultant would use ("why not"); empty
    /// when she is ranked.
    public var whyNot: [String]
    /// Extra facts under the score ("Wage subsidy rule ls-2024: 34 weeks unemployed (26 required)").
    public var notes: [String]

    public var qualifies: Bool { whyNot.isEmpty }

    public init(total: Double, lines: [Line], whyNot: [String], notes: [String] = []) {
        self.total = total; self.lines = lines; self.whyNot = whyNot; self.notes = notes
    }
}

/// The result of a candidate search (the Candidates screen), worded for the screen.
public struct SearchOutcome: Sendable, Equatable {
    /// One candidate found, with the engine's one-line reason ("MIG-svejsning 4 · 12 min to Hjørring").
    public struct Hit: Sendable, Equatable {
        public var candidateID: String
        /// Minutes to the first `near:` municipality; nil without one.
        public var commuteMinutes: Int?
        /// The query's competences as held ("MIG-svejsning 4"), in query order.
        public var competences: [String]
        public var summary: String
        public init(candidateID: String, commuteMinutes: Int?, competences: [String] = [], summary: String) {
            self.candidateID = candidateID; self.commuteMinutes = commuteMinutes; self.competences = competences
            self.summary = summary
        }
    }

    /// The query as typed (the screen shows results for it while a newer one is typed).
    public var query: String
    /// Everyone meeting the query (may be more than `hits.count`).
    public var matched: Int
    /// The best hits, in the order asked for.
    public var hits: [Hit]
    /// Home municipality code → how many of `matched` live there.
    public var byMunicipality: [String: Int]
    /// The query's error (a name the engine does not know), pointing at the token; the
    /// screen then keeps the last good results.
    public var error: QueryProblem?
    public var milliseconds: Double

    public init(query: String, matched: Int, hits: [Hit], byMunicipality: [String: Int], error: QueryProblem? = nil,
                milliseconds: Double = 0) {
        self.query = query; self.matched = matched; self.hits = hits; self.byMunicipality = byMunicipality
        self.error = error; self.milliseconds = milliseconds
    }
}

/// What is wrong with a query and where: characters `offset ..< offset + length` of it.
public struct QueryProblem: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public var message: String
    public init(offset: Int, length: Int, message: String) { self.offset = offset; self.length = max(1, length); self.message = message }
}

/// How a Candidates search orders its hits (the engine's `SearchOrder`, without importing it
/// into every provider).
public enum SearchSort: String, Sendable, Equatable {
    case relevance, distance, availability
}

extension MatchProvider {
    public func allocate(factor: Int, perCandidate: Int, municipalities: [String], today: Day) -> Allocation? { nil }
    public func suggestVisit(company: String, today: Day) -> VisitSuggestion? { nil }
    public func recruitments(_ projects: [RecruitmentProject], work: JournalState, courses: [Course], today: Day) -> [RecruitmentStatus]? { nil }

    public func count(_ probe: SavedSearchProbe, user: UserContext, today: Day) -> SavedSearchCount {
        SavedSearchCount(probe: probe, matched: 0, new: 0, error: "this engine cannot count")
    }

    /// Providers that cannot search (hand-written test providers) say so.
    public func search(_ query: String, top: Int, sort: SearchSort, user: UserContext, today: Day) -> SearchOutcome {
        SearchOutcome(query: query, matched: 0, hits: [], byMunicipality: [:],
                      error: QueryProblem(offset: 0, length: max(1, query.count), message: "this engine cannot search"))
    }
}
