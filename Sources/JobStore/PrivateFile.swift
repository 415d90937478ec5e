#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// A file outside the data directory that holds personal data (a shortlist exported for a
/// company): written whole or not at all, readable by its owner only.
public enum PrivateFile {
    /// Why the file was not written; the path is as it was.
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Writes `bytes` to `path` atomically with mode 0600: a temp file next to it (created
    /// with `O_EXCL | O_NOFOLLOW`), fsync, rename over `path`, fsync of the directory. An
    /// existing symbolic link or non-file at `path` is refused rather than replaced.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        func fail(_ what: String, _ code: Int32) -> WriteError {
            WriteError(path: path, message: "\(what) failed: \(String(cString: strerror(code))); nothing was written")
        }
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !base.isEmpty, base != ".", base != ".." else { throw WriteError(path: path, message: "is not a file name") }
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            throw WriteError(path: path, message: "exists and is not a plain file (a link or a directory); choose another name")
        }
        let temp = dir + "/." + base + ".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail("creating a file in \(dir)", errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw fail("chmod", errno) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 { if errno == EINTR { continue }; throw fail("write", errno) }
                done += n
            }
            guard fsync(fd) == 0 else { throw fail("fsync", errno) }
        }
        guard rename(temp, path) == 0 else { throw fail("rename", errno) }
        ok = true
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }
}
