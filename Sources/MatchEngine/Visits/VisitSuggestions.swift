import JobMatchCore

/// Which job centres to bring on a company visit (issue P7, "joint visits"): for a vacancy
/// or all open vacancies of a company, the other job centres of the host's cooperation and
/// its partners (e.g. Aalborg for Vendsyssel), ranked by how many strong candidates living
/// in their municipality meet every hard requirement.
public struct VisitSuggestion: Sendable, Equatable, Codable {
    /// What was asked about: a vacancy id or a company id.
    public var subject: String
    public var company: String
    /// The open vacancies counted.
    public var vacancies: [String]
    /// Work-place municipalities of those vacancies (their own job centres host the visit).
    public var hosts: [String]
    /// A candidate is strong at or above this score.
    public var strongScore: Points
    /// Every job centre of the cooperation(s) and partners, hosts included, most strong
    /// candidates first.
    public var centres: [CentreCount]
    /// The centres to invite: not a host, at least `minimumStrong` strong candidates, the
    /// best three.
    public var invite: [String]

    public static let minimumStrong = 2
}

/// One job centre's candidates for the visit.
public struct CentreCount: Sendable, Equatable, Codable {
    public var municipality: String
    /// "member", "partner" or "host".
    public var role: String
    /// Distinct candidates living there scoring at least the strong score for some vacancy.
    public var strong: Int
    /// Distinct candidates living there who qualify for some vacancy.
    public var qualified: Int
    /// The best score among them (nil: nobody qualifies).
    public var best: Points?
}

extension MatchIndex {
    /// The suggestion for every open vacancy of `company` (nil when it has none today).
    public func visitSuggestion(company: String, today: Day, strongScore: Points = Points(hundredths: 7_000)) -> VisitSuggestion? {
        let open = vacanciesByID.values.filter { $0.company == company && $0.notOpenNote(today: today) == nil }.sorted { $0.id < $1.id }
        guard !open.isEmpty else { return nil }
        return visitSuggestion(subject: company, company: company, vacancies: open, today: today, strongScore: strongScore)
    }

    /// The suggestion for these vacancies (one vacancy, or a company's open ones). The job
    /// centres weighed are the members and partners of every cooperation a host belongs to
    /// (all participating municipalities when none does).
    public func visitSuggestion(subject: String, company: String, vacancies: [Vacancy], today: Day,
                                strongScore: Points = Points(hundredths: 7_000)) -> VisitSuggestion {
        let hosts = Array(Set(vacancies.map(\.municipality))).sorted()
        var role: [String: String] = [:]
        for c in registry.cooperations where !Set(c.members).isDisjoint(with: hosts) {
            for m in c.members { role[m] = "member" }
            for p in c.partners where role[p] == nil { role[p] = "partner" }
        }
        if role.isEmpty { for m in registry.participating { role[m] = "member" } }
        for h in hosts { role[h] = "host" }
        let scope = Set(role.keys)
        // Per candidate row: best score over the vacancies.
        var best: [Int: Int] = [:]
        let s = makeScratch(slots: 64)
        for v in vacancies {
            let cv = compile(v, today: today)
            let scratch = cv.slots.count > s.slotCapacity ? makeScratch(slots: cv.slots.count) : s
            let pass = run(cv, top: 100_000, municipalities: scope, scratch: scratch)
            for key in pass.keys {
                let row = RankKey.row(key), score = RankKey.score(key)
                best[row] = max(best[row] ?? 0, score)
            }
        }
        var counts: [String: CentreCount] = [:]
        for m in scope { counts[m] = CentreCount(municipality: m, role: role[m]!, strong: 0, qualified: 0, best: nil) }
        for (row, score) in best {
            let home = Int(columns.hot[row].home)
            guard home >= 0, home < travel.codes.count, var c = counts[travel.codes[home]] else { continue }
            c.qualified += 1
            if score >= strongScore.hundredths { c.strong += 1 }
            c.best = max(c.best ?? Points.zero, Points(hundredths: score))
            counts[c.municipality] = c
        }
        let centres = counts.values.sorted {
            ($0.strong, $0.qualified, $1.municipality) > ($1.strong, $1.qualified, $0.municipality)
        }
        let invite = centres.filter { $0.role != "host" && $0.strong >= VisitSuggestion.minimumStrong }.prefix(3).map(\.municipality)
        return VisitSuggestion(subject: subject, company: company, vacancies: vacancies.map(\.id), hosts: hosts,
                               strongScore: strongScore, centres: centres, invite: Array(invite))
    }
}
