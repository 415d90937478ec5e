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

/// What `--json` says in place of a candidate's name and contact when the acting user may
/// not see them: `"hidden": {"ask": "Mette Holm", "phone": "+45 …", "jobCentre": "Frederikshavn"}`,
/// the same person the text output names ("ask Mette Holm, +45 … (Frederikshavn job centre)").
/// `consultant` is the candidate's own consultant id when she is not the person to ask; `ask`
/// is the job centre ("the Frederikshavn job centre", no phone) for data without users.
public struct HiddenNote: Sendable, Equatable, Encodable {
    public var ask: String
    public var phone: String?
    public var jobCentre: String
    public var consultant: String?

    public init(_ o: OwnerContact) {
        ask = o.user?.name ?? "the \(o.jobCentre) job centre"
        phone = o.user?.phone
        jobCentre = o.jobCentre
        consultant = o.user == nil || o.consultantID.isEmpty ? nil : o.consultantID
    }
}

/// The hidden candidates of one command's output (candidate id → whom to ask), handed to the
/// JSON encoder in its `userInfo` so every candidate object it writes, whatever its type,
/// carries the same `hidden` field (MatchEngine's JSON shapes read it from there).
public struct HiddenNotes: Sendable {
    public static let userInfoKey = CodingUserInfoKey(rawValue: "jobmatch.hiddenNotes")!
    public var byCandidate: [String: HiddenNote]

    public init(_ byCandidate: [String: HiddenNote]) { self.byCandidate = byCandidate }

    /// The note for a candidate whose details the encoder's output withholds, or nil.
    public static func note(for candidate: String, in encoder: any Encoder) -> HiddenNote? {
        (encoder.userInfo[userInfoKey] as? HiddenNotes)?.byCandidate[candidate]
    }

    /// Adds `hidden` to the object `encoder` is writing, when `candidate` is withheld.
    public static func encode(for candidate: String, to encoder: any Encoder) throws {
        guard let note = note(for: candidate, in: encoder) else { return }
        var c = encoder.container(keyedBy: HiddenKey.self)
        try c.encode(note, forKey: .hidden)
    }

    private enum HiddenKey: String, CodingKey { case hidden }
}
