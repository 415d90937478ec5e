/// Two panes side by side or stacked, with a divider and a focused side.
///
/// The split only lays out and draws the divider; the caller renders each pane into
/// the rectangle `layout` gives it, and sends keys to the focused one.
public struct SplitPane: Hashable, Sendable {
    public enum Orientation: Hashable, Sendable {
        /// First pane left, second right.
        case horizontal
        /// First pane on top, second below.
        case vertical
    }

    public enum Side: Hashable, Sendable {
        case first, second
        public var other: Side { self == .first ? .second : .first }
    }

    public var orientation: Orientation
    /// Share of the space given to the first pane (0…1).
    public var ratio: Double
    /// Smallest size (columns or rows) each pane keeps.
    public var minimumSize: Int
    public var focus: Side

    public init(orientation: Orientation = .horizontal, ratio: Double = 0.5, minimumSize: Int = 10, focus: Side = .first) {
        self.orientation = orientation
        self.ratio = ratio
        self.minimumSize = minimumSize
        self.focus = focus
    }

    /// The two pane rectangles and the one-cell divider between them.
    public func layout(_ rect: Rect) -> (first: Rect, divider: Rect, second: Rect) {
        let total = orientation == .horizontal ? rect.width : rect.height
        let available = max(0, total - 1)
        var firstSize = Int((Double(available) * min(max(ratio, 0), 1)).rounded())
        if available >= 2 * minimumSize { firstSize = min(max(firstSize, minimumSize), available - minimumSize) }
        firstSize = min(max(0, firstSize), available)
        switch orientation {
        case .horizontal:
            return (Rect(x: rect.x, y: rect.y, width: firstSize, height: rect.height),
                    Rect(x: rect.x + firstSize, y: rect.y, width: min(1, rect.width), height: rect.height),
                    Rect(x: rect.x + firstSize + 1, y: rect.y, width: available - firstSize, height: rect.height))
        case .vertical:
            return (Rect(x: rect.x, y: rect.y, width: rect.width, height: firstSize),
                    Rect(x: rect.x, y: rect.y + firstSize, width: rect.width, height: min(1, rect.height)),
                    Rect(x: rect.x, y: rect.y + firstSize + 1, width: rect.width, height: available - firstSize))
        }
    }

    /// Draws the divider (│ or ─).
    public func render(into buffer: inout ScreenBuffer, rect: Rect) {
        let divider = layout(rect).divider
        switch orientation {
        case .horizontal: Border.verticalLine(into: &buffer, x: divider.x, y: divider.y, height: divider.height)
        case .vertical: Border.horizontalLine(into: &buffer, x: divider.x, y: divider.y, width: divider.width)
        }
    }

    /// Tab / Shift-Tab switch focus. Other keys: false.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .tab, .backTab: focus = focus.other
        default: return false
        }
        return true
    }

    /// Moves the divider by `delta` (e.g. ±0.05), keeping each pane at least 10%.
    public mutating func resize(by delta: Double) { ratio = min(0.9, max(0.1, ratio + delta)) }
}
