import Foundation
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Compaction of `journal.jsonl`: the replayed state after its last entry N becomes
/// `journal.snapshot`, and the journal starts again empty (its next entry is N+1). See
/// docs/data-format.md, "journal.jsonl", for the format and why a crash is harmless:
///
/// 1. under the data directory's writer lock and an exclusive `flock` on the journal (taken
///    without waiting long: if either is held, someone is writing and nothing is done), the
///    journal is replayed (from the previous snapshot, if any) and checked;
/// 2. the snapshot (the state after N, with N and the CRC of line N) is committed through the
///    manifest like any data file (`AtomicWriter`: staged file, fsync, manifest rename);
///    from here on, replay takes the snapshot and skips the old journal's lines up to N;
/// 3. an empty journal is created under a temp name, locked, fsync'd and renamed over the
///    old one, and the directory is fsync'd. Both locks are held until the end, so no one
///    appends meanwhile, and a process waiting for the old file's lock notices the new file
///    (`Journal.lockCurrent`).
///
/// A crash before 2's commit leaves the old snapshot and the old journal; after it, the new
/// snapshot and the old journal (lines up to N skipped) or the new journal: the same state
/// in every case, and no acknowledged entry is lost (every append is made under the lock the
/// compaction holds, so it is either in the old journal up to N, or after the compaction in
/// the new journal).
public enum JournalCompaction {
    /// The points after which a test may stop a compaction, as a crash would.
    public enum Step: String, Sendable, CaseIterable {
        /// Both locks taken and the journal replayed; nothing written yet.
        case locked
        /// The snapshot is committed (manifest renamed and the staged file renamed into place).
        case snapshotCommitted
        /// The new, empty journal is durable under its temp name.
        case journalWritten
        /// The new journal has been renamed over the old one (the directory not yet fsync'd).
        case journalReplaced
    }

    /// What a compaction did, for the command to print.
    public enum Outcome: Sendable, Equatable {
        /// The journal's lines up to `sequence` are now in the snapshot.
        case compacted(sequence: Int, lines: Int, bytes: Int, snapshotBytes: Int)
        /// Nothing since the last compaction (or an empty journal).
        case nothingToDo(sequence: Int)
        /// Someone holds the writer lock or the journal's lock; nothing was done.
        case busy(String)
        /// The state cannot be written as a snapshot by this jobmatch; nothing was done.
        case refused(String)
    }

    /// Compacts the journal of `directory` if no one is writing. `lockWait` is how long to
    /// wait for a lock an append holds for a few milliseconds; `stop` is a test hook called
    /// after each step (throwing there leaves the files as a crash would).
    public static func compact(directory: URL, lockWait: Duration = .seconds(1),
                               stop: ((Step) throws(JournalError) -> Void)? = nil) throws(JournalError) -> Outcome {
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        let lock: DirectoryLock
        do { lock = try DirectoryLock.acquire(dir, timeout: lockWait) } catch {
            if case .locked = error { return .busy(error.description + "; the journal was not compacted") }
            throw .store(error)
        }
        defer { lock.release() }

        guard let found = try lockJournal(dir, wait: lockWait) else {
            return .busy("someone is recording an edit in \(Journal.fileName) (its lock is held); the journal was not compacted, try again in a moment")
        }
        guard let fd = found else { return .nothingToDo(sequence: try JournalSnapshot.read(dir)?.sequence ?? 0) }
        defer { flock(fd, LOCK_UN); close(fd) }
        var journal = Journal.empty(directory: directory)
        try journal.catchUp(fd, dir)
        if let torn = journal.tornTail { throw torn }
        let n = journal.state.lastSequence
        let bytes = journal.offset
        guard journal.lines > 0 else { return .nothingToDo(sequence: n) }
        try stop?(.locked)
        CrashPoint.step()

        var snapshotBytes = journal.snapshot?.bytes ?? 0
        if n > (journal.snapshot?.sequence ?? 0) {
            let encoded = JournalSnapshot.encode(journal.state, crc: journal.lastLineCRC)
            // Never write a snapshot that would not give back the same state (a kind of
            // entry added to JournalState but not to the snapshot format would be lost).
            guard let back = try? JournalSnapshot.decode(encoded), back.state == journal.state else {
                return .refused("the journal's state cannot be written as a snapshot by this jobmatch "
                                + "(it holds work the snapshot format does not know); the journal was not compacted")
            }
            do throws(StoreError) {
                let writer = AtomicWriter(dir: dir)
                try writer.replace([(JournalSnapshot.fileName, [encoded])], base: try writer.recover())
            } catch { throw .store(error) }
            snapshotBytes = encoded.count
            try stop?(.snapshotCommitted)
            CrashPoint.step()
        }
        // Otherwise an earlier compaction committed this snapshot and stopped before it
        // replaced the journal: only that is left to do.

        let temp = ".\(Journal.fileName).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        let fresh: Int32
        do { fresh = try dir.createFile(temp) } catch { throw .store(error) }
        defer { flock(fresh, LOCK_UN); close(fresh) }
        guard flock(fresh, LOCK_EX) == 0, fsync(fresh) == 0 else {
            let code = errno
            dir.remove(temp)
            throw .io(operation: "create a new", errno: code)
        }
        try stop?(.journalWritten)
        CrashPoint.step()
        do { try dir.rename(temp, to: Journal.fileName) } catch { dir.remove(temp); throw .store(error) }
        try stop?(.journalReplaced)
        CrashPoint.step()
        do { try dir.sync() } catch { throw .store(error) }
        return .compacted(sequence: n, lines: journal.lines, bytes: bytes, snapshotBytes: snapshotBytes)
    }

    /// The current journal, locked exclusively, or nil when its lock stayed taken for
    /// `wait` (an append holds it for milliseconds; a reader replaying a large journal for
    /// up to a second). nil also when there is no journal: then there is nothing to compact.
    private static func lockJournal(_ dir: DirectoryHandle, wait: Duration) throws(JournalError) -> Int32?? {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: wait)
        while true {
            let fd = openat(dir.fd, Journal.fileName, O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            if fd < 0 {
                if errno == ENOENT { return .some(nil) }
                throw Journal.opening(errno, dir.path)
            }
            do throws(JournalError) { try Journal.requireRegular(fd, directory: dir.path) } catch { close(fd); throw error }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                var mine = stat(), named = stat()
                if fstat(fd, &mine) == 0, fstatat(dir.fd, Journal.fileName, &named, AT_SYMLINK_NOFOLLOW) == 0,
                   mine.st_dev == named.st_dev, mine.st_ino == named.st_ino {
                    return .some(fd)
                }
                flock(fd, LOCK_UN)
            }
            close(fd)
            if clock.now >= deadline { return nil }
            usleep(10_000)
        }
    }
}
