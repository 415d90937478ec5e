/// Finds the known id a mistyped one was most likely meant to be, so that a load error can
/// say "unknown competence 'weld.mog' (did you mean 'weld.mig'?)".
///
/// Uses a one-deletion neighbourhood index (the SymSpell idea): every id is stored under
/// each string obtained by deleting one character, and a typo is looked up the same way.
/// That finds every id at edit distance 1 (substitution, insertion, deletion, adjacent
/// swap) in a few hash look-ups, so even 100,000 records with the same stale id after a
/// schema change cost milliseconds, not a walk over 2,000 competences each. Case slips
/// ("ce" for "CE") are found too. Small id lists are also searched at distance 2.
///
/// The work is bounded by the longest known id, not by the value: a suggestion is for a
/// typo, so a value more than two bytes longer than every id (a pasted paragraph, a 10 MB
/// line) gets none, without building one string per byte of it.
public struct IdSuggester: Sendable {
    private let ids: [String]
    private let byDeletion: [String: [Int32]]
    private let byLowercase: [String: Int32]
    /// Values longer than this (in UTF-8 bytes) are more than two edits from every id.
    private let longestUseful: Int

    /// Never look further than this, whatever the ids (ids are short codes).
    public static let maximumValueBytes = 256

    public init(_ ids: some Sequence<String>) {
        let sorted = Array(Set(ids)).sorted()
        self.ids = sorted
        var byDeletion: [String: [Int32]] = [:]
        var byLowercase: [String: Int32] = [:]
        for (i, id) in sorted.enumerated() {
            byLowercase[id.lowercased()] = byLowercase[id.lowercased()] ?? Int32(i)
            for d in Self.deletions(of: id) { byDeletion[d, default: []].append(Int32(i)) }
            byDeletion[id, default: []].append(Int32(i))
        }
        self.byDeletion = byDeletion
        self.byLowercase = byLowercase
        longestUseful = min(Self.maximumValueBytes, (sorted.map(\.utf8.count).max() ?? 0) + 2)
    }

    /// The closest known id (ties broken alphabetically), or nil when nothing is close.
    public func suggestion(for value: String) -> String? {
        guard !value.isEmpty, value.utf8.count <= longestUseful else { return nil }
        if let i = byLowercase[value.lowercased()], ids[Int(i)] != value { return ids[Int(i)] }
        var candidates = Set<Int32>()
        for key in Self.deletions(of: value) + [value] {
            if let hits = byDeletion[key] { candidates.formUnion(hits) }
        }
        var best: (distance: Int, id: String)?
        for i in candidates {
            let id = ids[Int(i)]
            let d = Self.editDistance(value, id)
            if d > 0, d <= 1, best.map({ d < $0.distance || (d == $0.distance && id < $0.id) }) ?? true {
                best = (d, id)
            }
        }
        if best == nil, ids.count <= 300, value.count >= 4 {
            for id in ids {
                let d = Self.editDistance(value, id)
                if d > 0, d <= 2, best.map({ d < $0.distance }) ?? true { best = (d, id) }
            }
        }
        return best?.id
    }

    /// " (did you mean 'x'?)" or "".
    public func hint(for value: String) -> String {
        suggestion(for: value).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The strings made by deleting one byte of `s`. Bytes, not characters, because this
    /// runs for every id of a 2,000-competence schema on each load; a deletion inside a
    /// multi-byte character gives the same replacement character on both sides of a
    /// look-up, and every hit is confirmed by `editDistance` anyway.
    static func deletions(of s: String) -> [String] {
        let bytes = Array(s.utf8)
        guard bytes.count > 1 else { return [] }
        return bytes.indices.map { skip in
            String(unsafeUninitializedCapacity: bytes.count - 1) { out in
                var k = 0
                for (i, b) in bytes.enumerated() where i != skip { out[k] = b; k += 1 }
                return k
            }
        }
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transposition).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
