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

/// Thin wrappers over the POSIX calls the store needs, turning `errno` into `StoreError`
/// with the file's name. Foundation is not used for file contents: it cannot fsync a
/// directory and its errors do not say which call failed.
enum PosixFile {
    /// The whole file, or nil when it does not exist.
    static func read(_ path: String, name: String) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .io(file: name, operation: "open", errno: errno)
        }
        defer { close(fd) }
        return try readAll(fd, name: name)
    }

    /// Everything from an open file, which is left open.
    static func readAll(_ fd: Int32, name: String) throws(StoreError) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: name, operation: "stat", errno: errno) }
        // One byte more than the size, so a file that grew meanwhile is noticed. The buffer
        // is not zeroed first: read() fills it, and only the filled part counts.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(st.st_size) + 1) { buf, initialized in
            var filled = 0
            while filled < buf.count {
                let n = posixRead(fd, buf.baseAddress! + filled, buf.count - filled)
                if n == 0 { break }
                if n < 0 { if errno == EINTR { continue }; failure = errno; break }
                filled += n
            }
            initialized = filled
        }
        let filled = bytes.count
        if failure != 0 { throw .io(file: name, operation: "read", errno: failure) }
        if filled == Int(st.st_size) + 1 {
            // Someone appended while we read (jobmatch itself never does: it renames).
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = posixRead(fd, &chunk, chunk.count)
                if n == 0 { break }
                if n < 0 { if errno == EINTR { continue }; throw .io(file: name, operation: "read", errno: errno) }
                bytes.append(contentsOf: chunk[0..<n])
            }
        }
        return bytes
    }

    /// Writes every byte, retrying short writes and interrupts.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, name: String) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = posixWrite(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .io(file: name, operation: "write", errno: errno)
            }
            done += n
        }
    }

    /// fsync of a directory, so that a rename inside it survives a power cut.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .io(file: ".", operation: "open the data directory", errno: errno) }
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL { throw .io(file: ".", operation: "fsync the data directory", errno: errno) }
    }
}
