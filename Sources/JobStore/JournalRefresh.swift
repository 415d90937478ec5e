import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Journal {
    /// Reads what other writers appended since the last read (a running workbench calls this
    /// about once a second). Costs one `fstat` when nothing changed; a journal that is still
    /// absent stays empty. Under a shared `flock`, as `open`, so half a line is never read.
    public mutating func refresh() throws(JournalError) {
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        let fd = openat(dir.fd, Self.fileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT, offset == 0 { return }
            throw .io(operation: "open", errno: errno)
        }
        defer { close(fd) }
        guard flock(fd, LOCK_SH) == 0 else { throw .io(operation: "lock", errno: errno) }
        defer { flock(fd, LOCK_UN) }
        try catchUp(fd)
    }
}
