import Testing
@testable import TerminalUI

/// A data source that records which rows were asked for.
final class CountingDataSource: TableDataSource {
    let rowCount: Int
    private(set) var requested: [Int] = []
    init(rowCount: Int) { self.rowCount = rowCount }
    func row(at index: Int) -> [String] {
        requested.append(index)
        return ["#\(index)", "Kandidat \(index)", "\(index % 100)"]
    }
}

@Suite("Table view")
struct TableViewTests {
    let columns = [TableColumn("Id", width: .fixed(8)), TableColumn("Name"), TableColumn("Score", width: .fixed(5), alignment: .right)]

    @Test("with 250,000 rows only the visible rows are requested, wherever the selection is")
    func virtualRows() {
        let data = CountingDataSource(rowCount: 250_000)
        var table = TableView(columns: columns)
        let rect = Rect(x: 0, y: 0, width: 60, height: 21)
        let visible = table.visibleRowCount(in: rect)
        #expect(visible == 20)
        _ = table.handle(.end, rowCount: data.rowCount, visibleRows: visible)
        var buffer = ScreenBuffer(width: 60, height: 21)
        table.render(into: &buffer, rect: rect, data: data)
        #expect(data.requested == Array(249_980..<250_000))
        #expect(buffer.line(at: 20).hasPrefix("#249999"))
        #expect(buffer[0, 20].style == .selected)
        #expect(table.positionText(rowCount: data.rowCount) == "250000/250000")
    }

    @Test("j/k, page keys and g/G move the selection and keep it on screen")
    func navigation() {
        var table = TableView(columns: columns)
        let n = 100, visible = 10
        for _ in 0..<12 { _ = table.handle(.char("j"), rowCount: n, visibleRows: visible) }
        #expect(table.selectedIndex == 12)
        #expect(table.scrollOffset == 3)
        _ = table.handle(.pageDown, rowCount: n, visibleRows: visible)
        #expect(table.selectedIndex == 22)
        _ = table.handle(.char("G"), rowCount: n, visibleRows: visible)
        #expect(table.selectedIndex == 99 && table.scrollOffset == 90)
        _ = table.handle(.down, rowCount: n, visibleRows: visible)
        #expect(table.selectedIndex == 99)
        _ = table.handle(.char("g"), rowCount: n, visibleRows: visible)
        #expect(table.selectedIndex == 0 && table.scrollOffset == 0)
        _ = table.handle(.up, rowCount: n, visibleRows: visible)
        #expect(table.selectedIndex == 0)
        #expect(table.handle(.char("x"), rowCount: n, visibleRows: visible) == false)
    }

    @Test("columns are laid out by width and alignment, with wide names cut cleanly")
    func layout() {
        let data = ArrayTableDataSource([["0813", "Søren Ærø Nørgaard", "87"], ["0860", "山田太郎さんの長い名前", "5"]])
        let table = TableView(columns: columns)
        var buffer = ScreenBuffer(width: 30, height: 3)
        table.render(into: &buffer, rect: Rect(x: 0, y: 0, width: 30, height: 3), data: data)
        #expect(buffer.text() == [
            "Id       Name            Score",
            "0813     Søren Ærø Nørg…    87",
            "0860     山田太郎さんの…     5",
        ])
    }

    @Test("an empty table says so; an unfocused one marks its selection differently")
    func emptyAndFocus() {
        var buffer = ScreenBuffer(width: 30, height: 3)
        TableView(columns: columns, emptyMessage: "No candidates").render(into: &buffer, rect: buffer.bounds, data: ArrayTableDataSource([]))
        #expect(buffer.line(at: 1) == " No candidates")
        var unfocused = TableView(columns: columns)
        unfocused.isFocused = false
        unfocused.render(into: &buffer, rect: buffer.bounds, data: ArrayTableDataSource([["a", "b", "c"]]))
        #expect(buffer[0, 1].style == .selectedInactive)
    }
}
