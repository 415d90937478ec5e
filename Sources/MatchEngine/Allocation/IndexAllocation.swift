import Dispatch
import JobMatchCore
import Synchronization

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

    /// How deep a vacancy's ranking is read at first: twice its slots plus ten. Deeper
    /// only where the optimum could not be proven from that depth (see `allocate`).
    static func firstDepth(slots: Int) -> Int { 2 * slots + 10 }
}

extension MatchIndex {
    /// Proposes shortlists for every open vacancy in scope at once, maximising the total
    /// score with each vacancy given at most positions × factor candidates and each
    /// candidate proposed to at most k vacancies, and compares the plan with each
    /// vacancy's own top list and with greedy (docs/matching.md "Allocation").
    ///
    /// The network holds each vacancy's best `2·slots + 10` qualified candidates. After
    /// solving, a vacancy whose list was cut short is proven not to lose by the cut when
    /// her price at the optimum is at least the score at the cut; those that are not are
    /// ranked four times deeper and the whole problem solved again (at most four rounds).
    /// `Allocation.certified` says whether every cut was proven harmless, which makes the
    /// plan optimal over every qualified candidate, not only over the lists.
    public func allocate(_ options: AllocationOptions, today: Day) -> Allocation {
        let open = vacanciesByID.values
            .filter { $0.notOpenNote(today: today) == nil && $0.positions > 0
                && (options.municipalities?.contains($0.municipality) ?? true) }
            .sorted { $0.id < $1.id }
        let slots = open.map { $0.positions * max(0, options.factor) }
        var depth = slots.map { AllocationOptions.firstDepth(slots: $0) }
        var lists = rankForAllocation(open, depths: depth, scope: options.municipalities, today: today,
                                      workers: options.workers, only: nil)
        var rounds = 1
        while true {
            let (problem, rows) = Self.problem(lists, slots: slots, perCandidate: options.perCandidate)
            let (plan, prices) = AllocationSolver(problem).solve()
            let unproven = open.indices.filter { v in
                let l = lists[v]
                return l.qualified > l.rows.count && !l.scores.isEmpty && prices[v] < l.scores.last!
            }
            if unproven.isEmpty || rounds == 4 {
                return Allocation(open: open, lists: lists, problem: problem, rows: rows, plan: plan, options: options,
                                  unproven: unproven.count, rounds: rounds, ids: columns.ids)
            }
            for v in unproven { depth[v] *= 4 }
            let deeper = rankForAllocation(open, depths: depth, scope: options.municipalities, today: today,
                                           workers: options.workers, only: unproven)
            for (i, v) in unproven.enumerated() { lists[v] = deeper[i] }
            rounds += 1
        }
    }

    struct AllocationList: Sendable {
        var rows: [Int32] = []
        var scores: [Int] = []
        var qualified = 0
    }

    /// The allocation problem over candidate rows numbered densely in order of first use.
    static func problem(_ lists: [AllocationList], slots: [Int], perCandidate: Int) -> (AllocationProblem, [Int32]) {
        var dense: [Int32: Int32] = [:]
        var rows: [Int32] = []
        let edges = lists.map { l in
            l.rows.indices.map { i -> AllocationProblem.Edge in
                let r = l.rows[i]
                let c: Int32
                if let d = dense[r] { c = d } else { c = Int32(rows.count); dense[r] = c; rows.append(r) }
                return AllocationProblem.Edge(candidate: c, score: l.scores[i])
            }
        }
        return (AllocationProblem(slots: slots, edges: edges, candidateCount: rows.count, perCandidate: perCandidate), rows)
    }

    /// Each vacancy ranked to its depth on every core (or `only` these indices), as `rank`
    /// would rank it in `scope`, without explanations.
    func rankForAllocation(_ vacancies: [Vacancy], depths: [Int], scope: Set<String>?, today: Day,
                           workers: Int?, only: [Int]?) -> [AllocationList] {
        let todo = only ?? Array(vacancies.indices)
        let n = todo.count
        guard n > 0 else { return [] }
        let threads = max(1, min(n, workers ?? Self.processorCount))
        let out = UnsafeMutableBufferPointer<AllocationList>.allocate(capacity: n)
        out.initialize(repeating: AllocationList())
        defer { out.deinitialize(); out.deallocate() }
        let next = Atomic<Int>(0)
        nonisolated(unsafe) let results = out
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var s = makeScratch(slots: 64)
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= n { break }
                let v = todo[i]
                let cv = compile(vacancies[v], today: today)
                if cv.slots.count > s.slotCapacity { s = makeScratch(slots: cv.slots.count) }
                let pass = run(cv, top: depths[v], municipalities: scope, scratch: s)
                results[i] = AllocationList(rows: pass.keys.map { Int32(RankKey.row($0)) },
                                            scores: pass.keys.map { RankKey.score($0) }, qualified: pass.qualified)
            }
        }
        return Array(out)
    }
}
