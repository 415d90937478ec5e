/// What a piece of text *means* on screen. A `Theme` turns the role into colours and
/// attributes for the terminal at hand, so screens never hard-code colours and still
/// read on a monochrome terminal or with `NO_COLOR`.
public enum StyleRole: Int, CaseIterable, Hashable, Sendable {
    case normal
    case header        // column headers, screen titles
    case selected      // the selected row in a focused list
    case selectedInactive  // the selected row in a list without focus
    case dim           // secondary information, hints
    case accent        // highlights: search matches, keys in hints
    case good          // high score, approved
    case warn          // middling score, expiring soon
    case bad           // low score, errors, rejected
    case statusBar     // the bottom status line
    case title         // the top title line
    case border        // pane borders and separators
    case dialog        // modal dialog body
    case input         // text fields and the command line
}

/// A role plus optional extra attributes the caller wants on top of the theme's.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let normal = Style(.normal)
    public static let header = Style(.header)
    public static let selected = Style(.selected)
    public static let selectedInactive = Style(.selectedInactive)
    public static let dim = Style(.dim)
    public static let accent = Style(.accent)
    public static let good = Style(.good)
    public static let warn = Style(.warn)
    public static let bad = Style(.bad)
    public static let statusBar = Style(.statusBar)
    public static let title = Style(.title)
    public static let border = Style(.border)
    public static let dialog = Style(.dialog)
    public static let input = Style(.input)

    /// The same style with bold added.
    public var bolded: Style { var s = self; s.bold = true; return s }
    /// The same style with underline added.
    public var underlined: Style { var s = self; s.underline = true; return s }
}
