/// Counts of candidates and vacancies by municipality, job type and industry group: the
/// numbers behind `jobmatch stats` and `jobmatch validate`.
///
/// Every table counts the same population: active candidates and open vacancies, as
/// defined by `MunicipalityCounts` (which the workbench Dashboard shows too).
public struct Statistics: Encodable, Sendable {
    /// One municipality: `MunicipalityCounts` with a label.
    public struct MunicipalityRow: Encodable, Sendable {
        public var key: String
        public var label: String
        /// Active candidates whose case this job centre owns.
        public var candidates: Int
        /// Of those, consenting to be shown to other municipalities.
        public var sharing: Int
        /// Open vacancies with their work place here.
        public var vacancies: Int
        public var positions: Int
    }
    public struct Row: Encodable, Sendable {
        public var key: String
        public var label: String
        public var candidates: Int
        public var vacancies: Int
    }
    /// Vacancies per job type (candidates are not typed: eligibility depends on the vacancy's start date).
    public struct JobTypeRow: Encodable, Sendable {
        public var key: String
        public var label: String
        public var vacancies: Int
    }
    public var perMunicipality: [MunicipalityRow]
    public var perJobType: [JobTypeRow]
    public var perIndustryGroup: [Row]

    public init(_ d: Dataset) {
        let counts = MunicipalityCounts.count(d)
        perMunicipality = counts.keys.sorted().map { code in
            let c = counts[code]!
            return MunicipalityRow(key: code, label: "\(code) \(d.registry.municipality(code)?.name ?? "?")",
                                   candidates: c.candidates, sharing: c.sharing, vacancies: c.vacancies, positions: c.positions)
        }
        let activeCandidates = d.candidates.filter { $0.status == .active }
        let openVacancies = d.vacancies.filter { $0.status == .open }

        var vacByType: [String: Int] = [:]
        for v in openVacancies { vacByType[v.jobType, default: 0] += 1 }
        perJobType = d.schema.jobTypes.map { t in
            JobTypeRow(key: t.id, label: t.da, vacancies: vacByType[t.id] ?? 0)
        }

        var groupOfOccupation: [String: String] = [:]
        for o in d.schema.occupations { groupOfOccupation[o.id] = o.group }
        var groupOfCompany: [String: String] = [:]
        for c in d.companies { groupOfCompany[c.id] = c.industryGroup }
        var candByGroup: [String: Int] = [:], vacByGroup: [String: Int] = [:]
        for c in activeCandidates {
            // A candidate counts once per industry group among her desired occupations.
            let groups = Set(c.desiredOccupations.compactMap { groupOfOccupation[$0] })
            for g in groups { candByGroup[g, default: 0] += 1 }
        }
        for v in openVacancies { vacByGroup[groupOfCompany[v.company] ?? groupOfOccupation[v.occupation] ?? "?", default: 0] += 1 }
        perIndustryGroup = d.schema.industryGroups.map { g in
            Row(key: g.code, label: "\(g.code) \(g.da)", candidates: candByGroup[g.code] ?? 0, vacancies: vacByGroup[g.code] ?? 0)
        }
    }
}
