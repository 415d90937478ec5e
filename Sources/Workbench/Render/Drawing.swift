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

    /// Lines of text that fit in `height` rows: all of them, or one fewer when they do
    /// not all fit (the last row then says how many are above and below).
    static func visibleLines(height: Int, lines: Int) -> Int {
        lines <= height ? max(1, height) : max(1, height - 1)
    }

    /// Lines of text in a rect from `top` (clamped here: the view clamps), with a line
    /// "↑ n more · ↓ n more" of its own when they do not all fit, so it never covers text.
    static func lines(_ lines: [PaneLine], into buffer: inout ScreenBuffer, rect: Rect, top: Int) {
        guard rect.height > 0 else { return }
        let visible = visibleLines(height: rect.height, lines: lines.count)
        let start = min(max(0, top), max(0, lines.count - visible))
        for row in 0..<visible {
            let i = start + row
            guard i < lines.count else { break }
            buffer.put(lines[i].text, x: rect.x, y: rect.y + row, style: lines[i].style, maxWidth: rect.width)
        }
        ListView.drawMarker(into: &buffer, rect: rect, y: rect.y + visible, above: start, below: lines.count - start - visible)
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
    /// Word-wrapped to `width` with a hanging indent: "Benefit:     Kontanthjælp …" continues
    /// under "Kontanthjælp", "  ✓ MIG-svejsning …" under "MIG", other lines two columns in.
    func wrapped(width: Int) -> [PaneLine] {
        guard width > 8 else { return self }
        var out: [PaneLine] = []
        for line in self {
            if DisplayWidth.of(line.text) <= width { out.append(line); continue }
            var (prefix, body) = Self.hangingPrefix(line.text)
            // Plain text continues two columns in from where it started.
            let hang = DisplayWidth.of(prefix) + (prefix.allSatisfy { $0 == " " } ? 2 : 0)
            if hang >= width / 2 { (prefix, body) = ("", line.text) }
            let indent = String(repeating: " ", count: Swift.min(hang, width / 2))
            let parts = TextWrap.wrap(body, width: width - DisplayWidth.of(prefix))
            guard let first = parts.first else { continue }
            out.append(PaneLine(prefix + first, line.style))
            for part in TextWrap.wrap(parts.dropFirst().joined(separator: " "), width: width - indent.count) where !parts.dropFirst().isEmpty {
                out.append(PaneLine(indent + part, line.style))
            }
        }
        return out
    }

    /// Splits a line into what stays on the left ("Benefit:     ", "  ✓ ", "  ") and the text to wrap.
    private static func hangingPrefix(_ text: String) -> (String, String) {
        let chars = [Character](text)
        var i = 0
        while i < chars.count && chars[i] == " " { i += 1 }
        // "Label:   value": hang after the run of spaces that follows the colon.
        if let colon = chars[i...].prefix(16).firstIndex(of: ":"), colon + 2 < chars.count, chars[colon + 1] == " ", chars[colon + 2] == " " {
            var j = colon + 1
            while j < chars.count && chars[j] == " " { j += 1 }
            return (String(chars[..<j]), String(chars[j...]))
        }
        // "  ✓ text", "  • text": hang after the marker.
        if i + 1 < chars.count, "✓✗≈•".contains(chars[i]), chars[i + 1] == " " {
            return (String(chars[..<(i + 2)]), String(chars[(i + 2)...]))
        }
        return (String(chars[..<i]), String(chars[i...]))
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
