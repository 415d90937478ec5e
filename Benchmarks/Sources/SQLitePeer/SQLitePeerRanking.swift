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
    /// requirements on the candidate row and small indexed tables; (3) per qualified
    /// candidate, one primary-key seek per requirement for level and years, related credit
    /// and desired occupation through their tables, the six shares and their weights
    /// (materialized once), (4) rounding to hundredths, sum, order, limit.
    public func rankingQuery(_ v: Vacancy, top: Int, today: Day) -> (String, [SQLValue])? {
        let sc = schema.scoring
        var p = Parameters()
        let start = max(v.startDate, today)
        let last = start.daysSinceEpoch + Int32(clamping: max(0, sc.availabilityGraceDays))
        let full = start.daysSinceEpoch + Int32(clamping: max(0, sc.availabilityFullPointsDays))
        guard let jobType = jobTypes[v.jobType], let rule = jobType.rule(on: start) else { return nil }
        let ordered = v.requirements.filter(\.essential) + v.requirements.filter { !$0.essential }
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
        for x in v.certificates { hard.append("EXISTS (SELECT 1 FROM certificate x WHERE x.candidate = c.row AND x.code = \(p.text(x)))") }
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

        // (3) Shares. Level share of holding level `l` where `m` is asked (see docs/matching.md).
        let a = p.double(sc.atMinimumShare), a0 = p.double(max(0, sc.atMinimumShare)), b = p.double(sc.levelAboveMinimumBonus)
        func share(_ l: String, _ m: String) -> String {
            "(CASE WHEN \(l) <= 0 THEN 0.0 WHEN \(l) >= \(m) THEN MIN(1.0, MAX(0.0, \(a) + \(b) * (\(l) - \(m)))) ELSE \(a0) * \(l) / \(m) END)"
        }
        var joins: [String] = [], essential: [String] = [], optional: [String] = [], experience: [String] = []
        let cap = sc.experienceCapYears
        let capParam = p.double(cap)
        for (i, s) in slots.enumerated() {
            let level = "COALESCE(h\(i).level, 0)", m = p.int(s.min)
            joins.append("LEFT JOIN held h\(i) ON h\(i).candidate = q.row AND h\(i).competence = \(p.add(.int(s.competence)))")
            if s.essential {
                essential.append(share(level, m))
            } else {
                let related = "COALESCE((SELECT MAX(r.similarity * \(share("y.level", m))) FROM related r JOIN held y ON y.candidate = q.row AND y.competence = r.via WHERE r.competence = \(p.add(.int(s.competence)))), 0.0)"
                optional.append("MAX(\(share(level, m)), \(related))")
            }
            experience.append("(CASE WHEN \(level) >= \(m) THEN \(cap > 0 ? "MIN(h\(i).years, \(capParam)) / \(capParam)" : "1.0") ELSE 0.0 END)")
        }
        func mean(_ parts: [String]) -> String {
            parts.isEmpty ? "1.0" : "(\(parts.joined(separator: " + "))) / \(p.int(parts.count))"
        }
        let occupation = p.text(v.occupation)
        let desired = """
            COALESCE((SELECT MAX(CASE WHEN d.occupation = \(occupation) THEN 1.0 ELSE s.overlap END) FROM desired d
                LEFT JOIN substitute s ON s.occupation = \(occupation) AND s.substitute = d.occupation
                WHERE d.candidate = q.row AND (d.occupation = \(occupation) OR s.overlap IS NOT NULL)), 0.0)
            """
        let work = p.text(v.municipality)
        let commute = "CASE WHEN q.home = \(work) THEN 1.0 WHEN q.max_commute > 0 THEN MAX(0.0, 1.0 - CAST(q.minutes AS REAL) / q.max_commute) ELSE 0.0 END"
        let span = Int(last - full)
        let availability = """
            CASE WHEN q.available_from <= \(p.int(Int(full))) THEN 1.0 WHEN q.available_from > \(p.int(Int(last))) THEN 0.0 \
            \(span > 0 ? "ELSE CAST(\(p.int(Int(last))) - q.available_from AS REAL) / \(p.int(span))" : "ELSE 0.0") END
            """
        let weights = centiWeights(sc)
        let shares = [mean(essential), mean(optional), mean(experience), commute, desired, availability]
        let weighted = shares.enumerated().map { i, s in "\(p.double(Double(weights[i]))) * MIN(1.0, MAX(0.0, \(s))) AS x\(i)" }
        // (4) Half away from zero, as the engine rounds (SQLite's ROUND adds 0.5 and truncates,
        // which differs for the largest double below a half).
        let rounded = (0..<6).map { "(CAST(x\($0) AS INTEGER) + (x\($0) - CAST(x\($0) AS INTEGER) >= 0.5))" }

        let text = """
            WITH e(row) AS (
                \(driver)
            ),
            q AS (
                SELECT c.row, c.id, c.unemployed_since, c.home, c.max_commute, c.available_from, t.minutes
                FROM e JOIN candidate c ON c.row = e.row
                JOIN travel t ON t.dst = \(work) AND t.src = c.home
                WHERE \(hard.joined(separator: "\n      AND "))
            ),
            s AS MATERIALIZED (
                SELECT q.id, q.unemployed_since,
                    \(weighted.joined(separator: ",\n        "))
                FROM q
                \(joins.joined(separator: "\n    "))
            )
            SELECT id, \(rounded.joined(separator: " + ")) AS total
            FROM s ORDER BY total DESC, unemployed_since, id LIMIT \(p.int(top))
            """
        return (text, p.values)
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
