#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may read the files jobmatch creates, decided by the data directory itself.
///
/// A personal directory (the default, created 0700) gets files 0600: candidate records are
/// personal data. A directory that an administrator has made group-shared — setgid bit set,
/// or group-writable — is meant for several consultants in one Unix group, so files are
/// created 0660 and given the directory's group. jobmatch never widens a directory's
/// permissions itself; it only follows what the directory already says.
struct FileSharing: Equatable, Sendable {
    /// Mode for new files: 0600 or 0660.
    var fileMode: mode_t
    /// Group to give new files when shared, nil for personal directories.
    var group: gid_t?

    static let personal = FileSharing(fileMode: 0o600, group: nil)

    /// Reads the rule off an existing directory.
    static func of(directory path: String) -> FileSharing {
        var st = stat()
        guard stat(path, &st) == 0 else { return .personal }
        return of(st)
    }

    /// The rule for a directory's `stat`. A directory open to others (o+r or o+w, which
    /// `DirectoryHandle` refuses anyway) is never taken as group-shared: 0777 is not a team
    /// directory, and files made in it stay 0600.
    static func of(_ st: stat) -> FileSharing {
        let shared = st.st_mode & S_ISGID != 0 || st.st_mode & S_IWGRP != 0
        let open = st.st_mode & (S_IROTH | S_IWOTH) != 0
        return shared && !open ? FileSharing(fileMode: 0o660, group: st.st_gid) : .personal
    }

    /// Applies mode and group to a file just created (the umask is not trusted to agree).
    func apply(to fd: Int32, name: String) throws(StoreError) {
        if fchmod(fd, fileMode) != 0 { throw .io(file: name, operation: "set permissions of", errno: errno) }
        if let group, fchown(fd, uid_t.max, group) != 0, errno != EPERM {
            throw .io(file: name, operation: "set the group of", errno: errno)
        }
    }
}
