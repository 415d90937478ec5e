import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// "↑/↓ N more" markers sit on a line of their own and every hidden row is counted.
/// Each test failed before the one list renderer: the markers were drawn over the last row.
@Suite struct ListMarkerTests {
    static let context = WorkbenchContext(dataDirectory: "~/.local/share/jobmatch",
                                          user: UserContext(user: "anna", municipality: "0860"),
                                          today: Day(year: 2026, month: 11, day: 24)!)

    func demo(_ width: Int, _ height: Int) throws -> Harness {
        let dataset = try #require(CaptureTests.demo)
        return Harness(width: width, height: height, dataset: dataset, context: Self.context, provider: FakeDemoProvider(dataset: dataset))
    }

    static let marker = try! NSRegularExpression(pattern: "[↑↓] [0-9,]+ more")

    /// Every line with a marker holds nothing else before it (within its pane: from `x`).
    func expectMarkersAlone(_ h: Harness, from x: Int = 0, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in h.lines {
            let range = NSRange(line.startIndex..., in: line)
            guard let m = Self.marker.firstMatch(in: line, range: range), let r = Range(m.range, in: line) else { continue }
            let before = String(line[..<r.lowerBound].dropFirst(x))
            #expect(before.trimmingCharacters(in: .whitespaces).isEmpty || before.hasSuffix("↑ 1 more · ") || before.contains(" more · "),
                    "marker over data: «\(line)»", sourceLocation: sourceLocation)
        }
    }

    @Test func vacanciesRowsKeepPosAndExpiresAt80x24() throws {
        let h = try demo(80, 24)
        h.press(.char("v"))
        expectMarkersAlone(h)
        #expect(h.line(containing: "more") != nil, "the list is longer than the screen")
        h.press(.pageDown, .pageDown)
        expectMarkersAlone(h)
        #expect(h.text.contains("↑") && h.text.contains("↓"), "both directions are counted on one line")
    }

    @Test func dashboardCountsEveryMunicipalityAt100x30() throws {
        let h = try demo(100, 30)
        let stats = h.state.data.stats
        let shown = stats.filter { s in h.lines.contains { $0.contains(" \(s.name) ") && $0.contains(s.code) } }.count
        let section = h.lines.prefix { !$0.contains("Pending work") }
        let hidden = section.compactMap { line -> Int? in
            guard line.contains("↓"), let n = line.split(separator: "↓").last?.split(separator: " ").first else { return nil }
            return Int(n)
        }.first ?? 0
        #expect(stats.count == 12)
        #expect(shown + hidden == stats.count, "\(shown) shown + \(hidden) counted as hidden")
        #expect(shown == stats.count, "at 100×30 every municipality fits")
        expectMarkersAlone(h)
    }

    @Test func candidatePaneShowsAvailableFromAndScorePaneKeepsItsLinesAt80x24() throws {
        let h = try demo(80, 24)
        h.press(.char("v"), .enter, .enter)
        let candidate = try #require(h.state.candidate)
        let c = h.state.data.dataset.candidates[candidate.candidateRow]
        #expect(h.text.contains("available from \(c.availableFrom)"))
        expectMarkersAlone(h)
        h.press(.tab)
        expectMarkersAlone(h)
        h.press(.char("G"))
        expectMarkersAlone(h)
    }

    @Test func rankingPreviewMarkerDoesNotCoverTheGap() {
        let h = Harness(provider: FakeProvider())
        h.press(.char("v"), .enter)
        expectMarkersAlone(h)
    }
}

/// The demo's vacancies ranked with fixed rows (so the tests do not depend on scoring):
/// the first 40 active candidates, best first.
struct FakeDemoProvider: MatchProvider {
    let dataset: Dataset
    func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
        let rows = dataset.candidates.filter { $0.status == .active }.prefix(40).enumerated().map { i, c in
            RankedRow(candidateID: c.id, score: 90 - Double(i), essentialMet: 2, essentialTotal: 2, optionalMet: 1, optionalTotal: 3,
                      commuteMinutes: 10 + i, gap: ["Truckkørsel level 1", "TIG-svejsning level 2"])
        }
        return RankingOutcome(vacancyID: vacancyID, rows: rows, considered: 1_000, eligibleCount: rows.count, exclusions: [])
    }

    func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? {
        CandidateScore(total: 80, lines: (1...8).map { i in
            .init(label: "Component \(i)", points: Double(i), maxPoints: 10, details: ["✓ detail \(i) a", "✗ detail \(i) b"])
        }, whyNot: [], notes: ["Job-type rule ord-2020: no waiting period"])
    }
}
