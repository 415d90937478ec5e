import JobMatchCore

/// How an occupation's labour market stands in one area, after the Danish labour-market
/// balance (arbejdsmarkedsbalancen). Thresholds: docs/matching.md "Shortage areas".
public enum BalanceStatus: String, Sendable, Codable, CaseIterable, Comparable {
    /// Fewer qualified candidates within reach than positions to fill.
    case shortage
    /// A shortage although many unemployed want or nearly fit the job: a competence mismatch.
    case paradox
    /// Enough qualified candidates, but not many more than needed: they will likely find work.
    case goodProspects = "good-prospects"
    /// Far more qualified candidates than positions, or none wanted at all.
    case fewerProspects = "fewer-prospects"

    /// Most urgent first (shortage and paradox alike): the order lists are sorted in.
    public var rank: Int {
        switch self {
        case .paradox, .shortage: 0
        case .goodProspects: 2
        case .fewerProspects: 3
        }
    }

    public static func < (a: BalanceStatus, b: BalanceStatus) -> Bool { a.rank < b.rank }

    /// In English, as the program's screens speak (docs/language.md).
    public var text: String {
        switch self {
        case .shortage: "shortage"
        case .paradox: "paradox"
        case .goodProspects: "good prospects"
        case .fewerProspects: "fewer prospects"
        }
    }

    /// Danish, as the balance names them; for Danish documents, not for the screens.
    public var danish: String {
        switch self {
        case .shortage: "Mangel"
        case .paradox: "Paradoks"
        case .goodProspects: "Gode jobmuligheder"
        case .fewerProspects: "Færre jobmuligheder"
        }
    }
}

/// The likely reason for a shortage.
public enum ShortageCause: String, Sendable, Codable, CaseIterable {
    /// Not enough people with or near the competences, anywhere in the cooperation.
    case tooFewPeople = "too-few-people"
    /// Unemployed people within reach want the job and nearly fit it, but lack an essential competence.
    case wrongCompetences = "wrong-competences"
    /// Qualified people exist in the cooperation but live beyond their own commuting limit.
    case tooFar = "too-far"

    public var text: String {
        switch self {
        case .tooFewPeople: "too few people"
        case .wrongCompetences: "wrong competences"
        case .tooFar: "too far"
        }
    }
}

/// A municipality or a whole cooperation (its participating members).
public enum AreaKind: String, Sendable, Codable { case municipality, cooperation }

public struct Area: Sendable, Equatable, Codable, Hashable {
    /// Municipality code or cooperation id.
    public var id: String
    public var name: String
    public var kind: AreaKind
    /// The participating municipalities in the area (one for a municipality).
    public var members: [String]
}

/// How many candidates within reach hold one essential competence at the occupation's level:
/// the smallest count is the bottleneck.
public struct CompetenceSupply: Sendable, Equatable, Codable {
    public var competence: String
    public var label: String
    public var level: Int
    public var candidates: Int
}

/// A neighbour municipality whose qualified residents exceed its own demand and who can
/// reach this municipality: `candidates` of them could cover the local shortfall.
public struct NeighbourCover: Sendable, Equatable, Codable {
    public var municipality: String
    public var name: String
    public var candidates: Int

    public init(municipality: String, name: String, candidates: Int) {
        self.municipality = municipality; self.name = name; self.candidates = candidates
    }
}

/// Demand against supply for one occupation in one area.
public struct OccupationBalance: Sendable, Equatable, Codable {
    public var occupation: String
    public var occupationLabel: String
    public var area: String
    public var areaName: String
    public var areaKind: AreaKind
    /// Positions of the area's open vacancies for the occupation.
    public var openPositions: Int
    /// The barometer's expected hires within three months.
    public var expectedHires: Int
    /// `openPositions + expectedHires`.
    public var demand: Int
    /// Active candidates available within the horizon, meeting every essential competence
    /// at its level, within their own commuting limit of the area.
    public var supply: Int
    /// Of `supply`, those living in the area.
    public var localSupply: Int
    /// Qualified and available, living in the area's cooperation (for a municipality: any
    /// cooperation it is a member or partner of), but beyond their commuting limit.
    public var tooFar: Int
    /// Within reach and available, not qualified, wanting the occupation and missing at most
    /// two essential competences (or levels of them): the competence mismatch.
    public var mismatched: Int
    public var status: BalanceStatus
    /// Set for shortage and paradox.
    public var cause: ShortageCause?
    public var competences: [CompetenceSupply]
    /// For a municipality whose own residents fall short: neighbours whose surplus can commute here.
    public var coveredBy: [NeighbourCover]

    /// Positions that qualified candidates within reach cannot fill.
    public var shortfall: Int { max(0, demand - supply) }
    /// Positions the municipality's own residents cannot fill.
    public var localShortfall: Int { max(0, demand - localSupply) }
    /// Whether the neighbours' surplus covers what the own residents cannot.
    public var coveredByNeighbours: Bool {
        localShortfall > 0 && coveredBy.reduce(0) { $0 + $1.candidates } >= localShortfall
    }
    /// The essential competence fewest candidates within reach hold.
    public var bottleneck: CompetenceSupply? { competences.min { $0.candidates < $1.candidates } }
}

/// Every occupation's balance in every participating municipality and cooperation.
public struct ShortageReport: Sendable, Equatable, Codable {
    public var today: Day
    /// Candidates available within this many days count as supply (the barometer's 3 months).
    public var horizonDays: Int
    public var areas: [Area]
    /// Most urgent first: status, then shortfall, then demand, then occupation.
    public var balances: [OccupationBalance]

    /// The balances of one area.
    public func balances(in area: String) -> [OccupationBalance] { balances.filter { $0.area == area } }

    /// The municipality-level balances in shortage or paradox.
    public var municipalShortages: [OccupationBalance] {
        balances.filter { $0.areaKind == .municipality && ($0.status == .shortage || $0.status == .paradox) }
    }
}
