import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// 80×24 is fully usable, wider terminals show more, a resize re-lays out, monochrome
/// reads without colour, and wide characters never shift columns.
@Suite struct LayoutTests {
    /// The display column where `needle` starts in `line`.
    func column(of needle: String, in line: String) -> Int? {
        guard let r = line.range(of: needle) else { return nil }
        return DisplayWidth.of(line[..<r.lowerBound])
    }

    @Test func rankingColumnsAlignWithDanishAndWideCharacterNames() {
        for (w, hgt) in [(80, 24), (160, 48)] {
            let h = Harness(width: w, height: hgt, provider: FakeProvider())
            h.press(.char(":")).type("open V000101").press(.enter)
            let rows = [("Søren Østergård", "Hjørring"), ("K000003", "Brønderslev"), ("山田 太郎", "Frederiks")]
            let lines = rows.map { h.line(containing: $0.0)! }
            let homes = zip(lines, rows).map { column(of: $1.1, in: $0) }
            #expect(homes.allSatisfy { $0 != nil && $0 == homes[0] }, "home municipality column at \(w)×\(hgt): \(homes)")
            let commutes = lines.map { column(of: " min", in: $0) }
            #expect(commutes.allSatisfy { $0 == commutes[0] }, "commute column at \(w)×\(hgt): \(commutes)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= w })
        }
    }

    @Test func narrowRankingShowsEveryEssentialColumn() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter)
        let header = h.line(containing: "Score")!
        for title in ["#", "Score", "Candidate", "Lives in", "Commute", "Ess · Opt", "Gap"] {
            #expect(header.contains(title), "\(title) at 80×24")
        }
        let row = h.line(containing: "Søren")!
        #expect(row.contains("87"))
        #expect(row.contains("10 min"))
        #expect(row.contains("2/2 · 1/2"))
        #expect(h.text.contains("3 of 5 candidates in 5 municipalities qualify · 4 ms · 2 lack an essential com…"))
    }

    @Test func wideRankingSpellsOutRequirementsAndShowsThePreviewBeside() {
        let h = Harness(width: 160, height: 48, provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter)
        let row = h.line(containing: "Søren")!
        #expect(row.contains("2/2 ess · 1/2 opt"))
        #expect(row.contains("Truckkørsel level 1"))
        #expect(row.contains("│ Søren Østergård (K000001)"), "preview pane to the right")
    }

    @Test func resizeMidSessionRelaysOutAndKeepsTheSelection() {
        let h = Harness()
        h.press(.char("v"), .char("j"), .char("j"))
        #expect(h.line(containing: "Industry") == nil)
        #expect(h.line(containing: "Company") != nil)
        h.resize(160, 48)
        #expect(h.line(containing: "Industry") != nil)
        #expect(h.line(containing: "Plejecenter Solgården")?.contains("2026-03-22 (in 20 d)") == true)
        #expect(h.line(containing: "V000102  Social- og sundhedshjælper") != nil, "details still on the selected row")
        #expect(h.lines.count == 48)
        h.resize(200, 50)
        #expect(h.line(containing: "│ V000102  Social- og sundhedshjælper")?.hasPrefix(" V000101") == true,
                "details beside the list on a very wide terminal")
        h.resize(80, 24)
        #expect(h.lines.count == 24)
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(h.state.vacancies.list.selected == 2)
        #expect(h.line(containing: "Industry") == nil)
    }

    @Test func resizeToFewerRowsKeepsTheSelectionOnScreen() {
        let data = manyVacancies(60)
        let h = Harness(width: 160, height: 48, dataset: data, provider: FakeProvider())
        h.press(.char("v"), .char("G"))
        h.resize(80, 24)
        let selectedID = data.vacancies[Int(h.state.vacancies.rows[h.state.vacancies.list.selected])].id
        #expect(h.line(containing: selectedID) != nil)
    }

    @Test func statusLineAlwaysShowsDirectoryUserAndCandidatesInView() {
        let h = Harness(provider: FakeProvider())
        let steps: [[Key]] = [[], [.char("v")], [.enter], [.enter], [.tab]]
        for keys in steps {
            for k in keys { h.press(k) }
            #expect(h.statusBar.contains("/home/anna/jobdata"))
            #expect(h.statusBar.contains("anna@Hjørring"))
            #expect(h.statusBar.contains("candidate"))
        }
        // A long directory is cut from the left, keeping its end, and the filter still shows.
        var context = Tiny.context
        context.dataDirectory = "/srv/jobcentre/shared/vendsyssel/2026/workbench-data-directory"
        let long = Harness(context: context)
        long.press(.char("v"), .char("m"), .char("e"))
        #expect(long.statusBar.contains("…"))
        #expect(long.statusBar.contains("filter: Aalborg · "))
        #expect(long.statusBar.hasSuffix(" 0/4 (x clears)"), "counts and the clear key always show")
        #expect(long.statusBar.contains("5 candidates"))
    }

    @Test func monochromeUsesAsciiGaugesAndRolesColourUsesBlocks() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter)
        let mono = h.buffer(color: false).text()
        #expect(mono.contains { $0.contains("#########-  87") })
        let colour = h.buffer(color: true).text()
        #expect(colour.contains { $0.contains("█") })
        // Selection is a role the monochrome theme draws in reverse video.
        let buffer = h.buffer(color: false)
        let y = mono.firstIndex { $0.contains("Søren") }!
        #expect(buffer[5, y].style.role == .selected)
        #expect(Theme.monochrome.attributes(for: StyleRole.selected).reverse)
    }

    @Test func tooSmallTerminalShowsANoticeAndQStillQuits() {
        let terminal = InMemoryTerminal(width: 70, height: 20)
        terminal.enqueue(.char("q"))
        let session = WorkbenchSession(dataset: Tiny.dataset, context: Tiny.context, size: terminal.size, provider: FakeProvider())
        let reason = WorkbenchApp.run(terminal: terminal, session: session)
        #expect(terminal.screenText.contains("Terminal too small: 70×20 — jobmatch needs at least 80×24"))
        #expect(reason == .finished)
    }

    /// Tiny plus `n` more open vacancies, to scroll.
    func manyVacancies(_ n: Int) -> Dataset {
        var d = Tiny.dataset
        for i in 0..<n {
            d.vacancies.append(Tiny.vacancy("V\(200_000 + i)", "Svejser \(i)", company: "12345678", municipality: "0860",
                                            requirements: Tiny.welding, expires: 10 + i))
        }
        return d
    }
}
