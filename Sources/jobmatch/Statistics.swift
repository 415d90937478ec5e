import JobMatchCore

/// Counts of candidates and vacancies by municipality, job type and industry group: the
/// numbers behind `jobmatch stats` and `jobmatch validate`.
struct Statistics: Encodable {
    struct Row: Encodable {
        var key: String
        var label: String
        var candidates: Int
        var vacancies: Int
    }
    /// Vacancies per job type (candidates are not typed: eligibility depends on the vacancy's start date).
    struct JobTypeRow: Encodable {
        var key: String
        var label: String
        var vacancies: Int
    }
    var perMunicipality: [Row]
    var perJobType: [JobTypeRow]
    var perIndustryGroup: [Row]

    init(_ d: Dataset) {
        var candByMuni: [String: Int] = [:], vacByMuni: [String: Int] = [:]
        for c in d.candidates { candByMuni[c.municipality, default: 0] += 1 }
        for v in d.vacancies { vacByMuni[v.municipality, default: 0] += 1 }
        let codes = Set(candByMuni.keys).union(vacByMuni.keys).sorted()
        perMunicipality = codes.map { code in
            Row(key: code, label: "\(code) \(d.registry.municipality(code)?.name ?? "?")",
                candidates: candByMuni[code] ?? 0, vacancies: vacByMuni[code] ?? 0)
        }

        var vacByType: [String: Int] = [:]
        for v in d.vacancies { vacByType[v.jobType, default: 0] += 1 }
        perJobType = d.schema.jobTypes.map { t in
            JobTypeRow(key: t.id, label: t.da, vacancies: vacByType[t.id] ?? 0)
        }

        var groupOfOccupation: [String: String] = [:]
        for o in d.schema.occupations { groupOfOccupation[o.id] = o.group }
        var groupOfCompany: [String: String] = [:]
        for c in d.companies { groupOfCompany[c.id] = c.industryGroup }
        var candByGroup: [String: Int] = [:], vacByGroup: [String: Int] = [:]
        for c in d.candidates {
            // A candidate counts once per industry group among her desired occupations.
            let groups = Set(c.desiredOccupations.compactMap { groupOfOccupation[$0] })
            for g in groups { candByGroup[g, default: 0] += 1 }
        }
        for v in d.vacancies { vacByGroup[groupOfCompany[v.company] ?? groupOfOccupation[v.occupation] ?? "?", default: 0] += 1 }
        perIndustryGroup = d.schema.industryGroups.map { g in
            Row(key: g.code, label: "\(g.code) \(g.da)", candidates: candByGroup[g.code] ?? 0, vacancies: vacByGroup[g.code] ?? 0)
        }
    }
}
