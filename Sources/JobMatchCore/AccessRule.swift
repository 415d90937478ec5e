/// Who is at the keyboard, and so what she may see.
public struct UserContext: Sendable, Equatable {
    public var user: String
    /// The job centre (municipality code) the user works for.
    public var municipality: String

    public init(user: String, municipality: String) { self.user = user; self.municipality = municipality }

    /// The access rule, the one function the workbench, every headless command and the
    /// engine's name search ask: full personal details (name, e-mail, phone, birth year,
    /// consultant) are shown for the user's own municipality's candidates and for
    /// candidates who consented to sharing across municipalities; everyone else appears by
    /// pseudonym and home municipality (with whom to ask, `OwnerContact`), and cannot be found by her name. Every display of
    /// details this allows must be written to the audit log first.
    public func maySeePersonalDetails(of candidate: Candidate) -> Bool {
        maySeePersonalDetails(owner: candidate.ownerMunicipality, consented: candidate.consentToShare)
    }

    /// The same rule from the two facts it depends on (for callers holding columns, not records).
    public func maySeePersonalDetails(owner: String, consented: Bool) -> Bool {
        owner == municipality || consented
    }
}
