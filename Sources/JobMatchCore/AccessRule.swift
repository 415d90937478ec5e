/// Who is at the keyboard, and so what she may see.
public struct UserContext: Sendable, Equatable {
    public var user: String
    /// The job centre (municipality code) the user works for.
    public var municipality: String
    /// The day the access rule judges consent on: a consent counts from the day it was
    /// given until the day it was withdrawn. nil (the core has no clock; older callers and
    /// tests): judged on the record's latest state, so any withdrawal, even one dated
    /// later, hides the details. The commands pass the real day.
    public var today: Day?

    public init(user: String, municipality: String, today: Day? = nil) {
        self.user = user; self.municipality = municipality; self.today = today
    }

    /// The access rule, the one function the workbench, every headless command and the
    /// engine's name search ask: full personal details (name, e-mail, phone, birth date,
    /// consultant) are shown for the user's own municipality's candidates and for
    /// candidates whose consent to sharing across municipalities is in force today (given,
    /// not withdrawn, covering the user's municipality); everyone else appears by pseudonym
    /// and home municipality (with whom to ask, `OwnerContact`), and cannot be found by her
    /// name. Every display of details
    /// this allows must be written to the audit log first.
    public func maySeePersonalDetails(of candidate: Candidate) -> Bool {
        maySeePersonalDetails(owner: candidate.ownerMunicipality,
                              consented: candidate.consent(allows: municipality, on: today ?? Self.endOfTime))
    }

    /// After every date a record can hold: a consent counts there iff it was never withdrawn.
    static let endOfTime = Day(daysSinceEpoch: Int32.max)

    /// The same rule from the two facts it depends on (for callers holding columns, not
    /// records): `consented` must already be "a consent in force today covers my municipality".
    public func maySeePersonalDetails(owner: String, consented: Bool) -> Bool {
        owner == municipality || consented
    }
}
