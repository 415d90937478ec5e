import JobMatchCore

/// One candidate found by a search.
public struct SearchHit: Sendable, Equatable, Codable {
    public var candidateID: String
    /// Home municipality code.
    public var municipality: String
    /// The query's competences as the candidate holds them, in query order.
    public var competences: [CompetenceMatch]
    /// Sum of the levels held in the query's competences (the first ranking key).
    public var levelSum: Int
    /// Years in the query's competences, each capped at the schema's experience cap.
    public var years: Double
    /// Minutes to the first `near:` municipality, nil without one.
    public var commuteMinutes: Int?
    public var availableFrom: Day
    public var unemployedSince: Day
    /// "MIG-svejsning 4, Truck B 2 · 32 min to Hjørring (0860)".
    public var summary: String

    enum CodingKeys: String, CodingKey {
        case candidateID = "candidateId", municipality, competences, levelSum, years, commuteMinutes
        case availableFrom, unemployedSince, summary
    }
}

/// The candidates matching a query: how many, and the best `top`.
public struct SearchResult: Sendable, Equatable {
    /// Candidates meeting every condition.
    public var matched: Int
    public var hits: [SearchHit]
}

extension MatchIndex {
    /// Parses and runs a query: the one call behind `jobmatch search` and the TUI filter.
    public func search(_ text: String, top: Int, today: Day) throws(QueryError) -> SearchResult {
        try search(QueryParser.parse(text), top: top, today: today)
    }

    /// Candidates meeting every condition of `query`, ranked by the sum of the levels held
    /// in the query's competences, then years in them (each capped), then longer
    /// unemployment, then id. `today` is the day `jobtype:` eligibility is judged on.
    public func search(_ query: Query, top: Int, today: Day) throws(QueryError) -> SearchResult {
        let q = try resolve(query, today: today)
        var heap = TopK(capacity: max(0, top))
        var matched = 0
        let origin = unemployedOrigin
        let cap = schema.scoring.experienceCapYears
        let held = columns.competences
        columns.names.values.withUnsafeBufferPointer { names in
            @inline(__always) func visit(_ row: Int) {
                guard let primary = evaluate(row, q, names: names, held: held, cap: cap) else { return }
                matched += 1
                heap.push(RankKey.pack(score: primary, unemployedSince: columns.unemployedSince[row], origin: origin, row: row))
            }
            if !q.competences.isEmpty {
                let driver = q.competences.min { postings.range(Int($0.competence)).count < postings.range(Int($1.competence)).count }!
                for k in postings.range(Int(driver.competence)) where postings.values[k].level >= driver.minLevel {
                    visit(Int(postings.values[k].row))
                }
            } else if let smallest = q.municipalityLists.min(by: { a, b in
                a.reduce(0) { $0 + residents.range($1).count } < b.reduce(0) { $0 + residents.range($1).count } }) {
                var rows: [Int32] = []
                for m in smallest { rows.append(contentsOf: residents.values[residents.range(m)]) }
                rows.sort()
                for row in rows { visit(Int(row)) }
            } else {
                for row in 0..<columns.count { visit(row) }
            }
        }
        let hits = heap.sortedDescending().map { hit(row: RankKey.row($0), q, cap: cap) }
        return SearchResult(matched: matched, hits: hits)
    }

    /// The primary ranking value (level sum and capped years packed) when the row meets
    /// every condition, nil otherwise.
    @inline(__always)
    private func evaluate(_ row: Int, _ q: ResolvedQuery, names: UnsafeBufferPointer<UInt8>, held: Rows<HeldEntry>,
                          cap: Double) -> Int? {
        if let status = q.status, columns.status[row] != status { return nil }
        for set in q.municipalitySets {
            let h = Int(columns.home[row])
            if h < 0 || !set[h] { return nil }
        }
        var levelSum = 0, tenths = 0
        let range = held.range(row)
        for need in q.competences {
            var found = false
            for k in range where held.values[k].competence == need.competence {
                let e = held.values[k]
                guard e.level >= need.minLevel else { return nil }
                levelSum += Int(e.level)
                tenths += Int((min(Double(e.years), cap > 0 ? cap : Double(e.years)) * 10).rounded())
                found = true
                break
            }
            if !found { return nil }
        }
        if !columns.licences.containsAll(row: row, mask: q.licenceMask) { return nil }
        if !columns.certificates.containsAll(row: row, mask: q.certificateMask) { return nil }
        let langs = columns.languages
        outer: for need in q.languages {
            for k in langs.range(row) where langs.values[k].language == need.language && langs.values[k].rank >= need.rank {
                continue outer
            }
            return nil
        }
        for near in q.near {
            guard let m = travel.minutes(fromIndex: Int(columns.home[row]), toIndex: near.municipality),
                  m <= near.minutes ?? Int(columns.maxCommute[row]) else { return nil }
        }
        if let by = q.availableBy, columns.availableFrom[row] > by { return nil }
        for rule in q.rules where !checkEligibility(row: row, rule).passed { return nil }
        let desired = columns.desired
        for o in q.occupations where !desired.values[desired.range(row)].contains(o) { return nil }
        for text in q.texts {
            let nameRange = columns.names.range(row)
            let inName = text.bytes.withUnsafeBufferPointer {
                bytesContain(UnsafeBufferPointer(rebasing: names[nameRange]), $0)
            }
            if inName { continue }
            if range.contains(where: { text.competences[Int(held.values[$0].competence)] }) { continue }
            if desired.range(row).contains(where: { text.occupations[Int(desired.values[$0])] }) { continue }
            return nil
        }
        return min(levelSum, 511) << 11 | min(tenths, 2047)
    }

    private func hit(row: Int, _ q: ResolvedQuery, cap: Double) -> SearchHit {
        let c = candidates[Int(columns.source[row])]
        let held = columns.competences
        var matches: [CompetenceMatch] = []
        var years = 0.0
        for need in q.competences {
            guard let k = held.range(row).first(where: { held.values[$0].competence == need.competence }) else { continue }
            let e = held.values[k]
            years += Double(Int((min(Double(e.years), cap > 0 ? cap : Double(e.years)) * 10).rounded())) / 10
            matches.append(CompetenceMatch(competence: need.id, label: competenceLabel(need.id), level: Int(e.level),
                                           required: Int(need.minLevel), essential: true, years: Double(e.years)))
        }
        let minutes = q.near.first.flatMap { travel.minutes(fromIndex: Int(columns.home[row]), toIndex: $0.municipality) }
        var parts: [String] = []
        if !matches.isEmpty { parts.append(matches.map { "\($0.label) \($0.level)" }.joined(separator: ", ")) }
        if let minutes, let near = q.near.first { parts.append("\(minutes) min to \(municipalityLabel(near.code))") }
        parts.append("available \(c.availableFrom)")
        let home = columns.home[row] >= 0 ? travel.codes[Int(columns.home[row])] : c.municipality
        return SearchHit(candidateID: c.id, municipality: home, competences: matches,
                         levelSum: matches.reduce(0) { $0 + $1.level }, years: years, commuteMinutes: minutes,
                         availableFrom: c.availableFrom, unemployedSince: c.unemployedSince,
                         summary: parts.joined(separator: " · "))
    }
}
