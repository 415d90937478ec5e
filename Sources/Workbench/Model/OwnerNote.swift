import JobMatchCore

extension WorkbenchData {
    /// Whom to ask about `candidate` when her details are withheld: her consultant (or her
    /// job centre's) from `users.json`, with a phone number (see `OwnerContact`).
    func ownerContact(_ candidate: Candidate) -> OwnerContact {
        OwnerContact(for: candidate, users: users, jobCentre: municipalityName(candidate.ownerMunicipality))
    }
}
