import JobMatchCore
import MatchEngine
import Testing

@Suite struct TextAndTravelTests {
    @Test("folding spells out Danish letters, lowercases and strips accents", arguments: [
        ("Søren", "soeren"), ("SØREN", "soeren"), ("Ærø", "aeroe"), ("Åse", "aase"), ("René", "rene"),
        ("Zoë", "zoe"), ("Müller", "mueller"), ("Łukasz", "lukasz"), ("Straße", "strasse"), ("e\u{301}clair", "eclair"),
        ("MIG-svejsning", "mig-svejsning"),
    ])
    func folding(input: String, folded: String) {
        #expect(TextFolding.fold(input) == folded)
    }

    @Test("travel minutes: own municipality, estimate from coordinates, and the table override")
    func travelMinutes() {
        let model = Fixture.schema().travel
        let plain = TravelMatrix(registry: Fixture.registry, model: model)
        #expect(plain.minutes(from: "0860", to: "0860") == 10)
        // Hjørring–Frederikshavn: 33.3 km great-circle × 1.3 ÷ 65 km/h = 40 min.
        let km = TravelMatrix.greatCircleKilometres((57.4642, 9.9823), (57.4407, 10.5366))
        #expect(abs(km - 33.3) < 0.1)
        #expect(plain.minutes(from: "0860", to: "0813") == 40)
        #expect(plain.minutes(from: "0813", to: "0860") == 40)
        #expect(plain.minutes(from: "0860", to: "9999") == nil)
        let table: TravelTimeTable = ["0860": ["0813": 35, "0860": 5], "9999": ["0860": 70]]
        let overridden = TravelMatrix(registry: Fixture.registry, model: model, table: table)
        #expect(overridden.minutes(from: "0860", to: "0813") == 35)
        #expect(overridden.minutes(from: "0813", to: "0860") == 35)  // the other direction stands in
        #expect(overridden.minutes(from: "0860", to: "0860") == 5)
        #expect(overridden.minutes(from: "0860", to: "9999") == 70)
        #expect(overridden.minutes(from: "0810", to: "0860") == plain.minutes(from: "0810", to: "0860"))
    }

    @Test("the travel table passed to the index decides the commute check")
    func tableDecidesCommute() throws {
        let c = Fixture.candidate("K1", municipality: "0813", maxCommute: 45)
        let v = Fixture.vacancy("V", municipality: "0860")
        let estimated = MatchIndex(dataset: Fixture.dataset([c]))
        #expect(try estimated.explain(vacancy: v, candidateID: "K1", today: Fixture.today).qualifies)
        let slowRoads = MatchIndex(dataset: Fixture.dataset([c]), travelTimes: ["0813": ["0860": 50]])
        let e = try slowRoads.explain(vacancy: v, candidateID: "K1", today: Fixture.today)
        #expect(e.failed.map(\.message) == ["50 min from Frederikshavn (0813) to Hjørring (0860), own maximum 45 min"])
    }

    @Test("a candidate with an unknown municipality is placed by postcode")
    func postcodeFallback() throws {
        var c = Fixture.candidate("K1", municipality: "", maxCommute: 20)
        c.postcode = "9800"
        let e = try MatchIndex(dataset: Fixture.dataset([c])).explain(vacancy: Fixture.vacancy("V", municipality: "0860"),
                                                                      candidateID: "K1", today: Fixture.today)
        #expect(e.breakdown.commuteMinutes == 10)
        #expect(e.qualifies)
    }
}

@Suite struct SubstituteTests {
    @Test("substitutable occupations by Jaccard overlap of their profiles, best first")
    func substitutes() {
        let index = MatchIndex(dataset: Fixture.dataset([]))
        // welder {mig, drawings, tig, first-aid} vs plater {mig, drawings, tig, forklift}: 3 of 5.
        #expect(index.substitutes(for: "welder") == [SubstituteOccupation(occupation: "plater", overlap: 0.6)])
        #expect(index.substitutes(for: "it-supporter").isEmpty)
        #expect(index.substitutes(for: "nonexistent").isEmpty)
    }

    @Test("a wished substitute occupation earns its overlap of the desired-occupation points")
    func desiredSubstitute() throws {
        let wishesPlater = Fixture.candidate("K1", desired: ["plater"]), wishesWelder = Fixture.candidate("K2", desired: ["welder"])
        let index = MatchIndex(dataset: Fixture.dataset([wishesPlater, wishesWelder]))
        let v = Fixture.vacancy("V", occupation: "welder")
        #expect(try index.explain(vacancy: v, candidateID: "K1", today: Fixture.today).breakdown.points(.desiredOccupation) == Points(hundredths: 600))
        #expect(try index.explain(vacancy: v, candidateID: "K2", today: Fixture.today).breakdown.points(.desiredOccupation) == Points(hundredths: 1000))
    }

    @Test("widening admits candidates qualified for a substitute, with the vacancy's essentials as their gap")
    func widening() {
        // The welder vacancy needs MIG at 4: nobody has it. A plater (MIG 2, drawings 2) qualifies by widening.
        let plater = Fixture.candidate("K1", competences: [HeldCompetence(id: "weld.mig", level: 2, years: 5),
                                                           HeldCompetence(id: "read.drawings", level: 2, years: 5)])
        let cook = Fixture.candidate("K2", competences: [HeldCompetence(id: "cook.hot", level: 3, years: 5)])
        let index = MatchIndex(dataset: Fixture.dataset([plater, cook]))
        let v = Fixture.vacancy("V", occupation: "welder", requirements: [
            Requirement(competence: "weld.mig", minLevel: 4, essential: true),
            Requirement(competence: "weld.tig", minLevel: 2, essential: true)])
        let plain = index.rankWidening(vacancy: v, top: 10, today: Fixture.today, minimumQualified: 0)
        #expect(plain.ranking.qualified == 0 && plain.widened.isEmpty)
        let wide = index.rankWidening(vacancy: v, top: 10, today: Fixture.today, minimumQualified: 5)
        #expect(wide.widened.map(\.breakdown.candidateID) == ["K1"])
        #expect(wide.widened[0].via.occupation == "plater")
        let gap = wide.widened[0].breakdown.gap
        #expect(gap.map(\.competence) == ["weld.mig", "weld.tig"])
        #expect(gap.allSatisfy { $0.essential })
    }
}
