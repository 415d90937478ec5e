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
    /// Bigger companies post more vacancies.
    var bySize = WeightedTable([])
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

        var naming = CompanyNaming()
        var usedIds = Set<String>()
        var sizes: [Double] = []
        for g in groupOf {
            let traits = index.groupTraits[g]
            let isPublic = rng.chance(traits.publicShare)
            let sites = siteList(isPublic: isPublic, geography: geography, &rng)
            let seat = geography.municipalities[sites[0]]
            var id = ""
            repeat { id = String(rng.int(10_000_000...99_999_999)) } while !usedIds.insert(id).inserted
            let name = naming.name(sections: traits.sections, isPublic: isPublic, municipality: seat, &rng)
            let (contact, local) = PersonNames.person(PersonNames.origin(&rng), &rng)
            plan.companies.append(Company(
                id: id, name: name, industryGroup: groups[g].code,
                municipalities: sites.map { geography.municipalities[$0].code },
                contactName: contact, contactPhone: PersonNames.phone(&rng),
                contactEmail: PersonNames.email(local: local, &rng)))
            plan.group.append(g)
            plan.isPublic.append(isPublic)
            plan.sites.append(sites)
            let u = rng.unit()
            sizes.append((1 + 9 * u * u * u * u) * (isPublic ? 2 : 1))
        }
        plan.bySize = WeightedTable(sizes)
        return plan
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
