import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A data directory that does not load: every problem found (up to `cap`), so a person can
/// fix them all in one pass instead of one per run. Nothing is loaded when this is thrown.
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems in file order (schema and municipalities first, then candidates,
    /// vacancies, companies and barometer, each by line).
    public var problems: [Problem]
    /// How many problems were found in all; more than `problems.count` when capped.
    public var totalCount: Int

    public static let cap = 1_000

    public init(problems: [Problem], totalCount: Int? = nil) {
        self.problems = problems
        self.totalCount = max(totalCount ?? problems.count, problems.count)
    }

    /// One problem per line, `file:line: field: message`, and a count of any left out.
    public var description: String {
        var lines = problems.map(\.description)
        if totalCount > problems.count {
            lines.append("… and \(totalCount - problems.count) more problems (only the first \(problems.count) are listed)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Why a write or save did not happen. In every case the files on disk are as they were.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed on a file; `file` is the name inside the data directory.
    case io(file: String, operation: String, errno: Int32)
    /// Another process holds the writer lock.
    case locked(directory: String, pid: Int32?)
    /// The record changed on disk since the caller read it.
    case staleVersion(kind: RecordKind, id: String, stored: Int, yours: Int)
    /// The caller expected to update a record that is no longer stored.
    case notFound(kind: RecordKind, id: String, yours: Int)
    /// The caller asked to create a record (expected version 0) whose id is taken.
    case alreadyExists(kind: RecordKind, id: String, stored: Int)
    /// The records to write break the schema; nothing was written.
    case invalid([Problem])
    /// The data directory does not load, so it cannot be safely changed.
    case unreadable(LoadError)
    /// The program's bundled schema or municipality list is missing from the installation.
    case missingBundledFile(String)
    /// Nothing exists at the data directory's path (a mistyped `--data`, an unmounted share).
    case noDataDirectory(path: String)
    /// The directory exists and is empty: nothing has been set up there.
    case emptyDataDirectory(path: String)
    /// The directory holds files, but no jobmatch data (no manifest.json, schema or records).
    case notADataDirectory(path: String)
    /// A new data directory was asked for where files already are; nothing was changed.
    case notEmpty(path: String)
    /// A file inside the data directory is a symbolic link, which jobmatch never follows.
    case symlink(file: String, directory: String)
    /// The directory or a file in it may be read or written by users outside owner and group.
    case exposed(path: String, mode: UInt32, fix: String)

    public var description: String {
        switch self {
        case let .io(file, operation, code):
            return "could not \(operation) \(file): \(String(cString: strerror(code))) (errno \(code)); the old file is unchanged"
        case let .locked(directory, pid):
            return "another jobmatch is writing to \(directory)" + (pid.map { " (pid \($0))" } ?? "")
                + "; try again in a moment"
        case let .staleVersion(kind, id, stored, yours):
            return "\(kind.rawValue) \(id) was changed by someone else (stored version \(stored), yours \(yours)); reload and try again"
        case let .notFound(kind, id, yours):
            return "\(kind.rawValue) \(id) (your version \(yours)) is no longer in \(kind.fileName); it may have been removed by someone else; reload"
        case let .alreadyExists(kind, id, stored):
            return "\(kind.rawValue) \(id) already exists (stored version \(stored)); choose another id or reload and edit it"
        case let .invalid(problems):
            return "nothing was written, the records have problems:\n" + problems.map(\.description).joined(separator: "\n")
        case let .unreadable(error):
            return "the data directory has problems, fix them before saving:\n\(error)"
        case let .missingBundledFile(name):
            return "the installation is missing its bundled \(name); reinstall jobmatch"
        case let .noDataDirectory(path):
            return "no data directory at \(path); check the path, or create one with "
                + "`jobmatch init --data \(shellQuoted(path))` (empty) or `jobmatch init --demo --data \(shellQuoted(path))` (demo data)"
        case let .emptyDataDirectory(path):
            return "\(path) is empty: no data directory has been set up there; create one with "
                + "`jobmatch init --data \(shellQuoted(path))` (empty) or `jobmatch init --demo --data \(shellQuoted(path))` (demo data)"
        case let .notADataDirectory(path):
            return "\(path) is not a jobmatch data directory (it has no manifest.json, schema.json or record files); "
                + "check the path, or create a data directory elsewhere with `jobmatch init --data NEWDIR`"
        case let .notEmpty(path):
            return "\(path) is not empty; a new data directory (and demo data) is only set up in a directory that "
                + "does not exist or is empty, so nothing was changed"
        case let .symlink(file, directory):
            return "\(directory)/\(file) is a symbolic link; jobmatch never follows links inside a data directory "
                + "(a link could send its writes to another file). Replace the link with the file itself, e.g. "
                + "`cp --remove-destination \"$(readlink -f \(shellQuoted(directory + "/" + file)))\" \(shellQuoted(directory + "/" + file))`"
        case let .exposed(path, mode, fix):
            return "\(path) can be read or written by every user on this machine (mode \(String(mode, radix: 8))); "
                + "personal data must stay with its owner and group. Fix it with: \(fix)"
        }
    }
}
