import JobMatchCore

/// The job barometer computed from a data directory's answers: the joint overview for the
/// participating municipalities, one per municipality, and the municipalities side by
/// side, for any survey round. Pure: built from a `Dataset`, no I/O. The workbench's
/// Barometer screen, `jobmatch barometer` and its HTML report all read it.
///
/// An answer belongs to the municipality of the site it is about (`municipality`), not to
/// the job centre that asked: the jobs are where the site is.
public struct Barometer: Sendable {
    /// A figure resting on fewer company answers than this is flagged "too few". Five is
    /// the usual floor for publishing survey figures about companies: below it one
    /// company's plans dominate (and can be recognised), so the figure says little about
    /// the area.
    public static let minimumAnswers = 5

    public let answers: [BarometerAnswer]
    /// Survey rounds with answers, oldest first.
    public let rounds: [String]
    /// Participating municipality codes, by name (all municipalities with answers when the
    /// registry names none).
    public let municipalities: [String]
    let names: [String: String]
    let groupLabels: [(code: String, label: String)]
    let occupationLabels: [String: String]
    let scopeName: String

    public init(dataset: Dataset) {
        answers = dataset.barometer
        rounds = Set(answers.compactMap { BarometerRound($0.round) }).sorted().map(\.description)
        var names: [String: String] = [:]
        for m in dataset.registry.municipalities { names[m.code] = m.name }
        self.names = names
        let codes = dataset.registry.participating.isEmpty ? Array(Set(answers.map(\.municipality))) : dataset.registry.participating
        municipalities = codes.sorted { (names[$0] ?? $0, $0) < (names[$1] ?? $1, $1) }
        groupLabels = dataset.schema.industryGroups.map { ($0.code, $0.da) }
        var occupations: [String: String] = [:]
        for o in dataset.schema.occupations { occupations[o.id] = o.da }
        occupationLabels = occupations
        let participating = Set(municipalities)
        let cooperations = dataset.registry.cooperations.filter { !participating.isDisjoint(with: $0.members) }.map(\.name)
        scopeName = cooperations.isEmpty ? "All participating municipalities" : cooperations.joined(separator: " · ")
    }

    /// The newest round with answers.
    public var latestRound: String? { rounds.last }

    /// A municipality's name ("Hjørring"), or its code when the registry does not know it.
    public func name(of municipality: String) -> String { names[municipality] ?? municipality }

    /// The round asked for, or the newest; fails with the rounds there are.
    public func resolve(round: String?) throws(BarometerError) -> String {
        guard let latest = latestRound else { throw .noAnswers }
        guard let round else { return latest }
        guard let parsed = BarometerRound(round), rounds.contains(parsed.description) else {
            throw .unknownRound(round, known: rounds)
        }
        return parsed.description
    }

    /// The overview of one round for the cooperation (`municipality` nil) or one municipality.
    public func overview(round: String? = nil, municipality: String? = nil) throws(BarometerError) -> BarometerOverview {
        let r = try resolve(round: round)
        if let municipality, !municipalities.contains(municipality) {
            throw .unknownMunicipality(municipality, participating: municipalities)
        }
        let scope = municipality.map { [$0] } ?? municipalities
        return build(round: r, scope: Set(scope), key: municipality ?? "joint",
                     name: municipality.map(name(of:)) ?? scopeName, municipalities: scope)
    }

    /// Every participating municipality's figures side by side for one round.
    public func sideBySide(round: String? = nil) throws(BarometerError) -> BarometerSideBySide {
        let r = try resolve(round: round)
        let views = municipalities.map { m in build(round: r, scope: [m], key: m, name: name(of: m), municipalities: [m]) }
        let columns = views.map { BarometerSideBySide.Column(code: $0.scope, name: $0.scopeName, total: $0.total) }
        let groups = groupLabels.enumerated().map { i, g in
            BarometerSideBySide.GroupLine(code: g.code, label: g.label, cells: views.map { $0.groups[i] })
        }
        return BarometerSideBySide(round: r, columns: columns, groups: groups)
    }

    /// Expected hires in the next 3 months per municipality and occupation
    /// (`[municipality code: [occupation id: hires]]`), from the given round or the newest:
    /// the demand side the shortage areas add to the open positions. Hires are the sum of
    /// the positive expected changes of the companies with a site in the municipality; all
    /// municipalities with answers are included, participating or not.
    public static func expectedHiresIn3Months(_ dataset: Dataset, round: String? = nil) -> [String: [String: Int]] {
        let barometer = Barometer(dataset: dataset)
        guard let r = try? barometer.resolve(round: round) else { return [:] }
        var out: [String: [String: Int]] = [:]
        for a in barometer.answers where BarometerRound(a.round)?.description == r {
            for n in a.needs where n.in3Months > 0 { out[a.municipality, default: [:]][n.occupation, default: 0] += n.in3Months }
        }
        return out
    }

    private func build(round: String, scope: Set<String>, key: String, name: String, municipalities: [String]) -> BarometerOverview {
        var total = BarometerRow(key: "all", label: "All industry groups")
        var groups = groupLabels.map { BarometerRow(key: $0.code, label: $0.label) }
        let groupIndex = Dictionary(groupLabels.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        var byGroupOccupation: [[String: BarometerRow]] = Array(repeating: [:], count: groups.count)
        var occupations: [String: BarometerRow] = [:]
        var bands: [String: Int] = [:]
        for a in answers where scope.contains(a.municipality) && BarometerRound(a.round)?.description == round {
            total.add(a.needs)
            bands[a.sizeBand.rawValue, default: 0] += 1
            let g = groupIndex[a.industryGroup]
            if let g { groups[g].add(a.needs) }
            for n in a.needs {
                let label = occupationLabels[n.occupation] ?? n.occupation
                occupations[n.occupation, default: BarometerRow(key: n.occupation, label: label)].add([n])
                if let g { byGroupOccupation[g][n.occupation, default: BarometerRow(key: n.occupation, label: label)].add([n]) }
            }
        }
        func ordered(_ rows: some Collection<BarometerRow>) -> [BarometerRow] {
            rows.sorted { ($1.in3Months.hires, $0.label, $0.key) < ($0.in3Months.hires, $1.label, $1.key) }
        }
        for g in groups.indices { groups[g].occupations = ordered(byGroupOccupation[g].values) }
        return BarometerOverview(round: round, scope: key, scopeName: name, municipalities: municipalities, total: total,
                                 groups: groups, occupations: ordered(occupations.values), sizeBands: bands,
                                 minimumAnswers: Self.minimumAnswers)
    }
}
