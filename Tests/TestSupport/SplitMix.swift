/// A small deterministic random source (SplitMix64, Vigna) so that a seed fixes the data a
/// test or a benchmark works on, and a failure replays. One copy for every test target and
/// the benchmarks, instead of one per file.
public struct SplitMix: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `r`.
    public mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &self) }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }

    /// Up to `max` distinct elements of `xs`, in random order.
    public mutating func subset<T>(_ xs: [T], max: Int) -> [T] { Array(xs.shuffled(using: &self).prefix(int(0...max))) }

    /// `next() % bound`: cheaper than `int(_:)` and slightly biased, which bulk synthetic
    /// data does not mind.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
