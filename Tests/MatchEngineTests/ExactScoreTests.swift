import Foundation
import JobMatchCore
import JobStore
import MatchEngine
import Testing
import TestSupport

/// Every score component on the committed demo, checked against docs/matching.md computed
/// in exact fractions (no binary floating point anywhere in the reference): the engine must
/// round each component half away from zero exactly as the spec says.
@Suite("Exact scores on the demo")
struct ExactScoreTests {
    static let today = Day("2026-11-24")!

    static let demo: Dataset = {
        do { return try DataStore.load(from: Bundled.demoDirectory) } catch { fatalError("data/demo does not load: \(error)") }
    }()

    @Test("every component of every ranked candidate equals the spec's exact-fraction value")
    func everyComponentExact() throws {
        let data = Self.demo
        let index = MatchIndex(dataset: data)
        let spec = SpecScore(schema: data.schema)
        let candidates = Dictionary(data.candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var checked = 0, wrong: [String] = []
        func check(_ b: ScoreBreakdown, _ v: Vacancy) throws {
            let c = try #require(candidates[b.candidateID])
            let expected = spec.components(c, v, home: b.municipality, minutes: b.commuteMinutes, today: Self.today)
            let got = b.components.map(\.points.hundredths)
            if got != expected { wrong.append("\(v.id) \(c.id): engine \(got), spec \(expected)") }
            #expect(b.total.hundredths == got.reduce(0, +))
            checked += 1
        }
        for (n, v) in data.vacancies.enumerated() {
            for b in index.rank(vacancy: v, top: 100_000, today: Self.today).candidates { try check(b, v) }
            // Excluded candidates get a partial breakdown with the same arithmetic: a slice of them per vacancy.
            for c in data.candidates.dropFirst((n * 7) % data.candidates.count).prefix(60) {
                try check(index.explain(vacancy: v, candidateID: c.id, today: Self.today).breakdown, v)
            }
        }
        #expect(checked > 20_000, "the demo should give many breakdowns, got \(checked)")
        #expect(wrong.isEmpty, "\(wrong.count) of \(checked) breakdowns differ, e.g. \(wrong.prefix(5))")
    }

    @Test("V000278 of the 2026-11-24 demo: K002607 ties K001714 at 63.98 and comes first by longer unemployment")
    func tieBrokenByUnemployment() throws {
        // The two records and the vacancy as the demo had them when the defect was found
        // (K002607 was 12th with 63.97: 2.3 + 3.6 + 10 capped years of 40 is exactly 397.5
        // hundredths of experience, which 32-bit float years rounded down).
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/JobMatchResources")
        var schema = try JSONDecoder().decode(Schema.self, from: Data(contentsOf: root.appendingPathComponent("schema.json")))
        schema.travel = TravelModel(roadFactor: 1.3, averageKmh: 65, sameMunicipalityMinutes: 10)  // the model of that demo
        let registry = try JSONDecoder().decode(MunicipalityRegistry.self,
                                                from: Data(contentsOf: root.appendingPathComponent("municipalities.json")))
        func held(_ list: [(String, Int, Double)]) -> [HeldCompetence] { list.map { HeldCompetence(id: $0.0, level: $0.1, years: $0.2) } }
        func person(_ id: String, _ municipality: String, _ competences: [HeldCompetence], birthYear: Int, available: String,
                    commute: Int, benefit: String, since: String) -> Candidate {
            Candidate(id: id, name: id, email: "", phone: "", municipality: municipality, postcode: "", competences: competences,
                      desiredOccupations: ["occ.sales-representative"], education: "mellemlang-videregaaende",
                      birthYear: birthYear, singleProvider: false, flexJobApproved: false, licences: ["B"], certificates: [],
                      languages: [LanguageSkill(code: "da", level: "C2")], availableFrom: Day(available)!, hoursPerWeek: 37,
                      maxCommuteMinutes: commute, benefit: benefit, matchCategory: "", unemployedSince: Day(since)!,
                      consentToShare: true, ownerMunicipality: municipality, consultant: "", status: .active)
        }
        let k2607 = person("K002607", "0630", held([("sales.b2b", 4, 10.1), ("sales.negotiation", 2, 2.3), ("sales.crm", 2, 3.6),
                                                   ("sales.quotes", 3, 11.7), ("logistics.goods-receipt", 2, 3.3)]),
                           birthYear: 1977, available: "2026-12-13", commute: 45, benefit: "sygedagpenge", since: "2026-09-09")
        let k1714 = person("K001714", "0621", held([("sales.b2b", 3, 4), ("sales.negotiation", 2, 1.5), ("sales.crm", 2, 5.4),
                                                   ("sales.quotes", 3, 8.7), ("drive.van", 2, 5.7)]),
                           birthYear: 1994, available: "2026-12-29", commute: 60, benefit: "dagpenge", since: "2026-09-17")
        let v = Vacancy(id: "V000278", company: "92957707", occupation: "occ.sales-representative", title: "Sælger (B2B)",
                        requirements: [Requirement(competence: "sales.b2b", minLevel: 3, essential: true),
                                       Requirement(competence: "sales.negotiation", minLevel: 2, essential: true),
                                       Requirement(competence: "sales.crm", minLevel: 2, essential: true),
                                       Requirement(competence: "office.excel", minLevel: 2, essential: false)],
                        licences: [], certificates: [], languages: [LanguageSkill(code: "da", level: "B2")], jobType: "ordinary",
                        hoursPerWeek: 30, positions: 5, startDate: Day("2027-01-28")!, postedDate: Day("2026-11-20")!,
                        expiryDate: Day("2026-12-23")!, municipality: "0607", publicEmployer: false, status: .open)
        let data = Dataset(schema: schema, registry: registry, candidates: [k1714, k2607], vacancies: [v], companies: [], barometer: [])
        let list = MatchIndex(dataset: data).rank(vacancy: v, top: 5, today: Self.today).candidates
        #expect(list.map(\.candidateID) == ["K002607", "K001714"])
        #expect(list.map(\.total.description) == ["63.98", "63.98"])
        #expect(list.first?.components.first { $0.kind == .experience }?.points.hundredths == 398)
    }

    @Test("years print as recorded: 3.1 stays 3.1 in JSON, never 3.0999999046325684")
    func yearsAsWritten() throws {
        let index = MatchIndex(dataset: Self.demo)
        let list = Self.demo.vacancies.prefix(40).flatMap { index.rank(vacancy: $0, top: 20, today: Self.today).candidates }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(list), as: UTF8.self)
        let years = list.flatMap(\.matched).map(\.years)
        #expect(!years.isEmpty)
        for y in years { #expect(Double(Int((y * 10).rounded())) / 10 == y) }
        #expect(text.range(of: #"\.\d{4,}"#, options: .regularExpression) == nil, "binary noise in \(text.prefix(300))")
    }

    @Test("years that are not whole tenths are a validation problem naming the field")
    func yearsMustBeTenths() throws {
        let c = try #require(Self.demo.candidates.first { !$0.competences.isEmpty })
        var bad = c
        bad.competences[0].years = 3.15
        let check = RecordValidator(schema: Self.demo.schema, registry: Self.demo.registry)
        #expect(check.problems(in: c).isEmpty)
        let problems = check.problems(in: bad)
        #expect(problems.contains { $0.field == "competences[0].years" && $0.message.contains("whole tenths") })
    }
}

/// An exact fraction of whole numbers, always in lowest terms with a positive denominator.
struct Fraction: Equatable, Comparable {
    var n: Int, d: Int
    init(_ n: Int, _ d: Int = 1) {
        precondition(d != 0)
        var a = abs(n), b = abs(d)
        while b != 0 { (a, b) = (b, a % b) }
        let g = max(1, a)
        let sign = d < 0 ? -1 : 1
        self.n = sign * n / g; self.d = sign * d / g
    }
    /// A decimal as written in JSON ("0.8", "65", "1.3"), read from its shortest text.
    init(decimal x: Double) {
        let text = "\(x)"
        precondition(!text.contains("e"), "unexpected exponent in \(text)")
        let parts = text.split(separator: ".")
        let whole = Int(parts[0])!
        guard parts.count == 2, parts[1] != "0" else { self.init(whole); return }
        let scale = Int(pow(10, Double(parts[1].count)))
        let frac = Int(parts[1])!
        self.init(whole * scale + (text.hasPrefix("-") ? -frac : frac), scale)
    }
    static func + (a: Self, b: Self) -> Self { Fraction(a.n * b.d + b.n * a.d, a.d * b.d) }
    static func - (a: Self, b: Self) -> Self { Fraction(a.n * b.d - b.n * a.d, a.d * b.d) }
    static func * (a: Self, b: Self) -> Self { Fraction(a.n * b.n, a.d * b.d) }
    static func / (a: Self, b: Self) -> Self { Fraction(a.n * b.d, a.d * b.n) }
    static func < (a: Self, b: Self) -> Bool { a.n * b.d < b.n * a.d }
    /// Rounded to a whole number, half away from zero.
    var roundedHalfAway: Int {
        let twice = 2 * abs(n) + d
        return (n < 0 ? -1 : 1) * (twice / (2 * d))
    }
}

/// docs/matching.md's score, written from the text in exact fractions.
struct SpecScore {
    let schema: Schema
    let weights: [Int]
    let atMinimum: Fraction, bonus: Fraction, cap: Fraction, threshold: Fraction
    let related: [String: [String: Fraction]]
    let profiles: [String: Set<String>]

    init(schema: Schema) {
        self.schema = schema
        let s = schema.scoring
        let raw = [s.essential, s.optional, s.experience, s.commute, s.desiredOccupation, s.availability].map(Int.init)
        let sum = raw.reduce(0, +)
        precondition(raw.allSatisfy { $0 * 10_000 % sum == 0 }, "the reference only handles weights that divide evenly")
        weights = raw.map { $0 * 10_000 / sum }
        atMinimum = Fraction(decimal: s.atMinimumShare)
        bonus = Fraction(decimal: s.levelAboveMinimumBonus)
        cap = Fraction(decimal: s.experienceCapYears)
        threshold = Fraction(decimal: s.substitutableOverlap)
        var rel: [String: [String: Fraction]] = [:]
        for c in schema.competences { for r in c.related { rel[c.id, default: [:]][r.id] = Fraction(decimal: r.similarity) } }
        for c in schema.competences {
            for r in c.related where rel[r.id]?[c.id] == nil { rel[r.id, default: [:]][c.id] = Fraction(decimal: r.similarity) }
        }
        related = rel
        profiles = Dictionary(schema.occupations.map { ($0.id, Set(($0.essential + $0.optional).map(\.competence))) },
                              uniquingKeysWith: { a, _ in a })
    }

    func levelShare(_ h: Int, _ m: Int) -> Fraction {
        if h <= 0 { return Fraction(0) }
        if h >= m { return min(Fraction(1), atMinimum + bonus * Fraction(h - m)) }
        return atMinimum * Fraction(h, m)
    }

    func components(_ c: Candidate, _ v: Vacancy, home: String, minutes: Int?, today: Day) -> [Int] {
        var held: [String: HeldCompetence] = [:]
        for h in c.competences where (held[h.id]?.level ?? 0) < h.level { held[h.id] = h }
        let essential = v.requirements.filter(\.essential), optional = v.requirements.filter { !$0.essential }
        func mean(_ xs: [Fraction]) -> Fraction { xs.isEmpty ? Fraction(1) : xs.reduce(Fraction(0), +) / Fraction(xs.count) }
        let e = mean(essential.map { levelShare(held[$0.competence]?.level ?? 0, $0.minLevel) })
        let o = mean(optional.map { r in
            var best = levelShare(held[r.competence]?.level ?? 0, r.minLevel)
            for (y, s) in related[r.competence] ?? [:] {
                if let h = held[y] { best = max(best, s * levelShare(h.level, r.minLevel)) }
            }
            return best
        })
        let x = mean(v.requirements.map { r in
            guard let h = held[r.competence], h.level >= r.minLevel else { return Fraction(0) }
            let years = Fraction(decimal: h.years)
            return min(years, cap) / cap
        })
        var commute = Fraction(0)
        if let minutes {
            commute = home == v.municipality ? Fraction(1)
                : max(Fraction(0), Fraction(1) - Fraction(minutes, c.maxCommuteMinutes))
        }
        var desired = Fraction(0)
        if c.desiredOccupations.contains(v.occupation) {
            desired = Fraction(1)
        } else if let mine = profiles[v.occupation] {
            for w in c.desiredOccupations where w != v.occupation {
                guard let theirs = profiles[w], !mine.isEmpty else { continue }
                let overlap = Fraction(mine.intersection(theirs).count, mine.union(theirs).count)
                if !(overlap < threshold) { desired = max(desired, overlap) }
            }
        }
        let start = max(v.startDate, today).daysSinceEpoch
        let full = Int(start) + schema.scoring.availabilityFullPointsDays
        let last = Int(start) + schema.scoring.availabilityGraceDays
        let from = Int(c.availableFrom.daysSinceEpoch)
        let available = from <= full ? Fraction(1) : from > last ? Fraction(0) : Fraction(last - from, last - full)
        return zip(weights, [e, o, x, commute, desired, available]).map { (Fraction($0) * $1).roundedHalfAway }
    }
}
