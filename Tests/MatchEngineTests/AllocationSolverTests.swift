import JobMatchCore
@testable import MatchEngine
import TestSupport
import Testing

/// The solver against the one it replaced (issue #10): the same total on medium random
/// instances, and prices that only certify a cut list when the cut really is harmless.
@Suite struct AllocationSolverTests {
    /// `v` vacancies, `c` candidates, each pair an edge with probability 1/`density`,
    /// scores 0…`range`−1 whole points (many ties), slots 0…6.
    static func random(_ rng: inout SplitMix, v: Int, c: Int, density: UInt64, range: UInt64, k: Int) -> AllocationProblem {
        let edges = (0..<v).map { _ in
            (0..<c).filter { _ in rng.next() % density == 0 }
                .map { AllocationProblem.Edge(candidate: Int32($0), score: Int(rng.next() % range) * 100) }
                .sorted { $0.score > $1.score }
        }
        return AllocationProblem(slots: (0..<v).map { _ in Int(rng.next() % 7) }, edges: edges,
                                 candidateCount: c, perCandidate: k)
    }

    @Test(arguments: [1, 2, 3])
    func sameTotalAsTheSolverItReplaced(perCandidate k: Int) {
        var rng = SplitMix(seed: 2026 + UInt64(k))
        for round in 0..<12 {
            // Crowded (many vacancies per candidate) and sparse instances, narrow and wide scores.
            let p = Self.random(&rng, v: 150 + 10 * round, c: 120 + 40 * (round % 4), density: round % 2 == 0 ? 8 : 25,
                                range: round % 3 == 0 ? 5 : 60, k: k)
            let plan = AllocationSolver(p).solve().plan
            let reference = ReferenceAllocationSolver(p).solve().plan
            #expect(plan.isFeasible(in: p))
            #expect(plan.totalScore(in: p) == reference.totalScore(in: p), "round \(round)")
            #expect(plan.totalScore(in: p) >= AllocationBaseline.greedy(p).totalScore(in: p))
        }
    }

    /// Cutting every list to a few edges: where the solver's price proves each cut
    /// harmless, the plan over the cut lists has the total of the plan over the full lists.
    @Test func certifiedCutsLoseNothing() {
        var rng = SplitMix(seed: 99)
        var certifiedSeen = 0, uncertifiedSeen = 0
        for round in 0..<120 {
            let full = Self.random(&rng, v: 5, c: 30, density: 3, range: round % 2 == 0 ? 8 : 40, k: 1 + round % 2)
            // Each list cut to its slots plus 0…3.
            let cut = AllocationProblem(slots: full.slots, edges: full.edges.indices.map { v in
                Array(full.edges[v].prefix(full.slots[v] + round % 4))
            }, candidateCount: full.candidateCount, perCandidate: full.perCandidate)
            let (plan, prices) = AllocationSolver(cut).solve()
            let certified = cut.edges.indices.allSatisfy { v in
                full.edges[v].count == cut.edges[v].count || cut.edges[v].isEmpty || prices[v] >= cut.edges[v].last!.score
            }
            let best = AllocationSolver(full).solve().plan.totalScore(in: full)
            #expect(plan.totalScore(in: cut) <= best)
            if certified {
                certifiedSeen += 1
                #expect(plan.totalScore(in: cut) == best, "round \(round)")
            } else {
                uncertifiedSeen += 1
            }
        }
        #expect(certifiedSeen > 5 && uncertifiedSeen > 5, "both cases occur: \(certifiedSeen) / \(uncertifiedSeen)")
    }

    /// The components are solved on two threads: the same plan as on one.
    @Test func twoWorkersGiveThePlanOfOne() {
        var rng = SplitMix(seed: 5)
        for _ in 0..<10 {
            let p = Self.random(&rng, v: 300, c: 600, density: 300, range: 30, k: 1)
            let one = AllocationSolver(p).solve(workers: 1)
            let two = AllocationSolver(p).solve(workers: 2)
            #expect(one.plan == two.plan)
            #expect(one.prices == two.prices)
            #expect(AllocationSolver.components(p).count > 1)
        }
    }
}
