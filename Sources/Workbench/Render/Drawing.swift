import JobMatchCore
import TerminalUI

/// Small drawing helpers shared by the screens.
enum Draw {
    /// A section heading across `rect`'s top row; the focused pane's heading is highlighted
    /// (bold + underline in monochrome), so focus is visible without colour.
    static func heading(_ title: String, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, focused: Bool) {
        guard width > 0 else { return }
        let label = focused ? "▸ \(title) " : "  \(title) "
        let used = buffer.put(label, x: x, y: y, style: focused ? Style(.header, bold: true, underline: true) : .header, maxWidth: width)
        if used < width { Border.horizontalLine(into: &buffer, x: x + used, y: y, width: width - used) }
    }

    /// Lines of text in a rect, from `top`, with a "↓ n more" marker when cut.
    static func lines(_ lines: [PaneLine], into buffer: inout ScreenBuffer, rect: Rect, top: Int) {
        guard rect.height > 0 else { return }
        let start = min(max(0, top), max(0, lines.count - 1))
        for row in 0..<rect.height {
            let i = start + row
            guard i < lines.count else { break }
            buffer.put(lines[i].text, x: rect.x, y: rect.y + row, style: lines[i].style, maxWidth: rect.width)
        }
        let hidden = lines.count - start - rect.height
        if hidden > 0 {
            let marker = " ↓ \(hidden) more "
            buffer.put(marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.maxY - 1, style: .dim)
        }
        if start > 0 {
            let marker = " ↑ \(start) more "
            buffer.put(marker, x: rect.maxX - DisplayWidth.of(marker), y: rect.y, style: .dim)
        }
    }

    /// A score bar (TerminalUI's `Gauge`): blocks in colour themes, `#####-----` in
    /// monochrome so the length still reads without colour.
    static func gauge(_ score: Double, width: Int, usesColor: Bool) -> String {
        Gauge(value: score).text(width: width, monochrome: !usesColor)
    }

    static func scoreStyle(_ score: Double) -> Style { Gauge(value: score).style }
}

/// One line of a text pane.
struct PaneLine: Equatable {
    var text: String
    var style: Style
    init(_ text: String, _ style: Style = .normal) { self.text = text; self.style = style }
}

extension Array where Element == PaneLine {
    /// Word-wrapped to `width`; continuation lines are indented two columns.
    func wrapped(width: Int) -> [PaneLine] {
        guard width > 4 else { return self }
        var out: [PaneLine] = []
        for line in self {
            if DisplayWidth.of(line.text) <= width { out.append(line); continue }
            let leading = String(line.text.prefix { $0 == " " })
            let indent = leading + "  "
            let first = TextWrap.wrap(line.text, width: width)
            guard let head = first.first else { out.append(line); continue }
            out.append(PaneLine(leading + head.drop { $0 == " " }, line.style))
            let rest = first.dropFirst().joined(separator: " ")
            for part in TextWrap.wrap(rest, width: width - DisplayWidth.of(indent)) {
                out.append(PaneLine(indent + part, line.style))
            }
        }
        return out
    }
}

/// Number and date wording used across screens.
enum Format {
    /// 12345 → "12,345".
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    static func plural(_ n: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count(n)) \(n == 1 ? word : plural ?? word + "s")"
    }

    /// "today", "in 1 day", "in 3 days", "2 days ago".
    static func relative(_ day: Day, today: Day) -> String {
        let d = today.days(until: day)
        switch d {
        case 0: return "today"
        case 1: return "tomorrow"
        case 2...: return "in \(d) d"
        case -1: return "yesterday"
        default: return "\(-d) d ago"
        }
    }

    static func score(_ s: Double) -> String { String(Int(s.rounded())) }

    static func points(_ p: Double) -> String {
        let tenths = Int((p * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
