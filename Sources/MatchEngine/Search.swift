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
        let hot = columns.hot
        // All free-text needles in one buffer, so the per-row check takes no closures.
        let needles = q.texts.flatMap(\.bytes)
        let needleEnds = q.texts.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.bytes.count) }
        columns.names.values.withUnsafeBufferPointer { names in
            needles.withUnsafeBufferPointer { needleBytes in
                @inline(__always) func visit(_ row: Int) {
                    guard let primary = evaluate(row, hot[row], q, names: names, needles: needleBytes, needleEnds: needleEnds)
                    else { return }
                    matched += 1
                    heap.push(RankKey.pack(score: primary, unemployedSince: hot[row].unemployedSince, origin: origin, row: row))
                }
                if q.status == 0, !q.competences.isEmpty {
                    // Posting lists hold active candidates only.
                    let driver = q.competences.min {
                        postings.range(Int($0.competence)).count < postings.range(Int($1.competence)).count
                    }!
                    for k in postings.range(Int(driver.competence)) where postings.values[k].level >= driver.minLevel {
                        visit(Int(postings.values[k].row))
                    }
                } else if let smallest = q.municipalityLists.min(by: { a, b in
                    a.reduce(0) { $0 + residents.range($1).count } < b.reduce(0) { $0 + residents.range($1).count }
                }) {
                    var rows: [Int32] = []
                    for m in smallest { rows.append(contentsOf: residents.values[residents.range(m)]) }
                    rows.sort()
                    for row in rows { visit(Int(row)) }
                } else {
                    for row in 0..<hot.count { visit(row) }
                }
            }
        }
        let hits = heap.sortedDescending().map { hit(row: RankKey.row($0), q) }
        return SearchResult(matched: matched, hits: hits)
    }

    /// The primary ranking value (level sum and capped years packed) when the row meets
    /// every condition, nil otherwise. Cheap checks on the hot record come first.
    @inline(__always)
    private func evaluate(_ row: Int, _ h: CandidateHot, _ q: ResolvedQuery, names: UnsafeBufferPointer<UInt8>,
                          needles: UnsafeBufferPointer<UInt8>, needleEnds: [Int]) -> Int? {
        if let status = q.status, h.status != status { return nil }
        for set in q.municipalitySets where h.home < 0 || !set[Int(h.home)] { return nil }
        if let by = q.availableBy, h.availableFrom > by { return nil }
        for near in q.near {
            guard let m = travel.minutes(fromIndex: Int(h.home), toIndex: near.municipality),
                  m <= near.minutes ?? Int(h.maxCommute) else { return nil }
        }
        var levelSum = 0, tenths = 0
        let held = columns.held(row)
        for need in q.competences {
            var found = false
            for k in held where columns.competences[k].competence == need.competence {
                let e = columns.competences[k]
                guard e.level >= need.minLevel else { return nil }
                levelSum += Int(e.level)
                tenths += cappedTenths(e.years)
                found = true
                break
            }
            if !found { return nil }
        }
        if q.needsLicences && !columns.licences.containsAll(row: row, mask: q.licenceMask) { return nil }
        if q.needsCertificates && !columns.certificates.containsAll(row: row, mask: q.certificateMask) { return nil }
        if !q.languages.isEmpty {
            let langs = columns.languages
            outer: for need in q.languages {
                for k in langs.range(row) where langs.values[k].language == need.language && langs.values[k].rank >= need.rank {
                    continue outer
                }
                return nil
            }
        }
        for rule in q.rules where !checkEligibility(row: row, rule).passed { return nil }
        let wishes = columns.wishes(row)
        for o in q.occupations where !columns.desired[wishes].contains(o) { return nil }
        if !q.texts.isEmpty {
            let nameRange = columns.names.range(row)
            let name = UnsafeBufferPointer(rebasing: names[nameRange])
            var from = 0
            for (t, text) in q.texts.enumerated() {
                let needle = UnsafeBufferPointer(rebasing: needles[from..<needleEnds[t]])
                from = needleEnds[t]
                if bytesContain(name, needle) { continue }
                if text.anyCompetence && held.contains(where: { text.competences[Int(columns.competences[$0].competence)] }) { continue }
                if text.anyOccupation && wishes.contains(where: { text.occupations[Int(columns.desired[$0])] }) { continue }
                return nil
            }
        }
        return min(levelSum, 511) << 11 | min(tenths, 2047)
    }

    /// Years in tenths, capped at the schema's experience cap.
    @inline(__always)
    func cappedTenths(_ years: Float) -> Int {
        let cap = schema.scoring.experienceCapYears
        return Int((min(Double(years), cap > 0 ? cap : Double(years)) * 10).rounded())
    }

    private func hit(row: Int, _ q: ResolvedQuery) -> SearchHit {
        let c = candidates[Int(columns.source[row])]
        var matches: [CompetenceMatch] = []
        var tenths = 0
        for need in q.competences {
            guard let k = columns.held(row).first(where: { columns.competences[$0].competence == need.competence }) else { continue }
            let e = columns.competences[k]
            tenths += cappedTenths(e.years)
            matches.append(CompetenceMatch(competence: need.id, label: competenceLabel(need.id), level: Int(e.level),
                                           required: Int(need.minLevel), essential: true, years: Double(e.years)))
        }
        let years = Double(tenths) / 10
        let home = Int(columns.hot[row].home)
        let minutes = q.near.first.flatMap { travel.minutes(fromIndex: home, toIndex: $0.municipality) }
        var parts: [String] = []
        if !matches.isEmpty { parts.append(matches.map { "\($0.label) \($0.level)" }.joined(separator: ", ")) }
        if let minutes, let near = q.near.first { parts.append("\(minutes) min to \(municipalityLabel(near.code))") }
        parts.append("available \(c.availableFrom)")
        return SearchHit(candidateID: c.id, municipality: home >= 0 ? travel.codes[home] : c.municipality, competences: matches,
                         levelSum: matches.reduce(0) { $0 + $1.level }, years: years, commuteMinutes: minutes,
                         availableFrom: c.availableFrom, unemployedSince: c.unemployedSince,
                         summary: parts.joined(separator: " · "))
    }
}
