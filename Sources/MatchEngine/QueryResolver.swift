import JobMatchCore

/// A query with every name turned into dense ids and masks, ready for the search loop.
/// Everything the per-candidate check reads is plain data in flat arrays (no strings, no
/// nested arrays), so checking a candidate costs no reference counting.
struct ResolvedQuery {
    var competences: [Int32] = []
    var minLevels: [Int32] = []
    var competenceIDs: [String] = []
    var licenceMask: [UInt64] = []
    var certificateMask: [UInt64] = []
    var needsLicences = false
    var needsCertificates = false
    /// The day certificates must be in force on (the search's today).
    var today: Int32 = 0
    /// Candidate flag bits every match must have (own car, shifts).
    var flags: UInt8 = 0
    /// `car:no`: these flag bits must be clear.
    var clearFlags: UInt8 = 0
    var languages: [LanguageEntry] = []
    /// Per `near:` term: travel-matrix index and minutes (-1: the candidate's own maximum).
    var nearMunicipalities: [Int] = []
    var nearMinutes: [Int] = []
    var nearCodes: [String] = []
    var availableBy: Int32?
    var rules: [RuleFast] = []
    /// Per `muni:` term, one row of `municipalityCount` flags (flattened), and its members.
    var municipalityCount = 0
    var municipalityAllowed: [Bool] = []
    var municipalityLists: [[Int]] = []
    var occupations: [Int32] = []
    /// Required status (0 active, 1 paused, 2 placed), nil for any.
    var status: UInt8? = 0
    /// Free-text needles, folded, end to end; `textEnds[t]` ends needle t.
    var textBytes: [UInt8] = []
    var textEnds: [Int] = []
    /// Per needle, one row of flags over competences / occupations whose labels contain it (flattened).
    var textCompetences: [Bool] = []
    var textOccupations: [Bool] = []
    var textAnyCompetence: [Bool] = []
    var textAnyOccupation: [Bool] = []
}

extension MatchIndex {
    func resolve(_ query: Query, today: Day) throws(QueryError) -> ResolvedQuery {
        var licenceBits: [Int] = [], certificateBits: [Int] = []
        var r = ResolvedQuery()
        r.today = today.daysSinceEpoch
        r.municipalityCount = travel.codes.count
        for term in query.terms {
            func fail(_ message: String) -> QueryError { QueryError(offset: term.offset, length: term.length, message: message) }
            switch term.condition {
            case .competence(let name, let level):
                let c = try competence(named: name, fail)
                let levels = schema.levels.map(\.level)
                let lo = levels.min() ?? 1, hi = levels.max() ?? 4
                if let level, !(lo...hi).contains(level) { throw fail("level \(level) is outside the schema's levels \(lo)–\(hi)") }
                r.competences.append(c)
                r.minLevels.append(Int32(level ?? 1))
                r.competenceIDs.append(vocabulary.competences.ids[Int(c)])
            case .licence(let codes):
                for code in codes {
                    guard let b = lexicon.licences[TextFolding.fold(code)] else {
                        throw fail("unknown driving licence '\(code)'; known: \(vocabulary.licences.ids.prefix(20).joined(separator: ", "))")
                    }
                    licenceBits.append(Int(b))
                }
            case .certificate(let names):
                for name in names {
                    guard let b = lexicon.certificates[TextFolding.fold(name)] else { throw fail("unknown certificate '\(name)'") }
                    certificateBits.append(Int(b))
                }
            case .language(let name, let level):
                guard let l = lexicon.languages[TextFolding.fold(name)] else { throw fail("unknown language '\(name)'") }
                var rank: UInt8 = 1
                if let level {
                    guard let x = vocabulary.cefrRank[level] else {
                        throw fail("'\(level)' is not a CEFR level of the schema (\(schema.cefrLevels.joined(separator: ", ")))")
                    }
                    rank = x
                }
                r.languages.append(LanguageEntry(language: l, rank: rank))
            case .near(let place, let minutes):
                let code = try municipality(named: place, fail)
                r.nearMunicipalities.append(travel.indexOf[code]!)
                r.nearMinutes.append(minutes ?? -1)
                r.nearCodes.append(code)
            case .availableBy(let day):
                r.availableBy = min(r.availableBy ?? .max, day.daysSinceEpoch)
            case .jobType(let name):
                guard let id = lexicon.jobTypes[TextFolding.fold(name)] else {
                    throw fail("unknown job type '\(name)'; known: \(schema.jobTypes.map(\.id).joined(separator: ", "))")
                }
                let rule = CompiledRule(jobType: jobTypeByID[id], start: today, vocabulary: vocabulary)
                if rule.rule == nil { throw fail("job type '\(id)' has no rule in force on \(today)") }
                r.rules.append(rule.fast)
            case .municipality(let places):
                var allowed = [Bool](repeating: false, count: travel.codes.count)
                var list: [Int] = []
                for p in places {
                    let i = travel.indexOf[try municipality(named: p, fail)]!
                    if !allowed[i] { allowed[i] = true; list.append(i) }
                }
                r.municipalityAllowed.append(contentsOf: allowed)
                r.municipalityLists.append(list.sorted())
            case .car(let yes):
                if yes { r.flags |= CandidateColumns.ownCar } else { r.clearFlags |= CandidateColumns.ownCar }
            case .shifts(let shifts):
                for s in shifts { r.flags |= CandidateColumns.flag(s) }
            case .occupation(let name):
                r.occupations.append(try occupation(named: name, fail))
            case .status(let status):
                r.status = status.map { $0 == .active ? 0 : $0 == .paused ? 1 : 2 }
            case .text(let text):
                let folded = TextFolding.fold(text)
                let needle = Array(folded.utf8)
                let competences = lexicon.competenceNameBytes.map { Lexicon.anyContains($0, needle) }
                let occupations = lexicon.occupationNameBytes.map { Lexicon.anyContains($0, needle) }
                r.textBytes.append(contentsOf: folded.utf8)
                r.textEnds.append(r.textBytes.count)
                r.textCompetences.append(contentsOf: competences)
                r.textOccupations.append(contentsOf: occupations)
                r.textAnyCompetence.append(competences.contains(true))
                r.textAnyOccupation.append(occupations.contains(true))
            }
        }
        r.licenceMask = columns.licences.mask(bits: licenceBits)
        r.needsLicences = !licenceBits.isEmpty
        r.needsCertificates = !certificateBits.isEmpty
        r.certificateMask = columns.certificates.mask(bits: certificateBits)
        return r
    }

    /// Exact id / label / alias first; else the one competence whose name contains the text.
    private func competence(named name: String, _ fail: (String) -> QueryError) throws(QueryError) -> Int32 {
        try pick(name, exact: lexicon.competences, names: lexicon.competenceNameBytes, ids: vocabulary.competences.ids,
                 what: "competence", label: { competenceLabel($0) }, fail)
    }

    private func occupation(named name: String, _ fail: (String) -> QueryError) throws(QueryError) -> Int32 {
        try pick(name, exact: lexicon.occupations, names: lexicon.occupationNameBytes, ids: vocabulary.occupations.ids,
                 what: "occupation", label: { occupationByID[$0]?.da ?? $0 }, fail)
    }

    private func pick(_ name: String, exact: [String: [Int32]], names: [[[UInt8]]], ids: [String], what: String,
                      label: (String) -> String, _ fail: (String) -> QueryError) throws(QueryError) -> Int32 {
        let folded = TextFolding.fold(name)
        func listing(_ found: [Int32]) -> String {
            found.prefix(5).map { "\(ids[Int($0)]) (\(label(ids[Int($0)])))" }.joined(separator: ", ")
                + (found.count > 5 ? ", …" : "")
        }
        if let found = exact[folded] {
            if found.count == 1 { return found[0] }
            throw fail("'\(name)' names several \(what)s: \(listing(found)); write the id")
        }
        let needle = Array(folded.utf8)
        let found = names.indices.filter { Lexicon.anyContains(names[$0], needle) }.map { Int32($0) }
        if found.count == 1 { return found[0] }
        if found.isEmpty { throw fail("unknown \(what) '\(name)'") }
        throw fail("'\(name)' matches several \(what)s: \(listing(found)); write one of the ids")
    }

    private func municipality(named name: String, _ fail: (String) -> QueryError) throws(QueryError) -> String {
        guard let code = lexicon.municipalities[name] ?? lexicon.municipalities[TextFolding.fold(name)],
              travel.indexOf[code] != nil else {
            throw fail("unknown municipality '\(name)'; write a four-digit code such as 0860 or a name such as Hjørring")
        }
        return code
    }
}
