import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the journal could not be read or an entry was not written. When an append throws,
/// `journal.jsonl` holds exactly what it held before, and the edit did not happen.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data directory itself could not be opened (missing, exposed, …).
    case store(StoreError)
    /// A system call failed (read-only directory, full disk, permission, …).
    case io(operation: String, errno: Int32)
    /// `journal.jsonl` is a symbolic link (never followed: it could send writes elsewhere).
    case symlink(directory: String)
    case notRegularFile
    /// The last line has no newline: an append was cut off by a crash or power loss before
    /// it was acknowledged. Nothing is appended until a person cuts the fragment off.
    case tornTail(line: Int, completeBytes: Int, directory: String)
    /// Lines that fail their checksum, do not parse, or break the sequence (`journal.jsonl:LINE: …`).
    case damaged([Problem])
    /// The edit was refused because of what the journal already holds (a stale shortlist
    /// version, nothing to undo, …). Nothing was written.
    case refused(JournalConflict)

    public var description: String {
        switch self {
        case let .store(e): return e.description
        case let .io(operation, code):
            return "could not \(operation) \(Journal.fileName): \(String(cString: strerror(code))) (errno \(code)); nothing was recorded"
        case let .symlink(directory):
            return "\(directory)/\(Journal.fileName) is a symbolic link; jobmatch never follows links inside a data directory "
                + "(a link could send its writes to another file). Replace the link with the file itself"
        case .notRegularFile:
            return "\(Journal.fileName) is not a regular file; move it aside so jobmatch can keep the journal"
        case let .tornTail(line, bytes, directory):
            return "\(Journal.fileName):\(line): the last entry is incomplete (a write was interrupted before it was confirmed, "
                + "so that edit never happened); nothing more is recorded until it is removed. Keep a copy of the file, then cut the "
                + "fragment off with `truncate -s \(bytes) \(shellQuoted(directory + "/" + Journal.fileName))`"
        case let .damaged(problems) where problems.contains(where: { $0.file == JournalSnapshot.fileName }):
            return problems.map(\.description).joined(separator: "\n")
                + "\nThe journal's snapshot is damaged, so nothing is shown or recorded (the entries it holds are no longer in "
                + "\(Journal.fileName)). Restore \(JournalSnapshot.fileName) and \(Journal.fileName) together from a backup"
        case let .damaged(problems):
            return problems.map(\.description).joined(separator: "\n")
                + "\nThe journal is damaged, so no edit is recorded (a later entry could depend on the damaged one). "
                + "Restore \(Journal.fileName) from a backup, or keep a copy and cut it before the first damaged line"
        case let .refused(conflict): return conflict.description
        }
    }
}
