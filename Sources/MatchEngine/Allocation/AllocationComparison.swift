/// The comparison table of an allocation as rows of cells — the same in `jobmatch
/// allocate` and on the Allocation screen: a label, then top lists, greedy, optimal.
public enum AllocationComparison {
    public static let header = ["", "top lists", "greedy", "optimal"]

    public static func rows(_ a: Allocation) -> [[String]] {
        let plans = [a.topLists, a.greedy, a.optimal]
        func row(_ label: String, _ cell: (AllocationFigures) -> String) -> [String] { [label] + plans.map(cell) }
        return [
            header,
            row("vacancies with ≥ 3 proposed") { grouped($0.vacanciesWithThree) },
            row("vacancies with none") { grouped($0.vacanciesWithNone) },
            row("proposals") { grouped($0.proposals) },
            row("total score") { grouped($0.totalScore.hundredths / 100) },
            row("candidates proposed") { grouped($0.candidatesProposed) },
            row("proposed more than \(a.perCandidate) times") { grouped($0.candidatesOverK) },
            row("most proposals for one candidate") { grouped($0.mostProposalsForOne) },
            row("Gini of proposals per candidate") { gini($0.gini) },
        ]
    }

    /// 0.4312 → "0.43".
    static func gini(_ g: Double) -> String {
        let h = Int((g * 100).rounded())
        return h >= 100 ? "1.00" : "0.\(h < 10 ? "0" : "")\(h)"
    }
}
