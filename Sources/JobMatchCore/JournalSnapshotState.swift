/// What a journal snapshot (`journal.snapshot`, written by compaction in JobStore) needs to
/// take a `JournalState` apart and put it back together exactly: the parts that replay keeps
/// private, and initializers for the records replay builds. A state rebuilt from its parts
/// equals (`==`) the one that was taken apart; compaction checks that before it writes.

extension TriageRecord {
    public static func restored(sequence: Int, time: String, user: String, candidate: String, verdict: TriageVerdict,
                                reason: String, note: String, undone: Bool) -> TriageRecord {
        TriageRecord(sequence: sequence, time: time, user: user, candidate: candidate, verdict: verdict, reason: reason,
                     note: note, undone: undone)
    }
}

extension ShortlistStamp {
    public static func restored(sequence: Int, user: String, time: String, summary: String) -> ShortlistStamp {
        ShortlistStamp(sequence: sequence, user: user, time: time, summary: summary)
    }
}

extension Shortlist {
    /// An empty draft: what a vacancy's shortlist is before anyone changes it.
    public static var empty: Shortlist { Shortlist() }

    public static func restored(version: Int, state: ShortlistState, comment: String) -> Shortlist {
        var s = Shortlist()
        s.version = version; s.state = state; s.comment = comment
        return s
    }
}

extension CallRecord {
    public static func restored(sequence: Int, time: String, user: String, outcome: CallOutcome, note: String, day: Day) -> CallRecord {
        CallRecord(sequence: sequence, time: time, user: user, outcome: outcome, note: note, day: day)
    }
}

extension VacancyWork {
    /// Every undo entry (its sequence number) with the decision it took back, oldest first.
    public var undoPairs: [(undo: Int, target: Int)] {
        undoTargets.sorted { $0.key < $1.key }.map { (undo: $0.key, target: $0.value) }
    }

    /// A vacancy's work as a snapshot holds it: the decisions in journal order (undone ones
    /// marked), the undo entries and their targets, the undos a redo may still restore
    /// (newest last), the shortlist, which of its candidates a triage `yes` put there, and
    /// the calls.
    public init(decisions: [TriageRecord], undoPairs: [(undo: Int, target: Int)], redoable: [Int],
                shortlist: Shortlist, placedByTriage: Set<String>, calls: [CallRecord]) {
        self.init()
        for d in decisions { record(d) }
        for p in undoPairs { noteUndo(p.undo, target: p.target) }
        self.redoable = redoable
        self.shortlist = shortlist
        self.placedByTriage = placedByTriage
        self.calls = calls
    }
}

extension JournalState {
    /// The state after entry `lastSequence`, as a snapshot holds it. `entryCount` is the
    /// number of entries applied since the journal began (compacted ones included).
    public init(vacancies: [String: VacancyWork], lastSequence: Int, entryCount: Int) {
        self.init()
        self.vacancies = vacancies
        self.lastSequence = lastSequence
        self.entryCount = entryCount
    }
}

extension SavedSearchBook {
    /// The book as a snapshot holds it: each user's searches in the order she saved them.
    /// Users without a search are left out (replay keeps none for them either).
    public init(byUser: [String: [SavedSearch]]) {
        self.init()
        self.byUser = byUser.filter { !$0.value.isEmpty }
    }
}

extension SavedSearch {
    public static func restored(name: String, query: String, savedAt: String, lastOpened: String, lastOpenedDay: Day) -> SavedSearch {
        SavedSearch(name: name, query: query, savedAt: savedAt, lastOpened: lastOpened, lastOpenedDay: lastOpenedDay)
    }
}

extension Enrolment {
    public static func restored(course: String, candidate: String, sequence: Int, time: String, user: String) -> Enrolment {
        Enrolment(course: course, candidate: candidate, sequence: sequence, time: time, user: user)
    }
}

extension CourseEnrolments {
    /// The enrolments as a snapshot holds them: per course, in journal order. A course
    /// nobody is on has no entry (replay removes it when its last candidate withdraws).
    public init(byCourse: [String: [Enrolment]]) {
        self.init()
        self.byCourse = byCourse.filter { !$0.value.isEmpty }
    }
}

extension VisitLog {
    /// The visits as a snapshot holds them, in the order they were recorded.
    public init(records: [VisitRecord]) {
        self.init()
        self.records = records
    }
}

extension JournalState {
    /// The whole state after entry `lastSequence`: the vacancies' work and the work that
    /// belongs to no vacancy (saved searches, course enrolments, company visits).
    public init(vacancies: [String: VacancyWork], savedSearches: SavedSearchBook, enrolments: CourseEnrolments,
                visits: VisitLog, lastSequence: Int, entryCount: Int) {
        self.init(vacancies: vacancies, lastSequence: lastSequence, entryCount: entryCount)
        self.savedSearches = savedSearches
        self.enrolments = enrolments
        self.visits = visits
    }
}
