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
/// then `fdatasync`ed (the data and the new size; `durability`). Whole lines or nothing: a
/// failed write or sync is cut back with `ftruncate`. A last line without its newline (a crash mid-append, never acknowledged) is
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
    /// The compaction snapshot the state started from (`journal.snapshot`, the state after
    /// entry N), or nil when the journal has never been compacted.
    public var snapshot: JournalSnapshotInfo? {
        base.map { JournalSnapshotInfo(sequence: $0.sequence, entries: $0.state.entryCount, bytes: $0.size, sha256: $0.sha256) }
    }
    private var base: JournalSnapshot?
    /// Device and inode of the file read so far, and its first bytes: a file replaced
    /// meanwhile (by a compaction, restored from a backup, rewritten by an editor) is
    /// replayed from the snapshot and its start instead of continued. The first bytes catch
    /// a replacement that got the old file's inode number back.
    private var identity: (dev: UInt64, ino: UInt64)?
    private var head: [UInt8] = []
    /// The sequence number of the last line read from the current file (0: none yet);
    /// lines up to the snapshot's N are skipped but must still follow each other.
    private var fileLast = 0
    /// Test hook: the `write` system call (a test makes it stop half-way).
    var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int = AuditFiles.systemWrite

    /// How an append is made durable. `fdatasync` flushes the line and the file size (which
    /// an append always changes, so the line can be read back after a power loss) and skips
    /// only the modification time; `fsync` flushes that too. See docs/performance.md.
    @_spi(Benchmarks) public enum Durability: Sendable { case fsync, fdatasync }
    /// `fdatasync` by default; the journal benchmark measures `fsync` next to it in one run.
    @_spi(Benchmarks) public var durability = Durability.fdatasync

    /// The `crc` field of the last complete line read (line N, for a snapshot after it).
    private(set) var lastLineCRC = ""

    private init(directory: URL) { self.directory = directory }

    /// A journal that has read nothing yet (compaction replays it under its own locks).
    static func empty(directory: URL) -> Journal { Journal(directory: directory) }

    /// Replays the journal of a data directory (an absent journal is an empty one). Throws
    /// `damaged` with `journal.jsonl:LINE: …` for every bad line; a torn last line is not an
    /// error here (it is in `tornTail`), so the work up to it can still be shown.
    public static func open(directory: URL) throws(JournalError) -> Journal {
        var j = Journal(directory: directory)
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        // A shared lock: a reader never sees the half of a line a writer is appending, nor
        // a compaction half done (it holds the exclusive lock from start to end).
        guard let fd = try lockCurrent(dir, exclusive: false) else {
            try j.reload(dir)
            return j
        }
        defer { flock(fd, LOCK_UN); close(fd) }
        try j.catchUp(fd, dir)
        return j
    }

    /// Appends one entry for `user` and returns it once it is durable. The entry is checked
    /// against the latest state first (including what others appended since `open`); a
    /// conflict throws `refused` and writes nothing.
    @discardableResult
    public mutating func append(_ payload: JournalPayload, user: String, time: Date = Date()) throws(JournalError) -> JournalEntry {
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        guard let fd = try Self.lockCurrent(dir, exclusive: true) else { throw .io(operation: "open", errno: ENOENT) }
        defer { flock(fd, LOCK_UN); close(fd) }
        try catchUp(fd, dir)
        if let tornTail { throw tornTail }
        do { try state.check(payload) } catch { throw .refused(error) }
        let entry = JournalEntry(sequence: state.lastSequence + 1, time: Self.timestamp(time), user: user, payload: payload)
        let line = JournalCodec.encode(entry)
        do throws(JournalError) {
            var failure: AuditError?
            do { try AuditFiles.writeAll(fd, line, name: Self.fileName, write: write) } catch { failure = error }
            if let failure, case let .io(_, op, code) = failure { throw .io(operation: op, errno: code) }
            CrashPoint.step()  // kill harness: after the write, before the fsync
            guard Self.sync(fd, durability) == 0 else { throw .io(operation: durability == .fsync ? "fsync" : "fdatasync", errno: errno) }
            CrashPoint.step()  // after the fsync, before anyone is told
        } catch {
            // Whole lines or nothing: cut off whatever part of the line reached the file.
            if ftruncate(fd, off_t(offset)) == 0 { _ = fsync(fd) }
            throw error
        }
        do { try state.apply(entry) } catch { throw .refused(error) }
        if offset == 0 { head = Array(line.prefix(64)) }
        offset += line.count
        lines += 1
        fileLast = entry.sequence
        lastLineCRC = line.withUnsafeBufferPointer { JournalSnapshot.storedCRC(UnsafeBufferPointer(rebasing: $0.dropLast())) }
        return entry
    }

    /// `fdatasync` where the system has it (Linux); elsewhere `fsync`.
    private static func sync(_ fd: Int32, _ durability: Durability) -> Int32 {
        #if os(Linux)
        if durability == .fdatasync { return fdatasync(fd) }
        #endif
        return fsync(fd)
    }

    /// Starts over from the committed snapshot (or from nothing), before the current file
    /// is replayed from its start.
    private mutating func reload(_ dir: DirectoryHandle) throws(JournalError) {
        base = try JournalSnapshot.read(dir)
        state = base?.state ?? JournalState()
        offset = 0; lines = 0; fileLast = 0; head = []; tornTail = nil; lastLineCRC = ""
    }

    /// Reads and applies the lines after `offset`. Call only while holding a lock on the
    /// current file (`lockCurrent`), so no compaction is under way.
    mutating func catchUp(_ fd: Int32, _ dir: DirectoryHandle) throws(JournalError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", errno: errno) }
        let size = Int(st.st_size)
        let current = (dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        var replaced = identity == nil || identity! != current
        if !replaced, size < offset || !Self.starts(fd, with: head) {
            // Shorter, or starting with other bytes: a compaction's new file on the old inode
            // number (the snapshot changed), or an edit outside jobmatch.
            let snapshot = try JournalSnapshot.read(dir)
            if snapshot?.sha256 == base?.sha256, size < offset {
                throw .damaged([Problem(file: Self.fileName, line: 0, field: "", message:
                    "is shorter (\(size) bytes) than when it was read (\(offset) bytes): it was cut or replaced outside jobmatch")])
            }
            replaced = true
        }
        if replaced { try reload(dir) }
        identity = current
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
        var last = fileLast
        var lastCRC = lastLineCRC
        var next = state
        let skipTo = base?.sequence ?? 0
        let skipCRC = base?.crc ?? ""
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
                    guard last == 0 || e.sequence == last + 1 else {
                        throw LineProblem(field: "seq", message:
                            "expected entry \(last + 1), found \(e.sequence) (an entry is missing, repeated or out of order)")
                    }
                    last = e.sequence
                    lastCRC = JournalSnapshot.storedCRC(line)
                    if e.sequence <= skipTo {
                        // Already in the snapshot (a compaction stopped before it replaced the
                        // journal): skipped, but line N must be the one the snapshot was made from.
                        let crc = lastCRC
                        guard e.sequence < skipTo || crc == skipCRC else {
                            throw LineProblem(field: "crc", message:
                                "entry \(skipTo) is not the one journal.snapshot was made from (crc \(crc), the snapshot records "
                                + "\(skipCRC)): journal.jsonl and journal.snapshot are from different copies; restore both from the same backup")
                        }
                        continue
                    }
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
        if problems.isEmpty, last > 0, last < skipTo {
            problems.append(Problem(file: Self.fileName, line: lineNumber, field: "seq", message:
                "ends at entry \(last), but journal.snapshot holds the state after entry \(skipTo): journal.jsonl is older than "
                + "the snapshot; restore both from the same backup"))
        }
        guard problems.isEmpty else { throw .damaged(problems) }
        state = next
        if offset == 0 { head = Array(bytes[0..<min(64, consumed)]) }
        offset += consumed
        lines = lineNumber
        fileLast = last
        lastLineCRC = lastCRC
        if consumed < done {
            tornTail = .tornTail(line: lines + 1, completeBytes: offset, directory: directory.path)
        }
    }

    /// Whether the file still begins with `head` (what it began with when first read).
    private static func starts(_ fd: Int32, with head: [UInt8]) -> Bool {
        guard !head.isEmpty else { return true }
        var now = [UInt8](repeating: 0, count: head.count)
        let n = now.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        return n == head.count && now == head
    }

    /// Opens and locks the file that is `journal.jsonl` now. A compaction renames a new
    /// journal over the old one while it holds the old one's lock, so a process that was
    /// waiting for that lock would get a file no longer in the directory: it checks, after
    /// locking, that the name still leads to the inode it locked, and tries again if not.
    /// Without `exclusive`, nil when there is no journal.
    static func lockCurrent(_ dir: DirectoryHandle, exclusive: Bool) throws(JournalError) -> Int32? {
        for _ in 0..<100 {
            let fd: Int32
            if exclusive {
                fd = try openForAppend(dir)
            } else {
                fd = openat(dir.fd, fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
                if fd < 0 {
                    if errno == ENOENT { return nil }
                    throw opening(errno, dir.path)
                }
                do throws(JournalError) { try requireRegular(fd, directory: dir.path) } catch { close(fd); throw error }
            }
            var locked: Int32 = 0
            repeat { locked = flock(fd, exclusive ? LOCK_EX : LOCK_SH) } while locked != 0 && errno == EINTR
            guard locked == 0 else { let code = errno; close(fd); throw .io(operation: "lock", errno: code) }
            var mine = stat(), named = stat()
            if fstat(fd, &mine) == 0, fstatat(dir.fd, fileName, &named, AT_SYMLINK_NOFOLLOW) == 0,
               mine.st_dev == named.st_dev, mine.st_ino == named.st_ino {
                return fd
            }
            flock(fd, LOCK_UN)
            close(fd)
        }
        throw .io(operation: "lock (it kept being replaced)", errno: EAGAIN)
    }

    static func openForAppend(_ dir: DirectoryHandle) throws(JournalError) -> Int32 {
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
    static func requireRegular(_ fd: Int32, directory: String) throws(JournalError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(operation: "stat", errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        if st.st_mode & (S_IROTH | S_IWOTH) != 0 {
            throw .store(.exposed(path: directory + "/" + fileName, mode: UInt32(st.st_mode & 0o7777),
                                  fix: "chmod -R o-rwx \(shellQuoted(directory))"))
        }
    }

    static func opening(_ code: Int32, _ directory: String) -> JournalError {
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
