@testable import MatchEngine

// The allocation solver as it was before the vacancy-side potentials (commit 77ded00), kept
// only as a reference for the tests: successive shortest paths with candidate-side initial
// potentials. Exact but slow at national scale; the engine's solver must reach the same
// total on every instance.

/// The exact allocation: a maximum-score b-matching, solved as a minimum-cost flow by
/// successive shortest paths with potentials (see docs/matching.md "Allocation").
///
/// The network: each vacancy v supplies `slots[v]` units; a unit goes either to a
/// candidate c over the edge v→c (capacity 1, cost −score) and on to the sink (c→T,
/// capacity k, cost 0), or straight to the sink over v→T (cost 0: the slot stays empty).
/// Every unit must reach T, so the minimum cost is minus the best total score, and a
/// slot is only left empty when no candidate can fill it without costing more elsewhere.
///
/// Units are routed one at a time, each along a shortest path from its vacancy to T in
/// the residual network (Dijkstra on reduced costs, stopped as soon as T is settled).
/// The potentials stay feasible on every residual edge after each augmentation, so the
/// residual network never has a negative cycle: after the last unit the flow is optimal.
/// Dijkstra only explores nodes closer than T, so a unit that meets no competition costs
/// one pass over its vacancy's edges.
struct ReferenceAllocationSolver {
    let problem: AllocationProblem

    init(_ problem: AllocationProblem) { self.problem = problem }

    /// The optimal plan and, per vacancy, its price: what its last slot is worth at the
    /// optimum (p(v) − p(T) in hundredths). A candidate left out of v's edge list with a
    /// score at or below that price cannot improve the plan (see `certifies`).
    func solve() -> (plan: AllocationPlan, prices: [Int]) {
        var s = State(problem)
        for v in 0..<problem.vacancyCount {
            for _ in 0..<problem.slots[v] { s.route(from: v) }
        }
        return (s.plan(), s.prices())
    }

    struct State {
        let V: Int, C: Int, k: Int, T: Int
        // Edges in one array: vacancy v owns start[v]..<start[v+1].
        var start: [Int], cand: [Int32], score: [Int], vac: [Int32], used: [Bool]
        var load: [Int32]       // per candidate: vacancies proposed to
        var assigned: [Int32]   // per candidate, k edge ids (−1 empty)
        var dropped: [Int]      // per vacancy: empty slots
        var slots: [Int]
        var p: [Int]            // potentials, nodes 0..<V vacancies, V..<V+C candidates, T
        var dist: [Int], stamp: [Int32], settled: [Int32], parent: [Int32]
        var round: Int32 = 0
        var heap = NodeHeap()  // the engine's own heap
        var touched: [Int32] = []

        init(_ pr: AllocationProblem) {
            V = pr.vacancyCount; C = pr.candidateCount; k = max(0, pr.perCandidate); T = V + C
            slots = pr.slots
            start = [0]; start.reserveCapacity(V + 1)
            cand = []; score = []; vac = []
            for (v, list) in pr.edges.enumerated() {
                for e in list { cand.append(e.candidate); score.append(e.score); vac.append(Int32(v)) }
                start.append(cand.count)
            }
            used = [Bool](repeating: false, count: cand.count)
            load = [Int32](repeating: 0, count: C)
            assigned = [Int32](repeating: -1, count: C * k)
            dropped = [Int](repeating: 0, count: V)
            // Initial potentials feasible on every edge: p(v) = 0, p(c) = −(c's best score),
            // p(T) = the smallest of them and 0.
            p = [Int](repeating: 0, count: T + 1)
            var best = [Int](repeating: 0, count: C)
            for e in 0..<cand.count { best[Int(cand[e])] = max(best[Int(cand[e])], score[e]) }
            var pT = 0
            for c in 0..<C { p[V + c] = -best[c]; pT = min(pT, -best[c]) }
            p[T] = pT
            dist = [Int](repeating: 0, count: T + 1)
            stamp = [Int32](repeating: 0, count: T + 1)
            settled = [Int32](repeating: 0, count: T + 1)
            parent = [Int32](repeating: -1, count: T + 1)
        }

        @inline(__always) mutating func relax(_ node: Int, _ d: Int, via: Int32) {
            if stamp[node] != round { stamp[node] = round; touched.append(Int32(node)) }
            else if dist[node] <= d { return }
            dist[node] = d; parent[node] = via
            heap.push(d, node == T ? -1 : node)
        }

        /// Routes one unit from vacancy `source` to T along a shortest residual path.
        mutating func route(from source: Int) {
            round &+= 1
            touched.removeAll(keepingCapacity: true)
            heap.removeAll()
            relax(source, 0, via: -1)
            var dT = Int.max
            while let (d, code) = heap.pop() {
                let u = code < 0 ? T : code
                if settled[u] == round || d > dist[u] { continue }
                settled[u] = round
                if u == T { dT = d; break }
                if u < V {
                    let pu = p[u]
                    for e in start[u]..<start[u + 1] where !used[e] {
                        let w = V + Int(cand[e])
                        if settled[w] == round { continue }
                        relax(w, d + (-score[e] + pu - p[w]), via: Int32(e))
                    }
                    if dropped[u] < slots[u] { relax(T, d + (pu - p[T]), via: Int32(u)) }
                } else {
                    let c = u - V, pu = p[u]
                    if Int(load[c]) < k { relax(T, d + (pu - p[T]), via: Int32(u)) }
                    for i in 0..<Int(load[c]) {
                        let e = Int(assigned[c * k + i])
                        let w = Int(vac[e])
                        if settled[w] == round { continue }
                        relax(w, d + (score[e] + pu - p[w]), via: Int32(e))
                    }
                }
            }
            precondition(dT != Int.max, "the sink is always reachable over the vacancy's own empty-slot edge")
            // Potentials: p(u) += d(u) − d(T) for nodes settled closer than T.
            for n in touched {
                let u = Int(n)
                if settled[u] == round && u != T && dist[u] < dT { p[u] += dist[u] - dT }
            }
            augment(to: parent[T], source: source)
        }

        /// Walks the path back from T's parent and flips the edges on it.
        mutating func augment(to last: Int32, source: Int) {
            var node = Int(last)
            if node < V { dropped[node] += 1 } else {
                let c = node - V
                load[c] += 1
            }
            // Candidate c was reached over forward edge parent[c] from vacancy vac[e];
            // vacancy v (≠ source) was reached over reverse edge parent[v] from its candidate.
            while node != source {
                let e = Int(parent[node])
                if node >= V {
                    used[e] = true
                    let c = node - V
                    add(c, e)
                    node = Int(vac[e])
                } else {
                    used[e] = false
                    let c = Int(cand[e])
                    remove(c, e)
                    node = V + c
                }
            }
        }

        /// Gives c the edge e. On a path an intermediate candidate first leaves her old
        /// vacancy (`remove`, walked before), and the last one had her load raised, so a
        /// place is always free.
        mutating func add(_ c: Int, _ e: Int) {
            for i in 0..<k where assigned[c * k + i] < 0 { assigned[c * k + i] = Int32(e); return }
            preconditionFailure("candidate \(c) has no free place for edge \(e)")
        }

        mutating func remove(_ c: Int, _ e: Int) {
            for i in 0..<k where assigned[c * k + i] == Int32(e) { assigned[c * k + i] = -1; return }
            preconditionFailure("edge \(e) was not assigned to candidate \(c)")
        }

        func plan() -> AllocationPlan {
            AllocationPlan(chosen: (0..<V).map { v in (start[v]..<start[v + 1]).filter { used[$0] }.map { $0 - start[v] } })
        }

        /// p(v) − p(T) per vacancy, with unproposed candidates' potentials lowered to p(T)
        /// (still feasible), so the price bounds every candidate outside the lists.
        func prices() -> [Int] { (0..<V).map { p[$0] - p[T] } }
    }
}
