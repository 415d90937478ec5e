import JobMatchCore
import MatchEngine

/// Lookups derived once from the `Dataset`, so that a keystroke costs the rows on screen,
/// not the records in the data directory. Immutable and shared by every state copy.
public final class WorkbenchData: Sendable {
    /// Counts for one participating municipality on the Dashboard.
    package struct MunicipalityStats: Sendable, Equatable {
        package var code: String
        package var name: String
        /// Active candidates whose case this job centre owns (see `MunicipalityCounts`).
        package var activeCandidates: Int
        /// Of those, candidates who consented to being shown to other municipalities.
        package var sharedCandidates: Int
        package var openVacancies: Int
        package var openPositions: Int
        package var expiringSoon: Int
    }

    package let dataset: Dataset
    package let today: Day
    /// `users.json`: names, roles and phones of the people who work on this directory.
    package let users: UserDirectory
    /// Participating municipality codes, by name.
    public let participating: [String]
    /// "Vendsyssel (Frederikshavn, Brønderslev, Hjørring, Jammerbugt; partner Aalborg)".
    package let cooperationTitle: String
    /// "Vendsyssel · Trekantområdet" for the title bar.
    package let cooperationName: String
    package let stats: [MunicipalityStats]
    /// The cooperation's open vacancies whose ad expires within five days (follow-up calls), soonest first.
    package let expiringSoon: [Int32]
    /// The cooperation's open vacancies posted in the last seven days.
    package let postedThisWeek: Int
    /// Active candidates in participating municipalities.
    package let activeCandidates: Int

    let municipalityNames: [String: String]
    /// Danish labels by id, for profiles and requirements.
    let competenceLabels: [String: String]
    let certificateLabels: [String: String]
    let occupationLabels: [String: String]
    let languageLabels: [String: String]
    let educationLabels: [String: String]
    let benefitLabels: [String: String]
    let candidateRows: RowLookup<Candidate>
    let vacancyRows: RowLookup<Vacancy>
    /// Per vacancy: row of its company, or -1.
    let vacancyCompany: [Int32]
    /// Per vacancy: index into `schema.jobTypes` / `schema.industryGroups`, or -1.
    let vacancyJobType: [Int16]
    let vacancyGroup: [Int16]
    /// Per vacancy: id, title, company, municipality, occupation, folded for search
    /// (built in the background; nil until then, and the screens say "indexing…").
    private let deferredText: Deferred<FoldedTexts>
    var vacancyTextIfReady: FoldedTexts? { deferredText.valueIfReady }
    /// Open vacancy rows by expiry (the first screen's order) and, built in the background, the others.
    private let expiryOrder: [Int32]
    private let otherOrders: Deferred<[VacancySort: [Int32]]>

    public init(dataset: Dataset, today: Day) {
        self.dataset = dataset
        self.today = today
        self.users = UserDirectory(dataset.users)
        let names = Dictionary(dataset.registry.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.municipalityNames = names
        func labels<T>(_ items: [T], _ id: (T) -> String, _ label: (T) -> String) -> [String: String] {
            Dictionary(items.map { (id($0), label($0)) }, uniquingKeysWith: { a, _ in a })
        }
        let schema = dataset.schema
        self.competenceLabels = labels(schema.competences, \.id, \.da)
        self.certificateLabels = labels(schema.certificates, \.id, \.da)
        self.occupationLabels = labels(schema.occupations, \.id, \.da)
        self.languageLabels = labels(schema.languages, \.code, \.da)
        self.educationLabels = labels(schema.educationLevels, \.id, \.da)
        self.benefitLabels = labels(schema.benefitTypes, \.id, \.da)
        let participatingCodes = dataset.registry.participating.isEmpty
            ? Array(Set(dataset.vacancies.map(\.municipality) + dataset.candidates.map(\.ownerMunicipality)))
            : dataset.registry.participating
        self.participating = participatingCodes.sorted { (names[$0] ?? $0) < (names[$1] ?? $1) }
        self.cooperationTitle = Self.describeCooperation(dataset.registry, names: names)
        let participatingSet = Set(dataset.registry.participating)
        let cooperations = dataset.registry.cooperations.filter { !participatingSet.isDisjoint(with: $0.members) }.map(\.name)
        self.cooperationName = cooperations.isEmpty ? "\(participatingCodes.count) municipalities" : cooperations.joined(separator: " · ")

        self.candidateRows = RowLookup(dataset.candidates)
        self.vacancyRows = RowLookup(dataset.vacancies)

        var companyRow: [String: Int32] = [:]
        for (i, c) in dataset.companies.enumerated() where companyRow[c.id] == nil { companyRow[c.id] = Int32(i) }
        let jobTypeIndex = Dictionary(schema.jobTypes.enumerated().map { ($1.id, Int16($0)) }, uniquingKeysWith: { a, _ in a })
        let groupIndex = Dictionary(schema.industryGroups.enumerated().map { ($1.code, Int16($0)) }, uniquingKeysWith: { a, _ in a })
        let occupationGroup = Dictionary(schema.occupations.map { ($0.id, $0.group) }, uniquingKeysWith: { a, _ in a })
        let vacancyCompany = dataset.vacancies.map { companyRow[$0.company] ?? -1 }
        self.vacancyCompany = vacancyCompany
        self.vacancyJobType = dataset.vacancies.map { jobTypeIndex[$0.jobType] ?? -1 }
        self.vacancyGroup = dataset.vacancies.indices.map { i in
            let c = vacancyCompany[i]
            if c >= 0, let g = groupIndex[dataset.companies[Int(c)].industryGroup] { return g }
            return occupationGroup[dataset.vacancies[i].occupation].flatMap { groupIndex[$0] } ?? -1
        }

        // Search text: id, title, company, municipality, occupation. Companies, municipalities
        // and occupations repeat, so each is folded once.
        let occupationLabels = self.occupationLabels
        self.deferredText = Deferred {
            let companyText = dataset.companies.map { FoldedTexts.fold($0.name) }
            let municipalityText = names.mapValues { FoldedTexts.fold($0) }
            let occupationText = occupationLabels.mapValues { FoldedTexts.fold($0) }
            return FoldedTexts(count: dataset.vacancies.count) { i in
                let v = dataset.vacancies[i]
                var text = FoldedTexts.fold(v.id + " " + v.title)
                for part in [vacancyCompany[i] >= 0 ? companyText[Int(vacancyCompany[i])] : [], municipalityText[v.municipality] ?? [],
                             occupationText[v.occupation] ?? []] {
                    text.append(0x20)
                    text.append(contentsOf: part)
                }
                return text
            }
        }

        // Only the cooperation's vacancies: at national scale the data holds all of Denmark's,
        // and a consultant works on her own cooperation's (all of them when none is declared).
        let inCooperation = Set(self.participating)
        let open = dataset.vacancies.indices.filter {
            dataset.vacancies[$0].status == .open && inCooperation.contains(dataset.vacancies[$0].municipality)
        }.map { Int32($0) }
        self.expiryOrder = Self.sorted(open) { dataset.vacancies[$0].expiryDate.daysSinceEpoch }
        self.otherOrders = Deferred { Self.buildOrders(open: open, dataset: dataset, names: names, companyOf: vacancyCompany) }
        self.expiringSoon = open.filter { dataset.vacancies[Int($0)].needsFollowUp(today: today) }
            .sorted { dataset.vacancies[Int($0)].expiryDate < dataset.vacancies[Int($1)].expiryDate }
        self.postedThisWeek = open.filter { today.days(until: dataset.vacancies[Int($0)].postedDate) > -7 }.count
        self.stats = Self.buildStats(participating: self.participating, names: names, dataset: dataset, today: today)
        self.activeCandidates = self.stats.reduce(0) { $0 + $1.activeCandidates }
    }

    /// The participating municipalities' open vacancies (rows into `dataset.vacancies`) in display order.
    /// nil while that order is still being built in the background (expiry is ready at
    /// once). The screens use this, so a key never waits for a sort order.
    package func openVacanciesIfReady(sortedBy sort: VacancySort) -> [Int32]? {
        sort == .expiry ? expiryOrder : otherOrders.valueIfReady.map { $0[sort] ?? [] }
    }

    /// Open vacancies in display order, waiting for the order if it is still being built
    /// (benchmarks and tests; the screens use `openVacanciesIfReady`).
    public func openVacancies(sortedBy sort: VacancySort) -> [Int32] {
        sort == .expiry ? expiryOrder : otherOrders.wait()[sort] ?? []
    }

    /// Blocks until everything built in the background is ready: for tests, text captures
    /// and benchmarks that want the steady state; the run loop never calls it.
    public func waitUntilBuilt() {
        deferredText.wait()
        otherOrders.wait()
        candidateRows.waitUntilBuilt()
        vacancyRows.waitUntilBuilt()
    }

    package func municipalityName(_ code: String) -> String { municipalityNames[code] ?? code }
    package func candidate(id: String) -> Candidate? { candidateRows.row(of: id).map { dataset.candidates[$0] } }
    package func vacancy(id: String) -> Vacancy? { vacancyRows.row(of: id).map { dataset.vacancies[$0] } }
    func competence(_ id: String) -> String { competenceLabels[id] ?? id }
    func certificate(_ id: String) -> String { certificateLabels[id] ?? id }
    func occupation(_ id: String) -> String { occupationLabels[id] ?? id }

    func companyName(ofVacancy row: Int) -> String {
        let c = vacancyCompany[row]
        return c >= 0 ? dataset.companies[Int(c)].name : dataset.vacancies[row].company
    }
    func jobTypeLabel(ofVacancy row: Int) -> String {
        let j = vacancyJobType[row]
        return j >= 0 ? dataset.schema.jobTypes[Int(j)].da : dataset.vacancies[row].jobType
    }
    func groupLabel(ofVacancy row: Int) -> String {
        let g = vacancyGroup[row]
        return g >= 0 ? dataset.schema.industryGroups[Int(g)].da : ""
    }

    private static func describeCooperation(_ registry: MunicipalityRegistry, names: [String: String]) -> String {
        let participating = Set(registry.participating)
        let matching = registry.cooperations.filter { !participating.isDisjoint(with: $0.members) }
        guard !matching.isEmpty else {
            return registry.participating.map { names[$0] ?? $0 }.joined(separator: ", ")
        }
        return matching.map { co in
            let members = co.members.map { names[$0] ?? $0 }.joined(separator: ", ")
            let partners = co.partners.map { names[$0] ?? $0 }.joined(separator: ", ")
            return partners.isEmpty ? "\(co.name) (\(members))" : "\(co.name) (\(members); partner \(partners))"
        }.joined(separator: " · ")
    }

    /// The orders other than expiry. Each sorts integer keys (dates, or ranks of the folded names) with the row as
    /// tie-break, so building all five takes milliseconds, not String comparisons.
    private static func buildOrders(open: [Int32], dataset: Dataset, names: [String: String], companyOf: [Int32]) -> [VacancySort: [Int32]] {
        let v = dataset.vacancies
        func rank(_ texts: [[UInt8]]) -> [Int32] {
            let sorted = texts.indices.sorted { texts[$0].lexicographicallyPrecedes(texts[$1]) }
            var ranks = [Int32](repeating: 0, count: texts.count)
            for (r, i) in sorted.enumerated() { ranks[i] = Int32(r) }
            return ranks
        }
        func sortedBy(_ key: (Int) -> Int32) -> [Int32] { sorted(open, by: key) }
        let companyRank = rank(dataset.companies.map { FoldedTexts.fold($0.name) })
        let codes = Array(Set(v.map(\.municipality))).sorted()
        let codeRank = Dictionary(uniqueKeysWithValues: zip(codes, rank(codes.map { FoldedTexts.fold(names[$0] ?? $0) })))
        var titleRank = [Int32](repeating: 0, count: v.count)
        let openTitles = rank(open.map { FoldedTexts.fold(v[Int($0)].title) })
        for (k, row) in open.enumerated() { titleRank[Int(row)] = openTitles[k] }
        var orders: [VacancySort: [Int32]] = [:]
        orders[.posted] = sortedBy { -v[$0].postedDate.daysSinceEpoch }
        orders[.title] = sortedBy { titleRank[$0] }
        orders[.municipality] = sortedBy { codeRank[v[$0].municipality] ?? 0 }
        orders[.company] = sortedBy { companyOf[$0] >= 0 ? companyRank[Int(companyOf[$0])] : -1 }
        return orders
    }

    /// `rows` by an integer key, the row breaking ties.
    private static func sorted(_ rows: [Int32], by key: (Int) -> Int32) -> [Int32] {
        rows.map { (key(Int($0)), $0) }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    }

    /// The participating municipalities' counts, by the core's one definition (`MunicipalityCounts`).
    private static func buildStats(participating: [String], names: [String: String], dataset: Dataset, today: Day) -> [MunicipalityStats] {
        let counts = MunicipalityCounts.count(dataset, today: today, including: participating)
        return participating.map { code in
            let c = counts[code] ?? MunicipalityCounts(code: code)
            return MunicipalityStats(code: code, name: names[code] ?? code, activeCandidates: c.candidates, sharedCandidates: c.sharing,
                                     openVacancies: c.vacancies, openPositions: c.positions, expiringSoon: c.expiring)
        }
    }
}
