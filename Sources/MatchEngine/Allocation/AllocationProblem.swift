/// The allocation across vacancies as a bipartite problem, independent of where the
/// numbers came from: each vacancy has a number of slots (positions × factor) and a list
/// of candidate edges with scores; each candidate may take at most `perCandidate` slots,
/// at most one per vacancy. The engine builds it from rankings (`MatchIndex.allocate`);
/// tests build it by hand or at random.
public struct AllocationProblem: Sendable, Equatable {
    /// One candidate a vacancy may propose, with the score (hundredths of a point).
    public struct Edge: Sendable, Equatable {
        public var candidate: Int32
        public var score: Int
        public init(candidate: Int32, score: Int) { self.candidate = candidate; self.score = score }
    }

    /// How many candidates each vacancy may be proposed (≥ 0).
    public var slots: [Int]
    /// Per vacancy, its edges best first (higher score first). A candidate appears at most
    /// once per vacancy.
    public var edges: [[Edge]]
    /// Candidates are numbered 0..<candidateCount.
    public var candidateCount: Int
    /// k: how many vacancies one candidate may be proposed to.
    public var perCandidate: Int

    public init(slots: [Int], edges: [[Edge]], candidateCount: Int, perCandidate: Int) {
        precondition(slots.count == edges.count, "one edge list per vacancy")
        self.slots = slots; self.edges = edges; self.candidateCount = candidateCount; self.perCandidate = perCandidate
    }

    public var vacancyCount: Int { slots.count }
}

/// A set of proposals: per vacancy, the indices into its edge list that were chosen
/// (ascending, so best first).
public struct AllocationPlan: Sendable, Equatable {
    public var chosen: [[Int]]

    public init(chosen: [[Int]]) { self.chosen = chosen }

    /// The sum of the chosen edges' scores, in hundredths.
    public func totalScore(in problem: AllocationProblem) -> Int {
        var total = 0
        for (v, picks) in chosen.enumerated() { for e in picks { total += problem.edges[v][e].score } }
        return total
    }

    /// How many vacancies each candidate is proposed to.
    public func proposalsPerCandidate(in problem: AllocationProblem) -> [Int] {
        var counts = [Int](repeating: 0, count: problem.candidateCount)
        for (v, picks) in chosen.enumerated() { for e in picks { counts[Int(problem.edges[v][e].candidate)] += 1 } }
        return counts
    }

    /// Whether every vacancy stays within its slots, every candidate within k, and no
    /// edge is chosen twice.
    public func isFeasible(in problem: AllocationProblem) -> Bool {
        guard chosen.count == problem.vacancyCount else { return false }
        for (v, picks) in chosen.enumerated() {
            if picks.count > problem.slots[v] || Set(picks).count != picks.count { return false }
            if picks.contains(where: { $0 < 0 || $0 >= problem.edges[v].count }) { return false }
        }
        return proposalsPerCandidate(in: problem).allSatisfy { $0 <= problem.perCandidate }
    }
}
