import Foundation
import JobMatchCore
import JobStore
import Testing

/// The barometer's record rules: one answer per company per survey round, a well-formed
/// round, a headcount, a known job centre, and no more losses than staff.
@Suite struct BarometerRecordTests {
    @Test func aCompanyAnsweringTheSameRoundTwiceIsRefusedAtTheSecondLine() throws {
        let dir = try TempDataDirectory()
        var other = Fixture.answer("B000003")
        other.round = "2026-H2"
        try dir.write("barometer.jsonl", [Fixture.line(Fixture.answer("B000001")), Fixture.line(other),
                                          Fixture.line(Fixture.answer("B000002"))])
        let p = loadProblems(dir)
        expectProblem(p, "barometer.jsonl", line: 3, field: "company",
                      says: "company '12345678' already answered round 2026-H1 (first on line 1)")
        #expect(p.count == 1, "\(p)")
        #expect(p.first?.description.hasPrefix("barometer.jsonl:3: company: ") == true)
    }

    @Test func theSameRuleHoldsBeforeADatasetIsWritten() {
        var data = Fixture.dataset()
        data.barometer.append(Fixture.answer("B000002"))
        let problems = RecordValidator(schema: data.schema, registry: data.registry).problems(in: data)
        #expect(problems.map(\.description) == ["barometer.jsonl:2: company: company '12345678' already answered round 2026-H1 (first on line 1); one answer per company per round"])
    }

    @Test func roundHeadcountJobCentreAndLossesAreChecked() throws {
        let dir = try TempDataDirectory()
        var b = Fixture.answer()
        b.round = "2026-Q3"; b.headcount = 3; b.jobCentre = "0814"
        b.needs = [LabourNeed(occupation: "welder", in3Months: -2, in12Months: 0), LabourNeed(occupation: "welder", in3Months: -2, in12Months: 0)]
        try dir.write("barometer.jsonl", [Fixture.line(b)])
        let p = loadProblems(dir)
        expectProblem(p, "barometer.jsonl", line: 1, field: "round", says: "round '2026-Q3' is not a survey round: write YYYY-H1")
        expectProblem(p, "barometer.jsonl", line: 1, field: "jobCentre", says: "unknown job centre (municipality) '0814'")
        expectProblem(p, "barometer.jsonl", line: 1, field: "needs[1].occupation", says: "answered twice")
        expectProblem(p, "barometer.jsonl", line: 1, field: "needs", says: "expected decline at 3 months (4) is larger than the headcount (3)")
    }

    @Test func roundsParseSortAndSpanTheirHalfYear() {
        #expect(BarometerRound("2026-H2")?.description == "2026-H2")
        #expect(BarometerRound("2026-H3") == nil && BarometerRound("26-H1") == nil && BarometerRound("2026H2") == nil)
        #expect(BarometerRound("2026-H1")! < BarometerRound("2026-H2")! && BarometerRound("2025-H2")! < BarometerRound("2026-H1")!)
        #expect(BarometerRound(containing: Day("2026-07-01")!).description == "2026-H2")
        #expect(BarometerRound("2026-H1")!.lastDay == Day("2026-06-30")!)
        #expect(BarometerRound("2026-H1")!.previous.description == "2025-H2")
        #expect(SizeBand(headcount: 9) == .micro && SizeBand(headcount: 10) == .small && SizeBand(headcount: 250) == .large)
    }
}
