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

    /// The audit event for showing `candidate`'s full profile to `user`.
    static func viewEvent(_ candidate: Candidate, user: UserContext, reason: String) -> AuditEvent {
        AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "candidate",
                   recordID: candidate.id, detail: reason)
    }
}
