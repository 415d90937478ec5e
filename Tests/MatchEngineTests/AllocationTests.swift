import JobMatchCore
@testable import MatchEngine
import PropertyBased
import TestSupport
import Testing

/// The allocation across vacancies (issue P7): exact against brute force, never worse than
/// greedy, and the comparison figures on a hand-checked fixture.
@Suite struct AllocationTests {
    /// A random instance: up to 4 vacancies × 4 candidates, scores 0…12 with many ties,
    /// "−1" for no edge, slots 0…3, k 0…3.
    static let instance = zip(Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.int(in: 0...3),
                              Gen.int(in: 0...3).array(of: 4), Gen.int(in: -1...12).array(of: 16))
        .map { v, c, k, slots, matrix -> AllocationProblem in
            let edges = (0..<v).map { vi in
                (0..<c).compactMap { ci -> AllocationProblem.Edge? in
                    let s = matrix[vi * 4 + ci]
                    return s < 0 ? nil : AllocationProblem.Edge(candidate: Int32(ci), score: s * 100)
                }.sorted { $0.score > $1.score }
            }
            return AllocationProblem(slots: Array(slots.prefix(v)), edges: edges, candidateCount: c, perCandidate: k)
        }

    /// The best total over every feasible plan, by trying them all.
    static func bruteForce(_ p: AllocationProblem) -> Int {
        var load = [Int](repeating: 0, count: p.candidateCount)
        func best(_ v: Int) -> Int {
            if v == p.vacancyCount { return 0 }
            let list = p.edges[v]
            var top = 0
            for mask in 0..<(1 << list.count) where mask.nonzeroBitCount <= p.slots[v] {
                let picked = list.indices.filter { mask & (1 << $0) != 0 }
                if picked.contains(where: { load[Int(list[$0].candidate)] >= p.perCandidate }) { continue }
                for i in picked { load[Int(list[i].candidate)] += 1 }
                top = max(top, picked.reduce(0) { $0 + list[$1].score } + best(v + 1))
                for i in picked { load[Int(list[i].candidate)] -= 1 }
            }
            return top
        }
        return best(0)
    }

    @Test func optimalEqualsBruteForceAndBeatsGreedy() async {
        await propertyCheck(count: 300, input: Self.instance) { problem in
            let (plan, _) = AllocationSolver(problem).solve()
            #expect(plan.isFeasible(in: problem))
            #expect(plan.totalScore(in: problem) == Self.bruteForce(problem))
            #expect(plan.totalScore(in: problem) >= AllocationBaseline.greedy(problem).totalScore(in: problem))
            #expect(AllocationBaseline.greedy(problem).isFeasible(in: problem))
        }
    }

    /// Larger random instances (too big to enumerate): the plan is feasible, at least as
    /// good as greedy, and no better than the top lists that ignore k.
    @Test func largerInstancesStayBetweenGreedyAndTopLists() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<30 {
            let v = 40, c = 60
            let edges = (0..<v).map { _ in
                (0..<c).filter { _ in rng.next() % 4 == 0 }
                    .map { AllocationProblem.Edge(candidate: Int32($0), score: Int(rng.next() % 50) * 100) }
                    .sorted { $0.score > $1.score }
            }
            let p = AllocationProblem(slots: (0..<v).map { _ in Int(rng.next() % 6) }, edges: edges,
                                      candidateCount: c, perCandidate: 2)
            let plan = AllocationSolver(p).solve().plan
            #expect(plan.isFeasible(in: p))
            #expect(plan.totalScore(in: p) >= AllocationBaseline.greedy(p).totalScore(in: p))
            #expect(plan.totalScore(in: p) <= AllocationBaseline.topLists(p).totalScore(in: p))
        }
    }

    /// Two vacancies of one position each, factor 3 (3 slots), k = 1, six candidates.
    /// V1: A 90, B 80, C 70, D 60, E 55, F 50. V2: A 92, B 82, C 72 (nobody else qualifies).
    ///
    /// Top lists: both propose A, B, C → 240 + 246 = 486; A, B, C twice each (3 over k);
    /// both have three; Gini over the six, (0,0,0,2,2,2): Σ(2i−7)xᵢ = 18, n·Σx = 36 → 0.5.
    /// Greedy by id: V1 takes A, B, C (240), V2 finds nobody left: 240, one vacancy with
    /// three, one with none; (0,0,0,1,1,1) → 9 / 18 = 0.5.
    /// Optimal: V2 = A, B, C (246), V1 = D, E, F (165) = 411 (moving any of A, B, C to V1
    /// loses 2 and leaves F out); both have three; everyone once → Gini 0.
    @Test func handCheckedComparison() {
        let e = { (c: Int32, s: Int) in AllocationProblem.Edge(candidate: c, score: s * 100) }
        let p = AllocationProblem(slots: [3, 3],
                                  edges: [[e(0, 90), e(1, 80), e(2, 70), e(3, 60), e(4, 55), e(5, 50)],
                                          [e(0, 92), e(1, 82), e(2, 72)]],
                                  candidateCount: 6, perCandidate: 1)
        let top = AllocationFigures(AllocationBaseline.topLists(p), in: p)
        #expect(top.totalScore == Points(hundredths: 48_600))
        #expect(top.vacanciesWithThree == 2)
        #expect(top.candidatesOverK == 3)
        #expect(top.mostProposalsForOne == 2)
        #expect(abs(top.gini - 0.5) < 1e-9)
        let greedy = AllocationFigures(AllocationBaseline.greedy(p), in: p)
        #expect(greedy.totalScore == Points(hundredths: 24_000))
        #expect(greedy.vacanciesWithThree == 1)
        #expect(greedy.vacanciesWithNone == 1)
        #expect(greedy.candidatesOverK == 0)
        #expect(abs(greedy.gini - 0.5) < 1e-9)
        let plan = AllocationSolver(p).solve().plan
        #expect(plan.chosen == [[3, 4, 5], [0, 1, 2]])
        let optimal = AllocationFigures(plan, in: p)
        #expect(optimal.totalScore == Points(hundredths: 41_100))
        #expect(optimal.vacanciesWithThree == 2)
        #expect(optimal.candidatesOverK == 0)
        #expect(optimal.candidatesProposed == 6)
        #expect(optimal.gini == 0)
    }

    /// Where greedy's order costs score: V1 takes the shared A although V2 needs her more.
    /// V1: A 50, B 45. V2: A 90 only. One slot each, k = 1. Greedy: V1 = A, V2 nobody = 50.
    /// Optimal: V1 = B, V2 = A = 135.
    @Test func optimalBeatsGreedyWhereOrderMatters() {
        let e = { (c: Int32, s: Int) in AllocationProblem.Edge(candidate: c, score: s * 100) }
        let p = AllocationProblem(slots: [1, 1], edges: [[e(0, 50), e(1, 45)], [e(0, 90)]], candidateCount: 2, perCandidate: 1)
        #expect(AllocationBaseline.greedy(p).totalScore(in: p) == 5_000)
        let plan = AllocationSolver(p).solve().plan
        #expect(plan.totalScore(in: p) == 13_500)
        #expect(plan.chosen == [[1], [0]])
    }

    @Test func giniByHand() {
        #expect(AllocationFigures.gini([]) == 0)
        #expect(AllocationFigures.gini([0, 0]) == 0)
        #expect(AllocationFigures.gini([2, 2, 2]) == 0)
        // (0, 0, 0, 4): Σ(2i − 5)xᵢ = 3·4 = 12; n·Σx = 16 → 0.75.
        #expect(abs(AllocationFigures.gini([4, 0, 0, 0]) - 0.75) < 1e-9)
    }
}


/// The engine reads only the top of each vacancy's ranking; when it says the plan is
/// certified, solving over every qualified candidate must give the same total.
@Suite struct AllocationDepthTests {
    /// Read deep at once (the default) or as shallow as the slots (so that vacancies are
    /// ranked deeper and the solved network deepened in up to three more rounds): the
    /// certified plan has the total of the plan over every qualified candidate.
    @Test(arguments: [(1, false), (2, false), (1, true), (2, true)])
    func certifiedPlanEqualsThePlanOverEveryQualifiedCandidate(perCandidate: Int, shallow: Bool) {
        let (dataset, _) = BenchmarkSetup.generate(candidates: 800, vacancies: 160, seed: 11)
        let index = MatchIndex(dataset: dataset)
        let today = BenchmarkSetup.today
        var options = AllocationOptions(factor: 3, perCandidate: perCandidate, workers: 2)
        if shallow { options.depthPerSlot = 1; options.depthPlus = 0 }
        let a = index.allocate(options, today: today)
        #expect(a.vacancyCount > 20)
        #expect(a.certified)
        #expect(shallow ? a.rounds > 1 : a.rounds == 1)
        let open = dataset.vacancies.filter { $0.notOpenNote(today: today) == nil && $0.positions > 0 }.sorted { $0.id < $1.id }
        let lists = index.rankForAllocation(open, depths: open.map { _ in 1_000_000 }, scope: nil, today: today,
                                            workers: 2, only: nil)
        let full = AllocationProblem(slots: open.map { $0.positions * 3 },
                                     edges: lists.map { l in zip(l.rows, l.scores).map { .init(candidate: $0, score: $1) } },
                                     candidateCount: index.candidateCount, perCandidate: perCandidate)
        let plan = AllocationSolver(full).solve().plan
        #expect(Points(hundredths: plan.totalScore(in: full)) == a.optimal.totalScore)
        #expect(a.optimal.totalScore >= a.greedy.totalScore)
        #expect(a.optimal.candidatesOverK == 0)
        #expect(a.vacancies.allSatisfy { $0.proposals.count <= $0.slots })
    }
}
