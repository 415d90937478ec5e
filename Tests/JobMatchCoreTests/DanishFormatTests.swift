import JobMatchCore
import Testing

/// Danish numbers and dates, for text that is Danish by purpose (the barometer report).
@Suite struct DanishFormatTests {
    @Test("counts group thousands with a point", arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (2647, "2.647"), (12345, "12.345"),
        (1_234_567, "1.234.567"), (-5, "-5"), (-1000, "-1.000"), (-1_234_567, "-1.234.567"),
    ])
    func count(_ n: Int, _ want: String) {
        #expect(DanishFormat.count(n) == want)
    }

    @Test func theLargestAndSmallestIntegersDoNotOverflow() {
        #expect(DanishFormat.count(Int.max) == "9.223.372.036.854.775.807")
        #expect(DanishFormat.count(Int.min) == "-9.223.372.036.854.775.808")
    }

    @Test func signedChangesCarryAPlus() {
        #expect(DanishFormat.signed(12) == "+12")
        #expect(DanishFormat.signed(1500) == "+1.500")
        #expect(DanishFormat.signed(0) == "0")
        #expect(DanishFormat.signed(-2647) == "-2.647")
    }

    @Test("decimals use a comma and round half away from zero", arguments: [
        // Halves that a double holds exactly, so the rounding rule is what is tested.
        (0.25, 1, "0,3"), (-0.25, 1, "-0,3"), (0.75, 1, "0,8"), (2.5, 0, "3"), (-2.5, 0, "-3"),
        (34.7, 1, "34,7"), (1234.5, 1, "1.234,5"), (-1234.5, 1, "-1.234,5"), (0, 1, "0,0"), (0, 0, "0"),
        (1.05, 2, "1,05"), (1_000_000, 2, "1.000.000,00"),
        // A negative value that rounds to zero is "0,0", never "-0,0".
        (-0.04, 1, "0,0"),
    ])
    func decimal(_ x: Double, _ digits: Int, _ want: String) {
        #expect(DanishFormat.decimal(x, digits: digits) == want)
    }

    @Test("exact quotients round half away from zero", arguments: [
        (347, 10, 1, "34,7"), (1, 8, 2, "0,13"), (-1, 8, 2, "-0,13"), (1, -8, 2, "-0,13"), (-1, -8, 2, "0,13"),
        (1, 3, 1, "0,3"), (2, 3, 1, "0,7"), (-2, 3, 1, "-0,7"), (264_750, 100, 1, "2.647,5"), (5, 0, 1, "0,0"),
        (1, 20, 1, "0,1"), (-1, 20, 1, "-0,1"), (1, 30, 1, "0,0"), (-1, 30, 1, "0,0"),
    ])
    func quotient(_ n: Int, _ d: Int, _ digits: Int, _ want: String) {
        #expect(DanishFormat.decimal(n, over: d, digits: digits) == want)
    }

    @Test func percentHasOneDecimalAndASpaceBeforeTheSign() {
        #expect(DanishFormat.percent(1, of: 3) == "33,3 %")
        #expect(DanishFormat.percent(2, of: 3) == "66,7 %")
        #expect(DanishFormat.percent(347, of: 1000) == "34,7 %")
        #expect(DanishFormat.percent(3, of: 3) == "100,0 %")
        #expect(DanishFormat.percent(0, of: 0) == "0,0 %")
        #expect(DanishFormat.percent(1, of: 8, digits: 0) == "13 %")
    }

    @Test func datesAreWrittenDayFirstWithDanishMonths() {
        #expect(DanishFormat.date(Day("2026-11-24")!) == "24. november 2026")
        #expect(DanishFormat.date(Day("2026-03-01")!) == "1. marts 2026")
        #expect(DanishFormat.date(Day("2027-05-09")!) == "9. maj 2027")
        #expect(DanishFormat.shortDate(Day("2026-11-24")!) == "24-11-2026")
        #expect(DanishFormat.shortDate(Day("2026-03-01")!) == "01-03-2026")
    }

    @Test func surveyRoundsAreHalfYears() {
        #expect(DanishFormat.round(BarometerRound("2026-H2")!) == "2. halvår 2026")
        #expect(DanishFormat.round(BarometerRound("2025-H1")!) == "1. halvår 2025")
    }
}
