import JobMatchCore
import MatchEngine
import Testing

/// Shortage areas (issue P7) on a hand-made labour market whose every number is counted
/// by hand below.
@Suite struct ShortageTests {
    /// Hjørring, Frederikshavn and Vejle take part; Hjørring–Frederikshavn is 30 minutes,
    /// Vejle is over 200 minutes from both. `cooperation` puts Hjørring and Frederikshavn in one.
    static func registry(cooperation: Bool) -> MunicipalityRegistry {
        var r = Fixture.registry
        r.participating = ["0860", "0813", "0630"]
        if cooperation {
            r.cooperations = [Fixture.decode(Cooperation.self, ["id": "north", "name": "Nord", "members": ["0860", "0813"],
                                                                "partners": [String]()] as [String: Any])]
        }
        return r
    }

    static let table: TravelTimeTable = ["0860": ["0813": 30, "0630": 200], "0813": ["0630": 220]]

    static func welder(_ id: String, _ municipality: String, mig: Int = 3, maxCommute: Int = 60, desires: Bool = false,
                       availableFrom: Day = Fixture.today, status: CandidateStatus = .active) -> Candidate {
        Fixture.candidate(id, municipality: municipality,
                          competences: [HeldCompetence(id: "weld.mig", level: mig, years: 2),
                                        HeldCompetence(id: "read.drawings", level: 2, years: 2)],
                          desired: desires ? ["welder"] : [], availableFrom: availableFrom, maxCommute: maxCommute,
                          status: status)
    }

    /// K1 Hjørring qualified; K2 Frederikshavn qualified but 20 min limit; K7 Frederikshavn
    /// qualified, 45 min; K3 Hjørring one level short and wants the job; K4 paused; K5
    /// available only in 120 days; K6 Vejle qualified. Hjørring has 3 open welder positions
    /// and the barometer expects 2 more hires.
    static func report(cooperation: Bool = false, extra: [Candidate] = []) -> ShortageReport {
        let candidates = [
            welder("K1", "0860"), welder("K2", "0813", maxCommute: 20), welder("K7", "0813", maxCommute: 45),
            welder("K3", "0860", mig: 2, desires: true), welder("K4", "0860", status: .paused),
            welder("K5", "0860", availableFrom: Fixture.today.adding(days: 120)), welder("K6", "0630"),
        ] + extra
        var vacancy = Fixture.vacancy("V1", occupation: "welder")
        vacancy.positions = 3
        vacancy.expiryDate = Fixture.today.adding(days: 10)
        var closed = Fixture.vacancy("V2", occupation: "welder")
        closed.status = .filled
        var dataset = Fixture.dataset(candidates, [vacancy, closed])
        dataset.registry = registry(cooperation: cooperation)
        dataset.barometer = [
            // The previous round does not count: the barometer's newest round does.
            BarometerAnswer(id: "B1", round: "2026-H1", company: "11111111", municipality: "0860", industryGroup: "01",
                            visitDate: Fixture.day("2026-05-01"), headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: 7, in12Months: 9)]),
            BarometerAnswer(id: "B2", round: "2026-H2", company: "11111111", municipality: "0860", industryGroup: "01",
                            visitDate: Fixture.day("2026-08-01"), headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: 2, in12Months: 4)]),
            // Expected decline is not a hire.
            BarometerAnswer(id: "B3", round: "2026-H2", company: "22222222", municipality: "0860", industryGroup: "01",
                            visitDate: Fixture.day("2026-08-01"), headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: -3, in12Months: -3)]),
        ]
        let travel = TravelMatrix(registry: dataset.registry, model: dataset.schema.travel, table: table)
        return ShortageReport.compute(dataset: dataset, travel: travel,
                                      today: Fixture.today)
    }

    static func balance(_ r: ShortageReport, _ area: String, _ occupation: String = "welder") throws -> OccupationBalance {
        try #require(r.balances.first { $0.area == area && $0.occupation == occupation })
    }

    @Test("shortage demand is open positions plus the barometer's own expected hires (newest round, growth only)")
    func barometerHires() throws {
        var d = Fixture.dataset([])
        d.registry = Self.registry(cooperation: false)
        d.barometer = [
            // Company 1's answer in the previous round: the barometer shows the newest round only.
            BarometerAnswer(id: "B1", round: "2026-H1", company: "1", municipality: "0860", industryGroup: "01", visitDate: Fixture.day("2026-05-01"),
                            headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: 7, in12Months: 9)]),
            BarometerAnswer(id: "B2", round: "2026-H2", company: "2", municipality: "0860", industryGroup: "01", visitDate: Fixture.day("2026-08-01"),
                            headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: 2, in12Months: 4)]),
            // A decline adds no hires and cancels none.
            BarometerAnswer(id: "B3", round: "2026-H2", company: "3", municipality: "0860", industryGroup: "01", visitDate: Fixture.day("2026-08-01"),
                            headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: -3, in12Months: 0)]),
            BarometerAnswer(id: "B4", round: "2026-H2", company: "1", municipality: "0813", industryGroup: "01", visitDate: Fixture.day("2026-09-01"),
                            headcount: 20, jobCentre: "0860", consultant: "fixture", needs: [LabourNeed(occupation: "welder", in3Months: 4, in12Months: 4)]),
        ]
        let barometer = Barometer.expectedHiresIn3Months(d)
        #expect(barometer == ["0860": ["welder": 2], "0813": ["welder": 4]])
        let report = ShortageReport.compute(dataset: d, travel: TravelMatrix(registry: d.registry, model: d.schema.travel, table: Self.table),
                                            today: Fixture.today)
        #expect(try Self.balance(report, "0860").expectedHires == 2)
        #expect(try Self.balance(report, "0813").expectedHires == 4)
        for b in report.balances where b.areaKind == .municipality {
            #expect(b.expectedHires == barometer[b.area]?[b.occupation] ?? 0, "\(b.occupation) in \(b.area)")
            #expect(b.demand == b.openPositions + b.expectedHires)
        }
    }

    @Test("demand, supply, reach, mismatch and the bottleneck in Hjørring, counted by hand")
    func hjorring() throws {
        let b = try Self.balance(Self.report(), "0860")
        #expect(b.openPositions == 3)     // V1; the filled V2 does not count
        #expect(b.expectedHires == 2)     // B2 replaces B1; B3's decline adds nothing
        #expect(b.demand == 5)
        #expect(b.supply == 2)            // K1 and K7 (30 min ≤ 45); not K2 (20), K4 paused, K5 late, K6 Vejle
        #expect(b.localSupply == 1)       // K1
        #expect(b.tooFar == 2)            // K2 and K6: without a cooperation every participant is looked at
        #expect(b.mismatched == 1)        // K3 wants the job, one level short
        #expect(b.status == .shortage)
        #expect(b.cause == .tooFewPeople) // shortfall 3 > 2 too far, > 1 mismatched
        #expect(b.competences.map(\.candidates) == [2, 3])  // MIG ≥ 3: K1 K7; drawings ≥ 2: K1 K7 K3
        #expect(b.bottleneck?.competence == "weld.mig")
        // Frederikshavn's residents K2 and K7 exceed its demand (0); K7 can commute to Hjørring.
        #expect(b.coveredBy == [NeighbourCover(municipality: "0813", name: "Frederikshavn", candidates: 1)])
        #expect(b.localShortfall == 4)
        #expect(!b.coveredByNeighbours)
    }

    @Test("without demand an area with candidates has fewer prospects; Vejle's only welder is too far for the north")
    func fewerProspects() throws {
        let r = Self.report(cooperation: true)
        let f = try Self.balance(r, "0813")
        #expect(f.demand == 0 && f.supply == 3)  // K1 (30 ≤ 60), K2, K7
        #expect(f.status == .fewerProspects && f.cause == nil)
        #expect(try Self.balance(r, "0630").supply == 1)
        // In the cooperation "too far" looks only at the cooperation's residents: K2, not K6.
        #expect(try Self.balance(r, "0860").tooFar == 1)
    }

    @Test("the cooperation adds its members' demand and counts each candidate once")
    func cooperation() throws {
        let b = try Self.balance(Self.report(cooperation: true), "north")
        #expect(b.areaKind == .cooperation)
        #expect(b.demand == 5)
        // The demand is in Hjørring only, so supply is who reaches Hjørring: K1 and K7.
        #expect(b.supply == 2 && b.localSupply == 2)
        #expect(b.tooFar == 1)  // K2
    }

    @Test("many who want the job but miss a competence make a paradox")
    func paradox() throws {
        let extra = (0..<4).map { Self.welder("KM\($0)", "0860", mig: 2, desires: true) }
        let b = try Self.balance(Self.report(extra: extra), "0860")
        #expect(b.mismatched == 5)  // K3 and the four
        #expect(b.status == .paradox && b.cause == .wrongCompetences)
    }

    @Test("qualified people beyond their commute make the cause 'too far'")
    func tooFar() throws {
        let extra = (0..<3).map { Self.welder("KF\($0)", "0813", maxCommute: 15) }
        let b = try Self.balance(Self.report(extra: extra), "0860")
        #expect(b.tooFar == 5 && b.supply == 2)  // K2, K6 and the three; shortfall 3
        #expect(b.status == .shortage && b.cause == .tooFar)
    }

    @Test("enough qualified people is good prospects; three times the demand or more is fewer prospects")
    func prospects() throws {
        let five = (0..<3).map { Self.welder("KG\($0)", "0860") }
        #expect(try Self.balance(Self.report(extra: five), "0860").status == .goodProspects)   // 5 of 5
        let fifteen = (0..<13).map { Self.welder("KG\($0)", "0860") }
        #expect(try Self.balance(Self.report(extra: fifteen), "0860").status == .fewerProspects)  // 15 = 3 × 5
        let fourteen = (0..<12).map { Self.welder("KG\($0)", "0860") }
        #expect(try Self.balance(Self.report(extra: fourteen), "0860").status == .goodProspects)  // 14 < 15
    }

    @Test("a neighbour's surplus that can commute covers a local shortage")
    func neighbourCovers() throws {
        // Four more Frederikshavn welders with a 45-minute limit: 6 residents, 5 of them reach Hjørring.
        let extra = (0..<4).map { Self.welder("KN\($0)", "0813", maxCommute: 45) }
        let b = try Self.balance(Self.report(extra: extra), "0860")
        #expect(b.coveredBy == [NeighbourCover(municipality: "0813", name: "Frederikshavn", candidates: 5)])
        #expect(b.localShortfall == 4 && b.coveredByNeighbours)
        #expect(b.status == .goodProspects)  // 6 within reach of 5 wanted
    }

    @Test("shortages and paradoxes come first, the largest shortfall first")
    func order() {
        let r = Self.report()
        let ranks = r.balances.map(\.status.rank)
        #expect(ranks == ranks.sorted())
        #expect(r.municipalShortages.map(\.area) == ["0860"])
    }
}
