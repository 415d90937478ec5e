import JobMatchCore

/// What the generator assumes about people in an occupation and about jobs in it, derived
/// from the occupation's ISCO-08 code (which the schema carries for every occupation):
/// lorry drivers hold C/CE, bus drivers D, home carers drive a car, cooks hold a hygiene
/// certificate, nurses have a medium-cycle higher education.
struct OccupationTraits: Sendable {
    /// A licence code or certificate id with the chance that a candidate in the occupation
    /// holds it and that a vacancy in it requires it.
    struct Odds: Sendable {
        var id: String
        var candidate: Double
        var vacancy: Double
        init(_ id: String, _ candidate: Double, _ vacancy: Double) { self.id = id; self.candidate = candidate; self.vacancy = vacancy }
    }

    var licences: [Odds]
    /// Schema certificates that fit the occupation.
    var certificates: [Odds]
    /// Certificates added with the richer candidate record (health authorisations, L-AUS,
    /// F-gas, telehandler): drawn for candidates after everything else
    /// (`CandidateRecordsDraw`), so the older fields and every vacancy keep their values
    /// for a seed. Vacancies do not ask for them yet.
    var laterCertificates: [Odds]
    /// Weights over `EducationTier.allCases`.
    var education: [Double]

    init(_ occupation: Occupation, certificates all: [Certificate], licenceCodes: Set<String>) {
        let isco = occupation.isco
        func applies(_ match: [String]) -> Bool {
            match.contains { m in m.first?.isNumber == true ? isco.hasPrefix(m) : occupation.id.contains(m) }
        }
        let rule = OccupationTraits.licenceRules.first { applies($0.match) }
        licences = (rule?.odds ?? OccupationTraits.defaultLicences).filter { licenceCodes.contains($0.id) }
        let rules = OccupationTraits.certificateRules.filter { applies($0.match) }
        certificates = all.compactMap { c in
            let text = "\(c.id) \(c.en) \(c.da)".lowercased()
            let fitting = rules.filter { $0.keywords.contains { text.contains($0) } }
            guard let best = fitting.max(by: { $0.candidate < $1.candidate }) else { return nil }
            return Odds(c.id, best.candidate, best.vacancy)
        }
        let later = OccupationTraits.laterCertificateRules.filter { applies($0.match) }
        laterCertificates = all.compactMap { c in
            guard let best = later.filter({ $0.keywords.contains(c.id) }).max(by: { $0.candidate < $1.candidate }) else { return nil }
            return Odds(c.id, best.candidate, best.vacancy)
        }
        education = OccupationTraits.educationRules.first { isco.hasPrefix($0.prefix) }?.weights
            ?? [0.25, 0.15, 0.35, 0.08, 0.12, 0.05]
    }

    private static let defaultLicences = [Odds("B", 0.62, 0.05)]

    /// Rules match an ISCO prefix (digits) or a word in the occupation id. For licences
    /// the first matching rule wins, so specific codes come before their major group.
    private static let licenceRules: [(match: [String], odds: [Odds])] = [
        (["8332"], [.init("B", 1, 0), .init("C", 0.95, 0.95),
                    .init("CE", 0.7, 0.55)]),
        (["8331"], [.init("B", 1, 0), .init("D", 0.95, 0.95),
                    .init("DE", 0.1, 0)]),
        (["8322", "9621", "8321", "5165"], [.init("B", 1, 0.95)]),
        (["8341"], [.init("B", 0.95, 0.6), .init("BE", 0.5, 0.2),
                    .init("C", 0.3, 0.1)]),
        (["834"], [.init("B", 0.9, 0.2), .init("C", 0.3, 0.1)]),
        (["5411"], [.init("B", 1, 0.8), .init("C", 0.6, 0.5)]),
        (["5412"], [.init("B", 1, 0.9)]),
        (["9611"], [.init("B", 0.8, 0.3), .init("C", 0.3, 0.1)]),
        (["532", "3412"], [.init("B", 0.95, 0.7)]),
        (["6"], [.init("B", 0.9, 0.5), .init("BE", 0.4, 0.1)]),
        (["71", "72", "74", "5153", "3131"], [.init("B", 0.9, 0.4)]),
        (["1", "3322", "2433", "3323", "3324", "3334"], [.init("B", 0.95, 0.5)]),
        (["222", "322", "2635"], [.init("B", 0.85, 0.15)]),
    ]

    /// Keywords searched for in a certificate's id and labels, with the chance a candidate
    /// holds it and a vacancy requires it (a lorry driver must have the driver CPC; a
    /// first-aid course is a plus). Every matching rule adds; the highest odds count.
    private static let certificateRules: [(match: [String], keywords: [String], candidate: Double, vacancy: Double)] = [
        (["8332", "8331"], ["driver-qualification", "professional competence"], 0.9, 0.8),
        (["8332", "8331"], ["tachograph"], 0.8, 0.3),
        (["dangerous-goods"], ["adr"], 0.95, 0.95),
        (["8332"], ["adr"], 0.3, 0.1),
        (["8332"], ["loader-crane", "loader crane"], 0.3, 0.1),
        (["taxi"], ["taxi"], 0.95, 0.95),
        (["8344"], ["forklift", "truckcertifikat"], 0.9, 0.8),
        (["9333", "9321", "8332"], ["forklift", "truckcertifikat"], 0.45, 0.25),
        (["7212", "7213"], ["welding", "welder", "svejse"], 0.6, 0.4),
        (["7212", "7213", "7121", "7126"], ["hot-work", "hot work"], 0.4, 0.15),
        (["7411"], ["authorised-electrician", "electrical installer"], 0.3, 0.2),
        (["7126"], ["authorised-plumber", "plumbing", "sewer"], 0.25, 0.15),
        (["7119"], ["scaffolding"], 0.85, 0.7),
        (["7124", "9313", "7112"], ["asbestos"], 0.3, 0.15),
        (["7131", "7122"], ["hazardous-substances", "epoxy"], 0.4, 0.2),
        (["711", "712", "7131", "7411"], ["aerial-work-platform", "work platform"], 0.25, 0.1),
        (["8343"], ["crane operator", "kranfører"], 0.9, 0.85),
        (["3131", "wind"], ["gwo"], 0.85, 0.8),
        (["forestry", "621"], ["chainsaw", "motorsav"], 0.8, 0.5),
        (["9213", "9214", "agri-machine"], ["pesticide", "sprøjte"], 0.35, 0.15),
        (["8350", "622"], ["sea-safety", "safety training at sea"], 0.8, 0.7),
        (["512", "3434", "9412", "5131", "5132", "751", "816"], ["food-hygiene", "food hygiene", "hygiejne", "haccp"], 0.7, 0.35),
        (["53", "222", "226", "325", "5411", "5412", "5414", "3422", "3423", "5165", "234"],
         ["first-aid", "first aid", "førstehjælp"], 0.4, 0.15),
        (["5414"], ["security-guard", "security guard", "vagtkort"], 0.9, 0.9),
        (["3422", "3423"], ["lifeguard", "livredder"], 0.2, 0.1),
        (["5311", "5312", "234", "233", "232", "3422"], ["childcare-police-record", "child protection", "børneattest"], 0.5, 0.3),
    ]

    /// Health authorisations (Styrelsen for Patientsikkerhed: nearly everyone trained for
    /// the job has one) and the certificates added with them, by certificate id.
    private static let laterCertificateRules: [(match: [String], keywords: [String], candidate: Double, vacancy: Double)] = [
        (["2221"], ["authorised-nurse"], 0.97, 0.95),
        (["5321"], ["authorised-sosu-assistant"], 0.95, 0.9),
        (["2264"], ["authorised-physiotherapist"], 0.97, 0.95),
        (["2269"], ["authorised-occupational-therapist"], 0.97, 0.95),
        (["7411", "7412"], ["live-working-l-aus"], 0.35, 0.15),
        (["7126", "7127"], ["f-gas-refrigerants"], 0.25, 0.1),
        (["8341", "8342", "9313", "7112", "6121"], ["telehandler"], 0.3, 0.1),
    ]

    /// Education weights over `EducationTier.allCases` by ISCO prefix (first match wins).
    private static let educationRules: [(prefix: String, weights: [Double])] = [
        ("222", [0, 0, 0, 0.05, 0.9, 0.05]), ("223", [0, 0, 0, 0.05, 0.9, 0.05]),
        ("226", [0, 0, 0, 0.05, 0.85, 0.1]), ("234", [0, 0, 0, 0, 0.85, 0.15]),
        ("235", [0, 0, 0, 0.05, 0.8, 0.15]), ("2635", [0, 0, 0, 0, 0.9, 0.1]),
        ("532", [0.05, 0.05, 0.85, 0.05, 0, 0]),
        ("1", [0, 0.05, 0.2, 0.1, 0.3, 0.35]), ("2", [0, 0, 0, 0.05, 0.5, 0.45]),
        ("3", [0, 0.1, 0.3, 0.35, 0.25, 0]), ("4", [0.15, 0.3, 0.45, 0.1, 0, 0]),
        ("5", [0.3, 0.2, 0.5, 0, 0, 0]), ("6", [0.5, 0, 0.5, 0, 0, 0]),
        ("7", [0.25, 0, 0.75, 0, 0, 0]), ("8", [0.5, 0.05, 0.45, 0, 0, 0]),
        ("9", [0.6, 0.15, 0.25, 0, 0, 0]), ("0", [0.3, 0.4, 0.3, 0, 0, 0]),
    ]
}

/// Broad education tiers the generator reasons in; `SchemaIndex` maps each to the schema's
/// education level ids by their labels.
enum EducationTier: Int, CaseIterable, Sendable {
    case primary, upperSecondary, vocational, shortHigher, mediumHigher, longHigher

    /// Recognises a schema education level from its id and labels; checked from the most
    /// specific words down, since "lower secondary" also says "secondary" and
    /// "mellemlang videregående" also says "lang videregående".
    static func classify(_ level: EducationLevel) -> EducationTier? {
        let text = "\(level.id) \(level.en) \(level.da)".lowercased()
        let rules: [(EducationTier, [String])] = [
            (.mediumHigher, ["bachelor", "mellemlang", "medium-cycle", "medium cycle"]),
            (.longHigher, ["master", "kandidat", "long-cycle", "long cycle", "lang videregående", "phd", "doctor", "ph.d"]),
            (.shortHigher, ["short-cycle", "short cycle", "kort videregående", "akademi", "academy"]),
            (.vocational, ["vocational", "erhvervsudd", "faglært", "skilled", "eud"]),
            (.primary, ["primary", "grundskole", "folkeskole", "lower secondary", "basic", "ufaglært", "none"]),
            (.upperSecondary, ["upper secondary", "upper-secondary", "gymnas", "general", "stx", "hf"]),
        ]
        return rules.first { _, words in words.contains { text.contains($0) } }?.0
    }
}
