extension JournalPayload {
    /// The audit entry for this edit, written right after the journal entry is durable, so
    /// every change of the daily work is in the audit log with who made it. The record is the
    /// candidate the edit is about; a shortlist's state and a call are about the vacancy.
    public func auditEvent(by user: UserContext, entry sequence: Int) -> AuditEvent {
        let (kind, id, what): (String, String, String) = {
            switch self {
            case let .triageDecision(v, c, verdict, reason, _):
                return ("candidate", c, "triage \(verdict.rawValue)\(reason.isEmpty ? "" : " (\(reason))") on \(v)")
            case let .undo(v, target): return ("vacancy", v, "triage undo of entry \(target)")
            case let .redo(v, target): return ("vacancy", v, "triage redo of entry \(target)")
            case let .shortlistChange(v, _, change): return ("candidate", change.candidate, "shortlist \(v): \(change.summary)")
            case let .shortlistState(v, _, state, _): return ("shortlist", v, "shortlist \(v) set to \(state.rawValue)")
            case let .callOutcome(v, outcome, _, _): return ("vacancy", v, "follow-up call: \(outcome.rawValue)")
            case let .savedSearch(name, query, action, _): return ("savedSearch", name, "saved search \(action.rawValue): \(query)")
            case let .courseEnrolment(course, c, _): return ("candidate", c, "enrolled on course \(course)")
            case let .courseWithdrawal(course, c): return ("candidate", c, "withdrawn from course \(course)")
            case let .companyVisit(visit):
                return ("company", visit.company, "\(visit.purpose.rawValue) visit on \(visit.date) with \(visit.jobCentres.joined(separator: ", "))")
            }
        }()
        return AuditEvent(user: user.user, userMunicipality: user.municipality, action: .change, recordKind: kind,
                          recordID: id, detail: what + " (journal entry \(sequence))")
    }
}
