import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file the user asked for outside the data directory (the barometer report):
/// atomically and durably, readable only by its owner, since a report may be about
/// companies' hiring plans. A temp file beside the target is created exclusively (never
/// through a link), written, fsync'd and renamed over the target, then the directory is
/// fsync'd: a crash leaves the old file or the new one, never half of one.
public enum ExportFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw .io(file: path, operation: "write (the path names a directory)", errno: EISDIR) }
        let temp = directory + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw .io(file: path, operation: "create a temp file beside", errno: errno) }
        var done = false
        defer { if !done { unlink(temp) } }
        do {
            defer { close(fd) }
            let failure: StoreError? = bytes.withUnsafeBytes { b in
                do throws(StoreError) { try PosixFile.writeAll(fd, b, name: path); return nil } catch { return error }
            }
            if let failure { throw failure }
            if fchmod(fd, 0o600) != 0 { throw .io(file: path, operation: "chmod 0600", errno: errno) }
            if fsync(fd) != 0 { throw .io(file: path, operation: "fsync", errno: errno) }
        }
        if rename(temp, path) != 0 { throw .io(file: path, operation: "rename into place", errno: errno) }
        done = true
        try PosixFile.syncDirectory(directory)
    }
}
