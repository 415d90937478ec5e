/// Whom to ask about a candidate whose details are withheld: a person with a phone number,
/// not just "the job centre" (issue #9, "Users and roles").
///
/// The candidate's own consultant (`Candidate.consultant`) when `users.json` lists her;
/// else the first consultant `users.json` lists for the owning municipality (she can pass
/// the question on to the candidate's consultant, whose id is given); else, for data
/// without users, the owning job centre. Colleagues' names and work phones are not
/// candidates' personal data: showing them reveals nothing about the candidate but which
/// job centre holds her, which every list shows already.
public struct OwnerContact: Sendable, Equatable {
    /// The person to ask, if `users.json` names one.
    public var user: User?
    /// The candidate's consultant id (as recorded on her), when it is not `user`.
    public var consultantID: String
    /// The owning job centre's name ("Frederikshavn").
    public var jobCentre: String

    /// With the owning job centre's name looked up by `municipalityName`.
    public init(for candidate: Candidate, users: UserDirectory, municipalityName: (String) -> String) {
        self.init(for: candidate, users: users, jobCentre: municipalityName(candidate.ownerMunicipality))
    }

    public init(for candidate: Candidate, users: UserDirectory, jobCentre: String) {
        self.jobCentre = jobCentre
        if let own = users.user(candidate.consultant) {
            user = own
            consultantID = ""
        } else {
            user = users.users.first { $0.role == .consultant && $0.municipality == candidate.ownerMunicipality }
                ?? users.users.first { $0.municipality == candidate.ownerMunicipality }
            consultantID = candidate.consultant
        }
    }

    /// "ask Mette Holm, +45 24 46 70 55 (Frederikshavn job centre)", with "about her
    /// consultant rikke.frk" when the candidate's own consultant is not a user.
    public var text: String {
        guard let user else { return "contact via the \(jobCentre) job centre" }
        let via = consultantID.isEmpty ? "" : ", her consultant there is \(consultantID)"
        return "ask \(user.name), \(user.phone) (\(jobCentre) job centre\(via))"
    }

    /// Whom a company should call, for an exported shortlist or a listing's contact column:
    /// "Mette Holm, +45 24 46 70 55" for her own consultant, "… (Frederikshavn job centre)"
    /// for a colleague there, else "the Frederikshavn job centre". No consultant ids: the
    /// text may leave the job centre.
    public var whomToCall: String {
        guard let user else { return "the \(jobCentre) job centre" }
        return consultantID.isEmpty ? "\(user.name), \(user.phone)" : "\(user.name), \(user.phone) (\(jobCentre) job centre)"
    }

    /// The line shown where name and contact are withheld.
    public var hiddenNote: String { "Name and contact hidden: no consent to share — \(text)" }
}
