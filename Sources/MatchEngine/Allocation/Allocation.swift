import JobMatchCore

/// The proposals for every open vacancy in scope and how they compare with each
/// vacancy's own top list and with greedy. Candidates appear by id only: the plan is
/// about who goes where, not about who they are.
public struct Allocation: Sendable, Equatable, Codable {
    public var factor: Int
    public var perCandidate: Int
    /// Open vacancies allocated.
    public var vacancyCount: Int
    /// Slots offered in all (Σ positions × factor).
    public var slotCount: Int
    /// Candidates on some vacancy's list.
    public var poolSize: Int
    /// The optimal plan.
    public var optimal: AllocationFigures
    /// Vacancies in id order, each taking her best candidates not yet proposed k times.
    public var greedy: AllocationFigures
    /// Each vacancy's own top list, ignoring k.
    public var topLists: AllocationFigures
    /// True when every list cut short was proven not to hide a better plan, so `optimal`
    /// is the best over every qualified candidate; false: best over the lists read.
    public var certified: Bool
    /// Vacancies whose cut could not be proven harmless (0 when `certified`).
    public var unprovenVacancies: Int
    /// Rounds of solving (1, or more when some lists had to be longer to prove the optimum).
    public var rounds: Int
    public var vacancies: [AllocatedVacancy]

    init(open: [Vacancy], lists: [MatchIndex.AllocationList], problem: AllocationProblem, rows: [Int32],
         plan: AllocationPlan, options: AllocationOptions, unproven: Int, rounds: Int, ids: [String]) {
        factor = options.factor
        perCandidate = options.perCandidate
        vacancyCount = open.count
        slotCount = problem.slots.reduce(0, +)
        poolSize = problem.candidateCount
        optimal = AllocationFigures(plan, in: problem)
        let greedyPlan = AllocationBaseline.greedy(problem)
        greedy = AllocationFigures(greedyPlan, in: problem)
        topLists = AllocationFigures(AllocationBaseline.topLists(problem), in: problem)
        certified = unproven == 0
        unprovenVacancies = unproven
        self.rounds = rounds
        let counts = plan.proposalsPerCandidate(in: problem)
        vacancies = open.indices.map { v in
            let edges = problem.edges[v]
            return AllocatedVacancy(
                vacancyID: open[v].id, title: open[v].title, municipality: open[v].municipality,
                positions: open[v].positions, slots: problem.slots[v], qualified: lists[v].qualified,
                proposals: plan.chosen[v].map { e in
                    let c = Int(edges[e].candidate)
                    return AllocatedCandidate(candidateID: ids[Int(rows[c])], score: Points(hundredths: edges[e].score),
                                              rank: e + 1, proposedTo: counts[c])
                },
                greedyCount: greedyPlan.chosen[v].count, topListCount: min(problem.slots[v], edges.count))
        }
    }

    /// "412 vacancies · 1,236 slots · optimal fills 3 in 380, greedy 351"
    public var summary: String {
        "\(grouped(vacancyCount)) open vacancies, \(grouped(slotCount)) slots, \(grouped(poolSize)) candidates on their lists; "
            + "each vacancy gets up to positions × \(factor), each candidate at most \(perCandidate) proposals"
    }
}

/// One vacancy's proposed shortlist.
public struct AllocatedVacancy: Sendable, Equatable, Codable {
    public var vacancyID: String
    public var title: String
    public var municipality: String
    public var positions: Int
    public var slots: Int
    /// Candidates meeting every hard requirement.
    public var qualified: Int
    /// Best first.
    public var proposals: [AllocatedCandidate]
    /// How many greedy would have proposed, and her own top list.
    public var greedyCount: Int
    public var topListCount: Int
}

/// A proposed candidate: her score for the vacancy, her place in its own ranking
/// (1 = its best), and how many vacancies in all she is proposed to.
public struct AllocatedCandidate: Sendable, Equatable, Codable {
    public var candidateID: String
    public var score: Points
    public var rank: Int
    public var proposedTo: Int
}
