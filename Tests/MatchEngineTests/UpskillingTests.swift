import JobMatchCore
import MatchEngine
import Testing

/// Joint upskilling (issue P7) on the shortage fixture of `ShortageTests`: Hjørring is short
/// of welders (demand 5, supply 2). Every number below is counted by hand.
@Suite struct UpskillingTests {
    static func held(_ mig: Int, _ drawings: Int) -> [HeldCompetence] {
        var out: [HeldCompetence] = []
        if mig > 0 { out.append(HeldCompetence(id: "weld.mig", level: mig, years: 1)) }
        if drawings > 0 { out.append(HeldCompetence(id: "read.drawings", level: drawings, years: 1)) }
        return out
    }

    static func course(_ id: String, level: Int, start: Int, capacity: Int = 12) -> Course {
        Course(id: id, title: "MIG/MAG-svejsning \(id)", provider: "AMU Nordjylland", municipality: "0813",
               gives: [CourseCompetence(competence: "weld.mig", level: level)], durationDays: 10,
               startDate: Fixture.today.adding(days: start), endDate: Fixture.today.adding(days: start + 11), capacity: capacity)
    }

    static func plan(enrolled: [String] = []) -> UpskillingPlan {
        let candidates = [
            ShortageTests.welder("K1", "0860"), ShortageTests.welder("K7", "0813", maxCommute: 45),
            ShortageTests.welder("K3", "0860", mig: 2, desires: true),                                   // one level short
            Fixture.candidate("KX", municipality: "0860", competences: held(0, 2)),                     // lacks MIG
            Fixture.candidate("KY", municipality: "0813", competences: held(1, 1), maxCommute: 45),     // two gaps
            Fixture.candidate("KZ", municipality: "0630", competences: held(2, 2)),                     // too far
            Fixture.candidate("KW", municipality: "0860", competences: held(0, 0)),                     // holds neither and does not want it: left out
        ]
        var v1 = Fixture.vacancy("V1", occupation: "welder",
                                 requirements: [Requirement(competence: "weld.mig", minLevel: 3, essential: true),
                                                Requirement(competence: "read.drawings", minLevel: 2, essential: true)])
        v1.positions = 5
        v1.expiryDate = Fixture.today.adding(days: 10)
        var dataset = Fixture.dataset(candidates, [v1])
        dataset.registry = ShortageTests.registry(cooperation: false)
        let travel = TravelMatrix(registry: dataset.registry, model: dataset.schema.travel, table: ShortageTests.table)
        let report = ShortageReport.compute(dataset: dataset, travel: travel, today: Fixture.today)
        var state = JournalState()
        for (i, k) in enrolled.enumerated() {
            try? state.apply(JournalEntry(sequence: i + 1, time: "", user: "u",
                                          payload: .courseEnrolment(course: "C1", candidate: k, capacity: 12)))
        }
        return UpskillingPlan.compute(dataset: dataset, travel: travel, report: report,
                                      courses: [course("C1", level: 3, start: 20), course("C2", level: 2, start: 7),
                                                course("C0", level: 4, start: -3), course("C3", level: 4, start: 10)],
                                      enrolments: state.enrolments, today: Fixture.today)
    }

    @Test("candidates one or two competences short are grouped by the missing competence, with courses and vacancies")
    func groups() throws {
        let plan = Self.plan(enrolled: ["K3"])
        let mig = try #require(plan.proposals.first)
        #expect(mig.competence == "weld.mig" && mig.level == 3)
        // K3 (level 2), KX (none, holds drawings), KY (level 1, also drawings); not KZ (Vejle, too far),
        // not KW (holds neither competence and does not want the job).
        #expect(mig.participants.map(\.candidate) == ["K3", "KX", "KY"])
        #expect(mig.perMunicipality.map { "\($0.municipality):\($0.candidates)" } == ["0860:2", "0813:1"])
        #expect(mig.qualifyAfter == 2)  // K3 and KX
        #expect(mig.participants.first { $0.candidate == "KY" }?.alsoMissing == [MissingCompetence(competence: "read.drawings", required: 2, held: 1)])
        #expect(mig.vacancies == ["V1"])
        // C3 (level 4, day 10) and C1 (level 3, day 20) give level 3 or more; C2 gives 2, C0 has started.
        #expect(mig.courses.map(\.course) == ["C3", "C1"])
        #expect(mig.courses.last?.enrolled == 1 && mig.courses.last?.seatsLeft == 11)
        #expect(mig.participants.first?.enrolledOn == ["C1"])
        let drawings = try #require(plan.proposals.first { $0.competence == "read.drawings" })
        #expect(drawings.participants.map(\.candidate) == ["KY"])
        #expect(drawings.qualifyAfter == 0 && drawings.vacancies.isEmpty && drawings.courses.isEmpty)
        #expect(plan.shortages == 1)
    }
}
