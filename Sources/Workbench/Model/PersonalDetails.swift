import JobMatchCore

/// Whether personal details may be drawn. The access rule (`UserContext.maySeePersonalDetails`)
/// decides who may see them; the audit log must hold the view before anything is drawn, so a
/// log that cannot be written (read-only directory, full disk, permission) hides them and
/// the screen says why. Fail closed: until the log answers, nothing is shown.
public enum DetailsVisibility: Sendable, Equatable {
    /// Allowed, and the view is in the audit log.
    case shown
    /// The access rule says no: another municipality's candidate who did not consent.
    case hidden
    /// Allowed, but not logged: why (waiting for the log, or the error it gave).
    case withheld(String)

    /// The state before the audit log has answered.
    static let awaitingLog = DetailsVisibility.withheld("the view is being written to the audit log")

    /// The line a screen shows instead of the details when they are withheld.
    public var withheldNotice: String? {
        if case .withheld(let why) = self { return "Name and contact not shown: \(why)" }
        return nil
    }
}

/// Whose names a ranking may draw: those the access rule allows, and only once the audit
/// log holds the listing. Screens, search and filter ask this, never the rule directly.
public struct NameAccess: Sendable, Equatable {
    public var user: UserContext
    public var logged: Bool

    public func showsName(of candidate: Candidate) -> Bool { logged && user.maySeePersonalDetails(of: candidate) }
}

extension AppState {
    /// What the current ranking may show of candidates' names.
    public var rankingNames: NameAccess { NameAccess(user: context.user, logged: ranking?.names == .shown) }
}
