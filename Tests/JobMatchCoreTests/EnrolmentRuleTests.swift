import JobMatchCore
import Testing

/// The one enrolment rule (`EnrolmentRule`) the CLI, the engine's plan and the Upskilling
/// screen share: seats = capacity − enrolled, and the refusals in the order a user fixes them.
@Suite struct EnrolmentRuleTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let course = Course(id: "C0001", title: "Svejsning", provider: "EUC Nord", municipality: "0813",
                               gives: [CourseCompetence(competence: "weld.mig", level: 3)], durationDays: 10,
                               startDate: Day(year: 2026, month: 12, day: 1)!, endDate: Day(year: 2026, month: 12, day: 12)!, capacity: 2)
    static let user = UserContext(user: "mette.frh", municipality: "0813")
    static let own = ShortlistReviewTests.candidate("K000001", owner: "0813", consent: false)
    static let other = ShortlistReviewTests.candidate("K000002", owner: "0860", consent: false)
    static let sharing = ShortlistReviewTests.candidate("K000003", owner: "0860", consent: true)

    static func state(_ payloads: [JournalPayload]) throws -> JournalState {
        var s = JournalState()
        for (i, p) in payloads.enumerated() { try s.apply(JournalEntry(sequence: i + 1, time: "", user: "u", payload: p)) }
        return s
    }

    @Test("seats left count the journal's enrolments and withdrawals, never below zero")
    func seats() throws {
        let s = try Self.state([EnrolmentRule.enrolment("K000001", on: Self.course), EnrolmentRule.enrolment("K000003", on: Self.course),
                                .courseWithdrawal(course: "C0001", candidate: "K000001")])
        #expect(EnrolmentRule.seatsLeft(Self.course, s.enrolments) == 1)
        #expect(EnrolmentRule.seatsLeft(capacity: 2, enrolled: 5) == 0)
    }

    @Test("refused: a started course, another job centre's candidate without consent, twice, a full course")
    func refusals() throws {
        var started = Self.course
        started.startDate = Day(year: 2026, month: 11, day: 20)!
        let none = CourseEnrolments()
        #expect(EnrolmentRule.refusal(enrolling: Self.own, on: started, enrolments: none, user: Self.user, today: Self.today)
                == "course C0001 started on 2026-11-20; enrol her on a later run of it")
        #expect(EnrolmentRule.refusal(enrolling: Self.other, on: Self.course, enrolments: none, user: Self.user, today: Self.today)?
                    .contains("K000002 belongs to the 0860 job centre and has not consented to sharing") == true)
        #expect(EnrolmentRule.refusal(enrolling: Self.sharing, on: Self.course, enrolments: none, user: Self.user, today: Self.today) == nil)
        let one = try Self.state([EnrolmentRule.enrolment("K000001", on: Self.course)]).enrolments
        #expect(EnrolmentRule.refusal(enrolling: Self.own, on: Self.course, enrolments: one, user: Self.user, today: Self.today)
                == "K000001 is already enrolled on course C0001")
        let full = try Self.state([EnrolmentRule.enrolment("K000001", on: Self.course), EnrolmentRule.enrolment("K000003", on: Self.course)])
        var newcomer = Self.own
        newcomer.id = "K000009"
        #expect(EnrolmentRule.refusal(enrolling: newcomer, on: Self.course, enrolments: full.enrolments, user: Self.user, today: Self.today)
                == "course C0001 is full: all 2 seats are taken")
        #expect(EnrolmentRule.refusal(withdrawing: newcomer, from: Self.course, enrolments: full.enrolments, user: Self.user)
                == "K000009 is not enrolled on course C0001")
        #expect(EnrolmentRule.refusal(withdrawing: Self.own, from: Self.course, enrolments: full.enrolments, user: Self.user) == nil)
    }
}
