import TerminalUI

/// The shape shared by the list screens: a header, a table, and a detail pane that sits
/// beside the table on a wide terminal and below it on a narrow one (or is left out when
/// the terminal is too short for both).
enum ListDetail {
    static func split(_ size: TerminalSize, headerRows: Int, sideFromWidth: Int, sideWidth: Int,
                      belowFromHeight: Int, belowRows: ClosedRange<Int>) -> (header: Rect, table: Rect, detail: Rect) {
        let body = WorkbenchView.body(size)
        let (header, rest) = body.splitTop(headerRows)
        if size.width >= sideFromWidth {
            let (table, detail) = rest.splitLeft(rest.width - sideWidth)
            // One column of the table gives way to the separator.
            return (header, Rect(x: table.x, y: table.y, width: table.width - 1, height: table.height), detail)
        }
        let detailHeight = rest.height >= belowFromHeight
            ? min(belowRows.upperBound, max(belowRows.lowerBound, rest.height / 3)) : 0
        let (table, detail) = rest.splitBottom(detailHeight)
        return (header, table, detail)
    }
}
