import JobMatchCore
import MatchEngine

/// One ranked candidate as SQLite returns it.
public struct PeerHit: Sendable, Equatable, CustomStringConvertible {
    public var candidateID: String
    /// Score in hundredths of a point, as `Points.hundredths`.
    public var hundredths: Int
    public var description: String { "\(candidateID) \(hundredths)" }
    public init(candidateID: String, hundredths: Int) { self.candidateID = candidateID; self.hundredths = hundredths }
}

/// Numbered SQL parameters: `add` returns `?N` for a value, so the text can be written in
/// any order and every number is bound, never printed.
struct Parameters {
    var values: [SQLValue] = []
    mutating func add(_ v: SQLValue) -> String { values.append(v); return "?\(values.count)" }
    mutating func int(_ x: Int) -> String { add(.int(Int64(x))) }
    mutating func double(_ x: Double) -> String { add(.double(x)) }
    mutating func text(_ s: String) -> String { add(.text(s)) }
}

extension SQLitePeer {
    /// The best `top` candidates for `vacancy`, as the engine's `rank(vacancy:top:today:)`
    /// lists them (id and score), computed by one SQL statement.
    public func rank(_ vacancy: Vacancy, top: Int, today: Day) -> [PeerHit] {
        guard let (text, values) = rankingQuery(vacancy, top: top, today: today) else { return [] }
        return sql.textAndInt(text, values).map { PeerHit(candidateID: $0.0, hundredths: $0.1) }
    }

    /// SQLite's plan for the vacancy's query (`EXPLAIN QUERY PLAN`).
    public func plan(_ vacancy: Vacancy, top: Int, today: Day) -> [String] {
        guard let (text, values) = rankingQuery(vacancy, top: top, today: today) else { return [] }
        return sql.plan(text, values)
    }

    /// The statement and its parameters, or nil when no candidate can qualify (an essential
    /// competence, language or job type nobody can meet, or no eligibility rule in force).
    ///
    /// Shape: (1) intersect the essential competences' index ranges (`held_by_competence`,
    /// level ≥ minimum) — or every active candidate when there are none; (2) the other hard
    /// requirements on the candidate row, the place → site travel table and small indexed
    /// tables; (3) per qualified candidate, one primary-key seek per requirement for level
    /// and tenths of years, related credit and desired occupation through their tables, each
    /// component's share as an exact fraction of whole numbers and its hundredths rounded
    /// half away from zero in integer arithmetic (docs/matching.md "The score"); (4) sum,
    /// order, limit.
    public func rankingQuery(_ v: Vacancy, top: Int, today: Day) -> (String, [SQLValue])? {
        let sc = schema.scoring
        var p = Parameters()
        let start = max(v.startDate, today)
        let last = start.daysSinceEpoch + Int32(clamping: max(0, sc.availabilityGraceDays))
        let full = start.daysSinceEpoch + Int32(clamping: max(0, sc.availabilityFullPointsDays))
        guard let jobType = jobTypes[v.jobType], let rule = jobType.rule(on: start) else { return nil }
        // A learning scheme's competence requirements are all scored, none required.
        let learning = jobType.learningScheme == true
        let requirements = v.requirements.map { (competence: $0.competence, minLevel: $0.minLevel, essential: $0.essential && !learning) }
        let ordered = requirements.filter(\.essential) + requirements.filter { !$0.essential }
        let slots = ordered.map { (competence: competenceID[$0.competence] ?? -1, min: max(1, $0.minLevel), essential: $0.essential) }
        let essentials = slots.filter(\.essential)
        if essentials.contains(where: { $0.competence < 0 }) { return nil }

        // (1) Who holds every essential competence at its level.
        let driver = essentials.isEmpty
            ? "SELECT row FROM candidate WHERE active = 1"
            : essentials.map { "SELECT candidate FROM held WHERE competence = \(p.add(.int($0.competence))) AND level >= \(p.int($0.min))" }
                .joined(separator: "\n    INTERSECT ")

        // (2) The other hard requirements, in the engine's order.
        var hard = ["c.active = 1"]
        for l in v.licences { hard.append("EXISTS (SELECT 1 FROM licence l WHERE l.candidate = c.row AND l.code = \(p.text(l)))") }
        for x in v.certificates {
            // In force on the start day, as the engine counts it (an expired copy is not held).
            hard.append("EXISTS (SELECT 1 FROM certificate x WHERE x.candidate = c.row AND x.code = \(p.text(x)) AND x.expires > \(p.int(Int(start.daysSinceEpoch))))")
        }
        for l in v.languages {
            guard let rank = cefrRank[l.level] else { return nil }
            hard.append("EXISTS (SELECT 1 FROM language g WHERE g.candidate = c.row AND g.code = \(p.text(l.code)) AND g.rank >= \(p.int(rank)))")
        }
        hard.append("t.minutes <= c.max_commute")
        hard.append("c.available_from <= \(p.int(Int(last)))")
        // Hours: at least three quarters of the job's weekly hours (the engine's `.hours`).
        hard.append("4 * c.hours >= 3 * \(p.int(max(0, v.hoursPerWeek)))")
        if let allowed = rule.benefitTypes {
            hard.append(allowed.isEmpty ? "0" : "c.benefit IN (\(allowed.map { p.text($0) }.joined(separator: ", ")))")
        }
        let minWeeks = rule.minWeeksUnemployed ?? 0
        if minWeeks > 0 {
            var ok = ["MAX(0, \(p.int(Int(start.daysSinceEpoch))) - c.unemployed_since) / 7 >= \(p.int(minWeeks))"]
            if let age = rule.waiveWaitFromAge, age >= 0 { ok.append("\(p.int(start.year)) - c.birth_year >= \(p.int(age))") }
            if rule.waiveWaitForSingleProvider == true { ok.append("c.single_provider = 1") }
            if rule.waiveWaitWithoutUpperSecondary == true { ok.append("c.no_upper_secondary = 1") }
            hard.append("(" + ok.joined(separator: " OR ") + ")")
        }
        if rule.requiresFlexJobApproval == true { hard.append("c.flex_approved = 1") }
        // Own car and working hours (the engine's `.car` and `.workingHours`): every kind of
        // hours the job includes is among those she takes.
        if v.car != .none { hard.append("c.own_car = 1") }
        let hoursBits = Self.shiftBits(v.workingHours)
        if hoursBits != 0 { hard.append("(c.shifts & \(p.int(Int(hoursBits)))) = \(p.int(Int(hoursBits)))") }

        // (3) Shares as whole numbers. A level share is counted in units of
        // 1 ÷ (10,000 × lcm), lcm the least common multiple of the minimum levels, so that
        // `atMinimumShare × held ÷ minimum` is whole (docs/matching.md "Level share").
        let lcm = slots.reduce(1) { Self.lcm($0, $1.min) }
        let unit = 10_000 * lcm
        let a = Self.tenThousandths(sc.atMinimumShare), b = Self.tenThousandths(sc.levelAboveMinimumBonus)
        let aP = p.add(.int(a)), bP = p.add(.int(b)), lcmP = p.int(lcm), oneP = p.int(10_000)
        func share(_ l: String, _ m: Int, _ mP: String) -> String {
            "(CASE WHEN \(l) <= 0 THEN 0 WHEN \(l) >= \(mP) THEN MIN(\(oneP), \(aP) + \(bP) * (\(l) - \(mP))) * \(lcmP) ELSE \(aP) * \(l) * \(p.int(lcm / m)) END)"
        }
        var joins: [String] = [], essential: [String] = [], optional: [String] = [], experience: [String] = []
        let cap: Int = sc.experienceCapYears.isFinite ? Int(min(1e6, max(0, sc.experienceCapYears * 10)).rounded()) : 0
        let capP = p.int(cap)
        for (i, s) in slots.enumerated() {
            let level = "COALESCE(h\(i).level, 0)", m = p.int(s.min)
            joins.append("LEFT JOIN held h\(i) ON h\(i).candidate = q.row AND h\(i).competence = \(p.add(.int(s.competence)))")
            if s.essential {
                essential.append(share(level, s.min, m))
            } else {
                let related = "COALESCE((SELECT MAX(r.similarity * \(share("y.level", s.min, m))) FROM related r JOIN held y ON y.candidate = q.row AND y.competence = r.via WHERE r.competence = \(p.add(.int(s.competence)))), 0)"
                optional.append("MAX(\(share(level, s.min, m)) * \(oneP), \(related))")
            }
            experience.append("(CASE WHEN \(level) >= \(m) THEN \(cap > 0 ? "MIN(h\(i).tenths, \(capP))" : "1") ELSE 0 END)")
        }
        let weights = centiWeights(sc)
        // Hundredths earned for the share n ÷ d of component k, rounded half away from zero:
        // ⌊(2·w·n + d) ÷ 2d⌋; the whole weight from n ≥ d, nothing from n ≤ 0.
        func earned(_ k: Int, _ n: String, _ d: String) -> String {
            let w = p.int(weights[k])
            return "(CASE WHEN \(n) <= 0 THEN 0 WHEN \(n) >= \(d) THEN \(w) ELSE (2 * \(w) * (\(n)) + \(d)) / (2 * \(d)) END)"
        }
        func sum(_ parts: [String]) -> String { "(" + parts.joined(separator: " + ") + ")" }
        let ne = essential.count, no = optional.count
        let essentialPoints = ne == 0 ? p.int(weights[0]) : earned(0, "x0", p.int(ne * unit))
        let optionalPoints = no == 0 ? p.int(weights[1]) : earned(1, "x1", p.int(no * unit * 10_000))
        let experiencePoints = slots.isEmpty ? p.int(weights[2]) : earned(2, "x2", p.int(slots.count * (cap > 0 ? cap : 1)))
        let work = p.text(v.municipality)
        let commutePoints = "(CASE WHEN q.home = \(work) THEN \(p.int(weights[3])) WHEN q.max_commute > 0 THEN \(earned(3, "MAX(0, q.max_commute - q.minutes)", "q.max_commute")) ELSE 0 END)"
        let occupation = p.text(v.occupation)
        // Earned points rise with the share, so the best wish's points are the most points.
        let desiredPoints = """
            COALESCE((SELECT MAX(CASE WHEN d.occupation = \(occupation) THEN \(p.int(weights[4])) ELSE \(earned(4, "s.common", "s.size")) END)
                FROM desired d LEFT JOIN substitute s ON s.occupation = \(occupation) AND s.substitute = d.occupation
                WHERE d.candidate = q.row AND (d.occupation = \(occupation) OR s.common IS NOT NULL)), 0)
            """
        let span = Int(last - full)
        let lastP = p.int(Int(last))
        let availabilityPoints = """
            (CASE WHEN q.available_from <= \(p.int(Int(full))) THEN \(p.int(weights[5])) WHEN q.available_from > \(lastP) THEN 0 \
            \(span > 0 ? "ELSE \(earned(5, "\(lastP) - q.available_from", p.int(span)))" : "ELSE 0") END)
            """
        let sums = [ne == 0 ? "0" : sum(essential), no == 0 ? "0" : sum(optional), slots.isEmpty ? "0" : sum(experience)]

        let text = """
            WITH e(row) AS (
                \(driver)
            ),
            q AS (
                SELECT c.row, c.id, c.unemployed_since, c.home, c.max_commute, c.available_from, t.minutes
                FROM e JOIN candidate c ON c.row = e.row
                JOIN travel t ON t.dst = \(work) AND t.src = c.place
                WHERE \(hard.joined(separator: "\n      AND "))
            ),
            s AS MATERIALIZED (
                SELECT q.id, q.unemployed_since,
                    \(sums[0]) AS x0, \(sums[1]) AS x1, \(sums[2]) AS x2,
                    \(commutePoints) + \(desiredPoints) + \(availabilityPoints) AS rest
                FROM q
                \(joins.joined(separator: "\n    "))
            )
            SELECT id, \(essentialPoints) + \(optionalPoints) + \(experiencePoints) + rest AS total
            FROM s ORDER BY total DESC, unemployed_since, id LIMIT \(p.int(top))
            """
        return (text, p.values)
    }

    /// The least common multiple as the engine keeps it: beyond 100,000 the old value stays
    /// (levels are 1–4 in validated data, so the lcm is at most 12).
    static func lcm(_ a: Int, _ b: Int) -> Int {
        var x = a, y = b
        while y != 0 { (x, y) = (y, x % y) }
        let l = a / x * b
        return l <= 100_000 ? l : a
    }

    /// The schema's weights as whole hundredths adding up to 10,000: each weight's exact
    /// share rounded down, the hundredths left given to the largest remainders (ties to
    /// the earlier component) — the rule in docs/matching.md.
    func centiWeights(_ w: ScoringWeights) -> [Int] {
        let raw = [w.essential, w.optional, w.experience, w.commute, w.desiredOccupation, w.availability].map { max(0, $0) }
        let sum = raw.reduce(0, +)
        guard sum > 0 else { return [10_000, 0, 0, 0, 0, 0] }
        let exact = raw.map { $0 / sum * 10_000 }
        var floors = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { x, y in
            let rx = exact[x] - Double(floors[x]), ry = exact[y] - Double(floors[y])
            return rx != ry ? rx > ry : x < y
        }
        var left = 10_000 - floors.reduce(0, +), k = 0
        while left > 0 { floors[order[k % order.count]] += 1; left -= 1; k += 1 }
        return floors
    }
}
