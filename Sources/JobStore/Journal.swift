import Foundation
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `<data>/journal.jsonl`: every edit of the daily work (triage decisions, undo and redo,
/// shortlist changes and states, call outcomes), one checksummed line per entry, appended
/// and never rewritten (see docs/data-format.md, "journal.jsonl").
///
/// An edit is durable when `append` returns: the line is written with `O_APPEND` under an
/// exclusive `flock` on the file (two consultants on a shared directory never interleave),
/// then `fsync`ed. Whole lines or nothing: a failed write or fsync is cut back with
/// `ftruncate`. A last line without its newline (a crash mid-append, never acknowledged) is
/// reported and never appended to. The file is opened relative to the data directory's
/// descriptor with `O_NOFOLLOW`.
///
/// A `Journal` keeps the replayed state and how far it has read; each append first reads
/// what other writers appended since (under the lock), so a check such as a shortlist's
/// version is made against the latest state and the cost of an append does not grow with
/// the journal.
public struct Journal: Sendable {
    public static let fileName = "journal.jsonl"

    public let directory: URL
    /// The journal replayed up to `offset`.
    public private(set) var state = JournalState()
    /// Bytes of complete lines read so far, and how many lines they are.
    public private(set) var offset = 0
    public private(set) var lines = 0
    /// Set by `open` when the file ends in an incomplete line: the state holds every complete
    /// entry, and `append` refuses until the fragment is removed.
    public private(set) var tornTail: JournalError?
    /// Device and inode of the file read so far: a file replaced meanwhile (restored from a
    /// backup, rewritten by an editor) is replayed from its start instead of continued.
    private var identity: (dev: UInt64, ino: UInt64)?
    /// Test hook: the `write` system call (a test makes it stop half-way).
    var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int = AuditFiles.systemWrite

    private init(directory: URL) { self.directory = directory }

    /// Replays the journal of a data directory (an absent journal is an empty one). Throws
    /// `damaged` with `journal.jsonl:LINE: …` for every bad line; a torn last line is not an
    /// error here (it is in `tornTail`), so the work up to it can still be shown.
    public static func open(directory: URL) throws(JournalError) -> Journal {
        var j = Journal(directory: directory)
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        let fd = openat(dir.fd, fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return j }
            throw opening(errno, directory.path)
        }
        defer { close(fd) }
        try requireRegular(fd, directory: directory.path)
        // A shared lock: a reader never sees the half of a line a writer is appending.
        guard flock(fd, LOCK_SH) == 0 else { throw .io(operation: "lock", errno: errno) }
        defer { flock(fd, LOCK_UN) }
        try j.catchUp(fd)
        return j
    }

    /// Appends one entry for `user` and returns it once it is durable. The entry is checked
    /// against the latest state first (including what others appended since `open`); a
    /// conflict throws `refused` and writes nothing.
    @discardableResult
    public mutating func append(_ payload: JournalPayload, user: String, time: Date = Date()) throws(JournalError) -> JournalEntry {
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        let fd = try Self.openForAppend(dir)
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .io(operation: "lock", errno: errno) }
        defer { flock(fd, LOCK_UN) }
        try catchUp(fd)
        if let tornTail { throw tornTail }
        do { try state.check(payload) } catch { throw .refused(error) }
        let entry = JournalEntry(sequence: state.lastSequence + 1, time: Self.timestamp(time), user: user, payload: payload)
        let line = JournalCodec.encode(entry)
        do throws(JournalError) {
            var failure: AuditError?
            do { try AuditFiles.writeAll(fd, line, name: Self.fileName, write: write) } catch { failure = error }
            if let failure, case let .io(_, op, code) = failure { throw .io(operation: op, errno: code) }
            CrashPoint.step()  // kill harness: after the write, before the fsync
            guard fsync(fd) == 0 else { throw .io(operation: "fsync", errno: errno) }
            CrashPoint.step()  // after the fsync, before anyone is told
        } catch {
            // Whole lines or nothing: cut off whatever part of the line reached the file.
            if ftruncate(fd, off_t(offset)) == 0 { _ = fsync(fd) }
            throw error
        }
        do { try state.apply(entry) } catch { throw .refused(error) }
        offset += line.count
        lines += 1
        return entry
    }

    /// Reads and applies the lines after `offset`.
    mutating func catchUp(_ fd: Int32) throws(JournalError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", errno: errno) }
        let size = Int(st.st_size)
        let current = (dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        if let identity, identity != current {
            state = JournalState(); offset = 0; lines = 0
        }
        identity = current
        if size < offset {
            throw .damaged([Problem(file: Self.fileName, line: 0, field: "", message:
                "is shorter (\(size) bytes) than when it was read (\(offset) bytes): it was cut or replaced outside jobmatch")])
        }
        tornTail = nil
        guard size > offset else { return }
        var bytes = [UInt8](repeating: 0, count: size - offset)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
            if n < 0 { if errno == EINTR { continue }; throw .io(operation: "read", errno: errno) }
            if n == 0 { break }
            done += n
        }
        var problems: [Problem] = []
        var consumed = 0
        var lineNumber = lines
        var next = state
        bytes.withUnsafeBufferPointer { buf in
            var start = 0
            while start < done {
                guard let nl = buf[start..<done].firstIndex(of: UInt8(ascii: "\n")) else { break }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: buf[start..<nl])
                start = nl + 1
                consumed = start
                if problems.count >= LoadError.cap { continue }
                do throws(LineProblem) {
                    let e = try JournalCodec.decode(line)
                    guard e.sequence == next.lastSequence + 1 else {
                        throw LineProblem(field: "seq", message:
                            "expected entry \(next.lastSequence + 1), found \(e.sequence) (an entry is missing, repeated or out of order)")
                    }
                    do { try next.apply(e) } catch { throw LineProblem(field: "kind", message: "does not apply: \(error)") }
                } catch {
                    problems.append(Problem(file: Self.fileName, line: lineNumber, field: error.field, message: error.message))
                }
            }
        }
        guard problems.isEmpty else { throw .damaged(problems) }
        state = next
        offset += consumed
        lines = lineNumber
        if consumed < done {
            tornTail = .tornTail(line: lines + 1, completeBytes: offset, directory: directory.path)
        }
    }

    private static func openForAppend(_ dir: DirectoryHandle) throws(JournalError) -> Int32 {
        var fd = openat(dir.fd, fileName, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, dir.sharing.fileMode)
        if fd >= 0 {
            do throws(StoreError) {
                try dir.sharing.apply(to: fd, name: fileName)
                try dir.sync()
            } catch {
                close(fd)
                throw .store(error)
            }
            return fd
        }
        guard errno == EEXIST else { throw opening(errno, dir.path) }
        fd = openat(dir.fd, fileName, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw opening(errno, dir.path) }
        do throws(JournalError) { try requireRegular(fd, directory: dir.path) } catch { close(fd); throw error }
        return fd
    }

    /// A plain file that others (outside owner and group) cannot read or write: notes in
    /// the journal are personal data, like the records.
    private static func requireRegular(_ fd: Int32, directory: String) throws(JournalError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        if st.st_mode & (S_IROTH | S_IWOTH) != 0 {
            throw .store(.exposed(path: directory + "/" + fileName, mode: UInt32(st.st_mode & 0o7777),
                                  fix: "chmod -R o-rwx \(shellQuoted(directory))"))
        }
    }

    private static func opening(_ code: Int32, _ directory: String) -> JournalError {
        code == ELOOP || code == EMLINK ? .symlink(directory: directory) : .io(operation: "open", errno: code)
    }

    /// The line an entry is written as (with its newline): for tools and benchmarks that
    /// build a journal in bulk. A journal so built must keep the sequence without gaps.
    public static func line(for entry: JournalEntry) -> [UInt8] { JournalCodec.encode(entry) }

    /// UTC with milliseconds: `2026-11-24T08:15:02.123Z`.
    static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var t = time_t(ms / 1000)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(ms % 1000), 3))Z"
    }
}
