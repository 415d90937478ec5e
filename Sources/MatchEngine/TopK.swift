/// The best K of a stream of packed keys, as a min-heap of fixed capacity: O(log K) per
/// push, no allocation after `reset`.
struct TopK {
    private(set) var keys: [UInt64] = []
    private(set) var capacity: Int

    init(capacity: Int) { self.capacity = capacity; keys.reserveCapacity(capacity) }

    mutating func reset(capacity: Int) {
        self.capacity = capacity
        keys.removeAll(keepingCapacity: true)
        keys.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func push(_ key: UInt64) {
        if keys.count < capacity {
            keys.append(key)
            var i = keys.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                if keys[p] <= keys[i] { break }
                keys.swapAt(p, i); i = p
            }
        } else if capacity > 0 && key > keys[0] {
            keys[0] = key
            var i = 0
            let n = keys.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && keys[l] < keys[m] { m = l }
                if r < n && keys[r] < keys[m] { m = r }
                if m == i { break }
                keys.swapAt(m, i); i = m
            }
        }
    }

    /// Holding `capacity` keys (and more than none): a key enters only if above `least`.
    @inline(__always) var isFull: Bool { capacity > 0 && keys.count == capacity }
    /// The least key kept; only when not empty.
    @inline(__always) var least: UInt64 { keys[0] }

    /// The kept keys, best first.
    func sortedDescending() -> [UInt64] { keys.sorted(by: >) }
}

/// Packs (score, unemployment, row) into one integer whose order is the ranking order:
/// higher score first, then longer unemployment (earlier `unemployedSince`), then lower
/// row (= smaller candidate id). Score takes 14 bits (≤ 10,000 hundredths), the
/// unemployment day 18 bits (730 years), the row 26 bits (67 million candidates).
struct RankKey {
    static let rowBits: UInt64 = 26, dayBits: UInt64 = 18
    static let rowMask: UInt64 = (1 << rowBits) - 1
    static let dayMask: UInt64 = (1 << dayBits) - 1

    @inline(__always)
    static func pack(score: Int, unemployedSince: Int32, origin: Int32, row: Int) -> UInt64 {
        let day = UInt64(min(Int64(dayMask), max(0, Int64(unemployedSince) - Int64(origin))))
        return UInt64(max(0, score)) << (rowBits + dayBits) | (dayMask - day) << rowBits | (rowMask - UInt64(row))
    }

    @inline(__always)
    static func row(_ key: UInt64) -> Int { Int(rowMask - (key & rowMask)) }
    @inline(__always)
    static func score(_ key: UInt64) -> Int { Int(key >> (rowBits + dayBits)) }
}
