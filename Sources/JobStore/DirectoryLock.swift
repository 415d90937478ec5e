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
/// DIR (pid N)" instead of hanging a consultant's terminal. Readers take no lock: writers
/// replace files by rename, so a reader sees each file either whole-old or whole-new.
final class DirectoryLock {
    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    static func acquire(directory: String, sharing: FileSharing, timeout: Duration) throws(StoreError) -> DirectoryLock {
        let path = directory + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, sharing.fileMode)
        if fd < 0 { throw .io(file: ".lock", operation: "open", errno: errno) }
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size == 0 { try? sharing.apply(to: fd, name: ".lock") }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw .io(file: ".lock", operation: "lock", errno: code)
            }
            if clock.now >= deadline {
                let pid = readPid(fd)
                close(fd)
                throw .locked(directory: directory, pid: pid)
            }
            usleep(20_000)
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return DirectoryLock(fd: fd)
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
