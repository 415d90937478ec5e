import Foundation
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `<data>/audit.jsonl`: who saw or changed which personal record, append-only and
/// hash-chained (see docs/data-format.md for the format and what the chain can prove).
///
/// Each line ends with `"prev"`, the previous entry's hash, and `"hash"`, the SHA-256 of the
/// line up to just before `,"hash"`. An edited line fails its own hash, a removed or moved
/// one breaks the next line's `prev`, and `audit.checkpoint` (the entry count and last hash,
/// rewritten atomically after every append) shows entries cut off the end.
///
/// Appends take an exclusive `flock` on the file (two consultants on a shared directory
/// interleave whole lines), are fsync'd before returning, and either write the whole line or
/// nothing: a short write is rolled back with `ftruncate`. A log whose last line was torn by
/// a crash is reported, never appended to. Neither file is opened through a symbolic link.
public struct AuditLog: Sendable {
    public static let fileName = "audit.jsonl"
    public static let checkpointFileName = AuditCheckpoint.fileName
    public let directory: URL
    /// Test hook: the `write` system call, to simulate a disk that fills up mid-line.
    var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int = AuditFiles.systemWrite

    public init(directory: URL) { self.directory = directory }

    private var path: String { directory.appendingPathComponent(Self.fileName).path }

    /// Appends one entry stamped with `time` (UTC, ISO 8601). When this throws, the log is
    /// as it was and the caller must treat the view as not logged.
    public func append(_ event: AuditEvent, time: Date = Date()) throws(AuditError) {
        let name = Self.fileName
        let sharing = FileSharing.of(directory: directory.path)
        let fd = try AuditFiles.openForAppend(path, name: name, sharing: sharing)
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw .io(file: name, operation: "lock", errno: errno) }
        defer { flock(fd, LOCK_UN) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: name, operation: "stat", errno: errno) }
        let oldSize = Int(st.st_size)
        let previous = try Self.lastLine(fd, size: oldSize)
        let line = Self.encode(event, time: time, prev: previous.map(Self.identity) ?? "")
        do throws(AuditError) {
            try AuditFiles.writeAll(fd, line, name: name, write: write)
            guard fsync(fd) == 0 else { throw AuditError.io(file: name, operation: "fsync", errno: errno) }
        } catch {
            // Whole lines or nothing: cut off whatever part of the line reached the file.
            if ftruncate(fd, off_t(oldSize)) == 0 { _ = fsync(fd) }
            throw error
        }
        let newSize = oldSize + line.count
        let entries: Int
        if case .success(let c)? = try? AuditCheckpoint.read(directory: directory.path), c.bytes == oldSize {
            entries = c.entries + 1
        } else {
            // No checkpoint yet, or the log changed without one (an older jobmatch): count.
            entries = try Self.countLines(fd, size: newSize)
        }
        let head = Self.identity(Array(line.dropLast()))
        try AuditCheckpoint(entries: entries, bytes: newSize, head: head).write(directory: directory.path, sharing: sharing)
    }

    /// The entry as one JSON line (with its newline), fields in a fixed order, strings
    /// escaped by the record writer so audit lines and data lines follow one JSON dialect.
    static func encode(_ e: AuditEvent, time: Date, prev: String) -> [UInt8] {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var w = JSONLineWriter(capacity: 256 + e.detail.utf8.count)
        func field(_ key: String, _ value: String, first: Bool = false) {
            w.bytes.append(contentsOf: Array(((first ? "{" : ",") + "\"\(key)\":").utf8))
            w.string(value)
        }
        field("time", formatter.string(from: time), first: true)
        field("user", e.user)
        field("userMunicipality", e.userMunicipality)
        field("action", e.action.rawValue)
        field("recordKind", e.recordKind)
        field("recordId", e.recordID)
        field("detail", e.detail)
        field("prev", prev)
        let hash = SHA256.hex(w.bytes)
        field("hash", hash)
        w.bytes.append(contentsOf: Array("}\n".utf8))
        return w.bytes
    }

    /// `,"hash":"` + 64 hex digits + `"}`: how every line written by this version ends.
    static let hashSuffixLength = 9 + 64 + 2

    /// The hash a line carries and the bytes it covers, nil for a line without one.
    static func hashField(_ line: ArraySlice<UInt8>) -> (hash: String, body: ArraySlice<UInt8>)? {
        guard line.count >= hashSuffixLength, line.last == UInt8(ascii: "}") else { return nil }
        let start = line.endIndex - hashSuffixLength
        guard line[start..<start + 9].elementsEqual(",\"hash\":\"".utf8), line[line.endIndex - 2] == UInt8(ascii: "\"") else {
            return nil
        }
        return (String(decoding: line[start + 9..<line.endIndex - 2], as: UTF8.self), line[..<start])
    }

    /// What the next line's `prev` names: the line's own hash, or for lines written before
    /// entries carried one, the SHA-256 of the whole line.
    static func identity(_ line: [UInt8]) -> String { identity(line[...]) }
    static func identity(_ line: ArraySlice<UInt8>) -> String { hashField(line)?.hash ?? SHA256.hex(line) }

    /// The last line of the open file (without its newline), nil when the file is empty;
    /// throws `tornEntry` when the file does not end with a newline. Reads backwards in
    /// chunks, so an entry of any length is found whole.
    static func lastLine(_ fd: Int32, size: Int) throws(AuditError) -> [UInt8]? {
        guard size > 0 else { return nil }
        let chunk = 64 * 1024
        var tail: [UInt8] = []
        var end = size
        var lastByte = true
        while end > 0 {
            let start = max(0, end - chunk)
            var buffer = [UInt8](repeating: 0, count: end - start)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            guard n == buffer.count else { throw .io(file: fileName, operation: "read", errno: n < 0 ? errno : EIO) }
            if lastByte {
                lastByte = false
                guard buffer.last == UInt8(ascii: "\n") else {
                    let complete = try completeLength(fd, size: size)
                    throw .tornEntry(line: try countLines(fd, size: complete) + 1, completeBytes: complete)
                }
                buffer.removeLast()
            }
            if let nl = buffer.lastIndex(of: UInt8(ascii: "\n")) {
                return Array(buffer[(nl + 1)...]) + tail
            }
            tail = buffer + tail
            end = start
        }
        return tail
    }

    /// Bytes up to and including the last newline.
    private static func completeLength(_ fd: Int32, size: Int) throws(AuditError) -> Int {
        var end = size
        while end > 0 {
            let start = max(0, end - 64 * 1024)
            var buffer = [UInt8](repeating: 0, count: end - start)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
            guard n == buffer.count else { throw .io(file: fileName, operation: "read", errno: n < 0 ? errno : EIO) }
            if let nl = buffer.lastIndex(of: UInt8(ascii: "\n")) { return start + nl + 1 }
            end = start
        }
        return 0
    }

    /// Newlines in the first `size` bytes: the number of complete entries.
    static func countLines(_ fd: Int32, size: Int) throws(AuditError) -> Int {
        var count = 0
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while offset < size {
            let want = min(buffer.count, size - offset)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(offset)) }
            guard n > 0 else { throw .io(file: fileName, operation: "read", errno: n < 0 ? errno : EIO) }
            for b in buffer[0..<n] where b == UInt8(ascii: "\n") { count += 1 }
            offset += n
        }
        return count
    }
}
