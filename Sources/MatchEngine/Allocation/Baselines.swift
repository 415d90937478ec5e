/// What the allocation is compared with (docs/matching.md "Allocation").
public enum AllocationBaseline {
    /// Every vacancy's own top list: its best `slots` candidates, whoever else wants them.
    /// This is what ranking each vacancy alone proposes; it ignores k, so it shows the
    /// congestion the allocation removes, and its total is an upper bound nobody can reach.
    public static func topLists(_ problem: AllocationProblem) -> AllocationPlan {
        AllocationPlan(chosen: problem.edges.indices.map { v in Array(0..<min(problem.slots[v], problem.edges[v].count)) })
    }

    /// Greedy with the cap: vacancies in order (as given: by id), each taking her best
    /// candidates who are not yet proposed k times. Feasible, like the allocation, so the
    /// two can be compared on total score and on filled shortlists.
    public static func greedy(_ problem: AllocationProblem) -> AllocationPlan {
        var load = [Int](repeating: 0, count: problem.candidateCount)
        let k = problem.perCandidate
        return AllocationPlan(chosen: problem.edges.indices.map { v in
            var picks: [Int] = []
            for (i, e) in problem.edges[v].enumerated() where picks.count < problem.slots[v] {
                let c = Int(e.candidate)
                if load[c] < k { load[c] += 1; picks.append(i) }
            }
            return picks
        })
    }
}

/// The figures the allocation report compares, for one plan.
public struct AllocationFigures: Sendable, Equatable, Codable {
    /// Proposals made (vacancy–candidate pairs).
    public var proposals: Int
    /// The sum of the proposed candidates' scores.
    public var totalScore: Points
    /// Vacancies with at least three proposed candidates.
    public var vacanciesWithThree: Int
    /// Vacancies with no proposed candidate at all.
    public var vacanciesWithNone: Int
    /// Distinct candidates proposed.
    public var candidatesProposed: Int
    /// Candidates proposed to more than k vacancies.
    public var candidatesOverK: Int
    /// The most vacancies one candidate is proposed to.
    public var mostProposalsForOne: Int
    /// Gini coefficient (0…1) of proposals per candidate over every candidate in the pool
    /// (anyone on some vacancy's list, proposed or not): 0 spreads proposals evenly, near 1
    /// piles them on a few people.
    public var gini: Double

    public init(_ plan: AllocationPlan, in problem: AllocationProblem) {
        proposals = plan.chosen.reduce(0) { $0 + $1.count }
        totalScore = Points(hundredths: plan.totalScore(in: problem))
        vacanciesWithThree = plan.chosen.count { $0.count >= 3 }
        vacanciesWithNone = plan.chosen.indices.count { plan.chosen[$0].isEmpty && problem.slots[$0] > 0 }
        let counts = plan.proposalsPerCandidate(in: problem)
        var inPool = [Bool](repeating: false, count: problem.candidateCount)
        for list in problem.edges { for e in list { inPool[Int(e.candidate)] = true } }
        let pool = counts.indices.filter { inPool[$0] }.map { counts[$0] }
        candidatesProposed = pool.count { $0 > 0 }
        candidatesOverK = pool.count { $0 > problem.perCandidate }
        mostProposalsForOne = pool.max() ?? 0
        gini = Self.gini(pool)
    }

    /// G = Σᵢ (2i − n − 1)·xᵢ ÷ (n · Σx) over the values sorted ascending (i from 1): 0 when
    /// all are equal or all zero.
    public static func gini(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        let n = sorted.count
        let sum = sorted.reduce(0, +)
        guard n > 0, sum > 0 else { return 0 }
        var acc = 0
        for (i, x) in sorted.enumerated() { acc += (2 * (i + 1) - n - 1) * x }
        return Double(acc) / Double(n * sum)
    }
}
