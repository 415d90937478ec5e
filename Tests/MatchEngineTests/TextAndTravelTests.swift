import Foundation
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

/// The shipped travel model against known car times (docs/schema.md, "Travel times"):
/// every estimate within 6 minutes of the route planner's time.
@Suite("Travel model calibration")
struct TravelCalibrationTests {
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/JobMatchResources")

    static func load() throws -> (MunicipalityRegistry, TravelModel) {
        let registry = try JSONDecoder().decode(MunicipalityRegistry.self,
                                                from: Data(contentsOf: resources.appendingPathComponent("municipalities.json")))
        let schema = try JSONDecoder().decode(Schema.self, from: Data(contentsOf: resources.appendingPathComponent("schema.json")))
        return (registry, schema.travel)
    }

    /// (from postcode, its municipality, to municipality, known minutes by car).
    static let known: [(String, String, String, Int)] = [
        ("9000", "0851", "0813", 50),  // Aalborg – Frederikshavn, 65 km by E45
        ("9990", "0813", "0813", 35),  // Skagen – Frederikshavn, 40 km
        ("8000", "0751", "0730", 35),  // Aarhus – Randers
        ("5000", "0461", "0479", 40),  // Odense – Svendborg
        ("6700", "0561", "0621", 50),  // Esbjerg – Kolding
        ("9800", "0860", "0813", 30),  // Hjørring – Frederikshavn
        ("7100", "0630", "0607", 25),  // Vejle – Fredericia
        ("9000", "0851", "0751", 80),  // Aalborg – Aarhus
    ]

    @Test("estimates match known car times within 6 minutes")
    func knownTimes() throws {
        let (registry, model) = try Self.load()
        let matrix = TravelMatrix(registry: registry, model: model)
        for (postcode, home, work, known) in Self.known {
            let m = try #require(matrix.minutes(fromPostcode: postcode, municipality: home, to: work))
            #expect(abs(m - known) <= 6, "\(postcode) → \(work): \(m) min, known \(known)")
        }
    }

    @Test("a commute inside a municipality is timed from the candidate's town: Skagen to Frederikshavn is not 10 minutes")
    func withinMunicipality() throws {
        let (registry, model) = try Self.load()
        let matrix = TravelMatrix(registry: registry, model: model)
        #expect(matrix.minutes(fromPostcode: "9900", municipality: "0813", to: "0813") == model.sameMunicipalityMinutes)
        let skagen = try #require(matrix.minutes(fromPostcode: "9990", municipality: "0813", to: "0813"))
        #expect(skagen >= 25)
        // A postcode that lies in another municipality than the record says is not trusted.
        #expect(matrix.minutes(fromPostcode: "9990", municipality: "0860", to: "0813") == matrix.minutes(from: "0860", to: "0813"))
    }

    @Test("the engine times a candidate's commute from their postcode's town")
    func engineUsesPostcode() throws {
        let (registry, _) = try Self.load()
        let schema = try JSONDecoder().decode(Schema.self, from: Data(contentsOf: Self.resources.appendingPathComponent("schema.json")))
        var skagen = Fixture.candidate("K1", municipality: "0813", maxCommute: 20)
        skagen.postcode = "9990"
        var town = Fixture.candidate("K2", municipality: "0813", maxCommute: 20)
        town.postcode = "9900"
        let v = Fixture.vacancy("V", municipality: "0813")
        let data = Dataset(schema: schema, registry: registry, candidates: [skagen, town], vacancies: [v], companies: [], barometer: [])
        let index = MatchIndex(dataset: data)
        let far = try index.explain(vacancy: v, candidateID: "K1", today: Fixture.today)
        #expect(far.failed.map(\.requirement) == [.commute], "\(far.failed)")
        #expect((far.breakdown.commuteMinutes ?? 0) >= 25)
        #expect(try index.explain(vacancy: v, candidateID: "K2", today: Fixture.today).breakdown.commuteMinutes == 10)
    }
}
