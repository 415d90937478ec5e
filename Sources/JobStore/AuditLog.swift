import Foundation
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `<data>/audit.jsonl`: who saw or changed which personal record, append-only and
/// hash-chained. Each line carries the SHA-256 of the previous line (`prev`), so an edited
/// or deleted entry breaks the chain that `verify` checks. Appends take an exclusive
/// `flock` on the file (two consultants on a shared directory interleave whole lines)
/// and are fsync'd before returning, so an acknowledged entry survives a crash.
public struct AuditLog: Sendable {
    public static let fileName = "audit.jsonl"
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    private var path: String { directory.appendingPathComponent(Self.fileName).path }

    /// Appends one entry stamped with `time` (UTC, ISO 8601).
    public func append(_ event: AuditEvent, time: Date = Date()) throws(StoreError) {
        let name = Self.fileName
        let sharing = FileSharing.of(directory: directory.path)
        let fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, sharing.fileMode)
        guard fd >= 0 else { throw .io(file: name, operation: "open", errno: errno) }
        defer { close(fd) }
        try sharing.apply(to: fd, name: name)
        guard flock(fd, LOCK_EX) == 0 else { throw .io(file: name, operation: "lock", errno: errno) }
        defer { flock(fd, LOCK_UN) }
        let previous = try lastLine(fd)
        let line = Self.encode(event, time: time, prev: previous.map { SHA256.hex($0) } ?? "")
        let written: Result<Void, StoreError> = Array(line.utf8).withUnsafeBytes { raw in
            do throws(StoreError) { try PosixFile.writeAll(fd, raw, name: name); return .success(()) } catch { return .failure(error) }
        }
        try written.get()
        guard fsync(fd) == 0 else { throw .io(file: name, operation: "fsync", errno: errno) }
    }

    /// Checks the hash chain; returns the problems (`audit.jsonl:LINE: prev: …`), empty when intact.
    public func verify() throws(StoreError) -> [Problem] {
        guard let bytes = try PosixFile.read(path, name: Self.fileName) else { return [] }
        var problems: [Problem] = []
        var previous = ""
        var lineNumber = 0
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: "\"prev\":\""), let end = text[range.upperBound...].firstIndex(of: "\"") else {
                problems.append(Problem(file: Self.fileName, line: lineNumber, field: "prev", message: "missing hash of the previous entry"))
                previous = SHA256.hex(line)
                continue
            }
            let prev = String(text[range.upperBound..<end])
            let expected = lineNumber == 1 ? "" : previous
            if prev != expected {
                problems.append(Problem(file: Self.fileName, line: lineNumber, field: "prev",
                                        message: "does not match the previous entry: the log was edited or an entry removed"))
            }
            previous = SHA256.hex(line)
        }
        return problems
    }

    /// The entry as one JSON line, fields in a fixed order.
    static func encode(_ e: AuditEvent, time: Date, prev: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        func q(_ s: String) -> String {
            var out = "\""
            for ch in s.unicodeScalars {
                switch ch {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if ch.value < 0x20 { out += String(format: "\\u%04x", ch.value) } else { out.unicodeScalars.append(ch) }
                }
            }
            return out + "\""
        }
        return "{\"time\":\(q(formatter.string(from: time))),\"user\":\(q(e.user)),\"userMunicipality\":\(q(e.userMunicipality)),"
            + "\"action\":\(q(e.action.rawValue)),\"recordKind\":\(q(e.recordKind)),\"recordId\":\(q(e.recordID)),"
            + "\"detail\":\(q(e.detail)),\"prev\":\(q(prev))}\n"
    }

    /// The last complete line of the open file (without its newline), nil when empty.
    private func lastLine(_ fd: Int32) throws(StoreError) -> [UInt8]? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: Self.fileName, operation: "stat", errno: errno) }
        let size = Int(st.st_size)
        guard size > 0 else { return nil }
        // Entries are short; read a tail window big enough for the longest one.
        let window = min(size, 64 * 1024)
        var buffer = [UInt8](repeating: 0, count: window)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(size - window)) }
        guard n == window else { throw .io(file: Self.fileName, operation: "read", errno: errno) }
        var end = buffer.count
        while end > 0, buffer[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        var start = end
        while start > 0, buffer[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return Array(buffer[start..<end])
    }
}
