#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The writer lock of a data directory: `flock(LOCK_EX)` on `<data>/.lock`, which holds the
/// pid of the process that has it (for the error message only; the kernel lock is what
/// counts, so a crashed writer never leaves the directory locked).
///
/// Writers wait briefly (default 2 s, polling every 20 ms) because a save takes
/// milliseconds to a second; after that they give up with "another jobmatch is writing to
/// DIR (pid N)" instead of hanging a consultant's terminal. Readers take no lock: a write
/// commits by renaming `manifest.json`, and a reader that sees the generation change while
/// it opens the files starts again (see `DataStore.snapshot`).
///
/// `.lock` is opened relative to the directory with `O_NOFOLLOW`: a link planted there is
/// refused, never followed. Only a `.lock` this process creates gets its mode and group set.
final class DirectoryLock {
    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    static let fileName = ".lock"

    static func acquire(directory: String, sharing: FileSharing, timeout: Duration) throws(StoreError) -> DirectoryLock {
        try acquire(DirectoryHandle.open(directory), timeout: timeout)
    }

    static func acquire(_ dir: DirectoryHandle, timeout: Duration) throws(StoreError) -> DirectoryLock {
        let fd = try openLockFile(dir)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw .io(file: fileName, operation: "lock", errno: code)
            }
            if clock.now >= deadline {
                let pid = readPid(fd)
                close(fd)
                throw .locked(directory: dir.path, pid: pid)
            }
            usleep(20_000)
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return DirectoryLock(fd: fd)
    }

    /// Opens the existing `.lock`, or creates it (exclusively, so a file someone else
    /// creates at the same moment is opened, not re-moded).
    private static func openLockFile(_ dir: DirectoryHandle) throws(StoreError) -> Int32 {
        for _ in 0..<3 {
            if let fd = try dir.openFile(fileName, flags: O_RDWR) { return fd }
            do throws(StoreError) {
                let fd = try dir.createFile(fileName, replacing: false)
                close(fd)
            } catch {
                if case .io(_, _, let code) = error, code == EEXIST { continue }
                throw error
            }
        }
        throw .io(file: fileName, operation: "open", errno: EEXIST)
    }

    private static func readPid(_ fd: Int32) -> Int32? {
        var buf = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buf, buf.count, 0)
        guard n > 0 else { return nil }
        let digits = buf[0..<n].prefix { $0 >= 48 && $0 <= 57 }
        return Int32(String(decoding: digits, as: UTF8.self))
    }

    /// Releases the lock (also done on deinit). The pid is left in the file; it is only
    /// read while someone holds the lock.
    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
