/// One triage decision as replayed from the journal.
public struct TriageRecord: Sendable, Equatable {
    public var sequence: Int
    public var time: String
    public var user: String
    public var candidate: String
    public var verdict: TriageVerdict
    public var reason: String
    public var note: String
    /// Taken back by an undo entry (and not redone since).
    public var undone: Bool
}

/// A candidate on a shortlist, with the consultant's note for the company.
public struct ShortlistItem: Sendable, Equatable {
    public var candidate: String
    public var note: String
    public init(candidate: String, note: String) { self.candidate = candidate; self.note = note }
}

/// The last change to a shortlist: what a stale writer is told.
public struct ShortlistStamp: Sendable, Equatable {
    public var sequence: Int
    public var user: String
    public var time: String
    public var summary: String
}

/// A vacancy's shortlist. `version` counts the changes made to it (0: none yet); every
/// change names the version it was based on and is refused unless that is still current.
public struct Shortlist: Sendable, Equatable {
    public var version = 0
    public var state = ShortlistState.draft
    public var comment = ""
    public var items: [ShortlistItem] = []
    public var lastChange: ShortlistStamp?
    /// The latest submission (who handed it to a supervisor, when): the review queue's order
    /// and whose Dashboard a returned list goes back to.
    public var submission: ShortlistStamp?

    public init() {}
}

/// A recorded follow-up call.
public struct CallRecord: Sendable, Equatable {
    public var sequence: Int
    public var time: String
    public var user: String
    public var outcome: CallOutcome
    public var note: String
    /// The day the call was made as the session that recorded it saw the day (its `--today`,
    /// the entry's `day`), not the day of `time`: "no answer" is due again after it.
    public var day: Day
}

/// Everything the journal says about one vacancy.
public struct VacancyWork: Sendable, Equatable {
    /// Every decision in journal order, undone ones included (marked).
    public var decisions: [TriageRecord] = []
    public var shortlist = Shortlist()
    public var calls: [CallRecord] = []
    /// Undo entries (sequence numbers) that a redo may still restore, newest last. A new
    /// decision clears it, as in every editor.
    public var redoable: [Int] = []
    /// Candidates on the shortlist because a standing triage `yes` put them there (not added
    /// by hand): undoing that yes, or a later other verdict, takes them off again.
    public internal(set) var placedByTriage: Set<String> = []
    // Internal, not private: JournalSnapshotState.swift rebuilds them from a snapshot.
    var decisionIndex: [Int: Int] = [:]
    var undoTargets: [Int: Int] = [:]

    public init() {}

    /// Each candidate's standing decision: the latest one not undone.
    public var current: [String: TriageRecord] {
        var out: [String: TriageRecord] = [:]
        for d in decisions where !d.undone { out[d.candidate] = d }
        return out
    }

    public func current(for candidate: String) -> TriageRecord? {
        decisions.last { $0.candidate == candidate && !$0.undone }
    }

    /// The decision `u` (undo) would take back: the latest one still standing.
    public var lastUndoable: TriageRecord? { decisions.last { !$0.undone } }

    mutating func record(_ d: TriageRecord) {
        decisionIndex[d.sequence] = decisions.count
        decisions.append(d)
        redoable.removeAll()
    }

    func decisionPosition(_ sequence: Int) -> Int? { decisionIndex[sequence] }
    /// The decision an undo entry took back.
    public func undoTarget(_ undoSequence: Int) -> Int? { undoTargets[undoSequence] }
    mutating func noteUndo(_ undoSequence: Int, target: Int) { undoTargets[undoSequence] = target }
}

extension VacancyWork {
    /// Keeps the shortlist in step with triage: a standing `yes` puts the candidate on the
    /// list (at the end, while it can be edited); when her standing verdict stops being `yes`
    /// (undo, a later `no`/`maybe`), a place the triage gave her is taken back. A submitted or
    /// approved list is left alone: the supervisor reviews what was submitted.
    mutating func followTriage(_ candidate: String, _ e: JournalEntry) {
        guard shortlist.isEditable else { return }
        let on = shortlist.items.firstIndex { $0.candidate == candidate }
        if current(for: candidate)?.verdict == .yes {
            guard on == nil else { return }
            shortlist.items.append(ShortlistItem(candidate: candidate, note: ""))
            placedByTriage.insert(candidate)
            shortlist.stamp(e, "added \(candidate) in triage")
        } else if let on, placedByTriage.contains(candidate) {
            shortlist.items.remove(at: on)
            placedByTriage.remove(candidate)
            shortlist.stamp(e, "took \(candidate) off in triage")
        }
    }

    mutating func handPlaced(_ candidate: String) { placedByTriage.remove(candidate) }
}

extension Shortlist {
    /// Whether consultants may change the list now (draft or returned).
    public var isEditable: Bool { state == .draft || state == .returned }

    mutating func stamp(_ e: JournalEntry, _ summary: String) {
        version += 1
        lastChange = ShortlistStamp(sequence: e.sequence, user: e.user, time: e.time, summary: summary)
    }
}

/// Why an entry cannot be applied: the message says what happened and what to do.
public enum JournalConflict: Error, Sendable, Equatable, CustomStringConvertible {
    case staleShortlist(vacancy: String, yours: Int, stored: Int, by: ShortlistStamp?)
    case nothingToUndo(vacancy: String, target: Int)
    case nothingToRedo(vacancy: String, target: Int)
    case notOnShortlist(vacancy: String, candidate: String)
    case alreadyOnShortlist(vacancy: String, candidate: String)
    case badPosition(vacancy: String, position: Int, count: Int)
    case locked(vacancy: String, state: ShortlistState)
    case transition(vacancy: String, from: ShortlistState, to: ShortlistState)
    case courseFull(course: String, capacity: Int)
    case alreadyEnrolled(course: String, candidate: String)
    case notEnrolled(course: String, candidate: String)

    public var description: String {
        switch self {
        case let .staleShortlist(v, yours, stored, by):
            let who = by.map { "\($0.user) \($0.summary) at \($0.time)" } ?? "someone else changed it"
            return "the shortlist for \(v) was changed meanwhile: \(who) (now version \(stored), yours \(yours)); "
                + "reload it and make your change again"
        case let .nothingToUndo(v, t): return "entry \(t) is not a standing triage decision on \(v); nothing to undo"
        case let .nothingToRedo(v, t): return "entry \(t) is not an undo on \(v) that can still be redone"
        case let .notOnShortlist(v, c): return "\(c) is not on the shortlist for \(v)"
        case let .alreadyOnShortlist(v, c): return "\(c) is already on the shortlist for \(v)"
        case let .badPosition(v, p, n): return "place \(p + 1) is outside the shortlist for \(v) (\(n) candidates)"
        case let .locked(v, s): return "the shortlist for \(v) is \(s.rawValue) and cannot be edited; it must be returned first"
        case let .transition(v, f, t): return "the shortlist for \(v) is \(f.rawValue); it cannot become \(t.rawValue)"
        case let .courseFull(c, n): return "course \(c) is full: all \(n) seats are taken"
        case let .alreadyEnrolled(c, k): return "\(k) is already enrolled on course \(c)"
        case let .notEnrolled(c, k): return "\(k) is not enrolled on course \(c)"
        }
    }
}

/// The journal replayed: per vacancy the triage decisions with undo and redo, the
/// shortlist with its version, and the calls. Built by applying entries in sequence order;
/// the same rules refuse an entry before it is written, so a replayed journal never holds
/// one that does not apply.
public struct JournalState: Sendable, Equatable {
    public internal(set) var vacancies: [String: VacancyWork] = [:]
    /// The sequence number of the last entry applied (0: none).
    public internal(set) var lastSequence = 0
    public internal(set) var entryCount = 0
    /// Every user's saved candidate searches (`SavedSearches.swift`).
    public internal(set) var savedSearches = SavedSearchBook()
    /// Course enrolments (joint upskilling), replayed.
    public internal(set) var enrolments = CourseEnrolments()
    /// Company visits, in the order recorded (they belong to no vacancy).
    public internal(set) var visits = VisitLog()

    public init() {}

    public func work(for vacancy: String) -> VacancyWork { vacancies[vacancy] ?? VacancyWork() }

    /// Whether `payload` would apply now; throws the conflict that refuses it.
    public func check(_ payload: JournalPayload) throws(JournalConflict) {
        switch payload {
        case .courseEnrolment, .courseWithdrawal:
            var copy = enrolments
            try copy.apply(JournalEntry(sequence: lastSequence + 1, time: "", user: "", payload: payload))
            return
        case .savedSearch:
            return  // always applies
        default:
            break
        }
        var copy = work(for: payload.vacancy)
        try Self.apply(JournalEntry(sequence: lastSequence + 1, time: "", user: "", payload: payload), to: &copy)
    }

    /// Applies one entry (the next in sequence).
    public mutating func apply(_ entry: JournalEntry) throws(JournalConflict) {
        // Work that belongs to no vacancy has its own state.
        switch entry.payload {
        case let .savedSearch(name, query, action, day):
            savedSearches.apply(entry, name: name, query: query, action: action, day: day)
            lastSequence = entry.sequence
            entryCount += 1
            return
        case .courseEnrolment, .courseWithdrawal:
            try enrolments.apply(entry)
            lastSequence = entry.sequence
            entryCount += 1
            return
        case .companyVisit(let visit):
            visits.record(entry, visit)
            lastSequence = entry.sequence
            entryCount += 1
            return
        default:
            break
        }
        let v = entry.payload.vacancy
        var w = vacancies.removeValue(forKey: v) ?? VacancyWork()
        defer { vacancies[v] = w }
        try Self.apply(entry, to: &w)
        lastSequence = entry.sequence
        entryCount += 1
    }

    private static func apply(_ e: JournalEntry, to w: inout VacancyWork) throws(JournalConflict) {
        switch e.payload {
        case let .triageDecision(_, candidate, verdict, reason, note):
            w.record(TriageRecord(sequence: e.sequence, time: e.time, user: e.user, candidate: candidate,
                                  verdict: verdict, reason: reason, note: note, undone: false))
            w.followTriage(candidate, e)
        case let .undo(v, target):
            guard let i = w.decisionPosition(target), !w.decisions[i].undone else { throw .nothingToUndo(vacancy: v, target: target) }
            w.decisions[i].undone = true
            w.noteUndo(e.sequence, target: target)
            w.redoable.append(e.sequence)
            w.followTriage(w.decisions[i].candidate, e)
        case let .redo(v, target):
            guard let k = w.redoable.lastIndex(of: target), let t = w.undoTarget(target), let i = w.decisionPosition(t),
                  w.decisions[i].undone else { throw .nothingToRedo(vacancy: v, target: target) }
            w.redoable.remove(at: k)
            w.decisions[i].undone = false
            w.followTriage(w.decisions[i].candidate, e)
        case let .shortlistChange(v, basedOn, change):
            var s = w.shortlist
            guard basedOn == s.version else { throw .staleShortlist(vacancy: v, yours: basedOn, stored: s.version, by: s.lastChange) }
            guard s.state == .draft || s.state == .returned else { throw .locked(vacancy: v, state: s.state) }
            let at = s.items.firstIndex { $0.candidate == change.candidate }
            switch change {
            case let .add(c, note):
                guard at == nil else { throw .alreadyOnShortlist(vacancy: v, candidate: c) }
                s.items.append(ShortlistItem(candidate: c, note: note))
            case let .remove(c):
                guard let at else { throw .notOnShortlist(vacancy: v, candidate: c) }
                s.items.remove(at: at)
            case let .move(c, position):
                guard let at else { throw .notOnShortlist(vacancy: v, candidate: c) }
                guard position >= 0, position < s.items.count else { throw .badPosition(vacancy: v, position: position, count: s.items.count) }
                s.items.insert(s.items.remove(at: at), at: position)
            case let .note(c, text):
                guard let at else { throw .notOnShortlist(vacancy: v, candidate: c) }
                s.items[at].note = text
            }
            s.version += 1
            s.lastChange = ShortlistStamp(sequence: e.sequence, user: e.user, time: e.time, summary: change.summary)
            w.shortlist = s
            // Added or removed by hand: no longer the triage's to take back.
            if case .add = change { w.handPlaced(change.candidate) }
            if case .remove = change { w.handPlaced(change.candidate) }
        case let .shortlistState(v, basedOn, state, comment):
            var s = w.shortlist
            guard basedOn == s.version else { throw .staleShortlist(vacancy: v, yours: basedOn, stored: s.version, by: s.lastChange) }
            guard Self.allowed(from: s.state, to: state) else { throw .transition(vacancy: v, from: s.state, to: state) }
            s.state = state
            s.comment = comment
            s.version += 1
            s.lastChange = ShortlistStamp(sequence: e.sequence, user: e.user, time: e.time, summary: "set it to \(state.rawValue)")
            if state == .submitted { s.submission = s.lastChange }
            w.shortlist = s
        case let .callOutcome(_, outcome, note, day):
            w.calls.append(CallRecord(sequence: e.sequence, time: e.time, user: e.user, outcome: outcome, note: note, day: day))
        case .savedSearch:
            break  // not vacancy work: `apply(_:)` routes it to `savedSearches`
        case .courseEnrolment, .courseWithdrawal:
            break  // routed to `enrolments` by `apply(_:)`
        case .companyVisit:
            break  // kept in `visits`, not per vacancy
        }
    }

    /// draft → submitted → approved | returned; returned → draft | submitted; approved → sent.
    public static func allowed(from: ShortlistState, to: ShortlistState) -> Bool {
        switch (from, to) {
        case (.draft, .submitted), (.submitted, .approved), (.submitted, .returned), (.returned, .submitted),
             (.returned, .draft), (.approved, .sent):
            return true
        default:
            return false
        }
    }
}
