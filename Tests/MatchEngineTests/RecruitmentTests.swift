import JobMatchCore
import MatchEngine
import Testing

/// Large recruitments (issue P7) on a hand-made project: two welder vacancies of one company
/// in Hjørring (3 + 2 positions), quotas Hjørring 3 and Frederikshavn 2.
@Suite struct RecruitmentTests {
    static let welding = [Requirement(competence: "weld.mig", minLevel: 3, essential: true),
                          Requirement(competence: "read.drawings", minLevel: 2, essential: true)]

    static func setup() -> (Dataset, MatchIndex, RecruitmentProject) {
        let candidates = [
            ShortageTests.welder("K1", "0860"), ShortageTests.welder("K2", "0813", maxCommute: 20),
            ShortageTests.welder("K7", "0813", maxCommute: 45), ShortageTests.welder("K3", "0860", mig: 2, desires: true),
            ShortageTests.welder("K6", "0630"),
        ]
        var a = Fixture.vacancy("V1", requirements: welding)
        a.positions = 3
        var b = Fixture.vacancy("V2", requirements: welding)
        b.positions = 2
        var dataset = Fixture.dataset(candidates, [a, b])
        dataset.registry = ShortageTests.registry(cooperation: false)
        let index = MatchIndex(dataset: dataset, travelTimes: ShortageTests.table)
        let project = RecruitmentProject(id: "R001", title: "Ny hal", company: "12345678", coordinator: "grethe", deadline: Fixture.today.adding(days: 30),
                                         vacancies: ["V1", "V2"], quotas: [RecruitmentQuota(municipality: "0860", positions: 3),
                                                                           RecruitmentQuota(municipality: "0813", positions: 2)])
        return (dataset, index, project)
    }

    @Test("the pool, coverage per municipality and competence, and the pipeline from the journal")
    func status() throws {
        let (dataset, index, project) = Self.setup()
        var work = JournalState()
        var seq = 0
        func add(_ p: JournalPayload) throws { seq += 1; try work.apply(JournalEntry(sequence: seq, time: "", user: "u", payload: p)) }
        try add(.shortlistChange(vacancy: "V2", basedOn: 0, change: .add(candidate: "K7", note: "")))
        try add(.shortlistChange(vacancy: "V2", basedOn: 1, change: .add(candidate: "K1", note: "")))
        try add(.shortlistState(vacancy: "V2", basedOn: 2, state: .submitted, comment: ""))
        try add(.shortlistState(vacancy: "V2", basedOn: 3, state: .approved, comment: ""))
        try add(.shortlistState(vacancy: "V2", basedOn: 4, state: .sent, comment: ""))
        try add(.callOutcome(vacancy: "V2", outcome: .filled, note: "", day: Fixture.today))
        let s = RecruitmentStatus.compute(project, index: index, dataset: dataset, work: work, plan: nil, today: Fixture.today)
        #expect(s.positions == 5)
        #expect(s.proposed == 2)          // K1 and K7 qualify and reach Hjørring; K2 (20 min), K3 (level 2), K6 (Vejle) do not
        #expect(s.uncovered == 3)
        #expect(s.shortlisted == 2)
        #expect(s.hired == 2)             // V2's sent shortlist, filled: its 2 positions
        #expect(s.unfilled == 3)
        #expect(s.daysLeft == 30)
        #expect(s.municipalities.map { "\($0.municipality) q\($0.quota) \($0.qualified) \($0.shortlisted)" } == ["0860 q3 1 1", "0813 q2 1 1"])
        // MIG ≥ 3 within reach of Hjørring: K1, K7; drawings ≥ 2: K1, K7, K3.
        #expect(s.competences.map { "\($0.competence) \($0.level) \($0.positions) \($0.candidates)" }
                == ["read.drawings 2 5 3", "weld.mig 3 5 2"])
    }

    @Test("a project naming a missing vacancy, another company's vacancy or an outside municipality is refused field by field")
    func validation() {
        let (dataset, _, project) = Self.setup()
        var bad = project
        bad.vacancies = ["V1", "V9"]
        bad.quotas.append(RecruitmentQuota(municipality: "0851", positions: 0))
        bad.company = "99999999"
        let problems = bad.problems(vacancies: Dictionary(uniqueKeysWithValues: dataset.vacancies.map { ($0.id, $0) }),
                                    companies: ["12345678"], registry: dataset.registry, users: [])
        let fields = problems.map(\.field)
        #expect(fields.contains("company") && fields.contains("vacancies[1]") && fields.contains("vacancies[0]"))
        #expect(problems.contains { $0.field == "quotas[2].municipality" && $0.message.contains("does not take part") })
        #expect(problems.contains { $0.field == "quotas[2].positions" })
    }
}
