import JobMatchCore
import JobStore

/// A candidate's name and contact for a headless command, under the same rule and with the
/// same audit entry as the workbench's Candidate screen: shown only where the access rule
/// allows, and only after the view is in the audit log.
enum ContactDetails {
    /// The lines to print, and when the details were allowed but the audit entry could not
    /// be written, why they are missing (the command then exits 1).
    static func lines(for c: Candidate, user: UserContext, log: AuditLog, detail: String,
                      municipalityName: (String) -> String) -> (lines: [String], refused: String?) {
        guard user.maySeePersonalDetails(of: c) else {
            return (["Name and contact hidden: no consent to share — contact via the \(municipalityName(c.ownerMunicipality)) job centre", ""], nil)
        }
        do {
            try log.append(AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view,
                                      recordKind: "candidate", recordID: c.id, detail: detail))
        } catch {
            return (["Name and contact not shown: the audit log could not be written", ""],
                    "name and contact not shown because the view could not be logged: \(error)")
        }
        return (["Name:    \(c.name) (\(c.id))", "E-mail:  \(c.email)", "Phone:   \(c.phone)", ""], nil)
    }
}
