import JobMatchCore

/// The demo's recruitment projects (`recruitments.jsonl`): in each cooperation, the company
/// with the most open positions there gets a project over its open vacancies, with the
/// positions split as quotas across the cooperation's participating members. Derived from
/// the generated records without randomness, so it shifts nothing else.
public enum RecruitmentDemo {
    public static func make(_ d: Dataset, today: Day) -> [RecruitmentProject] {
        let participating = Set(d.registry.participating)
        var out: [RecruitmentProject] = []
        for coop in d.registry.cooperations {
            let members = coop.members.filter(participating.contains)
            guard !members.isEmpty else { continue }
            let open = d.vacancies.filter { $0.status == .open && $0.expiryDate >= today && members.contains($0.municipality) }
            var byCompany: [String: Int] = [:]
            for v in open { byCompany[v.company, default: 0] += v.positions }
            guard let company = byCompany.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            let vacancies = open.filter { $0.company == company }.sorted { $0.id < $1.id }.prefix(12)
            let positions = vacancies.reduce(0) { $0 + $1.positions }
            guard positions > 0 else { continue }
            var quotas: [RecruitmentQuota] = []
            for (i, m) in members.enumerated() {
                let share = positions / members.count + (i < positions % members.count ? 1 : 0)
                if share > 0 { quotas.append(RecruitmentQuota(municipality: m, positions: share)) }
            }
            let site = vacancies.first!.municipality
            let coordinator = d.users.first { $0.role == .supervisor && $0.municipality == site }
                ?? d.users.first { $0.role == .supervisor && members.contains($0.municipality) } ?? d.users.first
            let name = d.companies.first { $0.id == company }?.name ?? company
            out.append(RecruitmentProject(
                id: "R\(String(repeating: "0", count: max(0, 3 - "\(out.count + 1)".count)))\(out.count + 1)",
                title: "\(name): \(positions) stillinger i \(coop.name)", company: company,
                coordinator: coordinator?.id ?? "coordinator", deadline: today.adding(days: 60),
                vacancies: vacancies.map(\.id), quotas: quotas))
        }
        return out
    }
}
