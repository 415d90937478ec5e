import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// Saved searches for `jobmatch search` (Jobnet's CV agent): kept per user in the journal
/// (`savedSearch` entries), so saving and opening are durable, audited and seen by the
/// workbench at once. A candidate is "new" for a search when she registered as unemployed
/// (`unemployedSince`) on or after the day the search was last opened.
enum SavedSearchRunner {
    /// What `--save` or `--saved` did, printed above the results.
    struct Note {
        var name: String
        var query: String
        var action: SavedSearchAction
        /// For `--saved`: the candidates new since it was last opened, and that day.
        var newCandidates: Int?
        var since: String?
        var entry: Int
        var text: String {
            switch action {
            case .open: return "Saved search “\(name)”: \(newCandidates ?? 0) new since \(since ?? "–") (journal entry \(entry)); the count starts again now"
            default: return "Saved as “\(name)” (journal entry \(entry)): \(query)"
            }
        }
    }

    static func journal(_ dir: URL) throws -> Journal {
        do { return try Journal.open(directory: dir) } catch { throw fail(error.description) }
    }

    /// The acting user's saved search `name`, or a message listing hers.
    static func find(_ name: String, dir: URL, user: UserContext) throws -> SavedSearch {
        let mine = try journal(dir).state.savedSearches.searches(of: user.user)
        guard let s = mine.first(where: { $0.name == name }) else {
            let names = mine.map(\.name).joined(separator: ", ")
            throw fail("you have no saved search named '\(name)'" + (names.isEmpty ? "; save one with --save NAME"
                                                                        : " (yours: \(names)); `jobmatch search --list-saved` lists them"))
        }
        return s
    }

    /// How many candidates match `search` now and how many of them are new for it: the
    /// Dashboard's count (`MatchIndex.savedSearchCount`); nil when the query no longer runs.
    static func counts(_ search: SavedSearch, index: MatchIndex, user: UserContext, today: Day) -> (matched: Int, new: Int)? {
        try? index.savedSearchCount(search.query, since: search.lastOpenedDay, today: today, viewer: user)
    }

    /// Appends the entry `--save` or `--saved` asks for (durable, then audited); nil when neither.
    static func record(save: String?, opened: SavedSearch?, query: String, result: SearchResult, dir: URL,
                       index: MatchIndex, user: UserContext, today: Day) throws -> Note? {
        let payload: JournalPayload
        var count: Int?
        if let opened {
            count = counts(opened, index: index, user: user, today: today)?.new
            payload = .savedSearch(name: opened.name, query: opened.query, action: .open, day: today)
        } else if let save {
            payload = .savedSearch(name: save.trimmingCharacters(in: .whitespaces), query: query, action: .save, day: today)
        } else {
            return nil
        }
        var j = try journal(dir)
        let entry: JournalEntry
        do { entry = try j.append(payload, user: user.user) } catch { throw fail(error.description) }
        do { try AuditLog(directory: dir).append(payload.auditEvent(by: user, entry: entry.sequence)) } catch {
            throw fail("the saved search is recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        guard case let .savedSearch(name, q, action, _) = payload else { return nil }
        return Note(name: name, query: q, action: action, newCandidates: count, since: opened?.lastOpenedDay.description, entry: entry.sequence)
    }

    /// `--list-saved`: the acting user's saved searches with their new counts (reads only).
    static func list(dir: URL, index: MatchIndex, user: UserContext, today: Day, json: Bool) throws {
        let mine = try journal(dir).state.savedSearches.searches(of: user.user)
        let rows = mine.map { s -> SavedSearchJSON in
            let c = counts(s, index: index, user: user, today: today)
            return SavedSearchJSON(name: s.name, query: s.query, savedAt: s.savedAt, lastOpened: s.lastOpened, matched: c?.matched,
                                   newCandidates: c?.new, newSince: s.lastOpenedDay.description)
        }
        if json { print(try JSONOutput.string(rows)); return }
        guard !rows.isEmpty else { print("You have no saved searches; `jobmatch search QUERY --save NAME` saves one."); return }
        print(Table.render(header: ["name", "new", "match", "last opened", "query"], rows: rows.map {
            [$0.name, $0.newCandidates.map(String.init) ?? "?", $0.matched.map(String.init) ?? "bad query",
             $0.newSince ?? "", $0.query]
        }, rightAligned: [1, 2]))
    }
}

struct SavedSearchJSON: Encodable {
    var name: String, query: String, savedAt: String, lastOpened: String, matched: Int?, newCandidates: Int?
    /// The day from which a match counts as new (the day it was last opened).
    var newSince: String?
}

struct SavedSearchRunJSON: Encodable {
    var name: String, query: String, action: String, newCandidates: Int?, since: String?, entry: Int, result: SearchResult
    init(note: SavedSearchRunner.Note, result: SearchResult) {
        name = note.name; query = note.query; action = note.action.rawValue; newCandidates = note.newCandidates
        since = note.since; entry = note.entry; self.result = result
    }
}
