import JobMatchCore

/// A candidate's competences, drawn from the profiles of the occupations they want to work
/// in: most of the essential ones, some optional ones, and a few odd extras, with levels
/// near the profile's level (more often above than below: the profile is the minimum an
/// employer asks for, and most people who want a trade have practised it), and years of
/// experience that fit the level and the person's age.
struct CompetenceDraw {
    let index: SchemaIndex

    /// Competences for a candidate wanting `occupations` (the first is their main trade).
    func competences(occupations: [Int], age: Int, workingSince: Int = 17, _ rng: inout RandomSource) -> [HeldCompetence] {
        var held: [HeldCompetence] = []
        let maxTenths = max(5, min(250, (age - workingSince) * 10))
        for (rank, o) in occupations.enumerated() {
            let occupation = index.schema.occupations[o]
            // High for the main trade: people looking for work in a trade mostly have its
            // core skills, and a demo in which few qualify would hide how ranking works.
            let pEssential = rank == 0 ? 0.97 : 0.7
            let pOptional = rank == 0 ? 0.35 : 0.2
            var essentials = occupation.essential.filter { _ in rng.chance(pEssential) }
            // Whoever wants a trade has at least one of its core skills.
            if rank == 0, essentials.isEmpty, !occupation.essential.isEmpty { essentials = [rng.pick(occupation.essential)] }
            for item in essentials {
                let level = index.clampLevel(item.level + [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1][rng.below(20)])
                add(item.competence, level: level, maxTenths: maxTenths, to: &held, &rng)
            }
            for item in occupation.optional where rng.chance(pOptional) {
                let level = index.clampLevel(item.level + (rng.chance(0.35) ? 1 : 0))
                add(item.competence, level: level, maxTenths: maxTenths, to: &held, &rng)
            }
        }
        // A few competences from elsewhere: a welder who once worked in a warehouse.
        let extras = [0, 0, 1, 1, 1, 2, 2, 3][rng.below(8)]
        let group = occupations.first.map { index.groupOfOccupation[$0] } ?? -1
        for _ in 0..<extras {
            let pool = group >= 0 && rng.chance(0.7) ? index.competencesByGroup[group] : []
            let c = pool.isEmpty ? rng.below(index.schema.competences.count) : rng.pick(pool)
            let position = rng.weightedIndex([0.15, 0.45, 0.3, 0.1])
            let level = index.levels[min(position, index.levels.count - 1)]
            add(index.schema.competences[c].id, level: level, maxTenths: maxTenths, to: &held, &rng)
        }
        if held.isEmpty, !index.schema.competences.isEmpty {
            add(rng.pick(index.schema.competences).id, level: index.clampLevel(2), maxTenths: maxTenths, to: &held, &rng)
        }
        return held
    }

    /// Years of experience that go with each level (tenths of a year): a level-1 beginner
    /// has months to a few years, an experienced hand (level 3) at least six, an expert at
    /// least ten. A level needing more years than the person has worked is lowered, so
    /// nobody aged 22 or younger is "erfaren".
    private static let tenthsByLevel: [ClosedRange<Int>] = [5...30, 10...80, 60...150, 100...250]

    /// Adds a competence, or raises the level if the candidate already has it. A level
    /// whose experience the person is too young to have is lowered (no experts at 21).
    private func add(_ id: String, level: Int, maxTenths: Int, to held: inout [HeldCompetence], _ rng: inout RandomSource) {
        let ranges = CompetenceDraw.tenthsByLevel
        var position = index.levels.firstIndex(of: level) ?? 0
        while position > 0, ranges[min(position, ranges.count - 1)].lowerBound > maxTenths { position -= 1 }
        let level = index.levels[position]
        // One decimal, 0.5–25 years, never more than the person's working life.
        let tenths = min(rng.int(ranges[min(position, ranges.count - 1)]), maxTenths)
        if let i = held.firstIndex(where: { $0.id == id }) {
            // Raised by another trade: the years go with the higher level.
            if held[i].level < level { held[i].level = level; held[i].years = max(held[i].years, Double(tenths) / 10) }
            return
        }
        held.append(HeldCompetence(id: id, level: level, years: Double(tenths) / 10))
    }
}
