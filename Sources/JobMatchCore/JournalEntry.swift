/// A consultant's verdict on one candidate for one vacancy in a triage session.
public enum TriageVerdict: String, Sendable, Codable, CaseIterable {
    /// Shortlist her.
    case yes
    /// Reject (with a reason).
    case no
    /// Look again in the second pass.
    case maybe
    /// Not now; the card comes back.
    case skip
}

/// Where a shortlist stands: draft → submitted → approved or returned → sent to the company.
public enum ShortlistState: String, Sendable, Codable, CaseIterable {
    case draft, submitted, approved, returned, sent
}

/// What the company said on the follow-up call.
public enum CallOutcome: String, Sendable, Codable, CaseIterable {
    case filled
    case stillNeedsHelp = "still-needs-help"
    case extendAd = "extend-ad"
    case cancelled
    case noAnswer = "no-answer"
}

/// One edit to a shortlist's candidates.
public enum ShortlistChange: Sendable, Equatable {
    /// Adds the candidate at the end (a note may come with her).
    case add(candidate: String, note: String)
    case remove(candidate: String)
    /// Moves the candidate to a 0-based position.
    case move(candidate: String, position: Int)
    /// Replaces the note kept with a candidate on the list.
    case note(candidate: String, text: String)

    public var candidate: String {
        switch self {
        case .add(let c, _), .remove(let c), .move(let c, _), .note(let c, _): return c
        }
    }

    /// "added K000017", for messages naming who changed what.
    public var summary: String {
        switch self {
        case .add(let c, _): return "added \(c)"
        case .remove(let c): return "removed \(c)"
        case .move(let c, let p): return "moved \(c) to place \(p + 1)"
        case .note(let c, _): return "changed the note on \(c)"
        }
    }
}

/// What one journal entry records. Every case about a vacancy names it, so a vacancy's work
/// can be replayed, shown and later compacted on its own; the others give "" as vacancy.
public enum JournalPayload: Sendable, Equatable {
    case triageDecision(vacancy: String, candidate: String, verdict: TriageVerdict, reason: String, note: String)
    /// Takes back the decision written as entry `target` (its sequence number). Undo is a
    /// compensating entry, never an edit of the old line.
    case undo(vacancy: String, target: Int)
    /// Restores the decision that the undo entry `target` took back.
    case redo(vacancy: String, target: Int)
    /// An edit of the shortlist whose version was `basedOn` when the user saw it.
    case shortlistChange(vacancy: String, basedOn: Int, change: ShortlistChange)
    /// A move of the shortlist to `state`, with the supervisor's or consultant's comment.
    case shortlistState(vacancy: String, basedOn: Int, state: ShortlistState, comment: String)
    /// A follow-up call to the company. `day` is the writer's working day (the workbench's or
    /// command's `--today`, else the clock's): "no answer" is due again the working day after it.
    case callOutcome(vacancy: String, outcome: CallOutcome, note: String, day: Day)
    /// A user's saved candidate search (not about a vacancy: `vacancy` is ""). `day` is the
    /// writer's working day (the workbench's or command's `--today`, else the clock's): a save
    /// or an open starts the search's count of new candidates on it.
    case savedSearch(name: String, query: String, action: SavedSearchAction, day: Day)
    /// Enrols a candidate on a catalogue course (joint upskilling). `capacity` is the course's
    /// seats as the writer read them from `courses.jsonl`: the entry is refused when that many
    /// are already enrolled, under the journal's lock, so two consultants cannot overfill it.
    case courseEnrolment(course: String, candidate: String, capacity: Int)
    /// Takes a candidate off a course she was enrolled on.
    case courseWithdrawal(course: String, candidate: String)

    /// A company visit (possibly joint); about a company, not one vacancy.
    case companyVisit(CompanyVisit)

    public var vacancy: String {
        switch self {
        case .triageDecision(let v, _, _, _, _), .undo(let v, _), .redo(let v, _), .shortlistChange(let v, _, _),
             .shortlistState(let v, _, _, _), .callOutcome(let v, _, _, _):
            return v
        case .savedSearch, .courseEnrolment, .courseWithdrawal, .companyVisit:
            return ""
        }
    }

    /// The `kind` written in the journal line.
    public var kind: String {
        switch self {
        case .triageDecision: return "triageDecision"
        case .undo: return "undo"
        case .redo: return "redo"
        case .shortlistChange(_, _, let change):
            switch change {
            case .add: return "shortlistAdd"
            case .remove: return "shortlistRemove"
            case .move: return "shortlistMove"
            case .note: return "shortlistNote"
            }
        case .shortlistState: return "shortlistState"
        case .callOutcome: return "callOutcome"
        case .savedSearch: return "savedSearch"
        case .courseEnrolment: return "courseEnrolment"
        case .courseWithdrawal: return "courseWithdrawal"
        case .companyVisit: return "companyVisit"
        }
    }
}

/// One line of the journal: who did what, when, and in which order. `sequence` counts from
/// 1 without gaps; `time` is UTC ISO 8601 (`2026-11-24T08:15:02.123Z`), set by the writer.
public struct JournalEntry: Sendable, Equatable {
    public var sequence: Int
    public var time: String
    public var user: String
    public var payload: JournalPayload

    public init(sequence: Int, time: String, user: String, payload: JournalPayload) {
        self.sequence = sequence; self.time = time; self.user = user; self.payload = payload
    }
}

/// Why a candidate was rejected in triage (the one-key reasons of the triage card).
public enum TriageReason: String, Sendable, CaseIterable {
    case lacksCompetence = "lacks-competence"
    case tooFar = "too-far"
    case notAvailable = "not-available"
    case notEligible = "not-eligible"
    /// Anything else; the note says what.
    case other
}
