import Foundation
import JobMatchCore
import TerminalUI

/// Plain-text tables for the headless commands, aligned by display width so Danish and
/// wide-character names line up.
enum Table {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cell)))
                return rightAligned.contains(i) ? pad + cell : (i == cells.count - 1 ? cell : cell + pad)
            }.joined(separator: "  ")
        }
        var out = [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        return out.joined(separator: "\n")
    }
}

/// Stable JSON for `--json`: sorted keys, so equal input gives byte-identical output.
enum JSONOutput {
    /// `hidden`: the candidates whose details the acting user may not see; every candidate
    /// object of theirs in the output gets `"hidden": {"ask": …, "phone": …, …}`.
    static func string(_ value: some Encodable, hidden: HiddenNotes? = nil) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let hidden { encoder.userInfo[HiddenNotes.userInfoKey] = hidden }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
