/// What a `savedSearch` journal entry does to a user's saved search.
public enum SavedSearchAction: String, Sendable, CaseIterable {
    /// Saves the query under the name (replacing one of that name); counts as opening it.
    case save
    /// The user ran it: candidates are "new" again only from this day on.
    case open
    case delete
}

/// A candidate search saved with a name (Jobnet's CV agent): the query, and when its owner
/// last opened it, from which "new candidates" are counted.
public struct SavedSearch: Sendable, Equatable {
    public var name: String
    public var query: String
    /// UTC ISO 8601 times from the journal: when the entries were written, for the record.
    public var savedAt: String
    public var lastOpened: String
    /// The day it was last opened, as the session that opened it saw the day (its `--today`,
    /// the entry's `day`): candidates whose `unemployedSince` (the day they registered as
    /// unemployed with the job centre) is on or after it are new. Not the day of
    /// `lastOpened`, so a session run as of another day than the clock's (the demo's
    /// `--today 2026-11-24`) counts from its own day, as everything else in it does.
    public var lastOpenedDay: Day

    /// Whether a candidate registered on `registered` counts as new for this search. The day
    /// it was opened counts (a day, not an instant, is all a record holds), so a candidate
    /// registered that day is shown as new rather than missed.
    public func isNew(registered: Day) -> Bool { registered >= lastOpenedDay }
}

/// Every user's saved searches, replayed from the journal (`JournalState.savedSearches`).
/// Private to their owner by rule of the commands and screens: each shows only the acting
/// user's own.
public struct SavedSearchBook: Sendable, Equatable {
    public internal(set) var byUser: [String: [SavedSearch]] = [:]

    public init() {}

    /// The user's saved searches in the order she saved them.
    public func searches(of user: String) -> [SavedSearch] { byUser[user] ?? [] }

    public func search(_ name: String, of user: String) -> SavedSearch? { searches(of: user).first { $0.name == name } }

    mutating func apply(_ e: JournalEntry, name: String, query: String, action: SavedSearchAction, day: Day) {
        var list = byUser[e.user] ?? []
        let at = list.firstIndex { $0.name == name }
        switch action {
        case .save:
            let s = SavedSearch(name: name, query: query, savedAt: e.time, lastOpened: e.time, lastOpenedDay: day)
            if let at { list[at] = s } else { list.append(s) }
        case .open:
            if let at {
                list[at].lastOpened = e.time
                list[at].lastOpenedDay = day
            }
        case .delete:
            if let at { list.remove(at: at) }
        }
        // A user with no saved search has no entry at all (not an empty list), so two books
        // holding the same searches are equal however they got there (a compaction snapshot
        // rebuilds the book from the searches alone).
        byUser[e.user] = list.isEmpty ? nil : list
    }
}
