import JobMatchCore

/// Job-barometer rounds: each half year consultants ask 800–900 *different* companies how
/// many more (or fewer) people they expect to employ in each of their occupations in 3 and
/// 12 months, and which occupations are hard to recruit. Care, construction and transport
/// lean towards hiring (and recruitment trouble) so the shortage areas show.
///
/// The last round is the half year `today` is in, with visits in the last 90 days of it (and
/// never after today); earlier rounds spread over their whole half year.
enum BarometerFactory {
    static func make(perRound: Int?, rounds: Int, index: SchemaIndex, geography: Geography, companies: CompanyPlan,
                     today: Day, seed: UInt64) -> [BarometerAnswer] {
        let n = companies.companies.count
        guard rounds > 0, n > 0, perRound ?? 1 > 0 else { return [] }
        var rng = RandomSource(seed: seed, stream: "barometer")
        let current = BarometerRound(containing: today)
        var list = [current]
        while list.count < rounds { list.insert(list[0].previous, at: 0) }

        var answers: [BarometerAnswer] = []
        for round in list {
            let count = min(n, perRound ?? rng.int(800...900))
            // Different companies within a round; every round draws afresh, as the real
            // barometer does (many companies answer again, some are new).
            let chosen = rng.distinctIndices(count, of: n).sorted()
            let first = round == current ? max(round.firstDay, today.adding(days: -89)) : round.firstDay
            let last = round == current ? today : round.lastDay
            let span = max(0, first.days(until: last))
            for c in chosen {
                answers.append(answer(number: answers.count + 1, round: round, company: c, visit: first.adding(days: rng.int(0...span)),
                                      index: index, geography: geography, companies: companies, &rng))
            }
        }
        return answers
    }

    private static func answer(number: Int, round: BarometerRound, company c: Int, visit: Day, index: SchemaIndex,
                               geography: Geography, companies: CompanyPlan, _ rng: inout RandomSource) -> BarometerAnswer {
        let group = companies.group[c]
        let own = companies.occupations[c]
        let shortage = index.groupTraits[group].shortage
        let size = companies.size.indices.contains(c) ? companies.size[c] : 1
        let headcount = max(1, Int(size * size * Double(rng.int(2...12))))
        // About one company in six expects no change in any occupation.
        let picks = own.isEmpty || rng.chance(0.16) ? [] : rng.distinctIndices(rng.int(1...min(4, own.count)), of: own.count).map { own[$0] }
        var losses = [0, 0]
        let needs = picks.map { o -> LabourNeed in
            let in3 = shortage ? rng.int(0...5) - (rng.chance(0.1) ? 1 : 0) : rng.int(-2...5) - (rng.chance(0.3) ? rng.int(0...1) : 0)
            let drift = shortage ? rng.int(0...4) : rng.int(-2...3)
            var a = max(-2, min(5, in3)), b = max(-3, min(8, in3 + drift))
            // Never more losses than staff.
            if a < 0 { a = max(a, -(headcount - losses[0])); losses[0] -= a }
            if b < 0 { b = max(b, -(headcount - losses[1])); losses[1] -= b }
            let hard = a > 0 && rng.chance(shortage ? 0.6 : 0.2)
            return LabourNeed(occupation: index.schema.occupations[o].id, in3Months: a, in12Months: b, hardToRecruit: hard)
        }
        let site = geography.municipalities[rng.pick(companies.sites[c])].code
        let siteIndex = geography.municipalities.firstIndex { $0.code == site } ?? 0
        // Most visits are by the site's own job centre; some are joint visits led by a neighbour.
        let centre = rng.chance(0.1) ? (geography.neighbours[siteIndex].first ?? siteIndex) : siteIndex
        let consultants = geography.consultants[centre]
        return BarometerAnswer(
            id: "B" + zeroPadded(number, width: 6), round: round.description,
            company: companies.companies[c].id, municipality: site, industryGroup: companies.companies[c].industryGroup,
            visitDate: visit, headcount: headcount, jobCentre: geography.municipalities[centre].code,
            consultant: consultants.isEmpty ? "" : rng.pick(consultants), needs: needs)
    }
}
