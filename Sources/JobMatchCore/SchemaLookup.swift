/// The schema's and registry's ids as hash sets, built once per load so that checking
/// 250,000 records against the schema is a few hash look-ups per field instead of a walk
/// over 2,000 competences each time.
public struct SchemaLookup: Sendable {
    public let competences: Set<String>
    public let occupations: Set<String>
    public let licences: Set<String>
    public let certificates: Set<String>
    /// Folded-free alias (as written in the schema, lowercased) → certificate id.
    public let certificateAliases: [String: String]
    public let languages: Set<String>
    public let cefrLevels: Set<String>
    public let jobTypes: Set<String>
    public let educationLevels: Set<String>
    public let industryGroups: Set<String>
    /// Benefit id → its match categories (empty when the benefit has none).
    public let benefitMatchCategories: [String: Set<String>]
    public let levels: Set<Int>
    /// Smallest and largest level, for messages such as "level 7 is outside 1–4".
    public let levelRange: ClosedRange<Int>
    public let municipalities: Set<String>
    public let participating: Set<String>

    public init(schema: Schema, registry: MunicipalityRegistry) {
        competences = Set(schema.competences.map(\.id))
        occupations = Set(schema.occupations.map(\.id))
        licences = Set(schema.licences.map(\.code))
        certificates = Set(schema.certificates.map(\.id))
        var aliases: [String: String] = [:]
        for c in schema.certificates { for a in c.aliases ?? [] { aliases[a.lowercased()] = aliases[a.lowercased()] ?? c.id } }
        certificateAliases = aliases
        languages = Set(schema.languages.map(\.code))
        cefrLevels = Set(schema.cefrLevels)
        jobTypes = Set(schema.jobTypes.map(\.id))
        educationLevels = Set(schema.educationLevels.map(\.id))
        industryGroups = Set(schema.industryGroups.map(\.code))
        var benefits: [String: Set<String>] = [:]
        for b in schema.benefitTypes { benefits[b.id] = Set(b.matchCategories) }
        benefitMatchCategories = benefits
        let lv = schema.levels.map(\.level)
        levels = Set(lv)
        levelRange = (lv.min() ?? 1)...(lv.max() ?? 1)
        municipalities = Set(registry.municipalities.map(\.code))
        participating = Set(registry.participating)
    }
}
