import DemoGenerator
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
import TestSupport
@testable import Workbench

/// The Barometer screen on the in-memory terminal: joint and per-municipality views, 3 and
/// 12 months, rounds, bars that read without colour, the too-few flag, help from the key table.
@Suite struct BarometerScreenTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    /// Three rounds of 60 answers over the demo cooperation: enough for real figures, few
    /// enough that many cells are flagged.
    static let dataset = DemoGenerator.generate(schema: Bundled.schema, registry: Bundled.registry, options: DemoOptions(
        seed: 7, today: today, candidates: 40, vacancies: 20, barometerVisits: 60))
    static let barometer = Barometer(dataset: dataset)

    func open(width: Int = 80, height: Int = 24) -> Harness {
        let h = Harness(width: width, height: height, dataset: Self.dataset)
        h.press(.char(":")).type("barometer").press(.enter)
        return h
    }

    @Test func theJointOverviewShowsTheEnginesFigures() throws {
        let h = open()
        #expect(h.state.screen == BarometerScreen.id)
        let o = try Self.barometer.overview()
        #expect(h.text.contains("Joint: \(o.scopeName)"), "\(h.text)")
        #expect(h.text.contains("\(o.round) · round 3 of 3 · 3 months ahead"))
        #expect(h.text.contains("\(o.total.in3Months.answers) answers · hires \(Format.count(o.total.in3Months.hires)) (net "))
        #expect(h.text.contains("01 Landbrug"))
        // Sixty answers over sixteen groups: some groups have fewer than five, flagged with "!".
        let few = o.groups.filter { $0.in3Months.tooFew }
        #expect(!few.isEmpty)
        #expect(h.lines.contains { $0.contains(few[0].key + " ") && $0.contains("!") })
    }

    @Test func municipalitiesHorizonsAndRoundsSwitch() throws {
        let h = open()
        h.press(.char("s"))
        let first = Self.barometer.municipalities[0]
        let o = try Self.barometer.overview(municipality: first)
        #expect(h.text.contains("\(Self.barometer.name(of: first)) (1 of \(Self.barometer.municipalities.count))"), "\(h.text)")
        #expect(h.text.contains("\(o.total.in3Months.answers) answers"))
        h.press(.char("t"))
        #expect(h.text.contains("12 months ahead") && h.text.contains("hires \(Format.count(o.total.in12Months.hires))"))
        h.press(.char("S"))
        #expect(h.text.contains("Joint: "))
        h.press(.char("R"))
        #expect(h.text.contains("2026-H1 · round 2 of 3"))
        h.press(.char("r"), .char("r"))
        #expect(h.messageLine.contains("this is the newest round"))
        h.press(.char("s"), .char("0"))
        #expect(h.text.contains("Joint: "))
    }

    @Test func municipalitiesSideBySideAndEnterOpensOne() throws {
        let h = open()
        h.press(.char("m"))
        let side = try Self.barometer.sideBySide()
        #expect(h.text.contains("Municipalities side by side — expected hires in 3 months"))
        for c in side.columns.prefix(5) {
            #expect(h.lines.contains { $0.contains("\(c.name) (\(c.code))") && $0.contains(Format.count(c.total.in3Months.hires)) }, "\(c.name)")
        }
        #expect(h.buffer(color: false).text().allSatisfy { DisplayWidth.of($0) <= 80 })
        h.press(.char("j"), .enter)
        #expect(h.text.contains("\(side.columns[1].name) (2 of \(side.columns.count))"), "\(h.text)")
        #expect(h.text.contains("Industry groups — expected hires"))
    }

    @Test func barsReadWithoutColourAndEverythingFitsAt80x24() {
        let h = open()
        let mono = h.buffer(color: false).text()
        #expect(mono.contains { $0.contains("#") && $0.contains("-") })
        #expect(h.buffer(color: true).text().contains { $0.contains("█") || $0.contains("░") })
        #expect(mono.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(mono.contains { $0.contains("occupations (3 months)") })
        // Moving down selects another group; its occupations follow.
        let before = mono.first { $0.contains("occupations (") }
        h.press(.char("j"), .char("j"))
        #expect(h.lines.first { $0.contains("occupations (") } != before)
    }

    @Test func helpListsTheScreensOwnKeys() {
        let h = open(width: 100, height: 40)
        h.press(.char("?"))
        #expect(h.text.contains("Keys — Barometer (Esc closes)"))
        for entry in BarometerScreen.keys.helpEntries.prefix(14) {
            #expect(h.text.contains(entry.description), "\(entry.description)")
        }
        #expect(h.text.contains("Switch between 3 and 12 months ahead"))
    }

    @Test func aDataDirectoryWithoutAnswersSaysHowToAddThem() {
        var empty = Self.dataset
        empty.barometer = []
        let h = Harness(dataset: empty)
        h.press(.char(":")).type("barometer").press(.enter)
        #expect(h.text.contains("holds no answers yet") && h.text.replacingOccurrences(of: "\n ", with: " ").contains("jobmatch barometer import FILE.csv"), "\(h.text)")
    }
}
