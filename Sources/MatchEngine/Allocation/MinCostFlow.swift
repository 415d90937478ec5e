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
/// Dijkstra only explores nodes closer than T, and reads a vacancy's edges lazily in list
/// order (`State.scan`), so a unit that meets no competition costs a few steps and a long
/// list costs nothing until everyone above an edge is taken.
///
/// One network for all vacancies: at national scale one connected component holds nearly
/// all of them (44,900 of 45,459 open vacancies), so solving components apart on separate
/// threads bought nothing, and one network can be deepened (`DeepeningSolver`).
public struct AllocationSolver {
    public let problem: AllocationProblem

    public init(_ problem: AllocationProblem) { self.problem = problem }

    /// The optimal plan and, per vacancy, its price: what its last slot is worth at the
    /// optimum (p(v) − p(T) in hundredths). A candidate left out of v's edge list with a
    /// score at or below that price cannot improve the plan (docs/matching.md "Which edges").
    public func solve() -> (plan: AllocationPlan, prices: [Int]) {
        let solved = DeepeningSolver(problem)
        return (solved.plan, solved.prices)
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
        var heap = NodeHeap()
        var touched: [Int32] = []
        var scanAt: [Int]       // per vacancy settled this round: its next edge to read
        var byCandidateStart: [Int32] = [], byCandidate: [Int32] = []  // see buildCandidateIndex

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
            // Initial potentials feasible on every edge, priced from the vacancy side:
            // p(T) = 0, p(c) = 0 (no candidate is worth more than nothing yet) and p(v) = v's
            // best score, so each vacancy's best edges have reduced cost 0 and a unit that
            // meets no competition reaches T at distance 0 without exploring anything.
            p = [Int](repeating: 0, count: T + 1)
            for v in 0..<V {
                var best = 0
                for e in start[v]..<start[v + 1] { best = max(best, score[e]) }
                p[v] = best
            }
            dist = [Int](repeating: 0, count: T + 1)
            stamp = [Int32](repeating: 0, count: T + 1)
            settled = [Int32](repeating: 0, count: T + 1)
            parent = [Int32](repeating: -1, count: T + 1)
            scanAt = [Int](repeating: 0, count: V)
        }

        /// Gives vacancy `v` her edge list and her starting potential (her best score). The
        /// network may be built this way one vacancy at a time, in order, while later
        /// vacancies are still being ranked: every vacancy before `v` must have hers, and
        /// no search reaches a vacancy without flow, so those after `v` are never read.
        mutating func fill(_ v: Int, _ list: [AllocationProblem.Edge]) {
            precondition(start[v] == cand.count && start[v + 1] == 0, "vacancies are filled in order, once")
            var best = 0
            for e in list {
                cand.append(e.candidate); score.append(e.score); vac.append(Int32(v)); used.append(false)
                best = max(best, e.score)
            }
            start[v + 1] = cand.count
            p[v] = best
        }

        @inline(__always) mutating func relax(_ node: Int, _ d: Int, via: Int32) {
            if stamp[node] != round { stamp[node] = round; touched.append(Int32(node)) }
            else if dist[node] <= d { return }
            dist[node] = d; parent[node] = via
            heap.push(d, node == T ? -1 : node)
        }

        /// A new Dijkstra search (forwards in `route`, backwards in `unroute`) from `node`.
        mutating func startSearch(at node: Int) {
            round &+= 1
            touched.removeAll(keepingCapacity: true)
            heap.removeAll()
            relax(node, 0, via: -1)
        }

        /// The node a popped heap entry settles now, or nil when it was settled already or
        /// the entry is stale (a shorter distance was found after it was pushed).
        @inline(__always) mutating func settle(_ d: Int, _ code: Int) -> Int? {
            let u = code < 0 ? T : code
            if settled[u] == round || d > dist[u] { return nil }
            settled[u] = round
            return u
        }

        /// Routes one unit from vacancy `source` to T along a shortest residual path.
        mutating func route(from source: Int) {
            startSearch(at: source)
            var dT = Int.max
            while let (d, code) = heap.pop() {
                if code > T { scan(code - T - 1, upTo: d); continue }
                guard let u = settle(d, code) else { continue }
                if u == T { dT = d; break }
                if u < V {
                    if dropped[u] < slots[u] { relax(T, d + (p[u] - p[T]), via: Int32(u)) }
                    scanAt[u] = start[u]
                    scan(u, upTo: d)
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

        /// Relaxes settled vacancy u's unused edges whose cost can be at most `key`, in list
        /// order, and leaves the rest for later: an edge to c costs −score + p(u) − p(c),
        /// at least −score + p(u) because a candidate's potential is never above p(T) = 0,
        /// and that bound only grows down the list (scores never rise). So the rest is
        /// queued once, at the bound of its first edge, and Dijkstra reaches T without
        /// reading edges that cannot lead there sooner. The first candidate with room left
        /// ends the scan for good: she reaches T at no further cost, and nothing behind her
        /// can do better.
        mutating func scan(_ u: Int, upTo key: Int) {
            let base = dist[u] + p[u], end = start[u + 1]
            var e = scanAt[u]
            while e < end {
                if used[e] { e += 1; continue }
                let bound = base - score[e]
                if bound > key { scanAt[u] = e; heap.push(bound, T + 1 + u); return }
                let c = Int(cand[e]), w = V + c
                if settled[w] != round { relax(w, bound - p[w], via: Int32(e)) }
                e += 1
                if Int(load[c]) < k { break }
            }
            scanAt[u] = end
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

        /// Takes e from c, keeping her edges packed at the front (`route` reads the first
        /// `load[c]` of them).
        mutating func remove(_ c: Int, _ e: Int) {
            var last = k - 1
            while last >= 0 && assigned[c * k + last] < 0 { last -= 1 }
            for i in 0...max(0, last) where assigned[c * k + i] == Int32(e) {
                assigned[c * k + i] = assigned[c * k + last]
                assigned[c * k + last] = -1
                return
            }
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

/// A binary min-heap of (distance, node) for the solver's Dijkstra; node −1 (the sink)
/// wins ties so a path ends as soon as it can.
struct NodeHeap {
    private var items: [(Int, Int)] = []

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    @inline(__always) private static func less(_ a: (Int, Int), _ b: (Int, Int)) -> Bool {
        a.0 != b.0 ? a.0 < b.0 : a.1 < b.1
    }

    mutating func push(_ d: Int, _ node: Int) {
        items.append((d, node))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !Self.less(items[i], items[parent]) { break }
            items.swapAt(i, parent); i = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            let n = items.count
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < n && Self.less(items[l], items[m]) { m = l }
                if r < n && Self.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m); i = m
            }
        }
        return top
    }
}
