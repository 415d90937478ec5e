import JobMatchCore

/// The JSON shapes of `jobmatch match/explain --json`. Keys are fixed; encode with
/// `.sortedKeys` for byte-identical output. A candidate whose details the acting user may not
/// see gets `hidden` (whom to ask) from the encoder's `userInfo` (`HiddenNotes`). Components appear as name → points, e.g.
/// `"components": {"essential": 36, "optional": 7.5, …}`.
extension ScoreBreakdown: Encodable {
    enum Keys: String, CodingKey {
        case candidateId, vacancyId, score, municipality, workMunicipality, commuteMinutes, maxCommuteMinutes, hoursWanted, jobHours
        case transport, shifts, jobCar, jobWorkingHours
        case components, componentDetails, essential, optional, matched, missing, related
        case availableFrom, startDate, unemployedSince, eligibilityRule, eligibilityNote, summary
    }
    struct Count: Encodable { var met: Int; var total: Int }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try encodeFields(into: &c)
        try HiddenNotes.encode(for: candidateID, to: encoder)
    }

    func encodeFields(into c: inout KeyedEncodingContainer<Keys>) throws {
        try c.encode(candidateID, forKey: .candidateId)
        try c.encode(vacancyID, forKey: .vacancyId)
        try c.encode(total, forKey: .score)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(workMunicipality, forKey: .workMunicipality)
        if let commuteMinutes { try c.encode(commuteMinutes, forKey: .commuteMinutes) } else { try c.encodeNil(forKey: .commuteMinutes) }
        try c.encode(maxCommuteMinutes, forKey: .maxCommuteMinutes)
        try c.encode(hoursWanted, forKey: .hoursWanted)
        try c.encode(jobHours, forKey: .jobHours)
        try c.encode(transport.rawValue, forKey: .transport)
        try c.encode(shifts.map(\.rawValue), forKey: .shifts)
        try c.encode(jobCar.rawValue, forKey: .jobCar)
        try c.encode(jobWorkingHours.map(\.rawValue), forKey: .jobWorkingHours)
        try c.encode(Dictionary(uniqueKeysWithValues: components.map { ($0.name, $0.points) }), forKey: .components)
        try c.encode(Dictionary(uniqueKeysWithValues: components.map { ($0.name, $0.detail) }), forKey: .componentDetails)
        try c.encode(Count(met: essentialMet, total: essentialTotal), forKey: .essential)
        try c.encode(Count(met: optionalMet, total: optionalTotal), forKey: .optional)
        try c.encode(matched, forKey: .matched)
        try c.encode(gap, forKey: .missing)
        try c.encode(related, forKey: .related)
        try c.encode(availableFrom, forKey: .availableFrom)
        try c.encode(startDate, forKey: .startDate)
        try c.encode(unemployedSince, forKey: .unemployedSince)
        try c.encode(eligibilityRule, forKey: .eligibilityRule)
        try c.encode(eligibilityNote, forKey: .eligibilityNote)
        try c.encode(summary, forKey: .summary)
    }
}

/// The breakdown's fields plus `qualifies` and `failed` (requirement + message).
extension Explanation: Encodable {
    enum ExtraKeys: String, CodingKey { case qualifies, failed }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ScoreBreakdown.Keys.self)
        try breakdown.encodeFields(into: &c)
        var e = encoder.container(keyedBy: ExtraKeys.self)
        try e.encode(qualifies, forKey: .qualifies)
        try e.encode(failed, forKey: .failed)
        try HiddenNotes.encode(for: breakdown.candidateID, to: encoder)
    }
}

/// Counts, the summary sentence, exclusions as requirement → count, and the candidates.
extension Ranking: Encodable {
    enum Keys: String, CodingKey { case vacancyId, considered, qualified, excluded, summary, candidates, nearMisses, nearMissCount }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(vacancyID, forKey: .vacancyId)
        try c.encode(considered, forKey: .considered)
        try c.encode(qualified, forKey: .qualified)
        try c.encode(Dictionary(uniqueKeysWithValues: excluded.map { ($0.requirement.rawValue, $0.count) }), forKey: .excluded)
        try c.encode(summary, forKey: .summary)
        try c.encode(candidates, forKey: .candidates)
        try c.encode(nearMisses, forKey: .nearMisses)
        try c.encode(nearMissCount, forKey: .nearMissCount)
    }
}

/// The breakdown's fields plus the one gap: `gap` (kind), `gapText`, `shortBy`.
extension NearMiss: Encodable {
    enum ExtraKeys: String, CodingKey { case gap, gapText, shortBy }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ScoreBreakdown.Keys.self)
        try breakdown.encodeFields(into: &c)
        var e = encoder.container(keyedBy: ExtraKeys.self)
        try e.encode(kind.rawValue, forKey: .gap)
        try e.encode(gapText, forKey: .gapText)
        try e.encode(shortBy, forKey: .shortBy)
        try HiddenNotes.encode(for: breakdown.candidateID, to: encoder)
    }
}

extension SearchResult: Encodable {
    enum Keys: String, CodingKey { case matched, hits }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(matched, forKey: .matched)
        try c.encode(hits.map(HitJSON.init), forKey: .hits)
    }

    /// A hit as `Codable` writes it, plus `hidden` when her details are withheld.
    private struct HitJSON: Encodable {
        var hit: SearchHit
        func encode(to encoder: any Encoder) throws {
            try hit.encode(to: encoder)
            try HiddenNotes.encode(for: hit.candidateID, to: encoder)
        }
    }
}
