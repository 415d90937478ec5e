import JobMatchCore

extension ShortageReport {
    /// Computes the balance of every occupation in every participating municipality and
    /// every cooperation with participating members.
    ///
    /// Demand is the open positions of the cooperation's open vacancies (not expired on
    /// `today`) plus the barometer's expected hires within 3 months, read from
    /// `Barometer.expectedHiresIn3Months` (the newest round) and nowhere else, so the
    /// Shortage and Barometer screens and commands cannot disagree. Supply counts active candidates living in a participating
    /// municipality, available within `ShortageThresholds.horizonDays`, meeting every
    /// essential competence of the occupation's profile, whose commute by `travel` (the
    /// matrix the ranking uses) is within their own limit.
    public static func compute(dataset: Dataset, travel: TravelMatrix, today: Day) -> ShortageReport {
        let expectedHires = Barometer.expectedHiresIn3Months(dataset)  // municipality → occupation → people
        let participating = dataset.registry.participating.isEmpty
            ? Array(Set(dataset.candidates.map(\.municipality))).sorted() : dataset.registry.participating.sorted()
        let names = Dictionary(dataset.registry.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let areas = Self.areas(dataset.registry, participating: participating, names: names)
        let inScope = Set(participating)
        let horizon = today.adding(days: ShortageThresholds.horizonDays)
        let pool = dataset.candidates.filter { $0.status == .active && inScope.contains($0.municipality) && $0.availableFrom <= horizon }
        let held = pool.map(HeldLevels.init)
        // reach[c][m]: candidate c can commute to participating municipality m.
        let reach: [[Bool]] = pool.map { c in
            participating.map { m in
                travel.minutes(fromPostcode: c.postcode, municipality: c.municipality, to: m).map { $0 <= c.maxCommuteMinutes } ?? false
            }
        }
        let column = Dictionary(uniqueKeysWithValues: participating.enumerated().map { ($1, $0) })
        var open: [String: [String: Int]] = [:]
        for v in dataset.vacancies where v.status == .open && v.expiryDate >= today && inScope.contains(v.municipality) {
            open[v.occupation, default: [:]][v.municipality, default: 0] += max(0, v.positions)
        }
        var byCompetence: [String: [Int]] = [:]
        var byWish: [String: [Int]] = [:]
        for (i, c) in pool.enumerated() {
            for id in Set(c.competences.map(\.id)) { byCompetence[id, default: []].append(i) }
            for o in Set(c.desiredOccupations) { byWish[o, default: []].append(i) }
        }
        /// The participating municipalities sharing a cooperation (as member or partner) with `m`:
        /// where "too far" looks for qualified people; all of them when `m` is in none.
        func peers(_ m: String) -> Set<String> {
            let shared = dataset.registry.cooperations.filter { ($0.members + $0.partners).contains(m) }
                .flatMap { $0.members + $0.partners }
            return shared.isEmpty ? inScope : Set(shared).intersection(inScope)
        }
        let labels = Dictionary(dataset.schema.competences.map { ($0.id, $0.da) }, uniquingKeysWith: { a, _ in a })

        var out: [OccupationBalance] = []
        for occ in dataset.schema.occupations {
            let essential = occ.essential.map { (competence: $0.competence, level: $0.level) }
            var members = Set<Int>(byWish[occ.id] ?? [])
            for e in essential { members.formUnion(byCompetence[e.competence] ?? []) }
            let wishes = Set(byWish[occ.id] ?? [])
            struct Fit { var index: Int; var qualified: Bool; var mismatch: Bool }
            let fits: [Fit] = members.sorted().map { i in
                let gaps = held[i].gaps(essential)
                let qualified = essential.isEmpty ? wishes.contains(i) : gaps.isEmpty
                let mismatch = !qualified && wishes.contains(i) && gaps.count <= ShortageThresholds.mismatchMaxGaps
                return Fit(index: i, qualified: qualified, mismatch: mismatch)
            }
            func demand(_ m: String) -> (Int, Int) { (open[occ.id]?[m] ?? 0, expectedHires[m]?[occ.id] ?? 0) }
            // Qualified residents per municipality beyond their own demand: what a neighbour can spare.
            var surplus: [String: Int] = [:]
            for m in participating {
                let local = fits.count { $0.qualified && pool[$0.index].municipality == m && reach[$0.index][column[m]!] }
                let (o, h) = demand(m)
                surplus[m] = max(0, local - o - h)
            }
            for area in areas {
                let cols = area.members.compactMap { column[$0] }
                let wanted = area.members.filter { let (o, h) = demand($0); return o + h > 0 }.compactMap { column[$0] }
                let target = area.kind == .municipality || wanted.isEmpty ? cols : wanted
                func reaches(_ i: Int) -> Bool { target.contains { reach[i][$0] } }
                let o = area.members.reduce(0) { $0 + demand($1).0 }
                let h = area.members.reduce(0) { $0 + demand($1).1 }
                let memberSet = Set(area.members)
                let supplySet = fits.filter { $0.qualified && reaches($0.index) }
                let supply = supplySet.count
                let local = supplySet.count { memberSet.contains(pool[$0.index].municipality) }
                let home = area.kind == .municipality ? peers(area.id) : memberSet
                let farSet = fits.filter { $0.qualified && home.contains(pool[$0.index].municipality) && !reaches($0.index) }
                let mismatched = fits.count { $0.mismatch && reaches($0.index) }
                guard o + h > 0 || supply > 0 else { continue }
                let competences = essential.map { e in
                    CompetenceSupply(competence: e.competence, label: labels[e.competence] ?? e.competence, level: e.level,
                                     candidates: (byCompetence[e.competence] ?? []).count { held[$0].level(e.competence) >= e.level && reaches($0) })
                }
                let (status, cause) = classify(demand: o + h, supply: supply, tooFar: farSet.count, mismatched: mismatched)
                var cover: [NeighbourCover] = []
                if area.kind == .municipality, local < o + h, let me = cols.first {
                    for n in participating where n != area.id && (surplus[n] ?? 0) > 0 {
                        let movable = fits.count { $0.qualified && pool[$0.index].municipality == n && reach[$0.index][me] }
                        let c = min(surplus[n] ?? 0, movable)
                        if c > 0 { cover.append(NeighbourCover(municipality: n, name: names[n] ?? n, candidates: c)) }
                    }
                    cover.sort { ($1.candidates, $0.municipality) < ($0.candidates, $1.municipality) }
                }
                out.append(OccupationBalance(
                    occupation: occ.id, occupationLabel: occ.da, area: area.id, areaName: area.name, areaKind: area.kind,
                    openPositions: o, expectedHires: h, demand: o + h, supply: supply, localSupply: local,
                    tooFar: farSet.count, mismatched: mismatched, status: status, cause: cause,
                    competences: competences, coveredBy: cover))
            }
        }
        out.sort { a, b in
            if a.status.rank != b.status.rank { return a.status.rank < b.status.rank }
            if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
            if a.demand != b.demand { return a.demand > b.demand }
            return (a.occupation, a.area) < (b.occupation, b.area)
        }
        return ShortageReport(today: today, horizonDays: ShortageThresholds.horizonDays, areas: areas, balances: out)
    }

    /// The classification of docs/matching.md "Shortage areas".
    static func classify(demand: Int, supply: Int, tooFar: Int, mismatched: Int) -> (BalanceStatus, ShortageCause?) {
        guard demand > 0 else { return (.fewerProspects, nil) }
        if supply >= demand {
            return (supply < demand * ShortageThresholds.goodProspectsRatio ? .goodProspects : .fewerProspects, nil)
        }
        let shortfall = demand - supply
        if mismatched >= demand { return (.paradox, .wrongCompetences) }
        if tooFar >= shortfall { return (.shortage, .tooFar) }
        if mismatched >= shortfall { return (.shortage, .wrongCompetences) }
        return (.shortage, .tooFewPeople)
    }

    /// Each participating municipality, then each cooperation with participating members.
    static func areas(_ registry: MunicipalityRegistry, participating: [String], names: [String: String]) -> [Area] {
        let inScope = Set(participating)
        var out = participating.sorted { (names[$0] ?? $0) < (names[$1] ?? $1) }
            .map { Area(id: $0, name: names[$0] ?? $0, kind: .municipality, members: [$0]) }
        for c in registry.cooperations {
            let members = c.members.filter(inScope.contains)
            if !members.isEmpty { out.append(Area(id: c.id, name: c.name, kind: .cooperation, members: members)) }
        }
        return out
    }
}
