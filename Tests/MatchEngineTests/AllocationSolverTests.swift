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

    /// A network solved at once or a vacancy at a time has the reference total; deepening
    /// it — some vacancies' lists made longer, candidates new to the network numbered after
    /// the old ones, three times over — gives a feasible plan
    /// with the total of solving the longer lists from scratch, and prices that still only
    /// certify cuts that lose nothing.
    @Test(arguments: [1, 2])
    func deepeningEqualsSolvingAgain(perCandidate k: Int) {
        var rng = SplitMix(seed: 77 + UInt64(k))
        var certifiedSeen = 0
        for round in 0..<60 {
            let full = Self.random(&rng, v: 4 + round % 5, c: 30, density: round % 2 == 0 ? 3 : 6,
                                   range: round % 3 == 0 ? 6 : 50, k: k)
            let best = ReferenceAllocationSolver(full).solve().plan.totalScore(in: full)
            var depth = full.edges.map { _ in 1 + Int(rng.next() % 3) }
            var numbering = Numbering(candidateCount: full.candidateCount)
            var edges = full.edges.indices.map { numbering.edges(Array(full.edges[$0].prefix(depth[$0]))) }
            // Solved at once, or built a vacancy at a time (as while ranking) over room for every candidate.
            var solver: DeepeningSolver
            if round % 2 == 0 {
                solver = DeepeningSolver(AllocationProblem(slots: full.slots, edges: edges,
                                                           candidateCount: numbering.count, perCandidate: k))
            } else {
                solver = DeepeningSolver(slots: full.slots, candidateCount: full.candidateCount, perCandidate: k)
                for list in edges { solver.add(list) }
            }
            let first = AllocationProblem(slots: full.slots, edges: edges, candidateCount: numbering.count, perCandidate: k)
            #expect(solver.plan.totalScore(in: first) == ReferenceAllocationSolver(first).solve().plan.totalScore(in: first))
            for step in 0..<3 {
                var longer: [Int: [AllocationProblem.Edge]] = [:]
                for v in full.edges.indices where rng.next() % 2 == 0 && depth[v] < full.edges[v].count {
                    depth[v] = min(full.edges[v].count, depth[v] * 3 + 1)
                    edges[v] = numbering.edges(Array(full.edges[v].prefix(depth[v])))
                    longer[v] = edges[v]
                }
                solver.deepen(longer, candidateCount: numbering.count)
                let now = AllocationProblem(slots: full.slots, edges: edges, candidateCount: numbering.count, perCandidate: k)
                let total = solver.plan.totalScore(in: now)
                #expect(solver.plan.isFeasible(in: now))
                #expect(total == ReferenceAllocationSolver(now).solve().plan.totalScore(in: now), "round \(round) step \(step)")
                let prices = solver.prices
                let certified = full.edges.indices.allSatisfy { v in
                    depth[v] >= full.edges[v].count || prices[v] >= full.edges[v][depth[v] - 1].score
                }
                if certified { certifiedSeen += 1; #expect(total == best, "round \(round) step \(step)") }
            }
        }
        #expect(certifiedSeen > 5)
    }

    /// Candidates numbered in order of first use, as `MatchIndex.allocate` numbers them.
    struct Numbering {
        var dense: [Int32]
        var count = 0
        init(candidateCount: Int) { dense = [Int32](repeating: -1, count: candidateCount) }
        mutating func edges(_ list: [AllocationProblem.Edge]) -> [AllocationProblem.Edge] {
            list.map { e in
                let c = Int(e.candidate)
                if dense[c] < 0 { dense[c] = Int32(count); count += 1 }
                return AllocationProblem.Edge(candidate: dense[c], score: e.score)
            }
        }
    }
}
