import JobMatchCore

/// A number of points held exactly in hundredths, so that a score is always the exact sum
/// of its components and prints the same on every run and every machine.
public struct Points: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    public static let zero = Points(hundredths: 0)

    /// The value as a Double (for JSON and arithmetic by callers).
    public var value: Double { Double(hundredths) / 100 }

    /// Fixed two decimals: "83.50", "7.05", "0.00".
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        let cents = a % 100
        return "\(sign)\(a / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: Points, b: Points) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Points, b: Points) -> Points { Points(hundredths: a.hundredths + b.hundredths) }

    /// Encoded as a JSON number (83.5); decoding accepts the same.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer(); try c.encode(value)
    }
    public init(from decoder: any Decoder) throws {
        let v = try decoder.singleValueContainer().decode(Double.self)
        hundredths = Int((v * 100).rounded())
    }
}

/// The six parts of a score, in the fixed order they are shown and summed.
public enum ScoreComponentKind: String, Sendable, Codable, CaseIterable {
    case essential, optional, experience, commute, desiredOccupation, availability

    /// Short English label for tables.
    public var label: String {
        switch self {
        case .essential: "essential competences"
        case .optional: "optional competences"
        case .experience: "experience"
        case .commute: "commute"
        case .desiredOccupation: "desired occupation"
        case .availability: "availability"
        }
    }
}

/// The schema's weights turned into whole hundredths that add up to exactly 10,000
/// (largest-remainder rounding), so no score can leave 0…100 whatever the weights are.
struct CentiWeights: Sendable {
    let values: [Int]  // indexed by ScoreComponentKind order

    init(_ w: ScoringWeights) {
        let raw = [w.essential, w.optional, w.experience, w.commute, w.desiredOccupation, w.availability].map { max(0, $0) }
        let sum = raw.reduce(0, +)
        guard sum > 0 else { values = [10_000, 0, 0, 0, 0, 0]; return }
        let exact = raw.map { $0 / sum * 10_000 }
        var floors = exact.map { Int($0.rounded(.down)) }
        var left = 10_000 - floors.reduce(0, +)
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - Double(floors[a]), rb = exact[b] - Double(floors[b])
            return ra != rb ? ra > rb : a < b
        }
        var k = 0
        while left > 0 { floors[order[k % order.count]] += 1; left -= 1; k += 1 }
        values = floors
    }

    subscript(_ kind: ScoreComponentKind) -> Int {
        values[ScoreComponentKind.allCases.firstIndex(of: kind)!]
    }
}

/// A share of a component as an exact fraction of whole numbers (for shares that are
/// compared, such as the desired-occupation credit).
struct Ratio: Sendable, Equatable {
    var numerator: Int
    var denominator: Int
    static let zero = Ratio(numerator: 0, denominator: 1)
    static let one = Ratio(numerator: 1, denominator: 1)
    var value: Double { Double(numerator) / Double(denominator) }
    @inline(__always) static func > (a: Ratio, b: Ratio) -> Bool {
        a.numerator * b.denominator > b.numerator * a.denominator
    }
    @inline(__always) static func == (a: Ratio, b: Ratio) -> Bool {
        a.numerator * b.denominator == b.numerator * a.denominator
    }
}

/// The schema's decimal scoring parameters as whole ten-thousandths (0.8 → 8,000; a
/// similarity 0.35 → 3,500), the precision they are read to, so shares are exact fractions.
enum TenThousandths {
    static let one = 10_000
    @inline(__always) static func of(_ x: Double) -> Int {
        guard x.isFinite else { return 0 }
        return Int((min(1, max(0, x)) * 10_000).rounded(.toNearestOrAwayFromZero))
    }
}
