import JobMatchCore
import MatchEngine
import Testing

/// Issue #11: a vacancy can require her own car (`car`) and evening, night or weekend work
/// (`workingHours`); candidates record their transport and the hours they take. Until now
/// the engine ranked a candidate without a car first for a home-care round. docs/matching.md
/// "Own car and working hours" is the rule these tests hold the engine to.
@Suite struct WorkingConditionsTests {
    static let requirements = [Requirement(competence: "weld.mig", minLevel: 3, essential: true)]

    static func person(_ id: String, municipality: String = "0860", car: Bool = false, shifts: [Shift] = [],
                       transport: Transport = .publicTransport) -> Candidate {
        var c = Fixture.candidate(id, municipality: municipality, competences: [HeldCompetence(id: "weld.mig", level: 3, years: 4)],
                                  desired: ["welder"], licences: ["B"], maxCommute: 90)
        c.transport = car ? .car : transport
        c.shifts = shifts
        return c
    }

    static func job(car: CarRequirement = .none, hours: [Shift] = []) -> Vacancy {
        var v = Fixture.vacancy("V1", requirements: requirements, licences: ["B"])
        v.car = car
        v.workingHours = hours
        return v
    }

    @Test("a job done in her own car excludes a candidate without one, counted and explained, never a near miss")
    func drivingExcludes() throws {
        let index = MatchIndex(dataset: Fixture.dataset([Self.person("K1", car: true), Self.person("K2"),
                                                         Self.person("K3", transport: .bicycle)]))
        let ranking = index.rank(vacancy: Self.job(car: .driving), top: 10, today: Fixture.today, nearMisses: 10)
        #expect(ranking.candidates.map(\.candidateID) == ["K1"])
        #expect(ranking.excluded.first { $0.requirement == .car }?.count == 2)
        #expect(ranking.summary == "1 of 3 qualify; 2 have no own car")
        #expect(ranking.nearMisses.isEmpty)
        let why = try index.explain(vacancy: Self.job(car: .driving), candidateID: "K3", today: Fixture.today)
        #expect(!why.qualifies)
        #expect(why.failed == [FailedRequirement(requirement: .car, message: "no own car (bicycle); the work is done driving her own car")])
        #expect(why.breakdown.summary == "excluded: no own car (bicycle); the work is done driving her own car")
    }

    @Test("a car to get there: without one she is a near miss when she lives in the work municipality and the job has no nights")
    func commuteNearMiss() throws {
        let people = [Self.person("K1", car: true), Self.person("K2"),                         // K2 lives in Hjørring, where the job is
                      Self.person("K3", municipality: "0813"),                                 // lives in Frederikshavn
                      Self.person("K4", shifts: [.night])]
        let index = MatchIndex(dataset: Fixture.dataset(people))
        let ranking = index.rank(vacancy: Self.job(car: .commute), top: 10, today: Fixture.today, nearMisses: 10)
        #expect(ranking.candidates.map(\.candidateID) == ["K1"])
        #expect(ranking.excluded.first { $0.requirement == .car }?.count == 3)
        #expect(ranking.nearMisses.map(\.breakdown.candidateID) == ["K2", "K4"])
        #expect(ranking.nearMisses.map(\.kind) == [.noCar, .noCar])
        #expect(ranking.nearMisses.first?.gapText == "no own car; the job needs one to get there (lives in the municipality)")
        let k2 = try index.explain(vacancy: Self.job(car: .commute), candidateID: "K2", today: Fixture.today)
        #expect(k2.failed.map(\.message) == ["no own car (public transport); the job needs her own car to get there (she lives in Hjørring (0860): ask whether bus or bicycle will do)"])
        let k3 = try index.explain(vacancy: Self.job(car: .commute), candidateID: "K3", today: Fixture.today)
        #expect(k3.failed.map(\.message) == ["no own car (public transport); the job needs her own car to get there"])
        // With night work no bus runs: K4, who takes nights but has no car, is only excluded
        // (K1 has a car but does not take nights: that is her one gap).
        let nights = index.rank(vacancy: Self.job(car: .commute, hours: [.night]), top: 10, today: Fixture.today, nearMisses: 10)
        #expect(nights.candidates.map(\.candidateID) == [])
        #expect(nights.nearMisses.map(\.breakdown.candidateID) == ["K1"])
        #expect(nights.nearMisses.map(\.kind) == [.workingHours])
    }

    @Test("evening and weekend work: every kind must be taken; missing one is a near miss, missing both only an exclusion")
    func workingHours() throws {
        let people = [Self.person("K1", shifts: [.evening, .weekend]), Self.person("K2", shifts: [.evening]),
                      Self.person("K3"), Self.person("K4", shifts: [.evening, .night, .weekend])]
        let index = MatchIndex(dataset: Fixture.dataset(people))
        let vacancy = Self.job(hours: [.weekend, .evening])
        let ranking = index.rank(vacancy: vacancy, top: 10, today: Fixture.today, nearMisses: 10)
        #expect(ranking.candidates.map(\.candidateID) == ["K1", "K4"])
        #expect(ranking.excluded.first { $0.requirement == .workingHours }?.count == 2)
        #expect(ranking.summary == "2 of 4 qualify; 2 will not work the job's evenings, nights or weekends")
        #expect(ranking.nearMisses.map(\.breakdown.candidateID) == ["K2"])
        #expect(ranking.nearMisses.first?.kind == .workingHours)
        #expect(ranking.nearMisses.first?.gapText == "will not work weekends; the job includes evenings and weekends")
        let k3 = try index.explain(vacancy: vacancy, candidateID: "K3", today: Fixture.today)
        #expect(k3.failed.map(\.message) == ["will not work evenings and weekends; the job includes evenings and weekends"])
        #expect(k3.breakdown.jobWorkingHours == [.weekend, .evening])
        #expect(k3.breakdown.shifts == [])
    }

    @Test("the conditions exclude; they never change a qualified candidate's score")
    func scoreUnchanged() throws {
        let people = [Self.person("K1", car: true, shifts: [.evening])]
        let index = MatchIndex(dataset: Fixture.dataset(people))
        let plain = index.rank(vacancy: Self.job(), top: 1, today: Fixture.today)
        let asked = index.rank(vacancy: Self.job(car: .driving, hours: [.evening]), top: 1, today: Fixture.today)
        #expect(asked.candidates.map(\.total) == plain.candidates.map(\.total))
        #expect(asked.candidates.first?.components == plain.candidates.first?.components)
    }

    @Test("a vacancy asking for neither excludes nobody for them")
    func noConditions() {
        let index = MatchIndex(dataset: Fixture.dataset([Self.person("K1"), Self.person("K2", shifts: [.night])]))
        let ranking = index.rank(vacancy: Self.job(), top: 10, today: Fixture.today)
        #expect(ranking.qualified == 2)
        #expect(ranking.excluded.filter { [.car, .workingHours].contains($0.requirement) }.map(\.count) == [0, 0])
    }

    @Test("shifts: and Danish or plural values select the same candidates as shift:")
    func shiftAliases() throws {
        let index = MatchIndex(dataset: Fixture.dataset([Self.person("K1", shifts: [.evening, .weekend]), Self.person("K2", shifts: [.evening]),
                                                         Self.person("K3", car: true)]))
        func ids(_ q: String) throws -> [String] { try index.search(q, top: 10, today: Fixture.today).hits.map(\.candidateID) }
        #expect(try ids("shift:evening,weekend") == ["K1"])
        #expect(try ids("shifts:evenings,weekends") == ["K1"])
        #expect(try ids("shifts:aften") == ["K1", "K2"])
        #expect(try ids("shift:weekend car:no") == ["K1"])
        #expect(try ids("car:yes") == ["K3"])
        #expect(throws: QueryError.self) { try index.search("shifts:morning", top: 10, today: Fixture.today) }
    }
}
