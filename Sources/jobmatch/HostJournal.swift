import Foundation
import JobMatchCore
import JobStore
import Workbench

/// The workbench's journal: `journal.jsonl` in the data directory, each edit appended
/// durably for the acting user and then written to the audit log.
final class HostJournal: WorkJournal {
    private var journal: Journal
    private let user: UserContext
    private let log: AuditLog

    /// Replays the journal; a damaged one is reported by the workbench (edits are refused).
    init(directory: URL, user: UserContext) throws(JournalError) {
        self.journal = try Journal.open(directory: directory)
        self.user = user
        self.log = AuditLog(directory: directory)
    }

    func refresh() throws -> JournalState {
        try journal.refresh()
        return journal.state
    }

    /// A torn last line: the work before it is shown, edits are refused until it is removed.
    var warning: String? { journal.tornTail?.description }

    func append(_ payload: JournalPayload) throws -> (entry: JournalEntry, state: JournalState) {
        let entry = try journal.append(payload, user: user.user)
        do {
            try log.append(payload.auditEvent(by: user, entry: entry.sequence))
        } catch {
            throw HostJournalError(message: "recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        return (entry, journal.state)
    }
}

struct HostJournalError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
