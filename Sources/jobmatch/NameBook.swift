import Foundation
import JobMatchCore
import JobStore

/// Candidates' names for a headless listing (`shortlist show`, `review list`), under the
/// access rule and after the audit log holds the view: the names the rule allows are logged
/// in one `view` entry before any is printed; if that write fails, no name is printed
/// (fail closed) and `notice` says why. Hidden candidates appear by pseudonym and home
/// municipality, with the owning consultant to ask.
struct NameBook {
    let byID: [String: Candidate]
    let user: UserContext
    let users: UserDirectory
    let registry: MunicipalityRegistry
    private(set) var logged = false
    private(set) var notice: String?

    init(ids: [String], dataset: Dataset, user: UserContext, directory: URL, recordKind: String, recordID: String, listedBy: String) {
        var byID: [String: Candidate] = [:]
        let wanted = Set(ids)
        for c in dataset.candidates where wanted.contains(c.id) { byID[c.id] = c }
        self.byID = byID; self.user = user; users = UserDirectory(dataset.users); registry = dataset.registry
        var seen = Set<String>()
        let named = ids.filter { id in byID[id].map { user.maySeePersonalDetails(of: $0) } ?? false }.filter { seen.insert($0).inserted }
        guard !named.isEmpty else { logged = true; return }
        do {
            try AuditLog(directory: directory).append(AuditEvent(
                user: user.user, userMunicipality: user.municipality, action: .view, recordKind: recordKind, recordID: recordID,
                detail: "names of \(named.count) listed by \(listedBy): " + named.joined(separator: " ")))
            logged = true
        } catch {
            notice = "Names not shown: the audit log could not be written (\(error))"
        }
    }

    func municipalityName(_ code: String) -> String { registry.municipality(code)?.name ?? code }

    /// Her name, when the rule allows it and the view is logged.
    func name(_ id: String) -> String? {
        guard logged, let c = byID[id], user.maySeePersonalDetails(of: c) else { return nil }
        return c.name
    }

    /// Whom to ask about a hidden candidate (nil when her details are shown).
    func contact(_ id: String) -> String? {
        guard name(id) == nil, let c = byID[id] else { return nil }
        return OwnerContact(for: c, users: users, municipalityName: municipalityName).whomToCall
    }

    /// For `--json`: whom to ask about a candidate whose name is not shown (nil when it is).
    func hidden(_ id: String) -> HiddenNote? {
        guard name(id) == nil, let c = byID[id] else { return nil }
        return HiddenNote(OwnerContact(for: c, users: users, jobCentre: municipalityName(c.ownerMunicipality)))
    }

    /// "Bo Laursen (K000001)" or "K000002 · Aalborg — contact: Mette Holm, +45 …".
    func label(_ id: String) -> String {
        if let n = name(id) { return "\(n) (\(id))" }
        guard let c = byID[id] else { return "\(id) (not in the data)" }
        return "\(id) · \(municipalityName(c.municipality))" + (contact(id).map { " — contact: \($0)" } ?? "")
    }

    /// A user id with her name from users.json ("mette.frh (Mette Holm)").
    func person(_ id: String) -> String { users.user(id).map { "\(id) (\($0.name))" } ?? id }
}
