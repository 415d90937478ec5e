/// The allocation solved once and then made exact over longer lists without starting
/// again (docs/matching.md "Allocation", "Deepening").
///
/// When the optimum cannot be proven from a vacancy's list (her price is below the score
/// where the list was cut), the list is read deeper. Solving the whole network again costs
/// as much as the first solve; instead each such vacancy's units are taken back out of the
/// optimal flow one at a time, each along a shortest path from the sink back to her
/// (Dijkstra run backwards, so the potentials stay feasible), her list is replaced by the
/// longer one, her potential is raised to price every new edge fairly, and her units are
/// routed again as in the first solve. The flow stays optimal after every step, so the
/// result is the optimum over the longer lists, the same total as solving from scratch.
public struct DeepeningSolver {
    var state: AllocationSolver.State

    /// Solves `problem` exactly (one network, no split into components, so it can be
    /// deepened later).
    public init(_ problem: AllocationProblem) {
        state = AllocationSolver.State(problem)
        added = state.V
        for v in 0..<state.V { for _ in 0..<state.slots[v] { state.route(from: v) } }
    }

    /// A network of `slots.count` vacancies over at most `candidateCount` candidates whose
    /// lists come later, one vacancy at a time in order (`add`), so that solving can start
    /// while later vacancies are still being ranked.
    public init(slots: [Int], candidateCount: Int, perCandidate: Int) {
        state = AllocationSolver.State(AllocationProblem(slots: slots, edges: slots.map { _ in [] },
                                                         candidateCount: candidateCount, perCandidate: perCandidate))
    }

    /// Gives the next vacancy (the first without a list) hers and routes her units: the
    /// flow is then optimal over every vacancy given so far, exactly as if they had been
    /// the whole problem.
    public mutating func add(_ list: [AllocationProblem.Edge]) {
        let v = added
        state.fill(v, list)
        added += 1
        for _ in 0..<state.slots[v] { state.route(from: v) }
    }

    /// Vacancies given their lists so far (all of them after `init(problem)`).
    public private(set) var added = 0

    /// The problem as solved now: every vacancy's current list, its candidates numbered as
    /// given, over `candidateCount` of them (the network may have room for more).
    public func problem(candidateCount: Int) -> AllocationProblem {
        precondition(added == state.V, "every vacancy has its list")
        return AllocationProblem(slots: state.slots, edges: (0..<state.V).map { state.edges(of: $0) },
                                 candidateCount: candidateCount, perCandidate: state.k)
    }

    /// The optimal plan over the current lists.
    public var plan: AllocationPlan { state.plan() }

    /// Per vacancy, her price at the optimum: p(v) − p(T) in hundredths (see
    /// `AllocationSolver.solve`).
    public var prices: [Int] { state.prices() }

    /// Replaces each given vacancy's edge list by a longer one that begins with the old
    /// list, and re-solves exactly. Candidates keep their numbers; candidates new to the
    /// network are numbered from the old `candidateCount` up to `candidateCount` here.
    public mutating func deepen(_ lists: [Int: [AllocationProblem.Edge]], candidateCount: Int) {
        guard !lists.isEmpty else { return }
        precondition(added == state.V, "every vacancy has its list before any is deepened")
        let order = lists.keys.sorted()
        state.buildCandidateIndex()
        for v in order { for _ in 0..<state.slots[v] { state.unroute(v) } }
        state = state.rebuilt(replacing: lists, candidateCount: candidateCount)
        for v in order { for _ in 0..<state.slots[v] { state.route(from: v) } }
    }
}

extension AllocationSolver.State {
    /// Vacancy v's current edge list, best first.
    func edges(of v: Int) -> [AllocationProblem.Edge] {
        (start[v]..<start[v + 1]).map { AllocationProblem.Edge(candidate: cand[$0], score: score[$0]) }
    }

    /// Candidate → the edges naming her, for walking the network backwards.
    mutating func buildCandidateIndex() {
        var counts = [Int32](repeating: 0, count: C + 1)
        for c in cand { counts[Int(c) + 1] += 1 }
        for i in 0..<C { counts[i + 1] += counts[i] }
        var fill = counts
        var edges = [Int32](repeating: 0, count: cand.count)
        for e in cand.indices { let c = Int(cand[e]); edges[Int(fill[c])] = Int32(e); fill[c] += 1 }
        byCandidateStart = counts
        byCandidate = edges
    }

    /// Takes one unit of vacancy `target` out of the flow: finds the shortest path from T
    /// to her in the residual network by Dijkstra from her over reversed arcs, sends the
    /// unit back along it and raises the potentials of the nodes settled before T by
    /// how much closer to her they are than T, which keeps every residual arc's reduced
    /// cost at zero or above (and p(T) at 0).
    mutating func unroute(_ target: Int) {
        startSearch(at: target)
        var dT = Int.max
        while let (d, code) = heap.pop() {
            guard let u = settle(d, code) else { continue }
            if u == T { dT = d; break }
            if u < V {
                // Arcs into vacancy u: T→u while a slot of hers is empty; c→u for each
                // candidate she proposes (giving the proposal back).
                if dropped[u] > 0 { relax(T, d + (p[T] - p[u]), via: Int32(u)) }
                for e in start[u]..<start[u + 1] where used[e] {
                    let w = V + Int(cand[e])
                    if settled[w] != round { relax(w, d + (score[e] + p[w] - p[u]), via: Int32(e)) }
                }
            } else {
                // Arcs into candidate c: T→c while she is proposed somewhere; v→c for each
                // vacancy listing her that does not propose her.
                let c = u - V
                if load[c] > 0 { relax(T, d + (p[T] - p[u]), via: Int32(u)) }
                for i in Int(byCandidateStart[c])..<Int(byCandidateStart[c + 1]) {
                    let e = Int(byCandidate[i])
                    if used[e] { continue }
                    let w = Int(vac[e])
                    if settled[w] != round { relax(w, d + (-score[e] + p[w] - p[u]), via: Int32(e)) }
                }
            }
        }
        precondition(dT != Int.max, "a vacancy with flow always reaches T backwards")
        for n in touched {
            let u = Int(n)
            if settled[u] == round && u != T && dist[u] < dT { p[u] += dT - dist[u] }
        }
        // Walk from T towards the target: first the arc out of T, then each node's arc
        // onwards. Proposals given back are removed before new ones are added, so a
        // candidate on the path never holds more than k at once.
        var adds: [(Int, Int)] = []
        var node = Int(parent[T])
        if node < V { dropped[node] -= 1 } else { load[node - V] -= 1 }
        while node != target {
            let e = Int(parent[node])
            if node < V {
                used[e] = true
                adds.append((Int(cand[e]), e))
                node = V + Int(cand[e])
            } else {
                used[e] = false
                remove(node - V, e)
                node = Int(vac[e])
            }
        }
        for (c, e) in adds { add(c, e) }
    }

    /// The same flow and potentials over a network where the given vacancies (which hold
    /// no flow) have new lists and `candidateCount` candidates exist. Each such vacancy's
    /// potential becomes the least that prices every one of her edges at zero or above.
    func rebuilt(replacing lists: [Int: [AllocationProblem.Edge]], candidateCount: Int) -> Self {
        let newC = max(candidateCount, C)
        let edges = (0..<V).map { v in lists[v] ?? self.edges(of: v) }
        var next = Self(AllocationProblem(slots: slots, edges: edges, candidateCount: newC, perCandidate: k))
        for v in 0..<V where lists[v] == nil {
            let shift = next.start[v] - start[v]
            for e in start[v]..<start[v + 1] where used[e] { next.used[e + shift] = true }
        }
        for c in 0..<C {
            next.load[c] = load[c]
            for i in 0..<k where assigned[c * k + i] >= 0 {
                let e = Int(assigned[c * k + i])
                next.assigned[c * k + i] = Int32(e + next.start[Int(vac[e])] - start[Int(vac[e])])
            }
        }
        next.dropped = dropped
        for u in 0..<(V + C) { next.p[u] = p[u] }
        next.p[next.T] = p[T]
        for v in lists.keys {
            var price = 0
            for e in next.start[v]..<next.start[v + 1] { price = max(price, next.score[e] + next.p[V + Int(next.cand[e])]) }
            next.p[v] = price
        }
        return next
    }
}
