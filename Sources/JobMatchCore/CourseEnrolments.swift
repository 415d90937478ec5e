/// One candidate on one course, as the journal recorded it.
public struct Enrolment: Sendable, Equatable {
    public var course: String
    public var candidate: String
    public var sequence: Int
    public var time: String
    public var user: String
}

/// Who is enrolled on which catalogue course, replayed from the journal's `courseEnrolment`
/// and `courseWithdrawal` entries.
public struct CourseEnrolments: Sendable, Equatable {
    /// Course id → its enrolments in journal order.
    public internal(set) var byCourse: [String: [Enrolment]] = [:]

    public init() {}

    public func enrolled(on course: String) -> [Enrolment] { byCourse[course] ?? [] }

    /// The courses a candidate is enrolled on.
    public func courses(of candidate: String) -> [String] {
        byCourse.filter { $0.value.contains { $0.candidate == candidate } }.keys.sorted()
    }

    mutating func apply(_ e: JournalEntry) throws(JournalConflict) {
        switch e.payload {
        case let .courseEnrolment(course, candidate, capacity):
            let list = byCourse[course] ?? []
            guard !list.contains(where: { $0.candidate == candidate }) else { throw .alreadyEnrolled(course: course, candidate: candidate) }
            guard list.count < capacity else { throw .courseFull(course: course, capacity: capacity) }
            byCourse[course] = list + [Enrolment(course: course, candidate: candidate, sequence: e.sequence, time: e.time, user: e.user)]
        case let .courseWithdrawal(course, candidate):
            guard var list = byCourse[course], let i = list.firstIndex(where: { $0.candidate == candidate }) else {
                throw .notEnrolled(course: course, candidate: candidate)
            }
            list.remove(at: i)
            byCourse[course] = list.isEmpty ? nil : list
        default:
            break
        }
    }
}
