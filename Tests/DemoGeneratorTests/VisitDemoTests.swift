import DemoGenerator
import JobMatchCore
import Testing

/// The demo's company visits (`VisitDemo`): half a year of believable history, consistent
/// with the barometer answers, ads, courses and recruitment projects it is drawn from.
@Suite struct VisitDemoTests {
    static let d = Generated.demo
    static let courses = CourseCatalogue.make(schema: d.schema, registry: d.registry, today: Generated.today)
    static let projects = RecruitmentDemo.make(d, today: Generated.today)
    static let visits = VisitDemo.make(d, courses: courses, projects: projects, today: Generated.today, seed: 2026)

    @Test func everyPurposeSomeJointEveryParticipatingJobCentreRecordsItsOwn() {
        let v = Self.visits
        #expect((40...150).contains(v.count), "\(v.count) visits")
        #expect(Set(v.map(\.visit.purpose)) == Set(VisitPurpose.allCases))
        let joint = v.filter(\.visit.isJoint).count
        #expect(joint >= 8 && joint < v.count / 2, "\(joint) joint of \(v.count)")
        let consultants = Dictionary(Self.d.users.filter { $0.role == .consultant }.map { ($0.id, $0.municipality) }, uniquingKeysWith: { a, _ in a })
        for x in v {
            // Recorded by the users.json consultant of the job centre that led the visit.
            #expect(consultants[x.user] == x.visit.jobCentres.first, "\(x.user) recorded \(x.visit)")
            #expect(Self.d.companies.contains { $0.id == x.visit.company })
            #expect(x.visit.date <= Generated.today && x.visit.date >= Generated.today.adding(days: -200), "\(x.visit.date)")
            #expect(x.recordedOn == x.visit.date && (12 * 3600...17 * 3600).contains(x.recordedAt))
            #expect(Set(x.visit.jobCentres).count == x.visit.jobCentres.count && !x.visit.outcome.isEmpty)
        }
        #expect(Set(v.map(\.user)).count == Self.d.registry.participating.count, "every participating job centre has visits")
        // Oldest first, as they would have been recorded.
        #expect(v.map { ($0.recordedOn, $0.recordedAt) }.elementsEqual(v.map { ($0.recordedOn, $0.recordedAt) }.sorted(by: <), by: ==))
    }

    @Test func aBarometerVisitIsTheAnswerItQuotesWithTheJobCentresThatAskedAndTheSitesCentreWhenJoint() throws {
        let barometer = Self.visits.filter { $0.visit.purpose == .barometer }
        #expect(barometer.count >= 20)
        #expect(barometer.contains { $0.visit.isJoint })
        for x in barometer {
            let id = try #require(x.visit.outcome.split(separator: "(").dropFirst().first?.split(separator: ",").first.map(String.init))
            let a = try #require(Self.d.barometer.first { $0.id == id }, "\(x.visit.outcome)")
            #expect(a.company == x.visit.company && a.visitDate == x.visit.date)
            #expect(x.visit.jobCentres == (a.jobCentre == a.municipality ? [a.jobCentre] : [a.jobCentre, a.municipality]))
            #expect(x.visit.outcome.contains("asked by \(a.consultant)"))
        }
    }

    @Test func eachRecruitmentProjectStartsWithAJointVisitByAllItsJobCentres() {
        #expect(!Self.projects.isEmpty)
        for p in Self.projects {
            #expect(Self.visits.contains { $0.visit.company == p.company && $0.visit.purpose == .recruitment
                && $0.visit.jobCentres == p.quotas.map(\.municipality) && $0.visit.outcome.contains(p.id) }, "\(p.id)")
        }
    }

    @Test func theSameInputsGiveTheSameVisitsAndAnotherSeedOthers() {
        #expect(VisitDemo.make(Self.d, courses: Self.courses, projects: Self.projects, today: Generated.today, seed: 2026) == Self.visits)
        #expect(VisitDemo.make(Self.d, courses: Self.courses, projects: Self.projects, today: Generated.today, seed: 7) != Self.visits)
    }
}
