import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open data directory. Every file inside it is reached relative to this descriptor with
/// `O_NOFOLLOW`, so a link planted in a shared directory (`.lock -> ~colleague/.bashrc`)
/// is refused instead of followed, and a directory renamed away mid-command cannot send
/// later opens somewhere else.
///
/// Opening checks the directory's permissions: a directory or file that others (outside
/// owner and group) may read or write holds personal data in the open, so it is refused
/// with the `chmod` that fixes it. The directory path itself may be a link: the user chose it.
final class DirectoryHandle {
    let path: String
    let fd: Int32
    let sharing: FileSharing

    private init(path: String, fd: Int32, sharing: FileSharing) {
        self.path = path; self.fd = fd; self.sharing = sharing
    }

    deinit { close(fd) }

    /// Opens an existing data directory; `.noDataDirectory` when there is nothing at `path`.
    static func open(_ path: String) throws(StoreError) -> DirectoryHandle {
        let fd = openPath(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { throw .noDataDirectory(path: path) }
            if code == ENOTDIR { throw .io(file: path, operation: "use as the data directory (it is not a directory)", errno: code) }
            throw .io(file: path, operation: "open the data directory", errno: code)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); throw .io(file: path, operation: "stat", errno: code) }
        if st.st_mode & (S_IROTH | S_IWOTH) != 0 {
            close(fd)
            throw .exposed(path: path, mode: UInt32(st.st_mode & 0o7777), fix: "chmod -R o-rwx \(shellQuoted(path))")
        }
        return DirectoryHandle(path: path, fd: fd, sharing: FileSharing.of(st))
    }

    /// Opens `name` inside the directory without following a link. nil when it does not
    /// exist. The file must be a regular file that others cannot read or write.
    func openFile(_ name: String, flags: Int32 = O_RDONLY) throws(StoreError) -> Int32? {
        let fd = openat(self.fd, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            if code == ELOOP || code == EMLINK { throw .symlink(file: name, directory: path) }
            throw .io(file: name, operation: "open", errno: code)
        }
        do throws(StoreError) { try checkFile(fd, name) } catch { close(fd); throw error }
        return fd
    }

    /// Creates `name` exclusively (a leftover of the same name is removed first when
    /// `replacing`), with the directory's sharing mode and group. Only files created here get
    /// their mode or group set.
    func createFile(_ name: String, replacing: Bool = true) throws(StoreError) -> Int32 {
        if replacing { unlinkat(fd, name, 0) }
        let created = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, sharing.fileMode)
        if created < 0 { throw .io(file: name, operation: "create", errno: errno) }
        do throws(StoreError) { try sharing.apply(to: created, name: name) } catch { close(created); throw error }
        return created
    }

    private func checkFile(_ fd: Int32, _ name: String) throws(StoreError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .io(file: name, operation: "stat", errno: errno) }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw .io(file: name, operation: "read (it is not a regular file)", errno: EINVAL)
        }
        if st.st_mode & (S_IROTH | S_IWOTH) != 0 {
            throw .exposed(path: path + "/" + name, mode: UInt32(st.st_mode & 0o7777),
                           fix: "chmod -R o-rwx \(shellQuoted(path))")
        }
    }

    /// The whole file, or nil when it does not exist.
    func read(_ name: String) throws(StoreError) -> [UInt8]? {
        guard let fd = try openFile(name) else { return nil }
        defer { close(fd) }
        return try PosixFile.readAll(fd, name: name)
    }

    /// Whether an entry of this name exists (a link counts; it is not followed).
    func exists(_ name: String) -> Bool {
        var st = stat()
        return fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0
    }

    func rename(_ from: String, to: String) throws(StoreError) {
        if renameat(fd, from, fd, to) != 0 { throw .io(file: to, operation: "replace", errno: errno) }
    }

    func remove(_ name: String) { unlinkat(fd, name, 0) }

    /// fsync of the directory, so that renames inside it survive a power cut.
    func sync() throws(StoreError) {
        if fsync(fd) != 0, errno != EINVAL { throw .io(file: ".", operation: "fsync the data directory", errno: errno) }
    }

    /// The names in the directory, without `.` and `..`.
    func names() -> [String] {
        let copy = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard copy >= 0, let dir = fdopendir(copy) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != ".", name != ".." { out.append(name) }
        }
        return out
    }
}

/// `path` as one shell word, quoted only when it needs to be, for commands in messages.
func shellQuoted(_ path: String) -> String {
    let safe = path.utf8.allSatisfy { c in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || "/._-+,:@%~".utf8.contains(c)
    }
    return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// `open(2)` by path, outside `DirectoryHandle` whose static `open` hides the C call.
private func openPath(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
