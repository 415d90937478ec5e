import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
private let posixRead = Glibc.read
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
private let posixRead = Darwin.read
private let posixWrite = Darwin.write
#endif

/// Opening and reading the audit files without following links, and the checkpoint that
/// makes a shortened log detectable.
enum AuditFiles {
    /// Opens `path` for appending, creating it with the directory's sharing rule when it is
    /// missing. Never follows a symbolic link, and changes the mode and group only of a
    /// file it created itself.
    static func openForAppend(_ path: String, name: String, sharing: FileSharing) throws(AuditError) -> Int32 {
        var fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
        if fd >= 0 {
            do throws(StoreError) { try sharing.apply(to: fd, name: name) } catch {
                close(fd)
                throw asAuditError(error)
            }
            return fd
        }
        guard errno == EEXIST else { throw opening(name, errno) }
        fd = open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw opening(name, errno) }
        do throws(AuditError) { try requireRegular(fd, name: name) } catch { close(fd); throw error }
        return fd
    }

    /// The whole file, or nil when it does not exist. Refuses a symbolic link.
    static func read(_ path: String, name: String) throws(AuditError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw opening(name, errno)
        }
        defer { close(fd) }
        try requireRegular(fd, name: name)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if n == 0 { return bytes }
            if n < 0 { if errno == EINTR { continue }; throw .io(file: name, operation: "read", errno: errno) }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    @Sendable static func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { posixWrite(fd, bytes, count) }

    /// Writes every byte, retrying short writes and interrupts; `write` is the system call
    /// (a test replaces it to simulate a full disk).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], name: String,
                         write: (Int32, UnsafeRawPointer, Int) -> Int = systemWrite) throws(AuditError) {
        var done = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while done < raw.count {
                let n = write(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { failure = ENOSPC; return }
                done += n
            }
        }
        if failure != 0 { throw .io(file: name, operation: "write", errno: failure) }
    }

    static func requireRegular(_ fd: Int32, name: String) throws(AuditError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: name, operation: "stat", errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile(file: name) }
    }

    private static func opening(_ name: String, _ code: Int32) -> AuditError {
        // O_NOFOLLOW on a link gives ELOOP (EMLINK on some BSDs).
        code == ELOOP || code == EMLINK ? .symlink(file: name) : .io(file: name, operation: "open", errno: code)
    }

    static func asAuditError(_ e: StoreError) -> AuditError {
        if case let .io(file, operation, code) = e { return .io(file: file, operation: operation, errno: code) }
        return .io(file: AuditLog.fileName, operation: "write", errno: EIO)
    }
}

/// `audit.checkpoint`: how many entries the log had after the last append, how long it was
/// and the last entry's hash. Rewritten atomically after every append, so removing entries
/// from the end of `audit.jsonl` (which leaves an intact chain) is still noticed.
struct AuditCheckpoint: Equatable, Sendable {
    static let fileName = "audit.checkpoint"
    var entries: Int
    var bytes: Int
    var head: String

    var line: String { "{\"entries\":\(entries),\"bytes\":\(bytes),\"head\":\"\(head)\"}\n" }

    /// The checkpoint in `directory`, nil when there is none; throws when it is a link or
    /// unreadable, and returns a problem when it is not what jobmatch writes.
    static func read(directory: String) throws(AuditError) -> Result<AuditCheckpoint, Problem>? {
        guard let bytes = try AuditFiles.read(directory + "/" + fileName, name: fileName) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let bad = Problem(file: fileName, line: 1, field: "", message: "not a checkpoint written by jobmatch (\(text.prefix(60).debugDescription))")
        func field(_ key: String) -> Substring? {
            guard let r = text.range(of: "\"\(key)\":") else { return nil }
            let rest = text[r.upperBound...]
            let end = rest.firstIndex(where: { $0 == "," || $0 == "}" }) ?? rest.endIndex
            return rest[..<end]
        }
        guard let e = field("entries").flatMap({ Int($0) }), let b = field("bytes").flatMap({ Int($0) }),
              let h = field("head"), h.count == 66, h.first == "\"", h.last == "\"" else { return .failure(bad) }
        return .success(AuditCheckpoint(entries: e, bytes: b, head: String(h.dropFirst().dropLast())))
    }

    /// Replaces the checkpoint: a fresh temp file (never a link), fsync, rename, fsync the
    /// directory. Call while holding the audit log's lock.
    func write(directory: String, sharing: FileSharing) throws(AuditError) {
        let prefix = "." + Self.fileName + ".pending-"
        Self.removeLeftovers(directory: directory, prefix: prefix)
        let temp = directory + "/" + prefix + "\(getpid())-\(UInt32.random(in: .min ... .max))"
        let name = Self.fileName
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
        guard fd >= 0 else { throw .io(file: name, operation: "create a temporary file for", errno: errno) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        do {
            defer { close(fd) }
            do throws(StoreError) { try sharing.apply(to: fd, name: name) } catch { throw AuditFiles.asAuditError(error) }
            try AuditFiles.writeAll(fd, Array(line.utf8), name: name)
            guard fsync(fd) == 0 else { throw AuditError.io(file: name, operation: "fsync", errno: errno) }
        }
        guard rename(temp, directory + "/" + name) == 0 else { throw .io(file: name, operation: "replace", errno: errno) }
        ok = true
        do throws(StoreError) { try PosixFile.syncDirectory(directory) } catch { throw AuditFiles.asAuditError(error) }
    }

    /// Temp files a crashed append left behind (only appends, holding the lock, write them).
    private static func removeLeftovers(directory: String, prefix: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(prefix) { names.append(name) }
        }
        for n in names { unlink(directory + "/" + n) }
    }
}
