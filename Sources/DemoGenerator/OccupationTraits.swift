import JobMatchCore

/// What the generator assumes about people in an occupation and about jobs in it, derived
/// from the occupation's ISCO-08 code (which the schema carries for every occupation):
/// lorry drivers hold C/CE, bus drivers D, home carers drive a car, cooks hold a hygiene
/// certificate, nurses have a medium-cycle higher education.
struct OccupationTraits: Sendable {
    struct LicenceOdds: Sendable {
        var code: String
        /// Chance a candidate in the occupation holds it / a vacancy requires it.
        var candidate: Double
        var vacancy: Double
    }

    var licences: [LicenceOdds]
    /// Schema certificate ids that fit the occupation.
    var certificates: [String]
    /// Weights over `EducationTier.allCases`.
    var education: [Double]

    init(isco: String, certificates all: [Certificate], licenceCodes: Set<String>) {
        let rule = OccupationTraits.licenceRules.first { rule in rule.prefixes.contains { isco.hasPrefix($0) } }
        licences = (rule?.odds ?? OccupationTraits.defaultLicences).filter { licenceCodes.contains($0.code) }
        let keywords = OccupationTraits.certificateRules
            .filter { rule in rule.prefixes.contains { isco.hasPrefix($0) } }
            .flatMap(\.keywords)
        certificates = all.filter { c in
            let text = "\(c.id) \(c.en) \(c.da)".lowercased()
            return keywords.contains { text.contains($0) }
        }.map(\.id)
        education = OccupationTraits.educationRules.first { isco.hasPrefix($0.prefix) }?.weights
            ?? [0.25, 0.15, 0.35, 0.08, 0.12, 0.05]
    }

    private static let defaultLicences = [LicenceOdds(code: "B", candidate: 0.70, vacancy: 0.05)]

    /// First matching ISCO prefix wins, so specific codes come before their major group.
    private static let licenceRules: [(prefixes: [String], odds: [LicenceOdds])] = [
        (["8332"], [.init(code: "B", candidate: 1, vacancy: 0), .init(code: "C", candidate: 0.95, vacancy: 0.95),
                    .init(code: "CE", candidate: 0.7, vacancy: 0.55)]),
        (["8331"], [.init(code: "B", candidate: 1, vacancy: 0), .init(code: "D", candidate: 0.95, vacancy: 0.95)]),
        (["8322", "9621", "8321"], [.init(code: "B", candidate: 1, vacancy: 0.95)]),
        (["834"], [.init(code: "B", candidate: 0.9, vacancy: 0.2), .init(code: "C", candidate: 0.3, vacancy: 0.1)]),
        (["532", "3412"], [.init(code: "B", candidate: 0.95, vacancy: 0.7)]),
        (["6"], [.init(code: "B", candidate: 0.9, vacancy: 0.5), .init(code: "T", candidate: 0.5, vacancy: 0.2)]),
        (["71", "72", "74"], [.init(code: "B", candidate: 0.9, vacancy: 0.4)]),
        (["1", "3322", "2433", "3323", "3324"], [.init(code: "B", candidate: 0.95, vacancy: 0.5)]),
        (["222", "322"], [.init(code: "B", candidate: 0.85, vacancy: 0.15)]),
    ]

    /// Keywords searched for in a certificate's id and labels (Danish and English).
    private static let certificateRules: [(prefixes: [String], keywords: [String])] = [
        (["833", "8322"], ["adr", "cpc", "kvalifikationsbevis", "chauffeur", "chauffør", "tachograph", "driver"]),
        (["8344", "4321", "9333", "9321", "8332"], ["truck", "forklift", "gaffel"]),
        (["7212", "7213", "7214"], ["weld", "svejs"]),
        (["741"], ["electric", "elektri", "autoris", "high-voltage", "l-aus"]),
        (["7126", "7127"], ["vvs", "gas", "autoris", "plumb"]),
        (["711", "712", "713", "93", "8342", "7212"], ["asbest", "scaffold", "stillads", "work at height", "construction safety", "byggepladssikkerhed"]),
        (["8343"], ["crane", "kran"]),
        (["8342"], ["earthmov", "gravemask", "excavator", "entreprenørmaskine"]),
        (["512", "513", "9411", "9412", "751", "5246", "816"], ["hygiene", "hygiejne", "food", "fødevare", "haccp"]),
        (["53", "222", "322", "325", "226", "2634", "5311", "234", "235"], ["first aid", "first-aid", "førstehjælp"]),
        (["532", "222", "322"], ["medicin", "medication", "forflyt", "patient handling", "lifting"]),
        (["9112", "5151", "912"], ["clean", "rengør"]),
        (["5414"], ["secur", "vagt", "guard"]),
    ]

    /// Education weights over `EducationTier.allCases` by ISCO prefix (first match wins).
    private static let educationRules: [(prefix: String, weights: [Double])] = [
        ("222", [0, 0, 0, 0.05, 0.9, 0.05]), ("223", [0, 0, 0, 0.05, 0.9, 0.05]),
        ("226", [0, 0, 0, 0.05, 0.85, 0.1]), ("234", [0, 0, 0, 0, 0.85, 0.15]),
        ("235", [0, 0, 0, 0.05, 0.8, 0.15]), ("532", [0.05, 0.05, 0.85, 0.05, 0, 0]),
        ("1", [0, 0.05, 0.2, 0.1, 0.3, 0.35]), ("2", [0, 0, 0, 0.05, 0.5, 0.45]),
        ("3", [0, 0.1, 0.3, 0.35, 0.25, 0]), ("4", [0.15, 0.3, 0.45, 0.1, 0, 0]),
        ("5", [0.3, 0.2, 0.5, 0, 0, 0]), ("6", [0.5, 0, 0.5, 0, 0, 0]),
        ("7", [0.25, 0, 0.75, 0, 0, 0]), ("8", [0.5, 0.05, 0.45, 0, 0, 0]),
        ("9", [0.6, 0.15, 0.25, 0, 0, 0]),
    ]
}

/// Broad education tiers the generator reasons in; `SchemaIndex` maps each to the schema's
/// education level ids by their labels.
enum EducationTier: Int, CaseIterable, Sendable {
    case primary, upperSecondary, vocational, shortHigher, mediumHigher, longHigher

    /// Recognises a schema education level from its id and labels; checked from the most
    /// specific words down, since "lower secondary" also says "secondary".
    static func classify(_ level: EducationLevel) -> EducationTier? {
        let text = "\(level.id) \(level.en) \(level.da)".lowercased()
        let rules: [(EducationTier, [String])] = [
            (.longHigher, ["master", "kandidat", "long-cycle", "long cycle", "lang videregående", "phd", "doctor", "ph.d"]),
            (.mediumHigher, ["bachelor", "mellemlang", "medium-cycle", "medium cycle"]),
            (.shortHigher, ["short-cycle", "short cycle", "kort videregående", "akademi", "academy"]),
            (.vocational, ["vocational", "erhvervsudd", "faglært", "skilled", "eud"]),
            (.primary, ["primary", "grundskole", "folkeskole", "lower secondary", "basic", "ufaglært", "none"]),
            (.upperSecondary, ["upper secondary", "upper-secondary", "gymnas", "general", "stx", "hf"]),
        ]
        return rules.first { _, words in words.contains { text.contains($0) } }?.0
    }
}
