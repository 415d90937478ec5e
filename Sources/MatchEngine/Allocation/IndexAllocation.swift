import Dispatch
import JobMatchCore

/// What `MatchIndex.allocate` is asked for.
public struct AllocationOptions: Sendable, Equatable {
    /// Each vacancy may be proposed positions × factor candidates.
    public var factor: Int
    /// k: each candidate may be proposed to at most this many vacancies.
    public var perCandidate: Int
    /// Only vacancies whose work place is in, and candidates who live in, these
    /// municipalities; nil: everyone.
    public var municipalities: Set<String>?
    /// Worker threads for the rankings (nil: every core).
    public var workers: Int?

    public init(factor: Int = 3, perCandidate: Int = 2, municipalities: Set<String>? = nil, workers: Int? = nil) {
        self.factor = factor; self.perCandidate = perCandidate; self.municipalities = municipalities; self.workers = workers
    }

    /// How deep each ranking is read at first: `depthPerSlot`·slots + `depthPlus`.
    /// Internal: tests make it shallow so that the deepening rounds happen on small data.
    var depthPerSlot = 128, depthPlus = 640

    /// How deep a vacancy's ranking is read at first: 128·slots + 640, 1,024 candidates for
    /// one position at factor 3. Every edge read enters the network: the solver reads an
    /// edge only once every candidate above it is taken, so a long list costs the ranking's
    /// heap and memory, not the solve. At national scale this depth leaves 43–59 of
    /// 45,459 vacancies to be read deeper (docs/performance.md).
    func readDepth(slots: Int) -> Int { max(1, depthPerSlot * slots + depthPlus) }
}

extension MatchIndex {
    /// Proposes shortlists for every open vacancy in scope at once, maximising the total
    /// score with each vacancy given at most positions × factor candidates and each
    /// candidate proposed to at most k vacancies, and compares the plan with each
    /// vacancy's own top list and with greedy (docs/matching.md "Allocation").
    ///
    /// Each vacancy's ranking is read to `readDepth` and the whole network solved once, a
    /// block of vacancies routed while the next is ranked.
    /// A vacancy whose list was cut short is proven not to lose by the cut when her price
    /// at the optimum is at least the score at the cut; those that are not are ranked four
    /// times deeper and the solved network is deepened in place (`DeepeningSolver`), at
    /// most three times. `Allocation.certified` says whether every cut was proven
    /// harmless, which makes the plan optimal over every qualified candidate, not only over
    /// the lists.
    public func allocate(_ options: AllocationOptions, today: Day) -> Allocation {
        let open = vacanciesByID.values
            .filter { $0.notOpenNote(today: today) == nil && $0.positions > 0
                && (options.municipalities?.contains($0.municipality) ?? true) }
            .sorted { $0.id < $1.id }
        let slots = open.map { $0.positions * max(0, options.factor) }
        var depth = slots.map { options.readDepth(slots: $0) }
        // Candidates are numbered in order of first use and keep their numbers as lists grow.
        var dense = [Int32](repeating: -1, count: columns.count)
        var rows: [Int32] = []
        func edges(_ l: AllocationList) -> [AllocationProblem.Edge] {
            l.rows.indices.map { i in
                let r = Int(l.rows[i])
                if dense[r] < 0 { dense[r] = Int32(rows.count); rows.append(l.rows[i]) }
                return AllocationProblem.Edge(candidate: dense[r], score: l.scores[i])
            }
        }
        // Ranking and solving overlap: while the vacancies of one block are routed on this
        // thread, the next block is ranked on the others. Routing a vacancy needs only the
        // vacancies before her, so the result is that of ranking everything first.
        var solver = DeepeningSolver(slots: slots, candidateCount: columns.count, perCandidate: options.perCandidate)
        var lists: [AllocationList] = []
        lists.reserveCapacity(open.count)
        let firstDepth = depth, block = 1_000
        let rank = { @Sendable (range: Range<Int>) -> [AllocationList] in
            self.rankForAllocation(open, depths: firstDepth, scope: options.municipalities, today: today,
                                   workers: options.workers, only: Array(range))
        }
        var ready = rank(0..<min(block, open.count))
        while lists.count < open.count {
            let next = (lists.count + ready.count)..<min(lists.count + ready.count + block, open.count)
            let ahead = RankedBlock()
            let group = DispatchGroup()
            if !next.isEmpty { DispatchQueue.global().async(group: group) { ahead.lists = rank(next) } }
            for l in ready {
                lists.append(l)
                solver.add(edges(l))
            }
            group.wait()
            ready = ahead.lists
        }
        var rounds = 1
        while true {
            let prices = solver.prices
            let unproven = open.indices.filter { v in
                let l = lists[v]
                return l.qualified > l.rows.count && !l.scores.isEmpty && prices[v] < l.scores.last!
            }
            if unproven.isEmpty || rounds == 4 {
                return Allocation(open: open, lists: lists, problem: solver.problem(candidateCount: rows.count), rows: rows, plan: solver.plan, options: options,
                                  unproven: unproven.count, rounds: rounds, ids: columns.ids)
            }
            for v in unproven { depth[v] *= 4 }
            let deeper = rankForAllocation(open, depths: depth, scope: options.municipalities, today: today,
                                           workers: options.workers, only: unproven)
            var longer: [Int: [AllocationProblem.Edge]] = [:]
            for (i, v) in unproven.enumerated() {
                lists[v] = deeper[i]
                longer[v] = edges(deeper[i])
            }
            solver.deepen(longer, candidateCount: rows.count)
            rounds += 1
        }
    }

    /// The next block's rankings, handed from the thread that ranked them to the one that
    /// routes them (`group.wait()` orders the write before the read).
    final class RankedBlock: @unchecked Sendable { var lists: [AllocationList] = [] }

    struct AllocationList: Sendable {
        var rows: [Int32] = []
        var scores: [Int] = []
        var qualified = 0
    }

    /// Each vacancy ranked to its depth on every core (or `only` these indices), as `rank`
    /// would rank it in `scope`, without explanations (the shared loop `passes`).
    func rankForAllocation(_ vacancies: [Vacancy], depths: [Int], scope: Set<String>?, today: Day,
                           workers: Int?, only: [Int]?) -> [AllocationList] {
        let todo = only ?? Array(vacancies.indices)
        return passes(todo.map { vacancies[$0] }, today: today, workers: workers, top: { depths[todo[$0]] },
                      municipalities: scope) { _, pass in
            AllocationList(rows: pass.keys.map { Int32(RankKey.row($0)) },
                           scores: pass.keys.map { RankKey.score($0) }, qualified: pass.qualified)
        }
    }
}
