/// A horizontal bar for a 0–100 score.
///
/// In colour it is drawn with block characters (eighths for the last cell) in the
/// good/warn/bad role; in monochrome it falls back to `#####-----`, which reads on any
/// terminal and in copied text.
public struct Gauge: Hashable, Sendable {
    public var value: Double
    /// Scores at or above these get the `.good` / `.warn` role; below `warnAt` `.bad`.
    public var goodAt: Double
    public var warnAt: Double

    public init(value: Double, goodAt: Double = 70, warnAt: Double = 40) {
        self.value = value
        self.goodAt = goodAt
        self.warnAt = warnAt
    }

    private static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar as text of exactly `width` columns.
    public func text(width: Int, monochrome: Bool) -> String {
        guard width > 0 else { return "" }
        let fraction = min(max(value, 0), 100) / 100
        if monochrome {
            let filled = Int((fraction * Double(width)).rounded())
            return String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        }
        let totalEighths = Int((fraction * Double(width * 8)).rounded())
        let full = totalEighths / 8
        let partial = totalEighths % 8
        var bar = String(repeating: "█", count: full)
        if full < width {
            bar += partial > 0 ? Self.eighths[partial] : "░"
            bar += String(repeating: "░", count: width - full - 1)
        }
        return bar
    }

    /// The role for the score.
    public var style: Style { value >= goodAt ? .good : (value >= warnAt ? .warn : .bad) }

    /// Draws the bar at (x, y); monochrome when the theme has no colour.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, theme: Theme) {
        buffer.put(text(width: width, monochrome: !theme.usesColor), x: x, y: y, style: style, maxWidth: width, truncate: false)
    }
}
