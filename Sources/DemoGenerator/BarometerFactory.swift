import JobMatchCore

/// Job-barometer visits: a consultant visits a company at one of its sites and asks how many
/// more (or fewer) people it expects to employ in each of its occupations in 3 and 12
/// months. Care, construction and transport lean towards hiring so the shortage areas show.
enum BarometerFactory {
    static func make(count: Int, index: SchemaIndex, geography: Geography, companies: CompanyPlan,
                     today: Day, seed: UInt64) -> [BarometerAnswer] {
        let n = companies.companies.count
        guard count > 0, n > 0 else { return [] }
        var rng = RandomSource(seed: seed, stream: "barometer")
        // Visit every company once (in random order) before visiting any twice.
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }

        var answers: [BarometerAnswer] = []
        answers.reserveCapacity(count)
        for number in 1...count {
            let c = number <= n ? order[number - 1] : companies.bySize.draw(&rng)
            let group = companies.group[c]
            let pool = index.occupationsByGroup[group]
            let shortage = index.groupTraits[group].shortage
            let picks = pool.isEmpty ? [] : rng.distinctIndices(rng.int(1...4), of: pool.count).map { pool[$0] }
            let needs = picks.map { o in
                let in3 = shortage ? rng.int(0...5) - (rng.chance(0.1) ? 1 : 0) : rng.int(-2...5) - (rng.chance(0.3) ? rng.int(0...1) : 0)
                let drift = shortage ? rng.int(0...4) : rng.int(-2...3)
                return LabourNeed(occupation: index.schema.occupations[o].id,
                                  in3Months: max(-2, min(5, in3)), in12Months: max(-3, min(8, in3 + drift)))
            }
            answers.append(BarometerAnswer(
                id: "B" + zeroPadded(number, width: 6),
                company: companies.companies[c].id,
                municipality: geography.municipalities[rng.pick(companies.sites[c])].code,
                industryGroup: companies.companies[c].industryGroup,
                visitDate: today.adding(days: -rng.int(0...89)),
                needs: needs))
        }
        return answers
    }
}
