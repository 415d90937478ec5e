/// One entry of the audit log: who saw or changed which personal record.
///
/// Candidates are people. A consultant sees full personal details only for her own
/// municipality's candidates or for candidates who consented to sharing, and every such
/// view and every change is logged. The store adds the time and the hash chain.
public struct AuditEvent: Sendable, Equatable {
    public enum Action: String, Sendable, Equatable {
        /// Full personal details (name, contact) were shown.
        case view
        /// A record was changed.
        case change
    }
    public var user: String
    public var userMunicipality: String
    public var action: Action
    /// `candidate`, `vacancy`, …
    public var recordKind: String
    public var recordID: String
    /// Why, in a few words ("profile opened from ranking V000123").
    public var detail: String

    public init(user: String, userMunicipality: String, action: Action, recordKind: String, recordID: String, detail: String) {
        self.user = user; self.userMunicipality = userMunicipality; self.action = action
        self.recordKind = recordKind; self.recordID = recordID; self.detail = detail
    }
}
