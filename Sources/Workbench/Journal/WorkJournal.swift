import JobMatchCore

/// The host's journal (`journal.jsonl`) as the workbench uses it: every edit of the daily
/// work (a triage decision, a shortlist change, a call outcome) goes through `append`, and
/// the screens show `JournalState`, the journal replayed.
///
/// The workbench knows nothing of files: the `jobmatch` executable implements this over
/// JobStore's `Journal` (append durably, then write the audit entry), tests use
/// `MemoryJournal`. It is called on the UI thread only, synchronously, so a decision is
/// durable before the next card is drawn.
public protocol WorkJournal: AnyObject {
    /// The work as replayed now, including what other users appended since the last call.
    /// Cheap when nothing changed: the workbench asks about once a second.
    func refresh() throws -> JournalState
    /// Why edits will be refused although the journal could be read (a torn last line), or nil.
    var warning: String? { get }
    /// Appends `payload` for the acting user and returns once it is durable (and audited),
    /// with the state that includes it. Throws with a message a user can act on; a refused
    /// change (a stale shortlist) names who changed what.
    func append(_ payload: JournalPayload) throws -> (entry: JournalEntry, state: JournalState)
}

/// How an edit the workbench asked for ended: what `Action.journalFinished` carries.
package enum JournalResult: Sendable, Equatable {
    /// Durable (and audited): the entry as written.
    case written(JournalEntry)
    /// Not written; the message says why (the state already holds the latest journal).
    case refused(String)
}

/// A journal in memory, for tests, captures and benchmarks. Two sessions that share one
/// `MemoryJournal.Store` behave like two workbenches on one data directory: each sees the
/// other's entries only after a refresh, and a change based on a stale view is refused.
package final class MemoryJournal: WorkJournal {
    /// The shared "file".
    package final class Store {
        package private(set) var state = JournalState()
        package private(set) var entries: [JournalEntry] = []
        /// Every append fails with this message while set (a full disk).
        package var failure: String?
        package init() {}

        func append(_ payload: JournalPayload, user: String, time: String) throws -> JournalEntry {
            if let failure { throw MemoryJournalError(message: failure) }
            do { try state.check(payload) } catch { throw MemoryJournalError(message: error.description) }
            let entry = JournalEntry(sequence: state.lastSequence + 1, time: time, user: user, payload: payload)
            try? state.apply(entry)
            entries.append(entry)
            return entry
        }
    }

    package let store: Store
    package let user: String
    /// The time written into entries (fixed, so captures are stable).
    package var time = "2026-11-24T09:00:00.000Z"

    package init(user: String, store: Store = Store()) { self.user = user; self.store = store }

    package func refresh() throws -> JournalState { store.state }
    package var warning: String? { store.failure }

    package func append(_ payload: JournalPayload) throws -> (entry: JournalEntry, state: JournalState) {
        let entry = try store.append(payload, user: user, time: time)
        return (entry, store.state)
    }
}

struct MemoryJournalError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
