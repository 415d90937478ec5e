import JobMatchCore
import JobStore

/// A candidate's name and contact for a headless command, under the same rule and with the
/// same audit entry as the workbench's Candidate screen: shown only where the access rule
/// allows, and only after the view is in the audit log.
enum ContactDetails {
    /// The lines to print, and when the details were allowed but the audit entry could not
    /// be written, why they are missing (the command then exits 1).
    static func lines(for c: Candidate, user: UserContext, users: [User], log: AuditLog, detail: String,
                      municipalityName: (String) -> String) -> (lines: [String], refused: String?) {
        guard user.maySeePersonalDetails(of: c) else {
            return ([hiddenNote(c, users: users, municipalityName: municipalityName), ""], nil)
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

    /// "Name and contact hidden: no consent to share — ask Mette Holm, +45 … (… job centre)".
    static func hiddenNote(_ c: Candidate, users: [User], municipalityName: (String) -> String) -> String {
        OwnerContact(for: c, users: UserDirectory(users), municipalityName: municipalityName).hiddenNote
    }

    /// For `--json`: whom to ask about each of `ids` whose details `user` may not see (the
    /// same person `askLines` names), for `JSONOutput.string(_:hidden:)`.
    static func hiddenNotes(ids: [String], dataset: Dataset, user: UserContext, municipalityName: (String) -> String) -> HiddenNotes {
        let wanted = Set(ids)
        let directory = UserDirectory(dataset.users)
        var out: [String: HiddenNote] = [:]
        for c in dataset.candidates where wanted.contains(c.id) && !user.maySeePersonalDetails(of: c) {
            out[c.id] = HiddenNote(OwnerContact(for: c, users: directory, jobCentre: municipalityName(c.ownerMunicipality)))
        }
        return HiddenNotes(out)
    }

    /// For the candidates of a listing whose details `user` may not see, whom to ask, one
    /// line per person ("Details hidden for K000390, K000967 — ask …"); empty when none.
    static func askLines(ids: [String], dataset: Dataset, user: UserContext, municipalityName: (String) -> String) -> [String] {
        let wanted = Set(ids)
        var byID: [String: Candidate] = [:]
        for c in dataset.candidates where wanted.contains(c.id) { byID[c.id] = c }
        let directory = UserDirectory(dataset.users)
        var order: [String] = [], groups: [String: [String]] = [:]
        for id in ids {
            guard let c = byID[id], !user.maySeePersonalDetails(of: c) else { continue }
            let ask = OwnerContact(for: c, users: directory, municipalityName: municipalityName).text
            if groups[ask] == nil { order.append(ask) }
            groups[ask, default: []].append(id)
        }
        return order.map { "Details hidden for \(groups[$0]!.joined(separator: ", ")) — \($0)" }
    }
}
