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

    /// Hundredths earned for a share in 0…1 of a component: rounded half away from zero.
    @inline(__always)
    func earned(_ index: Int, share: Double) -> Int {
        Int((Double(values[index]) * min(1, max(0, share))).rounded())
    }
}
