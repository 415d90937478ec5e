import JobMatchCore

/// Which candidates' names a shortlist or review screen may draw: those the access rule
/// allows whose listing the audit log holds. A list that grows (another user added someone)
/// logs only the names it has not logged yet; until the log answers they stay pseudonyms,
/// and a log that cannot be written keeps them hidden (fail closed).
package struct LoggedNames: Sendable, Equatable {
    package private(set) var logged: Set<String> = []
    /// Names asked for and not yet answered, by request.
    package private(set) var waiting: [Int: [String]] = [:]
    package private(set) var failure: String?

    package init() {}

    /// The audit entry for the names among `ids` not logged (or asked for) yet, if any.
    package mutating func request(_ ids: [String], recordKind: String, recordID: String, _ env: inout ScreenEnv) -> [Effect] {
        let asked = Set(waiting.values.joined())
        var seen = Set<String>()
        let named = PersonalDetails.named(ids, data: env.data, user: env.context.user)
            .filter { !logged.contains($0) && !asked.contains($0) && seen.insert($0).inserted }
        guard !named.isEmpty else { return [] }
        let id = env.requestID()
        waiting[id] = named
        let user = env.context.user
        return [.audit(AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: recordKind,
                                  recordID: recordID, detail: "names of \(named.count) listed: \(named.joined(separator: " "))"),
                       requestID: id)]
    }

    /// Takes the audit log's answer if it is one of ours.
    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) {
        guard case .auditFinished(let id, let fail) = action, let names = waiting.removeValue(forKey: id) else { return }
        if let fail {
            failure = fail
            _ = PersonalDetails.logged(failure: fail, &env)
        } else {
            logged.formUnion(names)
        }
    }

    func access(_ env: ScreenEnv) -> NameAccessByID { NameAccessByID(user: env.context.user, logged: logged) }
}

/// The drawing side of `LoggedNames`: a name only where allowed and logged.
struct NameAccessByID {
    var user: UserContext
    var logged: Set<String>

    func shows(_ c: Candidate) -> Bool { logged.contains(c.id) && user.maySeePersonalDetails(of: c) }

    /// "Bo Laursen (K000001)" or "K000002" with her home municipality.
    func label(_ id: String, data: WorkbenchData) -> String {
        guard let c = data.candidate(id: id) else { return id }
        return shows(c) ? "\(c.name) (\(id))" : id
    }

    /// For a hidden candidate: the owning consultant to ask ("Mette Holm, +45 …").
    func contact(_ id: String, data: WorkbenchData) -> String? {
        guard let c = data.candidate(id: id), !shows(c) else { return nil }
        return data.ownerContact(c).whomToCall
    }
}
