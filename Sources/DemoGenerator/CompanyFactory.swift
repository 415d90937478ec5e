import JobMatchCore

/// The generated companies plus what vacancies and barometer visits need to know about them
/// (kept beside the records because `Company` has no field for it).
struct CompanyPlan: Sendable {
    var companies: [Company] = []
    /// Industry group index (into `schema.industryGroups`) of each company.
    var group: [Int] = []
    /// Public employers (municipality, region): groups such as health and education mostly.
    var isPublic: [Bool] = []
    /// Site municipalities of each company as indices into `Geography.municipalities`.
    var sites: [[Int]] = []
    /// Occupation indices the company hires (its employer kind's), never empty.
    var occupations: [[Int]] = []
    /// Bigger companies post more vacancies.
    var bySize = WeightedTable([])
    /// Occupation index → its expected share of the vacancies (company size spread over the
    /// occupations each company hires): unemployed people look for the jobs that exist.
    var demand: [Double] = []
    /// Relative size of each company (1–20): bigger companies post more vacancies and have more staff.
    var size: [Double] = []
    /// How many of the companies post vacancies: the rest were added only for the barometer
    /// (`addSurveyed`), which asks far more companies than advertise in a given month.
    var posting = 0
    /// Names and ids already given, so companies added later stay unique.
    fileprivate var naming = CompanyNaming()
    fileprivate var usedIds = Set<String>()
}

enum CompanyFactory {
    /// Builds `count` companies one after another (names and CVR numbers must be unique,
    /// so this part is sequential; it is a few thousand records even at national scale).
    static func make(count: Int, index: SchemaIndex, geography: Geography, seed: UInt64) -> CompanyPlan {
        var plan = CompanyPlan()
        let groups = index.schema.industryGroups
        guard count > 0, !groups.isEmpty, !geography.municipalities.isEmpty else { return plan }
        var rng = RandomSource(seed: seed, stream: "companies")

        // Every industry group at least once, the rest by employment, in shuffled order.
        var groupOf = Array(groups.indices.prefix(count))
        while groupOf.count < count { groupOf.append(index.groupsByEmployment.draw(&rng)) }
        for i in stride(from: groupOf.count - 1, to: 0, by: -1) { groupOf.swapAt(i, rng.below(i + 1)) }

        let kinds = usableKinds(index: index, geography: geography)
        for g in groupOf { add(group: g, to: &plan, kinds: kinds, index: index, geography: geography, &rng) }
        let sizes = plan.size
        plan.posting = plan.companies.count
        plan.bySize = WeightedTable(sizes)
        plan.demand = Array(repeating: 0, count: index.schema.occupations.count)
        for (size, hires) in zip(sizes, plan.occupations) where !hires.isEmpty {
            for o in hires { plan.demand[o] += size / Double(hires.count) }
        }
        return plan
    }

    /// Adds `count` companies that post no vacancies but answer the job barometer (the
    /// barometer asks 800–900 companies a round, many more than advertise). Drawn from their
    /// own random stream after everything else, so the posting companies, the vacancies and
    /// the candidates are the same with or without them.
    static func addSurveyed(count: Int, to plan: inout CompanyPlan, index: SchemaIndex, geography: Geography, seed: UInt64) {
        guard count > 0, !index.schema.industryGroups.isEmpty, !geography.municipalities.isEmpty else { return }
        var rng = RandomSource(seed: seed, stream: "surveyed-companies")
        let kinds = usableKinds(index: index, geography: geography)
        for _ in 0..<count {
            add(group: index.groupsByEmployment.draw(&rng), to: &plan, kinds: kinds, index: index, geography: geography, &rng)
        }
    }

    private static func add(group g: Int, to plan: inout CompanyPlan, kinds: [(kind: EmployerKind, occupations: [Int], sites: [Int])],
                            index: SchemaIndex, geography: Geography, _ rng: inout RandomSource) {
        let groups = index.schema.industryGroups
        let traits = index.groupTraits[g]
        let wantPublic = rng.chance(traits.publicShare)
        let inGroup = kinds.filter { traits.sections.contains($0.kind.section) }
        let preferred = inGroup.filter { $0.kind.isPublic == wantPublic }
        let pool = preferred.isEmpty ? inGroup : preferred
        let chosen = pool.isEmpty ? nil : pool[rng.below(pool.count)]
        let isPublic = chosen?.kind.isPublic ?? wantPublic
        let sites = chosen.map { siteList($0, geography: geography, &rng) } ?? siteList(isPublic: isPublic, geography: geography, &rng)
        var id = ""
        repeat { id = String(rng.int(10_000_000...99_999_999)) } while !plan.usedIds.insert(id).inserted
        let fallback = EmployerKind(section: "S", owner: isPublic ? .municipality : .privateCompany,
                                    style: isPublic ? .department : .company,
                                    words: isPublic ? ["Administration"] : ["Service", "Gruppen", "Partner"], occupations: [])
        let name = plan.naming.name(kind: chosen?.kind ?? fallback, sites: sites.map { geography.municipalities[$0] }, &rng)
        let (contact, local) = PersonNames.person(PersonNames.origin(&rng), &rng)
        plan.companies.append(Company(
            id: id, name: name, industryGroup: groups[g].code,
            municipalities: sites.map { geography.municipalities[$0].code },
            contactName: contact, contactPhone: PersonNames.phone(&rng),
            contactEmail: PersonNames.email(local: local, &rng)))
        plan.group.append(g)
        plan.isPublic.append(isPublic)
        plan.sites.append(sites)
        let own = chosen?.occupations ?? []
        plan.occupations.append(own.isEmpty ? index.occupationsByGroup[g] : own)
        let u = rng.unit()
        plan.size.append((1 + 9 * u * u * u * u) * (isPublic ? 2 : 1))
    }

    /// The employer kinds this data set can have: with at least one occupation the schema
    /// knows, and, for state and regional bodies with fixed sites, a site in play.
    private static func usableKinds(index: SchemaIndex, geography: Geography) -> [(kind: EmployerKind, occupations: [Int], sites: [Int])] {
        var occupationIndex: [String: Int] = [:]
        for (i, o) in index.schema.occupations.enumerated() { occupationIndex[o.id] = i }
        var position: [String: Int] = [:]
        for (i, m) in geography.municipalities.enumerated() { position[m.code] = i }
        return EmployerKind.all.compactMap { kind in
            let occupations = kind.occupations.compactMap { occupationIndex["occ." + $0] }
            guard !occupations.isEmpty else { return nil }
            let fixed = kind.style == .perSite ? Array(kind.siteNames.keys) : kind.sites
            let sites = fixed.compactMap { position[$0] }.sorted()
            if !fixed.isEmpty && sites.isEmpty { return nil }
            return (kind, occupations, sites)
        }
    }

    /// A kind with fixed sites (police, garrison, hospital) sits at one of them; others as below.
    private static func siteList(_ chosen: (kind: EmployerKind, occupations: [Int], sites: [Int]), geography: Geography,
                                 _ rng: inout RandomSource) -> [Int] {
        if !chosen.sites.isEmpty { return [chosen.sites[rng.below(chosen.sites.count)]] }
        return siteList(isPublic: chosen.kind.isPublic, geography: geography, &rng)
    }

    /// One site for most companies; a second or third in a neighbouring municipality for
    /// some (a haulier in Hjørring with a depot in Frederikshavn). Public employers belong to
    /// one municipality.
    private static func siteList(isPublic: Bool, geography: Geography, _ rng: inout RandomSource) -> [Int] {
        let first = geography.byPopulation.draw(&rng)
        let extra = isPublic ? 0 : [0, 0, 0, 0, 0, 0, 0, 1, 1, 2][rng.below(10)]
        let near = Array(geography.neighbours[first].prefix(4))
        return [first] + rng.distinctIndices(extra, of: near.count).map { near[$0] }
    }
}
