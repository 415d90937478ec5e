/// A candidate on a shortlist as a reviewer sees her: the consultant's note and the triage
/// decisions behind her (so a supervisor can ask "why her?" without opening the session).
public struct ReviewCandidate: Sendable, Equatable {
    public var candidate: String
    public var note: String
    /// Her standing triage decisions on this vacancy, journal order (an undone one is left out:
    /// it was taken back). Usually one `yes`; a `maybe` later turned `yes` shows both.
    public var decisions: [TriageRecord]

    /// "yes (mette.frh), maybe: too far …": the decisions in a line.
    public var decisionSummary: String {
        guard !decisions.isEmpty else { return "added by hand (no triage decision)" }
        return decisions.map { d in
            var s = "\(d.verdict.rawValue) by \(d.user)"
            if !d.reason.isEmpty { s += " (\(d.reason))" }
            if !d.note.isEmpty { s += ": \(d.note)" }
            return s
        }.joined(separator: "; ")
    }
}

/// One shortlist in a review queue or on a consultant's Dashboard.
public struct ReviewEntry: Sendable, Equatable, Identifiable {
    public var vacancy: String
    public var shortlist: Shortlist
    /// Who submitted it and when (nil only for a list never submitted).
    public var submission: ShortlistStamp?
    public var candidates: [ReviewCandidate]

    public var id: String { vacancy }
    /// The consultant who handed it in.
    public var consultant: String { submission?.user ?? shortlist.lastChange?.user ?? "" }
}

/// The supervisor's queue and the consultant's returned lists, read from the replayed
/// journal: a pure function of `JournalState`, so the workbench and `jobmatch review list`
/// cannot disagree about what waits for whom.
public enum ReviewQueue {
    /// Submitted shortlists across the cooperation, oldest submission first (ties, which a
    /// journal cannot have, by vacancy id).
    public static func submitted(in state: JournalState) -> [ReviewEntry] {
        entries(in: state) { $0.state == .submitted }
    }

    /// The submitted shortlists a supervisor working for `municipality` reviews: those of
    /// vacancies in her cooperation (its members; partners such as Aalborg recruit with it
    /// but review their own), or in her own municipality when it is in no cooperation.
    /// `municipalityOf` gives a vacancy's municipality (nil: unknown, left out).
    public static func submitted(in state: JournalState, reviewedFrom municipality: String, registry: MunicipalityRegistry,
                                 municipalityOf: (String) -> String?) -> [ReviewEntry] {
        let scope = reviewScope(of: municipality, in: registry)
        return submitted(in: state).filter { municipalityOf($0.vacancy).map(scope.contains) ?? false }
    }

    /// The municipalities whose shortlists a supervisor of `municipality` reviews.
    public static func reviewScope(of municipality: String, in registry: MunicipalityRegistry) -> Set<String> {
        let own = registry.cooperations.filter { $0.members.contains(municipality) }
        return own.isEmpty ? [municipality] : Set(own.flatMap(\.members))
    }

    /// Shortlists returned by a supervisor to `user` (the consultant who last submitted them),
    /// oldest return first.
    public static func returned(to user: String, in state: JournalState) -> [ReviewEntry] {
        submitted(by: user, now: .returned, in: state)
    }

    /// Shortlists `user` submitted that are now in `now` (approved: ready to send), oldest
    /// decision first.
    public static func submitted(by user: String, now: ShortlistState, in state: JournalState) -> [ReviewEntry] {
        entries(in: state) { $0.state == now && $0.submission?.user == user }
            .sorted { ($0.shortlist.lastChange?.sequence ?? 0) < ($1.shortlist.lastChange?.sequence ?? 0) }
    }

    /// One vacancy's shortlist with the decisions behind each candidate.
    public static func entry(for vacancy: String, in state: JournalState) -> ReviewEntry {
        let work = state.work(for: vacancy)
        let standing = work.decisions.filter { !$0.undone && $0.verdict != .skip }
        let candidates = work.shortlist.items.map { item in
            ReviewCandidate(candidate: item.candidate, note: item.note,
                            decisions: standing.filter { $0.candidate == item.candidate })
        }
        return ReviewEntry(vacancy: vacancy, shortlist: work.shortlist, submission: work.shortlist.submission,
                           candidates: candidates)
    }

    private static func entries(in state: JournalState, where keep: (Shortlist) -> Bool) -> [ReviewEntry] {
        state.vacancies.compactMap { v, work in keep(work.shortlist) ? entry(for: v, in: state) : nil }
            .sorted { a, b in
                let x = a.submission?.sequence ?? 0, y = b.submission?.sequence ?? 0
                return x != y ? x < y : a.vacancy < b.vacancy
            }
    }
}

/// Who acts on a shortlist: consultants build, submit and send them; supervisors approve
/// or return them. A data directory without `users.json` knows no roles, so anyone may do
/// anything there (as before users existed).
public enum ShortlistRole {
    /// Why `user` may not move a shortlist to `state`, or nil when she may.
    public static func refusal(moving to: ShortlistState, by user: String, users: UserDirectory) -> String? {
        guard !users.isEmpty, let u = users.user(user) else { return nil }
        switch to {
        case .approved, .returned:
            guard u.role == .supervisor else {
                return "only a supervisor may \(to == .approved ? "approve" : "return") a shortlist; "
                    + "\(u.id) (\(u.name)) is a \(u.role.rawValue) in users.json"
            }
        case .draft, .submitted, .sent:
            guard u.role == .consultant else {
                return "only a consultant may \(verb(to)) a shortlist; \(u.id) (\(u.name)) is a \(u.role.rawValue) "
                    + "(a supervisor approves or returns it)"
            }
        }
        return nil
    }

    /// Why supervisor `user` may not review the shortlist of a vacancy in `municipality`: it
    /// belongs to another cooperation's supervisors (`ReviewQueue.reviewScope`). Nil when
    /// she may, or when `users.json` does not know her.
    public static func scopeRefusal(vacancy: String, in municipality: String, by user: String, users: UserDirectory,
                                    registry: MunicipalityRegistry) -> String? {
        guard let u = users.user(user), u.role == .supervisor else { return nil }
        guard !ReviewQueue.reviewScope(of: u.municipality, in: registry).contains(municipality) else { return nil }
        let name = registry.municipality(municipality)?.name ?? municipality
        let theirs = users.users.filter {
            $0.role == .supervisor && ReviewQueue.reviewScope(of: $0.municipality, in: registry).contains(municipality)
        }.map { "\($0.id) (\($0.name))" }
        return "\(vacancy) is in \(name), outside the cooperation \(u.id) reviews"
            + (theirs.isEmpty ? "" : "; its reviewer is \(theirs.joined(separator: " or "))")
    }

    /// Why `user` may not edit a shortlist's candidates, or nil when she may.
    public static func editRefusal(by user: String, users: UserDirectory) -> String? {
        guard !users.isEmpty, let u = users.user(user), u.role != .consultant else { return nil }
        return "only a consultant may edit a shortlist; \(u.id) (\(u.name)) is a \(u.role.rawValue) "
            + "(return it with a comment instead)"
    }

    private static func verb(_ s: ShortlistState) -> String {
        switch s {
        case .draft: return "reopen"
        case .submitted: return "submit"
        case .sent: return "send"
        case .approved: return "approve"
        case .returned: return "return"
        }
    }
}
