import JobMatchCore

extension Vacancy {
    /// Why this vacancy is not ranked as open on `today`, nil when it is open: "filled",
    /// "closed", or "expired — the ad ran out on 2026-11-20" (status `expired`, or an open
    /// ad whose expiry date has passed). Rankings of such a vacancy would offer candidates
    /// for a job nobody can get, so `jobmatch match` and the Ranking screen show this instead.
    public func notOpenNote(today: Day) -> String? {
        switch status {
        case .filled: return "filled"
        case .closed: return "closed"
        case .expired: return "expired — the ad ran out on \(expiryDate)"
        case .open: return expiryDate < today ? "expired — the ad ran out on \(expiryDate)" : nil
        }
    }
}
