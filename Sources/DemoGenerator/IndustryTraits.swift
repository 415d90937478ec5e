/// What the generator assumes about an industry group, derived from the DB07 sections the
/// schema says make it up (not from its code or label, so a reordered or relabelled schema
/// still gets care in care and lorries in transport).
struct IndustryTraits: Sendable, Equatable {
    /// Relative employment (thousands of jobs in Denmark, rounded); decides how many
    /// companies and candidates the group gets.
    var employment: Double
    /// Share of employers that are public (municipality, region, state).
    var publicShare: Double
    /// Care, construction and transport: the barometer answers lean towards hiring so the
    /// shortage areas stand out, as they do in the real barometer.
    var shortage: Bool
    /// Share of jobs posted part-time (care, hospitality and retail run on shifts).
    var partTimeShare: Double
    /// DB07 sections of the group, used to name companies.
    var sections: [Character]

    init(db07: [String]) {
        var sections: [Character] = []
        for entry in db07 {
            guard let s = IndustryTraits.section(of: entry), !sections.contains(s) else { continue }
            sections.append(s)
        }
        self.sections = sections
        employment = sections.reduce(0) { $0 + (IndustryTraits.employmentBySection[$1] ?? 20) }
        if sections.isEmpty { employment = 100 }
        publicShare = sections.map { IndustryTraits.publicShareBySection[$0] ?? 0.02 }.max() ?? 0.02
        shortage = sections.contains { "QFH".contains($0) }
        partTimeShare = sections.map { IndustryTraits.partTimeBySection[$0] ?? 0.12 }.max() ?? 0.12
    }

    /// The DB07 section of `A`, `"Q"`, `"86"` or `"86.10"`.
    static func section(of entry: String) -> Character? {
        let trimmed = entry.drop { $0 == " " }
        guard let first = trimmed.first else { return nil }
        if first.isLetter { return Character(first.uppercased()) }
        guard let division = Int(trimmed.prefix(2)) else { return nil }
        for (range, section) in divisionSections where range.contains(division) { return section }
        return nil
    }

    /// DB07 / NACE rev. 2 divisions → section.
    private static let divisionSections: [(ClosedRange<Int>, Character)] = [
        (1...3, "A"), (5...9, "B"), (10...33, "C"), (35...35, "D"), (36...39, "E"), (41...43, "F"),
        (45...47, "G"), (49...53, "H"), (55...56, "I"), (58...63, "J"), (64...66, "K"), (68...68, "L"),
        (69...75, "M"), (77...82, "N"), (84...84, "O"), (85...85, "P"), (86...88, "Q"), (90...93, "R"),
        (94...96, "S"), (97...98, "T"), (99...99, "U"),
    ]

    /// Approximate employment in Denmark by section, thousands of jobs (Statistics Denmark, rounded).
    private static let employmentBySection: [Character: Double] = [
        "A": 65, "B": 3, "C": 305, "D": 12, "E": 12, "F": 190, "G": 440, "H": 145, "I": 120, "J": 115,
        "K": 80, "L": 50, "M": 165, "N": 185, "O": 160, "P": 225, "Q": 520, "R": 50, "S": 70, "T": 2, "U": 1,
    ]

    private static let partTimeBySection: [Character: Double] = [
        "Q": 0.45, "I": 0.4, "G": 0.35, "N": 0.35, "P": 0.25, "R": 0.3, "S": 0.25,
    ]

    private static let publicShareBySection: [Character: Double] = [
        "O": 1.0, "P": 0.8, "Q": 0.75, "E": 0.3, "D": 0.15, "R": 0.2, "H": 0.05,
    ]
}
