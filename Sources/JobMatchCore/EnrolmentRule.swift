/// Enrolling on a catalogue course, defined once: `jobmatch upskilling enrol|withdraw`, the
/// engine's upskilling plan and the workbench's Upskilling screen all count seats and refuse
/// enrolments with these functions, so a seat count never differs between them.
public enum EnrolmentRule {
    /// Seats left on a course: its capacity less those enrolled in the journal, never below 0.
    public static func seatsLeft(capacity: Int, enrolled: Int) -> Int { max(0, capacity - enrolled) }

    /// Seats left on `course` after the journal's `enrolments`.
    public static func seatsLeft(_ course: Course, _ enrolments: CourseEnrolments) -> Int {
        seatsLeft(capacity: course.capacity, enrolled: enrolments.enrolled(on: course.id).count)
    }

    /// The journal entry that enrols `candidate` (it carries the capacity, so the journal
    /// refuses it under its lock when the seats are gone meanwhile).
    public static func enrolment(_ candidate: String, on course: Course) -> JournalPayload {
        .courseEnrolment(course: course.id, candidate: candidate, capacity: course.capacity)
    }

    /// Why `user` may not enrol `candidate` on `course` on `today`, or nil when she may: the
    /// course has started, the candidate is another job centre's without consent (enrolling
    /// changes her plan), she is already on it, or every seat is taken.
    public static func refusal(enrolling candidate: Candidate, on course: Course, enrolments: CourseEnrolments,
                               user: UserContext, today: Day) -> String? {
        if course.startDate < today {
            return "course \(course.id) started on \(course.startDate); enrol her on a later run of it"
        }
        if let denied = accessRefusal(candidate, user: user, verb: "enrol") { return denied }
        return conflict(enrolment(candidate.id, on: course), enrolments)
    }

    /// Why `user` may not take `candidate` off `course`, or nil when she may.
    public static func refusal(withdrawing candidate: Candidate, from course: Course, enrolments: CourseEnrolments,
                               user: UserContext) -> String? {
        if let denied = accessRefusal(candidate, user: user, verb: "withdraw") { return denied }
        return conflict(.courseWithdrawal(course: course.id, candidate: candidate.id), enrolments)
    }

    private static func accessRefusal(_ c: Candidate, user: UserContext, verb: String) -> String? {
        guard !user.maySeePersonalDetails(of: c) else { return nil }
        return "\(c.id) belongs to the \(c.ownerMunicipality) job centre and has not consented to sharing; ask them to \(verb) her"
    }

    /// The journal's own refusal (already enrolled, full, not enrolled), as it would say it.
    private static func conflict(_ payload: JournalPayload, _ enrolments: CourseEnrolments) -> String? {
        var copy = enrolments
        do { try copy.apply(JournalEntry(sequence: 0, time: "", user: "", payload: payload)) } catch { return error.description }
        return nil
    }
}
