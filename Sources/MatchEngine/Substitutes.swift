import JobMatchCore

/// An occupation whose competence profile overlaps enough with another's that a person
/// trained for one can usually do the other (welder ↔ plater).
public struct SubstituteOccupation: Sendable, Equatable, Codable {
    public var occupation: String
    /// Jaccard overlap of the two profiles' competence sets, in (0, 1].
    public var overlap: Double
    public init(occupation: String, overlap: Double) { self.occupation = occupation; self.overlap = overlap }
}

struct Substitute: Sendable {
    var occupation: Int32
    /// Shared competences ÷ competences of either: the exact overlap.
    var share: Ratio
    var overlap: Double { share.value }
}

extension MatchIndex {
    /// Occupations substitutable for `occupationID` — Jaccard overlap of the competence
    /// sets (essential ∪ optional) at least `scoring.substitutableOverlap` — best first,
    /// ties by id. Used to widen a ranking when too few candidates qualify, and to give
    /// partial desired-occupation points.
    public func substitutes(for occupationID: String) -> [SubstituteOccupation] {
        guard let o = vocabulary.occupations.lookup(occupationID), Int(o) < substituteTable.count else { return [] }
        return substituteTable[Int(o)].map {
            SubstituteOccupation(occupation: vocabulary.occupations.ids[Int($0.occupation)], overlap: $0.overlap)
        }
    }

    static func profileSet(_ o: Occupation) -> Set<String> {
        Set(o.essential.map(\.competence) + o.optional.map(\.competence))
    }

    static func buildSubstitutes(_ schema: Schema, _ v: Vocabulary) -> [[Substitute]] {
        var table = [[Substitute]](repeating: [], count: v.occupations.count)
        let threshold = schema.scoring.substitutableOverlap
        // Occupations sharing at least one competence, found through competence → occupations.
        var byCompetence: [String: [Int]] = [:]
        let sets = schema.occupations.map(profileSet)
        for (i, s) in sets.enumerated() { for c in s { byCompetence[c, default: []].append(i) } }
        for (i, s) in sets.enumerated() {
            guard !s.isEmpty, let oi = v.occupations.lookup(schema.occupations[i].id) else { continue }
            var shared: [Int: Int] = [:]
            for c in s { for j in byCompetence[c] ?? [] where j != i { shared[j, default: 0] += 1 } }
            var list: [Substitute] = []
            for (j, common) in shared {
                let overlap = Double(common) / Double(s.count + sets[j].count - common)
                guard overlap >= threshold, let oj = v.occupations.lookup(schema.occupations[j].id), oj != oi else { continue }
                list.append(Substitute(occupation: oj, share: Ratio(numerator: common, denominator: s.count + sets[j].count - common)))
            }
            list.sort { !($0.share == $1.share) ? $0.share > $1.share
                : v.occupations.ids[Int($0.occupation)] < v.occupations.ids[Int($1.occupation)] }
            table[Int(oi)] = list
        }
        return table
    }
}
