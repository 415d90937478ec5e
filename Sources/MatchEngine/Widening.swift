import JobMatchCore

/// A candidate who qualifies only when the vacancy is read as a substitutable occupation.
public struct WidenedCandidate: Sendable, Equatable {
    /// The substitute occupation that admitted the candidate.
    public var via: SubstituteOccupation
    /// Scored against the widened requirements, but `gap` is measured against the vacancy
    /// as posted: what upskilling must close for the candidate to qualify outright.
    public var breakdown: ScoreBreakdown
}

/// A ranking plus, when too few qualified, the candidates found by widening.
public struct WidenedRanking: Sendable, Equatable {
    public var ranking: Ranking
    /// Extra candidates, grouped by substitute (highest overlap first), best score first within.
    public var widened: [WidenedCandidate]
}

extension MatchIndex {
    /// Ranks `vacancy`; when fewer than `minimumQualified` candidates qualify, widens the
    /// search through substitutable occupations (best overlap first) until the total
    /// reaches the minimum or `top` extra candidates are found.
    ///
    /// Widening to substitute S keeps every job-side requirement (licences, certificates,
    /// languages, commute, availability, eligibility) but replaces the vacancy's essential
    /// competences with S's essential profile; the vacancy's other requirements become
    /// optional, so what the candidate lacks shows up as their gap.
    public func rankWidening(vacancy: Vacancy, top: Int, municipalities: Set<String>? = nil, today: Day,
                             minimumQualified: Int) -> WidenedRanking {
        let ranking = rank(vacancy: vacancy, top: top, municipalities: municipalities, today: today)
        guard ranking.qualified < minimumQualified, top > 0 else { return WidenedRanking(ranking: ranking, widened: []) }
        let originalCV = compile(vacancy, today: today)
        let own = makeScratch(slots: originalCV.slots.count)
        // Everyone who already qualifies (fewer than the minimum, so this list is short).
        let original = run(originalCV, top: ranking.qualified, municipalities: municipalities, scratch: own)
        own.prepare(originalCV)
        defer { own.finish(originalCV) }
        var seen = Set(original.keys.map(RankKey.row))
        var widened: [WidenedCandidate] = []
        for sub in substitutes(for: vacancy.occupation) {
            guard ranking.qualified + widened.count < minimumQualified, widened.count < top,
                  let occupation = occupationByID[sub.occupation], !occupation.essential.isEmpty else { continue }
            var derived = vacancy
            let substituteEssential = Set(occupation.essential.map(\.competence))
            derived.requirements = occupation.essential.map { Requirement(competence: $0.competence, minLevel: $0.level, essential: true) }
                + vacancy.requirements.filter { !substituteEssential.contains($0.competence) }
                    .map { Requirement(competence: $0.competence, minLevel: $0.minLevel, essential: false) }
            let cv = compile(derived, today: today)
            let s = makeScratch(slots: cv.slots.count)
            let pass = run(cv, top: top + seen.count, municipalities: municipalities, scratch: s)
            s.prepare(cv)
            for key in pass.keys where widened.count < top {
                let row = RankKey.row(key)
                guard seen.insert(row).inserted else { continue }
                var b = explanation(row: row, cv, s).breakdown
                b.vacancyID = vacancy.id
                b.gap = explanation(row: row, originalCV, own).breakdown.gap
                widened.append(WidenedCandidate(via: sub, breakdown: b))
            }
            s.finish(cv)
        }
        return WidenedRanking(ranking: ranking, widened: widened)
    }
}
