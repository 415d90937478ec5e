import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Journal {
    /// Reads what other writers appended since the last read (a running workbench calls this
    /// about once a second), or, when a compaction replaced the file, starts again from the
    /// new snapshot and the new file, so nothing is applied twice or missed. A few system
    /// calls when nothing changed; a journal that is still absent stays empty. Under a
    /// shared `flock` on the current file, as `open`, so half a line is never read and no
    /// compaction is half done. Returns whether anything changed.
    @discardableResult
    public mutating func refresh() throws(JournalError) -> Bool {
        let dir: DirectoryHandle
        do { dir = try DirectoryHandle.open(directory.path) } catch { throw .store(error) }
        let before = (state.lastSequence, offset, snapshot?.sha256)
        guard let fd = try Self.lockCurrent(dir, exclusive: false) else { return false }
        defer { flock(fd, LOCK_UN); close(fd) }
        try catchUp(fd, dir)
        return before != (state.lastSequence, offset, snapshot?.sha256)
    }
}
