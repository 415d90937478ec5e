import JobMatchCore

/// The access rule as the workbench applies it: whether a consultant sees a candidate's
/// name and contact, and the audit event written each time she does. Every screen asks
/// here, so a change of the rule is a change of this file.
enum PersonalDetails {
    /// Name and contact shown, or only the pseudonym (`UserContext.maySeePersonalDetails`:
    /// her own municipality's candidates and those who consented to sharing).
    static func visible(_ candidate: Candidate, to user: UserContext) -> Bool {
        user.maySeePersonalDetails(of: candidate)
    }

    /// The audit log's answer to a view: shown when written, else withheld with the reason,
    /// which the status line also gives.
    static func logged(failure: String?, _ env: inout ScreenEnv) -> DetailsVisibility {
        guard let failure else { return .shown }
        env.say("Personal details withheld: the audit log could not be written — \(failure)", isError: true)
        return .withheld("the audit log could not be written (\(failure))")
    }

    /// Of the candidates `ids`, those whose names `user` may see: what a list must log
    /// before it draws them (empty: the list shows only pseudonyms and logs nothing).
    static func named(_ ids: some Sequence<String>, data: WorkbenchData, user: UserContext) -> [String] {
        ids.filter { id in data.candidate(id: id).map { visible($0, to: user) } ?? false }
    }

    /// The audit event for a ranking that lists the names of `named` (ids), before any is drawn.
    static func listEvent(vacancyID: String, named: [String], user: UserContext) -> AuditEvent {
        AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "ranking",
                   recordID: vacancyID, detail: "names of \(named.count) listed: \(named.joined(separator: " "))")
    }

    /// The audit event for a candidate search that lists the names of `named` (ids), before any is drawn.
    static func searchEvent(query: String, named: [String], user: UserContext) -> AuditEvent {
        AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "search",
                   recordID: query, detail: "names of \(named.count) listed: \(named.joined(separator: " "))")
    }

    /// The audit event for showing `candidate`'s full profile to `user`.
    static func viewEvent(_ candidate: Candidate, user: UserContext, reason: String) -> AuditEvent {
        AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "candidate",
                   recordID: candidate.id, detail: reason)
    }
}

/// Whether personal details may be drawn. The access rule (`UserContext.maySeePersonalDetails`)
/// decides who may see them; the audit log must hold the view before anything is drawn, so a
/// log that cannot be written (read-only directory, full disk, permission) hides them and
/// the screen says why. Fail closed: until the log answers, nothing is shown.
package enum DetailsVisibility: Sendable, Equatable {
    /// Allowed, and the view is in the audit log.
    case shown
    /// The access rule says no: another municipality's candidate who did not consent.
    case hidden
    /// Allowed, but not logged: why (waiting for the log, or the error it gave).
    case withheld(String)

    /// The state before the audit log has answered.
    static let awaitingLog = DetailsVisibility.withheld("the view is being written to the audit log")

    /// The line a screen shows instead of the details when they are withheld.
    package var withheldNotice: String? {
        if case .withheld(let why) = self { return "Name and contact not shown: \(why)" }
        return nil
    }
}

/// Whose names a ranking may draw: those the access rule allows, and only once the audit
/// log holds the listing. Screens, search and filter ask this, never the rule directly.
package struct NameAccess: Sendable, Equatable {
    package var user: UserContext
    package var logged: Bool

    package func showsName(of candidate: Candidate) -> Bool { logged && user.maySeePersonalDetails(of: candidate) }
}
