import Testing
@testable import TerminalUI

@Suite("Search and filter")
struct SearchFilterTests {
    let names = ["Anne Jensen", "Søren Ærø", "Bo Hansen", "José Sørensen", "Åse Olsen", "Peter Aalborg"]
    var rowText: (Int) -> String { { names[$0] } }

    @Test("matching ignores case and accents: soren finds Søren, aero finds Ærø, jose finds José")
    func folding() {
        #expect(SearchState(query: "soren").matches("Søren Ærø"))
        #expect(SearchState(query: "AERO").matches("Søren Ærø"))
        #expect(SearchState(query: "jose").matches("Jose\u{301} Sørensen"))
        #expect(SearchState(query: "ase").matches("Åse Olsen"))
        #expect(!SearchState(query: "hansen").matches("Anne Jensen"))
        #expect(!SearchState(query: "").matches("anything"))
        #expect(TextFolding.fold("Ærø-Å é") == "aero-a e")
    }

    @Test("n goes to the next match and wraps past the end; N goes back and wraps past the start")
    func nextPrevious() {
        let search = SearchState(query: "sen")  // rows 0, 2, 3, 4
        let hit1 = search.next(from: 0, rowCount: names.count, rowText: rowText)
        #expect(hit1 == SearchState.Hit(index: 2, wrapped: false))
        let hit2 = search.next(from: 4, rowCount: names.count, rowText: rowText)
        #expect(hit2 == SearchState.Hit(index: 0, wrapped: true))
        #expect(search.message(for: hit2) == "search hit BOTTOM, continuing at TOP")
        let back = search.next(from: 0, rowCount: names.count, reverse: true, rowText: rowText)
        #expect(back == SearchState.Hit(index: 4, wrapped: true))
        let back2 = search.next(from: 3, rowCount: names.count, reverse: true, rowText: rowText)
        #expect(back2 == SearchState.Hit(index: 2, wrapped: false))
    }

    @Test("incremental search includes the current row; a lone match is found again; no match is reported")
    func incremental() {
        var search = SearchState()
        search.setQuery("hansen")
        #expect(search.find(from: 2, rowCount: names.count, includeStart: true, rowText: rowText)?.index == 2)
        #expect(search.next(from: 2, rowCount: names.count, rowText: rowText) == SearchState.Hit(index: 2, wrapped: true))
        search.setQuery("xyz")
        let miss = search.next(from: 0, rowCount: names.count, rowText: rowText)
        #expect(miss == nil)
        #expect(search.message(for: miss) == "not found: xyz")
    }

    @Test("a filter hides non-matching rows and reports shown/total; clearing shows all")
    func filter() {
        var filter = FilterState()
        #expect(filter.apply(rowCount: names.count, rowText: rowText).count == 6)
        #expect(filter.statusText(shown: 6, total: 6) == "")
        filter.setQuery("sen SØR")  // every word must match
        let shown = filter.apply(rowCount: names.count, rowText: rowText)
        #expect(shown == [3])
        filter.setQuery("SEN")
        let shown2 = filter.apply(rowCount: names.count, rowText: rowText)
        #expect(shown2 == [0, 2, 3, 4])
        #expect(filter.statusText(shown: shown2.count, total: 3004) == "filter: SEN  shown 4/3004")
        let data = FilteredTableDataSource(base: ArrayTableDataSource(names.map { [$0] }), indices: shown2)
        #expect(data.rowCount == 4 && data.row(at: 1) == ["Bo Hansen"])
        filter.clear()
        #expect(!filter.isActive)
    }

    @Test("precomputed folded rows give the same filter and search results as folding per row")
    func foldedRows() {
        let rows = (0..<2_000).map { "\(names[$0 % names.count]) \($0)" }
        let folded = FoldedRows(count: rows.count) { rows[$0] }
        for query in ["sen", "SØREN 1", "aero", "ase olsen 19", "zzz"] {
            let filter = FilterState(query: query)
            #expect(filter.apply(to: folded) == filter.apply(rowCount: rows.count) { rows[$0] }, "query \(query)")
            let search = SearchState(query: query)
            for start in [0, 999, 1_999] {
                #expect(search.next(from: start, in: folded) == search.next(from: start, rowCount: rows.count) { rows[$0] })
                #expect(search.next(from: start, in: folded, reverse: true) == search.next(from: start, rowCount: rows.count, reverse: true) { rows[$0] })
            }
        }
    }
}

@Suite("Gauge")
struct GaugeTests {
    @Test("colour bars use blocks with an eighth for the last cell; width is exact", arguments: [0.0, 33.0, 50.0, 87.5, 100.0])
    func colour(value: Double) {
        let text = Gauge(value: value).text(width: 10, monochrome: false)
        #expect(DisplayWidth.of(text) == 10)
        #expect(text.filter { $0 == "█" }.count == Int(value / 10))
    }

    @Test("exact bars for round values, and a monochrome fallback")
    func examples() {
        #expect(Gauge(value: 55).text(width: 10, monochrome: false) == "█████▌░░░░")
        #expect(Gauge(value: 50).text(width: 10, monochrome: true) == "#####-----")
        #expect(Gauge(value: 100).text(width: 4, monochrome: true) == "####")
        #expect(Gauge(value: -5).text(width: 4, monochrome: true) == "----")
    }

    @Test("the role follows the score, and rendering picks monochrome from the theme")
    func render() {
        #expect(Gauge(value: 80).style == .good && Gauge(value: 50).style == .warn && Gauge(value: 10).style == .bad)
        var buffer = ScreenBuffer(width: 10, height: 2)
        Gauge(value: 30).render(into: &buffer, x: 0, y: 0, width: 10, theme: .monochrome)
        Gauge(value: 30).render(into: &buffer, x: 0, y: 1, width: 10, theme: .color256)
        #expect(buffer.text() == ["###-------", "███░░░░░░░"])
        #expect(buffer[0, 0].style == .bad)
    }
}
