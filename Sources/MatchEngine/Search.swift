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
    /// Of `matched`, how many live in each municipality (code → count; municipalities with
    /// none are left out), so a screen can say "Aalborg 34 · Hjørring 12" for everyone found,
    /// not only for the `top` listed.
    public var matchedByMunicipality: [String: Int] = [:]
    /// Of `matched`, how many registered as unemployed on or after the `registeredSince` day
    /// the search was given (a saved search's "new since last opened"); 0 without one.
    public var matchedSince = 0
}

/// The order of search results. The query language has no sort term: the workbench sorts
/// by what the query asks (`implied(by:)`), the CLI by relevance.
public enum SearchOrder: String, Sendable, Equatable, CaseIterable {
    /// Sum of the levels held in the query's competences, then years in them (each capped).
    case relevance
    /// Fewest minutes to the first `near:` municipality first, then relevance. Without a
    /// `near:` term it is relevance.
    case distance
    /// Earliest `availableFrom` first, then longer unemployment.
    case availability

    /// Distance when the query has a `near:` term, else availability when it has `avail:`,
    /// else relevance: what a consultant asking "who lives near Hjørring" expects first.
    public static func implied(by query: Query) -> SearchOrder {
        var order = SearchOrder.relevance
        for term in query.terms {
            switch term.condition {
            case .near: return .distance
            case .availableBy: order = .availability
            default: break
            }
        }
        return order
    }
}

extension MatchIndex {
    /// Parses and runs a query: the one call behind `jobmatch search` and the TUI filter.
    /// Free text matches a candidate's name only where `viewer` may see it (the access rule,
    /// `UserContext.maySeePersonalDetails`); without a viewer no name is matched, so a
    /// hidden candidate cannot be found by her name.
    public func search(_ text: String, top: Int, today: Day, viewer: UserContext? = nil,
                       order: SearchOrder = .relevance, registeredSince: Day? = nil) throws(QueryError) -> SearchResult {
        try search(QueryParser.parse(text), top: top, today: today, viewer: viewer, order: order, registeredSince: registeredSince)
    }

    /// Candidates meeting every condition of `query`, ranked by the sum of the levels held
    /// in the query's competences, then years in them (each capped), then longer
    /// unemployment, then id (or first by distance or availability, see `SearchOrder`).
    /// `today` is the day `jobtype:` eligibility is judged on. With `registeredSince` it also
    /// counts the matches registered as unemployed on or after that day (`matchedSince`), in
    /// the same pass: a saved search's new candidates without listing every match.
    public func search(_ query: Query, top: Int, today: Day, viewer: UserContext? = nil,
                       order: SearchOrder = .relevance, registeredSince: Day? = nil) throws(QueryError) -> SearchResult {
        let q = try resolve(query, today: today)
        var heap = TopK(capacity: max(0, top))
        var matched = 0
        var matchedSince = 0
        let sinceDays = registeredSince?.daysSinceEpoch ?? .max
        var perHome = [Int](repeating: 0, count: travel.codes.count)
        let order = order == .distance && q.nearMunicipalities.isEmpty ? .relevance : order
        let todayDays = today.daysSinceEpoch
        let origin = unemployedOrigin
        let hot = columns.hot
        // The driving rows: the shortest posting list among the query's competences (they
        // hold active candidates only), else the names a free-text term can only match,
        // else the residents of the smallest `muni:` set; nil means every candidate.
        var driver: [Int32]?
        if q.status == 0, !q.competences.isEmpty {
            var best = 0
            for i in q.competences.indices
            where postings.range(Int(q.competences[i])).count < postings.range(Int(q.competences[best])).count { best = i }
            let minimum = q.minLevels[best]
            driver = postings.values[postings.range(Int(q.competences[best]))].compactMap { $0.level >= minimum ? $0.row : nil }
        } else {
            var from = 0
            for t in q.textEnds.indices {
                defer { from = q.textEnds[t] }
                guard !q.textAnyCompetence[t] && !q.textAnyOccupation[t] else { continue }
                let rows = rowsWhoseName(contains: Array(q.textBytes[from..<q.textEnds[t]]))
                if rows.count < driver?.count ?? .max { driver = rows }
            }
            if let smallest = q.municipalityLists.min(by: { a, b in
                a.reduce(0) { $0 + residents.range($1).count } < b.reduce(0) { $0 + residents.range($1).count } }),
               smallest.reduce(0, { $0 + residents.range($1).count }) < driver?.count ?? .max {
                driver = smallest.flatMap { residents.values[residents.range($0)] }.sorted()
            }
        }
        columns.names.values.withUnsafeBufferPointer { names in
            q.textBytes.withUnsafeBufferPointer { needles in
                @inline(__always) func visit(_ row: Int) {
                    let h = hot[row]
                    guard let relevance = evaluate(row, h, q, viewer, names: names, needles: needles) else { return }
                    matched += 1
                    if h.unemployedSince >= sinceDays { matchedSince += 1 }
                    if h.home >= 0 { perHome[Int(h.home)] += 1 }
                    let primary: Int
                    switch order {
                    case .relevance:
                        primary = relevance
                    case .distance:
                        // 10 bits of minutes (fewer first), then the level sum; 20 bits in all.
                        let minutes = travel.minutes(fromIndex: Int(h.place), toIndex: q.nearMunicipalities[0]) ?? 1023
                        primary = (1023 - min(max(0, minutes), 1023)) << 10 | min(relevance >> 11, 1023)
                    case .availability:
                        // Days from today (earlier first), offset so a date in the past still sorts.
                        let days = min(max(0, Int(h.availableFrom) - Int(todayDays) + (1 << 19)), (1 << 20) - 1)
                        primary = (1 << 20) - 1 - days
                    }
                    heap.push(RankKey.pack(score: primary, unemployedSince: h.unemployedSince, origin: origin, row: row))
                }
                if let driver {
                    for row in driver { visit(Int(row)) }
                } else {
                    for row in 0..<hot.count { visit(row) }
                }
            }
        }
        let hits = heap.sortedDescending().map { hit(row: RankKey.row($0), q) }
        var byMunicipality: [String: Int] = [:]
        for (i, n) in perHome.enumerated() where n > 0 { byMunicipality[travel.codes[i]] = n }
        return SearchResult(matched: matched, hits: hits, matchedByMunicipality: byMunicipality, matchedSince: matchedSince)
    }

    /// The primary ranking value (level sum and capped years packed) when the row meets
    /// every condition, nil otherwise. Cheap checks on the hot record come first.
    @inline(__always)
    private func evaluate(_ row: Int, _ h: CandidateHot, _ q: ResolvedQuery, _ viewer: UserContext?, names: UnsafeBufferPointer<UInt8>,
                          needles: UnsafeBufferPointer<UInt8>) -> Int? {
        if let status = q.status, h.status != status { return nil }
        let home = Int(h.home)
        if !q.municipalityLists.isEmpty {
            if home < 0 { return nil }
            var t = 0
            while t < q.municipalityLists.count {
                if !q.municipalityAllowed[t * q.municipalityCount + home] { return nil }
                t += 1
            }
        }
        if let by = q.availableBy, h.availableFrom > by { return nil }
        var n = 0
        while n < q.nearMunicipalities.count {
            guard let m = travel.minutes(fromIndex: Int(h.place), toIndex: q.nearMunicipalities[n]),
                  m <= (q.nearMinutes[n] >= 0 ? q.nearMinutes[n] : Int(h.maxCommute)) else { return nil }
            n += 1
        }
        var levelSum = 0, tenths = 0
        let held = columns.held(row)
        var c = 0
        while c < q.competences.count {
            let want = q.competences[c]
            var k = held.lowerBound
            while k < held.upperBound && columns.competences[k].competence != want { k += 1 }
            guard k < held.upperBound, columns.competences[k].level >= q.minLevels[c] else { return nil }
            levelSum += Int(columns.competences[k].level)
            tenths += cappedTenths(columns.competences[k].tenths)
            c += 1
        }
        if q.needsLicences && !columns.licences.containsAll(row: row, mask: q.licenceMask) { return nil }
        if q.needsCertificates && !columns.holdsCertificates(row: row, mask: q.certificateMask, on: q.today) { return nil }
        if h.flags & q.flags != q.flags || h.flags & q.clearFlags != 0 { return nil }
        if !q.languages.isEmpty {
            let langs = columns.languages
            outer: for need in q.languages {
                for k in langs.range(row) where langs.values[k].language == need.language && langs.values[k].rank >= need.rank {
                    continue outer
                }
                return nil
            }
        }
        var r = 0
        while r < q.rules.count {
            if !checkEligibility(h, q.rules[r]).passed { return nil }
            r += 1
        }
        let wishes = columns.wishes(row)
        for o in q.occupations where !columns.desired[wishes].contains(o) { return nil }
        if !q.textEnds.isEmpty {
            let name = UnsafeBufferPointer(rebasing: names[columns.names.range(row)])
            let competenceCount = vocabulary.competences.count, occupationCount = vocabulary.occupations.count
            var from = 0, t = 0
            textTerms: while t < q.textEnds.count {
                let needle = UnsafeBufferPointer(rebasing: needles[from..<q.textEnds[t]])
                from = q.textEnds[t]
                defer { t += 1 }
                if bytesContain(name, needle), nameVisible(row, to: viewer) { continue }
                if q.textAnyCompetence[t] {
                    for k in held where q.textCompetences[t * competenceCount + Int(columns.competences[k].competence)] {
                        continue textTerms
                    }
                }
                if q.textAnyOccupation[t] {
                    for k in wishes where q.textOccupations[t * occupationCount + Int(columns.desired[k])] { continue textTerms }
                }
                return nil
            }
        }
        return min(levelSum, 511) << 11 | min(tenths, 2047)
    }

    /// Whether a free-text term may match this row's name: the access rule.
    private func nameVisible(_ row: Int, to viewer: UserContext?) -> Bool {
        guard let viewer else { return false }
        return viewer.maySeePersonalDetails(of: candidates[Int(columns.source[row])])
    }

    /// Years in tenths, capped at the schema's experience cap.
    @inline(__always)
    func cappedTenths(_ tenths: Int32) -> Int {
        let cap = schema.scoring.experienceCapYears
        return cap > 0 ? min(Int(tenths), Int((min(1e6, cap) * 10).rounded())) : Int(tenths)
    }

    private func hit(row: Int, _ q: ResolvedQuery) -> SearchHit {
        let c = candidates[Int(columns.source[row])]
        var matches: [CompetenceMatch] = []
        var tenths = 0
        for (i, want) in q.competences.enumerated() {
            guard let k = columns.held(row).first(where: { columns.competences[$0].competence == want }) else { continue }
            let e = columns.competences[k]
            tenths += cappedTenths(e.tenths)
            let id = q.competenceIDs[i]
            matches.append(CompetenceMatch(competence: id, label: competenceLabel(id), level: Int(e.level),
                                           required: Int(q.minLevels[i]), essential: true, years: Double(e.tenths) / 10))
        }
        let years = Double(tenths) / 10
        let home = Int(columns.hot[row].home)
        let place = Int(columns.hot[row].place)
        let minutes = q.nearMunicipalities.first.flatMap { travel.minutes(fromIndex: place, toIndex: $0) }
        var parts: [String] = []
        if !matches.isEmpty { parts.append(matches.map { "\($0.label) \($0.level)" }.joined(separator: ", ")) }
        if let minutes, let code = q.nearCodes.first { parts.append("\(minutes) min to \(municipalityLabel(code))") }
        parts.append("available \(c.availableFrom)")
        return SearchHit(candidateID: c.id, municipality: home >= 0 ? travel.codes[home] : c.municipality, competences: matches,
                         levelSum: matches.reduce(0) { $0 + $1.level }, years: years, commuteMinutes: minutes,
                         availableFrom: c.availableFrom, unemployedSince: c.unemployedSince,
                         summary: parts.joined(separator: " · "))
    }
}
