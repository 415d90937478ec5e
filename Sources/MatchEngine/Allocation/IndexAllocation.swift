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

    /// How many of a vacancy's best candidates enter the network at first: twice its
    /// slots plus ten. More only where the optimum could not be proven from that many
    /// (see `allocate`).
    static func firstDepth(slots: Int) -> Int { 2 * slots + 10 }

    /// How deep a vacancy's ranking is read in the first pass: four times `firstDepth`, so
    /// the first deepening takes edges already read instead of ranking the vacancy again
    /// (the scan over the qualified candidates costs the same at any depth).
    static func readDepth(slots: Int) -> Int { 4 * firstDepth(slots: slots) }
}

extension MatchIndex {
    /// Proposes shortlists for every open vacancy in scope at once, maximising the total
    /// score with each vacancy given at most positions × factor candidates and each
    /// candidate proposed to at most k vacancies, and compares the plan with each
    /// vacancy's own top list and with greedy (docs/matching.md "Allocation").
    ///
    /// The network holds each vacancy's best `2·slots + 10` qualified candidates (read
    /// four times deeper in one pass). After solving, a vacancy whose list was cut short is
    /// proven not to lose by the cut when her price at the optimum is at least the score
    /// at the cut; those that are not get four times as many edges (ranked again only when
    /// that is deeper than was read) and the whole problem is solved again (at most four
    /// rounds). `Allocation.certified` says whether every cut was proven harmless, which
    /// makes the plan optimal over every qualified candidate, not only over the lists.
    public func allocate(_ options: AllocationOptions, today: Day) -> Allocation {
        let open = vacanciesByID.values
            .filter { $0.notOpenNote(today: today) == nil && $0.positions > 0
                && (options.municipalities?.contains($0.municipality) ?? true) }
            .sorted { $0.id < $1.id }
        let slots = open.map { $0.positions * max(0, options.factor) }
        var depth = slots.map { AllocationOptions.firstDepth(slots: $0) }
        var lists = rankForAllocation(open, depths: slots.map { AllocationOptions.readDepth(slots: $0) },
                                      scope: options.municipalities, today: today, workers: options.workers, only: nil)
        var rounds = 1
        while true {
            let cut = lists.indices.map { v in lists[v].prefix(depth[v]) }
            let (problem, rows) = Self.problem(cut, slots: slots, perCandidate: options.perCandidate)
            let (plan, prices) = AllocationSolver(problem).solve(workers: options.workers ?? Self.processorCount)
            let unproven = open.indices.filter { v in
                let l = cut[v]
                return l.qualified > l.rows.count && !l.scores.isEmpty && prices[v] < l.scores.last!
            }
            if unproven.isEmpty || rounds == 4 {
                return Allocation(open: open, lists: cut, problem: problem, rows: rows, plan: plan, options: options,
                                  unproven: unproven.count, rounds: rounds, ids: columns.ids)
            }
            for v in unproven { depth[v] *= 4 }
            let again = unproven.filter { v in lists[v].rows.count < min(depth[v], lists[v].qualified) }
            let deeper = rankForAllocation(open, depths: depth, scope: options.municipalities, today: today,
                                           workers: options.workers, only: again)
            for (i, v) in again.enumerated() { lists[v] = deeper[i] }
            rounds += 1
        }
    }

    struct AllocationList: Sendable {
        var rows: [Int32] = []
        var scores: [Int] = []
        var qualified = 0

        /// The best `n` (all when fewer were read).
        func prefix(_ n: Int) -> AllocationList {
            n >= rows.count ? self : AllocationList(rows: Array(rows.prefix(n)), scores: Array(scores.prefix(n)),
                                                    qualified: qualified)
        }
    }

    /// The allocation problem over candidate rows numbered densely in order of first use.
    static func problem(_ lists: [AllocationList], slots: [Int], perCandidate: Int) -> (AllocationProblem, [Int32]) {
        var dense = [Int32](repeating: -1, count: Int(lists.lazy.compactMap { $0.rows.max() }.max() ?? -1) + 1)
        var rows: [Int32] = []
        let edges = lists.map { l in
            l.rows.indices.map { i -> AllocationProblem.Edge in
                let r = l.rows[i]
                if dense[Int(r)] < 0 { dense[Int(r)] = Int32(rows.count); rows.append(r) }
                return AllocationProblem.Edge(candidate: dense[Int(r)], score: l.scores[i])
            }
        }
        return (AllocationProblem(slots: slots, edges: edges, candidateCount: rows.count, perCandidate: perCandidate), rows)
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
