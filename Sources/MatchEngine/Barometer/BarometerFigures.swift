import JobMatchCore

/// What the answers behind one cell of the barometer say at one horizon: how many
/// companies answered, how many people they expect to hire, and how many of them expect
/// to grow, stay the same or shrink.
///
/// "Hires" is the sum of the positive expected changes (the new positions companies
/// expect to fill); "net" also subtracts the expected reductions. Both are reported
/// because a region where some companies hire 50 and others lay off 50 still has 50 jobs
/// to fill.
public struct BarometerFigure: Sendable, Equatable, Codable {
    /// Companies behind the figure.
    public var answers: Int = 0
    public var hires: Int = 0
    public var net: Int = 0
    /// Companies expecting more / the same / fewer staff.
    public var growing: Int = 0
    public var steady: Int = 0
    public var declining: Int = 0
    /// Companies that name it (or, for a group, any of their occupations) hard to recruit.
    public var hardToRecruit: Int = 0
    /// Fewer answers than `Barometer.minimumAnswers`: shown, but flagged as not to be trusted.
    public var tooFew: Bool = true

    public init() {}

    /// Adds one company's change (`change` over the cell's occupations).
    mutating func add(change: Int, hires: Int, hard: Bool) {
        answers += 1
        self.hires += hires
        net += change
        if change > 0 { growing += 1 } else if change < 0 { declining += 1 } else { steady += 1 }
        if hard { hardToRecruit += 1 }
        tooFew = answers < Barometer.minimumAnswers
    }

    /// Percent of the companies behind the figure, rounded; 0 without answers.
    public func percent(_ count: Int) -> Int { answers == 0 ? 0 : Int((Double(count) * 100 / Double(answers)).rounded()) }
}

/// One row of an overview (the whole scope, an industry group, an occupation) with its
/// figures at both horizons.
public struct BarometerRow: Sendable, Equatable, Codable {
    /// Industry-group code or occupation id; "all" for the total.
    public var key: String
    /// Danish label.
    public var label: String
    public var in3Months = BarometerFigure()
    public var in12Months = BarometerFigure()
    /// For a group row: its occupations, most expected hires in 3 months first.
    public var occupations: [BarometerRow] = []

    public init(key: String, label: String, in3Months: BarometerFigure = BarometerFigure(), in12Months: BarometerFigure = BarometerFigure()) {
        self.key = key; self.label = label; self.in3Months = in3Months; self.in12Months = in12Months
    }

    public func figure(_ horizon: BarometerHorizon) -> BarometerFigure {
        horizon == .threeMonths ? in3Months : in12Months
    }

    mutating func add(_ needs: [LabourNeed]) {
        for h in BarometerHorizon.allCases {
            let change = needs.reduce(0) { $0 + $1.change(h) }
            let hires = needs.reduce(0) { $0 + max(0, $1.change(h)) }
            let hard = needs.contains { $0.hardToRecruit }
            if h == .threeMonths { in3Months.add(change: change, hires: hires, hard: hard) }
            else { in12Months.add(change: change, hires: hires, hard: hard) }
        }
    }
}

/// The barometer for one scope (the cooperation, or one municipality) and one round.
public struct BarometerOverview: Sendable, Equatable, Codable {
    public var round: String
    /// "joint" or a municipality code.
    public var scope: String
    /// "Vendsyssel · Trekantområdet" or "Hjørring".
    public var scopeName: String
    /// The municipalities the scope covers.
    public var municipalities: [String]
    /// Every company in the scope.
    public var total: BarometerRow
    /// All 16 industry groups in schema order, also those nobody answered for.
    public var groups: [BarometerRow]
    /// Every occupation any company named, most expected hires in 3 months first.
    public var occupations: [BarometerRow]
    /// Companies per size band (`1-9`, `10-49`, `50-249`, `250+`).
    public var sizeBands: [String: Int]
    /// The fewest answers a figure needs not to be flagged.
    public var minimumAnswers: Int
}

/// The municipalities of a scope side by side: each one's total and each industry
/// group's figures per municipality.
public struct BarometerSideBySide: Sendable, Equatable, Codable {
    public struct Column: Sendable, Equatable, Codable {
        public var code: String
        public var name: String
        public var total: BarometerRow
    }
    public struct GroupLine: Sendable, Equatable, Codable {
        public var code: String
        public var label: String
        /// One row per column, in the columns' order.
        public var cells: [BarometerRow]
    }
    public var round: String
    public var columns: [Column]
    public var groups: [GroupLine]
}

/// Why a barometer view cannot be shown, in words the user can act on.
public enum BarometerError: Error, Equatable, CustomStringConvertible {
    case noAnswers
    case unknownRound(String, known: [String])
    case unknownMunicipality(String, participating: [String])

    public var description: String {
        switch self {
        case .noAnswers:
            "barometer.jsonl holds no answers yet; add some with `jobmatch barometer import FILE.csv`"
        case .unknownRound(let r, let known):
            BarometerRound(r) == nil
                ? "'\(r)' is not a survey round: write YYYY-H1 or YYYY-H2 (rounds with answers: \(known.joined(separator: ", ")))"
                : "no answers for round \(r) (rounds with answers: \(known.joined(separator: ", ")))"
        case .unknownMunicipality(let m, let p):
            "municipality '\(m)' does not take part in this data directory (participating: \(p.joined(separator: ", ")))"
        }
    }
}
