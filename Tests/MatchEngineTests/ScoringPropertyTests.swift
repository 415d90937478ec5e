import JobMatchCore
import MatchEngine
import PropertyBased
import Testing

/// The score a consultant reads out must add up, stay in 0–100, and move the right way.
@Suite struct ScoringPropertyTests {
    @Test("a score is within 0–100 and equals the sum of its components, whatever the weights")
    func scoreIsSumOfComponents() async {
        let weight = Gen.int(in: 0...50)
        await propertyCheck(count: 40, input: Gens.dataset(candidates: 1...60, vacancies: 1...3), weight, weight, weight, weight,
                            Gen.int(in: 0...6), Gen.int(in: 0...3)) { dataset, a, b, c, d, share, bonus in
            var scoring = Fixture.defaultScoring
            scoring["essential"] = a; scoring["optional"] = b; scoring["commute"] = c; scoring["availability"] = d
            scoring["atMinimumShare"] = Double(share) / 10 + 0.4
            scoring["levelAboveMinimumBonus"] = Double(bonus) / 10
            var data = dataset
            data.schema = Fixture.schema(scoring: scoring)
            let index = MatchIndex(dataset: data)
            for v in data.vacancies {
                for cand in data.candidates {
                    let b = try! index.explain(vacancy: v, candidateID: cand.id, today: Fixture.today).breakdown
                    #expect(b.total.hundredths == b.components.reduce(0) { $0 + $1.points.hundredths })
                    #expect((0...10_000).contains(b.total.hundredths))
                    #expect(b.components.map(\.kind) == ScoreComponentKind.allCases)
                    for comp in b.components { #expect(comp.points >= .zero && comp.points <= comp.maximum) }
                    #expect(b.components.reduce(0) { $0 + $1.maximum.hundredths } == 10_000)
                }
            }
        }
    }

    @Test("raising a candidate's level in a required competence never lowers the score")
    func raisingLevelNeverLowers() async {
        await propertyCheck(count: 200, input: Gens.vacancy, Gens.candidate, Gen.int(in: 0...5)) { v, candidate, pick in
            guard !v.requirements.isEmpty else { return }
            let target = v.requirements[pick % v.requirements.count]
            var before = candidate
            before.id = "K"
            before.status = .active
            var after = before
            if let i = after.competences.firstIndex(where: { $0.id == target.competence }) {
                guard after.competences[i].level < 4 else { return }
                after.competences[i].level += 1
            } else {
                after.competences.append(HeldCompetence(id: target.competence, level: 1, years: 0))
            }
            let x = try! MatchIndex(dataset: Fixture.dataset([before])).explain(vacancy: v, candidateID: "K", today: Fixture.today)
            let y = try! MatchIndex(dataset: Fixture.dataset([after])).explain(vacancy: v, candidateID: "K", today: Fixture.today)
            #expect(y.breakdown.total >= x.breakdown.total)
            if x.qualifies { #expect(y.qualifies) }
            for kind in ScoreComponentKind.allCases { #expect(y.breakdown.points(kind) >= x.breakdown.points(kind)) }
        }
    }

    @Test("removing an essential competence excludes the candidate")
    func removingEssentialExcludes() async {
        await propertyCheck(count: 100, input: Gens.vacancy, Gen.bool.array(of: 6)) { vacancy, above in
            var v = vacancy
            v.jobType = "ordinary"; v.licences = []; v.certificates = []; v.languages = []
            guard let essential = v.requirements.first(where: \.essential) else { return }
            // A candidate built to meet every requirement, living where the job is.
            let held = v.requirements.enumerated().map { i, r in
                HeldCompetence(id: r.competence, level: min(4, r.minLevel + (above[i % above.count] ? 1 : 0)), years: 3)
            }
            let fits = Fixture.candidate("K", municipality: v.municipality, competences: held)
            var lacks = fits
            lacks.competences.removeAll { $0.id == essential.competence }
            let index = MatchIndex(dataset: Fixture.dataset([fits, lacks].enumerated().map { i, c in
                var c = c; c.id = "K\(i)"; return c
            }))
            #expect(try! index.explain(vacancy: v, candidateID: "K0", today: Fixture.today).qualifies)
            let e = try! index.explain(vacancy: v, candidateID: "K1", today: Fixture.today)
            #expect(e.failed.map(\.requirement) == [.essentialCompetence])
            #expect(e.breakdown.gap.contains { $0.competence == essential.competence && $0.essential && $0.level == nil })
            #expect(index.rank(vacancy: v, top: 10, today: Fixture.today).candidates.map(\.candidateID) == ["K0"])
        }
    }

    @Test("a related competence gives partial optional credit but never satisfies an essential one")
    func relatedCompetences() {
        // weld.tig declares that weld.mig covers half of it.
        let mig = HeldCompetence(id: "weld.mig", level: 3, years: 2)
        let v1 = Fixture.vacancy("V1", requirements: [Requirement(competence: "weld.tig", minLevel: 2, essential: false)])
        let v2 = Fixture.vacancy("V2", requirements: [Requirement(competence: "weld.tig", minLevel: 2, essential: true)])
        let index = MatchIndex(dataset: Fixture.dataset([Fixture.candidate("K", competences: [mig])]))
        let optional = try! index.explain(vacancy: v1, candidateID: "K", today: Fixture.today)
        // 0.5 similarity × (0.8 + 0.1 × one level above) = 0.45 of 15 points.
        #expect(optional.breakdown.points(.optional) == Points(hundredths: 675))
        #expect(optional.breakdown.related.map(\.via) == ["weld.mig"])
        #expect(optional.breakdown.gap.map(\.competence) == ["weld.tig"])
        #expect(optional.breakdown.optionalMet == 0)
        let essential = try! index.explain(vacancy: v2, candidateID: "K", today: Fixture.today)
        #expect(essential.failed.map(\.requirement) == [.essentialCompetence])
    }

    @Test("a shorter commute scores higher and the own municipality scores best")
    func commuteOrdering() {
        let near = Fixture.candidate("K1", municipality: "0810"), far = Fixture.candidate("K2", municipality: "0813")
        let home = Fixture.candidate("K3", municipality: "0860")
        let index = MatchIndex(dataset: Fixture.dataset([near, far, home]))
        let v = Fixture.vacancy("V", municipality: "0860")
        let points = ["K1", "K2", "K3"].map { try! index.explain(vacancy: v, candidateID: $0, today: Fixture.today).breakdown }
        let minutes = points.map { $0.commuteMinutes! }
        #expect(minutes[0] < minutes[1])
        #expect(points[0].points(.commute) > points[1].points(.commute))
        #expect(points[2].points(.commute) == points[2].components[3].maximum)
    }
}
