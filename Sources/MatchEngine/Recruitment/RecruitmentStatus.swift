import JobMatchCore

/// Where a recruitment project stands: the pooled candidates, coverage per municipality and
/// per required competence, the pipeline and what upskilling would close the rest.
public struct RecruitmentStatus: Sendable, Equatable, Codable {
    public struct MunicipalityCoverage: Sendable, Equatable, Codable {
        public var municipality: String
        public var name: String
        /// The quota (0 when the municipality has none).
        public var quota: Int
        /// Distinct qualified candidates living there (for any of the project's vacancies).
        public var qualified: Int
        /// Of the shortlisted candidates, those living there.
        public var shortlisted: Int
    }

    public struct CompetenceCoverage: Sendable, Equatable, Codable {
        public var competence: String
        public var label: String
        public var level: Int
        /// Positions of the vacancies that require it as essential.
        public var positions: Int
        /// Active candidates in the participating municipalities holding it at the level
        /// and able to commute to at least one of the vacancies that require it.
        public var candidates: Int
    }

    /// One of the project's vacancies in the pipeline: who qualifies, who is on its shortlist
    /// (by hand or by a triage yes) and whether the company said it was filled.
    public struct VacancyPipeline: Sendable, Equatable, Codable {
        public var vacancy: String
        public var title: String
        public var municipality: String
        public var positions: Int
        /// Open and not expired: only these are ranked.
        public var open: Bool
        /// Candidates meeting every hard requirement (0 when not open).
        public var qualified: Int
        public var shortlisted: Int
        public var shortlistState: ShortlistState
        /// Positions filled from its sent shortlist (follow-up call said filled).
        public var hired: Int
        /// The shortlisted candidates (pseudonymous ids), in shortlist order.
        public var candidates: [String]
    }

    public struct Upskilling: Sendable, Equatable, Codable {
        public var competence: String
        public var label: String
        public var level: Int
        /// Candidates who would then qualify for one of the project's vacancies.
        public var candidates: Int
        public var course: String?
    }

    public var project: RecruitmentProject
    public var companyName: String
    public var positions: Int
    /// Distinct candidates who qualify for at least one vacancy (the ranking's hard requirements).
    public var proposed: Int
    /// Distinct candidates on the vacancies' shortlists (journal).
    public var shortlisted: Int
    /// Candidates on sent shortlists of vacancies whose follow-up call said filled, up to the positions.
    public var hired: Int
    public var unfilled: Int { max(0, positions - hired) }
    /// Positions the qualified pool cannot cover.
    public var uncovered: Int { max(0, positions - proposed) }
    public var daysLeft: Int
    public var municipalities: [MunicipalityCoverage]
    public var competences: [CompetenceCoverage]
    public var upskilling: [Upskilling]
    /// Per vacancy, in the project's order (vacancies missing from the records are left out).
    public var vacancies: [VacancyPipeline]

    /// Computes the status. Candidates are pooled from all participating municipalities with
    /// the ranking's rules (`index.rank`, every hard requirement); `work` is the replayed
    /// journal; `plan` the cooperation's upskilling proposal.
    public static func compute(_ p: RecruitmentProject, index: MatchIndex, dataset: Dataset, work: JournalState,
                               plan: UpskillingPlan?, today: Day) -> RecruitmentStatus {
        let participating = dataset.registry.participating.isEmpty ? nil : Set(dataset.registry.participating)
        let vacancies = p.vacancies.compactMap { index.vacancy(id: $0) }
        let names = Dictionary(dataset.registry.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        var qualifiedHome: [String: String] = [:]
        var qualifiedPer: [String: Int] = [:]
        for v in vacancies where v.status == .open {
            let r = index.rank(vacancy: v, top: max(1, index.candidateCount), municipalities: participating, today: today)
            for c in r.candidates { qualifiedHome[c.candidateID] = c.municipality }
            qualifiedPer[v.id] = r.candidates.count
        }
        var shortlisted: [String: String] = [:]
        var hired = 0
        var pipeline: [VacancyPipeline] = []
        for v in vacancies {
            let w = work.work(for: v.id)
            for item in w.shortlist.items {
                shortlisted[item.candidate] = index.candidate(id: item.candidate)?.municipality ?? ""
            }
            let filled = w.shortlist.state == .sent && w.calls.last?.outcome == .filled ? min(v.positions, w.shortlist.items.count) : 0
            hired += filled
            pipeline.append(VacancyPipeline(vacancy: v.id, title: v.title, municipality: v.municipality, positions: v.positions,
                                            open: v.status == .open, qualified: qualifiedPer[v.id] ?? 0,
                                            shortlisted: w.shortlist.items.count, shortlistState: w.shortlist.state, hired: filled,
                                            candidates: w.shortlist.items.map(\.candidate)))
        }
        let positions = vacancies.reduce(0) { $0 + max(0, $1.positions) }
        var codes = p.quotas.map(\.municipality)
        for code in Set(qualifiedHome.values).union(shortlisted.values).sorted() where !codes.contains(code) && !code.isEmpty {
            codes.append(code)
        }
        let municipalities = codes.map { code in
            MunicipalityCoverage(municipality: code, name: names[code] ?? code,
                                 quota: p.quotas.first { $0.municipality == code }?.positions ?? 0,
                                 qualified: qualifiedHome.values.count { $0 == code },
                                 shortlisted: shortlisted.values.count { $0 == code })
        }
        // Required competences: the essential requirements of the vacancies, at the highest level asked.
        var need: [String: (level: Int, positions: Int, sites: Set<String>)] = [:]
        for v in vacancies {
            for r in v.requirements where r.essential {
                var e = need[r.competence] ?? (0, 0, [])
                e.level = max(e.level, r.minLevel); e.positions += v.positions; e.sites.insert(v.municipality)
                need[r.competence] = e
            }
        }
        let pool = dataset.candidates.filter { $0.status == .active && (participating?.contains($0.municipality) ?? true) }
        let competences = need.keys.sorted().map { id -> CompetenceCoverage in
            let e = need[id]!
            let n = pool.count { c in
                c.competences.contains { $0.id == id && $0.level >= e.level } && e.sites.contains { site in
                    index.travel.minutes(fromPostcode: c.postcode, municipality: c.municipality, to: site).map { $0 <= c.maxCommuteMinutes } ?? false
                }
            }
            return CompetenceCoverage(competence: id, label: index.competenceLabel(id), level: e.level, positions: e.positions, candidates: n)
        }
        let ids = Set(p.vacancies)
        let upskilling = (plan?.proposals ?? []).compactMap { g -> Upskilling? in
            guard !ids.isDisjoint(with: g.vacancies) else { return nil }
            return Upskilling(competence: g.competence, label: g.label, level: g.level, candidates: g.qualifyAfter,
                              course: g.courses.first.map { "\($0.course) \($0.title)" })
        }.filter { $0.candidates > 0 }
        return RecruitmentStatus(
            project: p, companyName: dataset.companies.first { $0.id == p.company }?.name ?? p.company,
            positions: positions, proposed: qualifiedHome.count, shortlisted: shortlisted.count, hired: min(hired, positions),
            daysLeft: today.days(until: p.deadline), municipalities: municipalities, competences: competences,
            upskilling: upskilling, vacancies: pipeline)
    }

    /// Every project's status with the cooperation's upskilling plan computed once (shortage
    /// report, catalogue, the journal's enrolments): what `jobmatch recruitment show` prints
    /// and the workbench's Recruitment screen draws, so the two cannot disagree.
    public static func computeAll(_ projects: [RecruitmentProject], index: MatchIndex, dataset: Dataset, work: JournalState,
                                  courses: [Course], today: Day) -> [RecruitmentStatus] {
        guard !projects.isEmpty else { return [] }
        let report = ShortageReport.compute(dataset: dataset, travel: index.travel, today: today)
        let plan = UpskillingPlan.compute(dataset: dataset, travel: index.travel, report: report, courses: courses,
                                          enrolments: work.enrolments, today: today)
        return projects.map { compute($0, index: index, dataset: dataset, work: work, plan: plan, today: today) }
    }
}
