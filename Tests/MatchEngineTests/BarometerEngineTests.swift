import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TestSupport

/// The barometer's aggregation on a hand-made set of answers, checked by hand: the joint
/// view counts the participating municipalities, a municipality its own sites, and a
/// figure behind fewer than five answers is flagged.
@Suite struct BarometerEngineTests {
    static func answer(_ id: String, _ company: String, _ municipality: String, _ group: String, round: String = "2026-H2",
                       _ needs: [LabourNeed]) -> BarometerAnswer {
        BarometerAnswer(id: id, round: round, company: company, municipality: municipality, industryGroup: group,
                        visitDate: Day("2026-09-01")!, headcount: 20, jobCentre: municipality, consultant: "MJ", needs: needs)
    }

    /// Frederikshavn (0813) and Hjørring (0860) take part; København (0101) does not.
    static let dataset: Dataset = {
        var registry = Bundled.registry
        registry.participating = ["0813", "0860"]
        registry.cooperations = registry.cooperations.filter { $0.members.contains("0813") }
        let answers = [
            answer("B1", "c1", "0813", "02", [LabourNeed(occupation: "occ.welder", in3Months: 3, in12Months: 5, hardToRecruit: true),
                                              LabourNeed(occupation: "occ.packer", in3Months: -1, in12Months: 0)]),
            answer("B2", "c2", "0813", "02", []),
            answer("B3", "c3", "0860", "15", [LabourNeed(occupation: "occ.nurse", in3Months: 2, in12Months: 4)]),
            answer("B4", "c4", "0860", "02", [LabourNeed(occupation: "occ.welder", in3Months: -2, in12Months: -1)]),
            answer("B5", "c1", "0813", "02", round: "2026-H1", [LabourNeed(occupation: "occ.welder", in3Months: 10, in12Months: 10)]),
            answer("B6", "c5", "0101", "02", [LabourNeed(occupation: "occ.welder", in3Months: 7, in12Months: 7)]),
        ]
        return Dataset(schema: Bundled.schema, registry: registry, candidates: [], vacancies: [], companies: [], barometer: answers)
    }()

    let barometer = Barometer(dataset: dataset)

    @Test func theJointViewAddsUpTheParticipatingMunicipalitiesOfTheNewestRound() throws {
        #expect(barometer.rounds == ["2026-H1", "2026-H2"])
        let o = try barometer.overview()
        #expect(o.round == "2026-H2" && o.scopeName == "Vendsyssel")
        let t = o.total.in3Months
        // B1 +3 −1, B2 nothing, B3 +2, B4 −2 (B5 is another round, B6 is outside).
        #expect(t.answers == 4 && t.hires == 5 && t.net == 2)
        #expect(t.growing == 2 && t.steady == 1 && t.declining == 1 && t.hardToRecruit == 1)
        #expect(o.total.in12Months.hires == 9 && o.total.in12Months.net == 8)
        #expect(o.groups.count == 16 && o.groups.map(\.key) == Bundled.schema.industryGroups.map(\.code))
        let industry = try #require(o.groups.first { $0.key == "02" })
        #expect(industry.in3Months.answers == 3 && industry.in3Months.hires == 3 && industry.in3Months.net == 0)
        #expect(industry.in3Months.tooFew, "3 answers are fewer than 5")
        #expect(industry.occupations.map(\.key) == ["occ.welder", "occ.packer"])
        let welder = try #require(o.occupations.first { $0.key == "occ.welder" })
        #expect(welder.in3Months.answers == 2 && welder.in3Months.hires == 3 && welder.in3Months.net == 1)
        #expect(welder.in3Months.growing == 1 && welder.in3Months.declining == 1)
        #expect(o.occupations.first?.key == "occ.welder", "most expected hires first")
        #expect(o.sizeBands == ["10-49": 4])
    }

    @Test func aMunicipalityCountsItsOwnSitesAndTheyStandSideBySide() throws {
        let hjorring = try barometer.overview(municipality: "0860")
        #expect(hjorring.total.in3Months.answers == 2 && hjorring.total.in3Months.hires == 2 && hjorring.total.in3Months.net == 0)
        let side = try barometer.sideBySide()
        #expect(side.columns.map(\.code) == ["0813", "0860"])
        #expect(side.columns.map(\.total.in3Months.hires) == [3, 2])
        let industry = try #require(side.groups.first { $0.code == "02" })
        #expect(industry.cells.map(\.in3Months.answers) == [2, 1])
        let older = try barometer.overview(round: "2026-h1", municipality: "0813")
        #expect(older.total.in3Months.hires == 10 && older.total.in3Months.answers == 1)
    }

    @Test func enoughAnswersClearTheFlag() throws {
        var data = Self.dataset
        data.barometer = (1...5).map { Self.answer("B\($0)", "c\($0)", "0813", "02", [LabourNeed(occupation: "occ.welder", in3Months: 1, in12Months: 1)]) }
        let o = try Barometer(dataset: data).overview()
        #expect(!o.total.in3Months.tooFew && o.total.in3Months.answers == Barometer.minimumAnswers)
        #expect(o.groups.first { $0.key == "15" }?.in3Months.tooFew == true)
    }

    @Test func unknownRoundsAndMunicipalitiesSayWhatThereIs() {
        #expect(throws: BarometerError.unknownRound("2024-H1", known: ["2026-H1", "2026-H2"])) { try barometer.overview(round: "2024-H1") }
        #expect(throws: BarometerError.unknownMunicipality("0101", participating: ["0813", "0860"])) { try barometer.overview(municipality: "0101") }
        var empty = Self.dataset
        empty.barometer = []
        #expect(throws: BarometerError.noAnswers) { try Barometer(dataset: empty).overview() }
    }

    @Test func expectedThreeMonthHiresPerMunicipalityAndOccupationForTheShortageAreas() {
        #expect(Barometer.expectedHiresIn3Months(Self.dataset) == ["0813": ["occ.welder": 3], "0860": ["occ.nurse": 2], "0101": ["occ.welder": 7]])
        #expect(Barometer.expectedHiresIn3Months(Self.dataset, round: "2026-H1") == ["0813": ["occ.welder": 10]])
    }
}
