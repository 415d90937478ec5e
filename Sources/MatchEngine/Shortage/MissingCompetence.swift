import JobMatchCore

/// One essential competence a candidate lacks, or holds under the level asked for.
public struct MissingCompetence: Sendable, Equatable, Hashable, Codable {
    public var competence: String
    /// The level the occupation or vacancy asks for.
    public var required: Int
    /// The level she holds; 0: not held.
    public var held: Int

    public init(competence: String, required: Int, held: Int) {
        self.competence = competence; self.required = required; self.held = held
    }
}

/// A candidate's competences as id → best level held, for gap checks.
struct HeldLevels {
    var levels: [String: Int] = [:]

    init(_ candidate: Candidate) {
        for c in candidate.competences { levels[c.id] = max(levels[c.id] ?? 0, c.level) }
    }

    func level(_ id: String) -> Int { levels[id] ?? 0 }

    /// The essential items not met, in the order given.
    func gaps(_ essential: [(competence: String, level: Int)]) -> [MissingCompetence] {
        essential.compactMap { item in
            let held = level(item.competence)
            return held >= item.level ? nil : MissingCompetence(competence: item.competence, required: item.level, held: held)
        }
    }
}

/// Thresholds of the shortage classification (docs/matching.md "Shortage areas").
public enum ShortageThresholds {
    /// Candidates available within this many days count as supply: the barometer's 3-month horizon.
    public static let horizonDays = 91
    /// Supply under `demand × goodProspectsRatio` (and at least demand) is good prospects;
    /// at or over it, fewer prospects.
    public static let goodProspectsRatio = 3
    /// A non-qualified candidate who wants the occupation is a competence mismatch when
    /// missing at most this many essential competences (a level short counts as one).
    public static let mismatchMaxGaps = 2
}
