import JobMatchCore

/// The schema rearranged for drawing records: occupations by industry group, traits per
/// occupation and group, and the ids of the schema's benefits, job types and education
/// levels. Built once per run; read-only and `Sendable` so every core shares it.
///
/// Everything the generator emits comes from here, which is how it guarantees that every
/// id in a generated record exists in the schema.
struct SchemaIndex: Sendable {
    let schema: Schema
    let groupTraits: [IndustryTraits]
    /// Occupation indices per industry group (aligned with `schema.industryGroups`); an
    /// empty group borrows occupations that use its competences, or else all of them.
    let occupationsByGroup: [[Int]]
    /// Industry group index of each occupation (-1 when its group is not in the schema).
    let groupOfOccupation: [Int]
    let occupationTraits: [OccupationTraits]
    /// Occupations weighted so that each industry group gets its share of employment.
    let occupationsByEmployment: WeightedTable
    /// Industry groups weighted by employment.
    let groupsByEmployment: WeightedTable
    /// Competence indices used in each industry group, for a candidate's odd extra skills.
    let competencesByGroup: [[Int]]
    /// The schema's levels, ascending (normally 1…4).
    let levels: [Int]
    /// Licence codes in schema order (records list them in this order).
    let licenceCodes: [String]
    let languageCodes: Set<String>
    /// CEFR levels ascending (A1…C2).
    let cefr: [String]
    /// Education level ids for each `EducationTier` (nearest tier when the schema has none).
    let educationByTier: [[String]]
    /// Match categories of each benefit id.
    let benefitCategories: [String: [String]]
    let jobTypes: [JobType]

    init(schema: Schema) {
        self.schema = schema
        let groups = schema.industryGroups
        groupTraits = groups.map { IndustryTraits(db07: $0.db07) }
        var groupPosition: [String: Int] = [:]
        for (i, g) in groups.enumerated() { groupPosition[g.code] = i }

        var byGroup = Array(repeating: [Int](), count: groups.count)
        var groupOf: [Int] = []
        for (i, o) in schema.occupations.enumerated() {
            let g = groupPosition[o.group] ?? -1
            groupOf.append(g)
            if g >= 0 { byGroup[g].append(i) }
        }
        var competenceGroups = Array(repeating: [Int](), count: groups.count)
        for (i, c) in schema.competences.enumerated() {
            for code in c.groups { if let g = groupPosition[code] { competenceGroups[g].append(i) } }
        }
        competencesByGroup = competenceGroups
        groupOfOccupation = groupOf
        occupationsByGroup = SchemaIndex.fillEmptyGroups(byGroup, schema: schema, competencesByGroup: competenceGroups)

        licenceCodes = schema.licences.map(\.code)
        let known = Set(licenceCodes)
        occupationTraits = schema.occupations.map {
            OccupationTraits($0, certificates: schema.certificates, licenceCodes: known)
        }
        // Each group's employment is shared among its own occupations.
        let traits = groupTraits
        let own = byGroup
        occupationsByEmployment = WeightedTable(groupOf.map { g in
            g >= 0 ? traits[g].employment / Double(own[g].count) : 1
        })
        groupsByEmployment = WeightedTable(groupTraits.map(\.employment))

        levels = schema.levels.map(\.level).sorted()
        languageCodes = Set(schema.languages.map(\.code))
        cefr = schema.cefrLevels
        educationByTier = SchemaIndex.educationTiers(schema.educationLevels)
        var categories: [String: [String]] = [:]
        for b in schema.benefitTypes { categories[b.id] = b.matchCategories }
        benefitCategories = categories
        jobTypes = schema.jobTypes
    }

    /// `codes` in schema order, with the licence each trailer category builds on (CE needs
    /// C, DE needs D, BE needs B) added where the schema has it.
    func licencesInOrder(_ codes: [String]) -> [String] {
        licenceCodes.filter { code in
            codes.contains(code) || codes.contains { $0.count > 1 && $0.hasSuffix("E") && $0.dropLast() == code }
        }
    }

    var minLevel: Int { levels.first ?? 1 }
    var maxLevel: Int { levels.last ?? 1 }

    func clampLevel(_ level: Int) -> Int { min(maxLevel, max(minLevel, level)) }

    /// The CEFR level at `index` counted from A1, clamped to the schema's list.
    func cefrLevel(_ index: Int) -> String { cefr[min(cefr.count - 1, max(0, index))] }

    /// An education level id for the tier drawn from `weights`.
    func education(_ weights: [Double], _ rng: inout RandomSource) -> String {
        let ids = educationByTier[rng.weightedIndex(weights)]
        return ids.isEmpty ? "" : rng.pick(ids)
    }

    /// Groups without an occupation of their own borrow those whose essential competences
    /// belong to the group, or else all occupations, so every group can post vacancies.
    private static func fillEmptyGroups(_ byGroup: [[Int]], schema: Schema, competencesByGroup: [[Int]]) -> [[Int]] {
        byGroup.enumerated().map { g, own in
            guard own.isEmpty else { return own }
            let ids = Set(competencesByGroup[g].map { schema.competences[$0].id })
            let borrowed = schema.occupations.indices.filter { i in
                schema.occupations[i].essential.contains { ids.contains($0.competence) }
            }
            return borrowed.isEmpty ? Array(schema.occupations.indices) : borrowed
        }
    }

    /// Maps each tier to the schema levels that say they are that tier. A schema whose
    /// labels say nothing recognisable is assumed to list its levels from lowest to highest.
    private static func educationTiers(_ levels: [EducationLevel]) -> [[String]] {
        let tiers = EducationTier.allCases
        var exact = Array(repeating: [String](), count: tiers.count)
        let classified = levels.map(EducationTier.classify)
        if classified.allSatisfy({ $0 == nil }) {
            for (i, level) in levels.enumerated() { exact[i * tiers.count / max(1, levels.count)].append(level.id) }
        } else {
            for (level, tier) in zip(levels, classified) { if let tier { exact[tier.rawValue].append(level.id) } }
        }
        // A tier the schema lacks takes the nearest tier that exists (lower first).
        return tiers.map { tier in
            for distance in 0..<tiers.count {
                for t in [tier.rawValue - distance, tier.rawValue + distance] where exact.indices.contains(t) {
                    if !exact[t].isEmpty { return exact[t] }
                }
            }
            return []
        }
    }
}
