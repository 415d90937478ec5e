#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an audit entry was not written or the log could not be read. When `append` throws,
/// `audit.jsonl` holds exactly what it held before the call, and the caller must not show
/// what it meant to log.
public enum AuditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed (read-only directory, full disk, permission, …).
    case io(file: String, operation: String, errno: Int32)
    /// `audit.jsonl` or `audit.checkpoint` is a symbolic link: someone with write access to
    /// the directory may have planted it to make jobmatch write into another file.
    case symlink(file: String)
    /// The file exists but is not a regular file (a directory, a FIFO, a device).
    case notRegularFile(file: String)
    /// The log's last line has no newline: an earlier write was cut off (power loss, a
    /// crash, an old version on a full disk). Appending would glue a new entry onto the
    /// fragment, so nothing is appended until a person looks at it.
    case tornEntry(line: Int, completeBytes: Int)

    public var description: String {
        switch self {
        case let .io(file, operation, code):
            return "could not \(operation) \(file): \(String(cString: strerror(code))) (errno \(code))"
        case let .symlink(file):
            return "\(file) is a symbolic link; jobmatch writes the audit log only to a plain file it can trust. "
                + "Ask whoever manages the data directory to check where the link points, then replace it with the real file"
        case let .notRegularFile(file):
            return "\(file) is not a regular file; move it aside so jobmatch can keep the audit log"
        case let .tornEntry(line, completeBytes):
            return "audit.jsonl:\(line): the last entry is incomplete (a write was interrupted), so nothing more is logged. "
                + "Keep a copy of the file, then cut the fragment off with `truncate -s \(completeBytes) audit.jsonl` "
                + "and run `jobmatch audit verify`"
        }
    }
}
