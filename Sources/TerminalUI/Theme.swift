/// A terminal colour index as ncurses uses it: -1 is the user's default colour,
/// 0–7 the ANSI colours, 8–255 the xterm 256-colour palette.
public struct TerminalColor: Hashable, Sendable {
    public var index: Int16
    public init(_ index: Int16) { self.index = index }
    public static let `default` = TerminalColor(-1)
    public static let black = TerminalColor(0)
    public static let red = TerminalColor(1)
    public static let green = TerminalColor(2)
    public static let yellow = TerminalColor(3)
    public static let blue = TerminalColor(4)
    public static let magenta = TerminalColor(5)
    public static let cyan = TerminalColor(6)
    public static let white = TerminalColor(7)
}

/// Concrete look of a role on one terminal: colours plus attributes.
public struct Attributes: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// True when this look needs a colour pair (anything but default on default).
    public var usesColor: Bool { foreground != .default || background != .default }
}

/// How many colours the terminal can show, which decides the theme.
public enum ColorDepth: String, Hashable, Sendable {
    case monochrome, eight, full256
}

/// Maps style roles to attributes for one colour depth.
///
/// Monochrome uses only bold, reverse and underline so the selection, headers and the
/// status bar stay distinguishable with `NO_COLOR` or on a terminal without colour.
public struct Theme: Sendable {
    public let depth: ColorDepth
    private let table: [StyleRole: Attributes]

    public init(depth: ColorDepth, table: [StyleRole: Attributes]) {
        self.depth = depth
        self.table = table
    }

    /// False for the monochrome theme; widgets use it to choose ASCII fallbacks (Gauge).
    public var usesColor: Bool { depth != .monochrome }

    /// The attributes for a role.
    public func attributes(for role: StyleRole) -> Attributes { table[role] ?? Attributes() }

    /// The attributes for a style: the role's look plus the style's own extra attributes.
    public func attributes(for style: Style) -> Attributes {
        var a = attributes(for: style.role)
        a.bold = a.bold || style.bold
        a.underline = a.underline || style.underline
        a.reverse = a.reverse != style.reverse  // reverse on reverse cancels, as users expect
        a.dim = a.dim || style.dim
        return a
    }

    /// Picks the theme the way tig and htop do: `NO_COLOR` set to anything non-empty,
    /// or a terminal without colours, gets monochrome; 256 colours only when the
    /// terminal reports at least 256.
    public static func select(hasColors: Bool, colorCount: Int, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors, colorCount >= 8 else { return .monochrome }
        return colorCount >= 256 ? .color256 : .color8
    }

    public static let monochrome = Theme(depth: .monochrome, table: [
        .normal: Attributes(),
        .header: Attributes(bold: true, underline: true),
        .selected: Attributes(bold: true, reverse: true),
        .selectedInactive: Attributes(reverse: true),
        .dim: Attributes(dim: true),
        .accent: Attributes(bold: true),
        .good: Attributes(bold: true),
        .warn: Attributes(),
        .bad: Attributes(underline: true),
        .statusBar: Attributes(reverse: true),
        .title: Attributes(bold: true, reverse: true),
        .border: Attributes(),
        .dialog: Attributes(reverse: true),
        .input: Attributes(underline: true),
    ])

    public static let color8 = Theme(depth: .eight, table: [
        .normal: Attributes(),
        .header: Attributes(foreground: .cyan, bold: true),
        .selected: Attributes(foreground: .black, background: .cyan),
        .selectedInactive: Attributes(foreground: .black, background: .white),
        .dim: Attributes(dim: true),
        .accent: Attributes(foreground: .yellow, bold: true),
        .good: Attributes(foreground: .green),
        .warn: Attributes(foreground: .yellow),
        .bad: Attributes(foreground: .red),
        .statusBar: Attributes(foreground: .black, background: .white),
        .title: Attributes(foreground: .white, background: .blue, bold: true),
        .border: Attributes(foreground: .blue),
        .dialog: Attributes(foreground: .black, background: .white),
        .input: Attributes(underline: true),
    ])

    public static let color256 = Theme(depth: .full256, table: [
        .normal: Attributes(),
        .header: Attributes(foreground: TerminalColor(74), bold: true),
        .selected: Attributes(foreground: TerminalColor(231), background: TerminalColor(25)),
        .selectedInactive: Attributes(foreground: TerminalColor(252), background: TerminalColor(239)),
        .dim: Attributes(foreground: TerminalColor(245)),
        .accent: Attributes(foreground: TerminalColor(214), bold: true),
        .good: Attributes(foreground: TerminalColor(71)),
        .warn: Attributes(foreground: TerminalColor(178)),
        .bad: Attributes(foreground: TerminalColor(167)),
        .statusBar: Attributes(foreground: TerminalColor(252), background: TerminalColor(236)),
        .title: Attributes(foreground: TerminalColor(231), background: TerminalColor(24), bold: true),
        .border: Attributes(foreground: TerminalColor(240)),
        .dialog: Attributes(foreground: TerminalColor(231), background: TerminalColor(237)),
        .input: Attributes(underline: true),
    ])
}
