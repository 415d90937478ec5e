/// A large recruitment (e.g. 40 positions at a new site) that the cooperation fills
/// together: the company's vacancies, a coordinator, a deadline and how many of the
/// positions each participating municipality aims to fill. Stored in `recruitments.jsonl`.
public struct RecruitmentProject: Sendable, Equatable, Identifiable, Codable {
    /// `R` + digits, e.g. `R001`.
    public var id: String
    public var title: String
    /// Company id (CVR-like).
    public var company: String
    /// User id of the coordinating consultant or supervisor.
    public var coordinator: String
    public var deadline: Day
    public var vacancies: [String]
    public var quotas: [RecruitmentQuota]

    public init(id: String, title: String, company: String, coordinator: String, deadline: Day, vacancies: [String],
                quotas: [RecruitmentQuota]) {
        self.id = id; self.title = title; self.company = company; self.coordinator = coordinator
        self.deadline = deadline; self.vacancies = vacancies; self.quotas = quotas
    }
}

/// The positions one municipality's job centre aims to fill.
public struct RecruitmentQuota: Sendable, Equatable, Hashable, Codable {
    public var municipality: String
    public var positions: Int
    public init(municipality: String, positions: Int) { self.municipality = municipality; self.positions = positions }
}

extension RecruitmentProject {
    /// What is wrong with the project against the loaded records, as (field, message).
    public func problems(vacancies known: [String: Vacancy], companies: Set<String>, registry: MunicipalityRegistry,
                         users: [User]) -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if id.isEmpty { out.append(("id", "must not be empty")) }
        if title.allSatisfy({ $0 == " " }) { out.append(("title", "must not be empty")) }
        if !companies.contains(company) { out.append(("company", "no company with id '\(company)' in companies.jsonl")) }
        if coordinator.isEmpty { out.append(("coordinator", "must name a user")) }
        else if !users.isEmpty, !users.contains(where: { $0.id == coordinator }) {
            out.append(("coordinator", "'\(coordinator)' is not in users.json"))
        }
        if vacancies.isEmpty { out.append(("vacancies", "a project needs at least one vacancy")) }
        for (i, v) in vacancies.enumerated() {
            guard let vacancy = known[v] else { out.append(("vacancies[\(i)]", "no vacancy with id '\(v)'")); continue }
            if vacancy.company != company { out.append(("vacancies[\(i)]", "\(v) belongs to company \(vacancy.company), not \(company)")) }
        }
        var seen = Set<String>()
        for (i, q) in quotas.enumerated() {
            if registry.municipality(q.municipality) == nil {
                out.append(("quotas[\(i)].municipality", "unknown municipality code '\(q.municipality)'"))
            } else if !registry.participating.isEmpty, !registry.participating.contains(q.municipality) {
                out.append(("quotas[\(i)].municipality", "\(q.municipality) does not take part in this data directory"))
            }
            if !seen.insert(q.municipality).inserted { out.append(("quotas[\(i)].municipality", "\(q.municipality) is listed twice")) }
            if q.positions < 1 { out.append(("quotas[\(i)].positions", "must be at least 1, not \(q.positions)")) }
        }
        return out
    }
}
