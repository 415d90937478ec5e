/// The generator's own pseudo-random source: xoshiro256** seeded through SplitMix64.
///
/// Demo data must be byte-identical for the same seed on every machine and every Swift
/// release, so nothing here goes through `SystemRandomNumberGenerator` or the standard
/// library's `random(in:using:)` (whose algorithm is not a documented contract). Every
/// draw is defined in this file.
struct RandomSource {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A source for one independent stream, e.g. ("candidates", chunk 7) of seed 2026.
    /// Streams are derived, not shared, so chunks can be generated on any core in any
    /// order and still give the same records.
    init(seed: UInt64, stream: String, index: Int = 0) {
        let salt = RandomSource.fnv1a(stream) &+ UInt64(truncatingIfNeeded: index) &* 0xD605_BBB5_8C8A_BBF3
        var mix = SplitMix64(state: seed ^ salt)
        s0 = mix.next(); s1 = mix.next(); s2 = mix.next(); s3 = mix.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// FNV-1a over UTF-8: a stable string hash (`String.hashValue` is randomised per process).
    static func fnv1a(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in `0..<bound` (Lemire's multiply-high; the bias is below 2⁻⁴⁰ for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// Uniform in [0, 1) with 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn with the given weights (need not sum to 1). Small lists only; for
    /// hot paths over many items build a `WeightedTable` once.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var x = unit() * total
        for (i, w) in weights.enumerated() {
            if x < w { return i }
            x -= w
        }
        return weights.count - 1
    }

    /// `count` distinct indices from `0..<n` in draw order (partial Fisher–Yates).
    mutating func distinctIndices(_ count: Int, of n: Int) -> [Int] {
        var pool = Array(0..<n)
        let k = min(count, n)
        for i in 0..<k { pool.swapAt(i, i + below(n - i)) }
        return Array(pool[0..<k])
    }
}

/// SplitMix64, used only to spread a 64-bit seed over xoshiro's 256-bit state.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Cumulative weights for drawing from a long list (municipalities by population,
/// companies by size) in O(log n) per draw.
struct WeightedTable: Sendable {
    private let cumulative: [Double]

    init(_ weights: [Double]) {
        var sum = 0.0
        cumulative = weights.map { sum += max(0, $0); return sum }
    }

    var isEmpty: Bool { cumulative.isEmpty || cumulative[cumulative.count - 1] <= 0 }

    func draw(_ rng: inout RandomSource) -> Int {
        let x = rng.unit() * cumulative[cumulative.count - 1]
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
