import JobMatchCore

extension MatchIndex {
    /// A saved search's CV-agent count: everyone meeting `query` now, and of them the new
    /// ones — registered as unemployed on or after `since` (the day the search was last
    /// opened, `SavedSearch.lastOpenedDay`; nil counts every match as new). One pass, nothing
    /// listed. The Dashboard and `jobmatch search --list-saved / --saved` both count with this.
    public func savedSearchCount(_ query: String, since: Day?, today: Day, viewer: UserContext?) throws(QueryError) -> (matched: Int, new: Int) {
        let r = try search(query, top: 0, today: today, viewer: viewer, registeredSince: since ?? Day(daysSinceEpoch: .min))
        return (r.matched, r.matchedSince)
    }
}
