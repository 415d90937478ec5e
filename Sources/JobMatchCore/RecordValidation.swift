/// One thing wrong with one record, before it is placed in a file: the loader adds the
/// file name and line to make a `Problem`.
public struct FieldProblem: Sendable, Equatable, CustomStringConvertible {
    /// Dotted field path such as `competences[2].level`.
    public var field: String
    public var message: String
    public init(field: String, message: String) { self.field = field; self.message = message }
    public var description: String { "\(field): \(message)" }
}

/// Checks records against the shared screening schema and the municipality registry:
/// every id a record names must exist, levels must be the schema's levels, numbers must be
/// in range and dates in order. Pure (no I/O), so the loader, the save path, the demo
/// generator's tests and the TUI's edit forms all apply the same rules.
///
/// Built once per load; `Sendable`, so the loader checks chunks of records on all cores.
public struct RecordValidator: Sendable {
    public let lookup: SchemaLookup
    let competenceHints: IdSuggester
    let occupationHints: IdSuggester
    let licenceHints: IdSuggester
    let certificateHints: IdSuggester
    let languageHints: IdSuggester
    let cefrHints: IdSuggester
    let jobTypeHints: IdSuggester
    let educationHints: IdSuggester
    let benefitHints: IdSuggester
    let industryHints: IdSuggester
    let municipalityHints: IdSuggester

    public init(schema: Schema, registry: MunicipalityRegistry) {
        let l = SchemaLookup(schema: schema, registry: registry)
        lookup = l
        competenceHints = IdSuggester(l.competences)
        occupationHints = IdSuggester(l.occupations)
        licenceHints = IdSuggester(l.licences)
        certificateHints = IdSuggester(l.certificates)
        languageHints = IdSuggester(l.languages)
        cefrHints = IdSuggester(l.cefrLevels)
        jobTypeHints = IdSuggester(l.jobTypes)
        educationHints = IdSuggester(l.educationLevels)
        benefitHints = IdSuggester(l.benefitMatchCategories.keys)
        industryHints = IdSuggester(l.industryGroups)
        municipalityHints = IdSuggester(l.municipalities)
    }

    // MARK: Records

    public func problems(in c: Candidate) -> [FieldProblem] {
        var p = Problems()
        checkIdentity(c.id, c.version, &p)
        known(c.municipality, in: lookup.municipalities, "municipality", municipalityHints, field: "municipality", &p)
        if !isDigits(c.postcode, count: 4) { p.add("postcode", "postcode \(Problem.quote(c.postcode)) is not four digits") }
        var firstCompetence = FirstIndex(c.competences.count)
        for (i, h) in c.competences.enumerated() {
            known(h.id, in: lookup.competences, "competence", competenceHints, field: "competences[\(i)].id", &p)
            if let first = firstCompetence.earlier(h.id, at: i, scan: { c.competences[..<i].firstIndex(where: { $0.id == h.id }) }) {
                p.add("competences[\(i)].id", "competence \(Problem.quote(h.id)) is listed twice (first as competences[\(first)])")
            }
            checkLevel(h.level, field: "competences[\(i)].level", &p)
            if !h.years.isFinite || h.years < 0 || h.years > 80 {
                p.add("competences[\(i)].years", "years of experience \(h.years) is outside 0–80")
            } else if !h.isWholeTenths {
                p.add("competences[\(i)].years", "years of experience \(h.years) must be in whole tenths of a year (e.g. 3.1)")
            }
        }
        for (i, o) in c.desiredOccupations.enumerated() {
            known(o, in: lookup.occupations, "occupation", occupationHints, field: "desiredOccupations[\(i)]", &p)
        }
        known(c.education, in: lookup.educationLevels, "education level", educationHints, field: "education", &p)
        checkEducations(c, &p)
        checkWorkHistory(c, &p)
        checkBirthDate(c, &p)
        checkLicences(c.licences, &p)
        checkHeldCertificates(c, &p)
        checkLanguages(c.languages, &p)
        if !(1...80).contains(c.hoursPerWeek) { p.add("hoursPerWeek", "hours per week \(c.hoursPerWeek) is outside 1–80") }
        if !(0...600).contains(c.maxCommuteMinutes) {
            p.add("maxCommuteMinutes", "commute of \(c.maxCommuteMinutes) minutes is outside 0–600")
        }
        if let categories = lookup.benefitMatchCategories[c.benefit] {
            if !c.matchCategory.isEmpty, !categories.contains(c.matchCategory) {
                let allowed = categories.isEmpty ? "none" : categories.sorted().joined(separator: ", ")
                p.add("matchCategory", "match category \(Problem.quote(c.matchCategory)) does not apply to benefit \(Problem.quote(c.benefit)) (allowed: \(allowed))")
            }
        } else {
            p.add("benefit", "unknown benefit type \(Problem.quote(c.benefit))" + benefitHints.hint(for: c.benefit))
        }
        checkConsents(c, &p)
        known(c.ownerMunicipality, in: lookup.municipalities, "municipality", municipalityHints, field: "ownerMunicipality", &p)
        return p.list
    }

    public func problems(in v: Vacancy) -> [FieldProblem] {
        var p = Problems()
        checkIdentity(v.id, v.version, &p)
        if v.company.isEmpty { p.add("company", "company is empty") }
        known(v.occupation, in: lookup.occupations, "occupation", occupationHints, field: "occupation", &p)
        if v.title.isEmpty { p.add("title", "title is empty") }
        var firstRequirement = FirstIndex(v.requirements.count)
        for (i, r) in v.requirements.enumerated() {
            known(r.competence, in: lookup.competences, "competence", competenceHints, field: "requirements[\(i)].competence", &p)
            if let first = firstRequirement.earlier(r.competence, at: i, scan: { v.requirements[..<i].firstIndex(where: { $0.competence == r.competence }) }) {
                p.add("requirements[\(i)].competence", "competence \(Problem.quote(r.competence)) is required twice (first as requirements[\(first)])")
            }
            checkLevel(r.minLevel, field: "requirements[\(i)].minLevel", &p)
        }
        checkLicences(v.licences, &p)
        checkWorkingConditions(v, &p)
        checkCertificates(v.certificates, &p)
        checkLanguages(v.languages, &p)
        known(v.jobType, in: lookup.jobTypes, "job type", jobTypeHints, field: "jobType", &p)
        if !(1...80).contains(v.hoursPerWeek) { p.add("hoursPerWeek", "hours per week \(v.hoursPerWeek) is outside 1–80") }
        if v.positions < 1 { p.add("positions", "positions must be 1 or more, found \(v.positions)") }
        if v.expiryDate < v.postedDate {
            p.add("expiryDate", "the ad expires \(v.expiryDate), before it was posted \(v.postedDate)")
        }
        known(v.municipality, in: lookup.municipalities, "municipality", municipalityHints, field: "municipality", &p)
        return p.list
    }

    public func problems(in c: Company) -> [FieldProblem] {
        var p = Problems()
        checkIdentity(c.id, c.version, &p)
        if c.name.isEmpty { p.add("name", "name is empty") }
        known(c.industryGroup, in: lookup.industryGroups, "industry group", industryHints, field: "industryGroup", &p)
        if c.municipalities.isEmpty { p.add("municipalities", "a company needs at least one municipality") }
        for (i, m) in c.municipalities.enumerated() {
            known(m, in: lookup.municipalities, "municipality", municipalityHints, field: "municipalities[\(i)]", &p)
        }
        return p.list
    }

    public func problems(in b: BarometerAnswer) -> [FieldProblem] {
        var p = Problems()
        checkIdentity(b.id, b.version, &p)
        if BarometerRound(b.round) == nil {
            p.add("round", "round \(Problem.quote(b.round)) is not a survey round: write YYYY-H1 (January–June) or YYYY-H2 (July–December)")
        }
        if b.company.isEmpty { p.add("company", "company is empty") }
        known(b.municipality, in: lookup.municipalities, "municipality", municipalityHints, field: "municipality", &p)
        known(b.industryGroup, in: lookup.industryGroups, "industry group", industryHints, field: "industryGroup", &p)
        if !(1...1_000_000).contains(b.headcount) { p.add("headcount", "headcount \(b.headcount) is outside 1–1000000") }
        known(b.jobCentre, in: lookup.municipalities, "job centre (municipality)", municipalityHints, field: "jobCentre", &p)
        var firstNeed: [String: Int] = [:]
        for (i, n) in b.needs.enumerated() {
            known(n.occupation, in: lookup.occupations, "occupation", occupationHints, field: "needs[\(i)].occupation", &p)
            if let f = firstNeed[n.occupation] {
                p.add("needs[\(i)].occupation", "occupation \(Problem.quote(n.occupation)) is answered twice (first as needs[\(f)])")
            } else { firstNeed[n.occupation] = i }
            for (horizon, value) in [("in3Months", n.in3Months), ("in12Months", n.in12Months)] where !(-100_000...100_000).contains(value) {
                p.add("needs[\(i)].\(horizon)", "expected change \(value) is outside ±100000")
            }
        }
        // A company cannot lose more staff than it has.
        for horizon in BarometerHorizon.allCases {
            let losses = b.needs.reduce(0) { $0 + min(0, $1.change(horizon)) }
            if b.headcount >= 1, -losses > b.headcount {
                p.add("needs", "the expected decline at \(horizon.label) (\(-losses)) is larger than the headcount (\(b.headcount))")
            }
        }
        return p.list
    }

    // MARK: Cross-record references

    /// A vacancy must name a company that exists in `companies.jsonl`.
    public func referenceProblems(in v: Vacancy, companies: Set<String>) -> [FieldProblem] {
        v.company.isEmpty || companies.contains(v.company) ? [] : [FieldProblem(field: "company", message: "unknown company \(Problem.quote(v.company)) (not in companies.jsonl)")]
    }

    /// A barometer answer must name a company that exists in `companies.jsonl`.
    public func referenceProblems(in b: BarometerAnswer, companies: Set<String>) -> [FieldProblem] {
        b.company.isEmpty || companies.contains(b.company) ? [] : [FieldProblem(field: "company", message: "unknown company \(Problem.quote(b.company)) (not in companies.jsonl)")]
    }

    // MARK: Shared checks

    private func checkIdentity(_ id: String, _ version: Int, _ p: inout Problems) {
        if id.isEmpty { p.add("id", "id is empty") }
        else if id.unicodeScalars.contains(where: { $0.value <= 32 || $0 == "/" }) {
            p.add("id", "id \(Problem.quote(id)) contains a space, control character or '/'")
        }
        if version < 1 { p.add("version", "version must be 1 or more, found \(version)") }
    }

    private func checkLevel(_ level: Int, field: @autoclosure () -> String, _ p: inout Problems) {
        guard !lookup.levels.contains(level) else { return }
        let r = lookup.levelRange
        p.add(field(), "level \(level) is outside \(r.lowerBound)–\(r.upperBound)")
    }

    private func checkLicences(_ list: [String], _ p: inout Problems) {
        for (i, l) in list.enumerated() {
            known(l, in: lookup.licences, "driving licence", licenceHints, field: "licences[\(i)]", &p)
        }
    }

    /// A job done in her own car needs a car licence, and each kind of hours is listed once.
    private func checkWorkingConditions(_ v: Vacancy, _ p: inout Problems) {
        if v.car == .driving, lookup.licences.contains("B"), !v.licences.contains("B") {
            p.add("car", "car 'driving' (the work is done in her own car) needs driving licence B: add 'B' to licences")
        }
        for (i, h) in v.workingHours.enumerated() {
            if let first = v.workingHours[..<i].firstIndex(of: h) {
                p.add("workingHours[\(i)]", "\(Problem.quote(h.rawValue)) is listed twice (first as workingHours[\(first)])")
            }
        }
    }

    private func checkCertificates(_ list: [String], _ p: inout Problems) {
        for (i, c) in list.enumerated() {
            checkCertificate(c, field: "certificates[\(i)]", &p)
        }
    }

    private func checkLanguages(_ list: [LanguageSkill], _ p: inout Problems) {
        for (i, l) in list.enumerated() {
            known(l.code, in: lookup.languages, "language", languageHints, field: "languages[\(i)].code", &p)
            known(l.level, in: lookup.cefrLevels, "CEFR level", cefrHints, field: "languages[\(i)].level", &p)
        }
    }

    func known(_ value: String, in set: Set<String>, _ what: String, _ hints: IdSuggester,
                       field: @autoclosure () -> String, _ p: inout Problems) {
        if !set.contains(value) { p.add(field(), "unknown \(what) \(Problem.quote(value))" + hints.hint(for: value)) }
    }

    private func isDigits(_ s: String, count: Int) -> Bool {
        s.utf8.count == count && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

/// Where each id first appeared in a list, for "listed twice (first as …[k])" in linear
/// time: a record with 250,000 competences (a 10 MB line) must not take n² comparisons.
/// Short lists, the normal case, are scanned without building a dictionary.
struct FirstIndex {
    private var seen: [String: Int]?

    init(_ count: Int) { if count > 16 { seen = Dictionary(minimumCapacity: count) } }

    /// The index where `id` appeared before `i`, or nil. `scan` searches the earlier
    /// elements directly; it is used for short lists, so they allocate nothing.
    mutating func earlier(_ id: String, at i: Int, scan: () -> Int?) -> Int? {
        guard seen != nil else { return scan() }
        if let first = seen![id] { return first }
        seen![id] = i
        return nil
    }
}

/// Collects problems without allocating when there are none (the common case).
struct Problems {
    var list: [FieldProblem] = []
    mutating func add(_ field: String, _ message: String) { list.append(FieldProblem(field: field, message: message)) }
}
