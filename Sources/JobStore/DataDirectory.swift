import Foundation
import JobMatchCore
import JobMatchResources

/// Where the data lives, and what is at that path (see DataDirectorySetup for creating one).
public enum DataDirectory {
    /// The data directory, first match wins:
    /// 1. `--data DIR` (`explicit`),
    /// 2. `$JOBMATCH_DATA`,
    /// 3. `$XDG_DATA_HOME/jobmatch`,
    /// 4. `~/.local/share/jobmatch` (the XDG default).
    /// Empty variables count as unset, as the XDG spec says. Relative paths are taken from
    /// the current directory.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        if let p = nonEmpty(explicit) { return URL(fileURLWithPath: expandTilde(p, environment)).standardizedFileURL }
        if let p = nonEmpty(environment["JOBMATCH_DATA"]) {
            return URL(fileURLWithPath: expandTilde(p, environment)).standardizedFileURL
        }
        if let x = nonEmpty(environment["XDG_DATA_HOME"]) {
            return URL(fileURLWithPath: x).appendingPathComponent("jobmatch").standardizedFileURL
        }
        return URL(fileURLWithPath: home(environment)).appendingPathComponent(".local/share/jobmatch").standardizedFileURL
    }

    private static func home(_ environment: [String: String]) -> String {
        if let h = environment["HOME"], !h.isEmpty { return h }
        return NSHomeDirectory()
    }

    private static func expandTilde(_ p: String, _ environment: [String: String]) -> String {
        if p == "~" { return home(environment) }
        if p.hasPrefix("~/") { return home(environment) + p.dropFirst(1) }
        return p
    }

    /// What is at a data directory's path, which decides what may be done there.
    public enum State: Equatable, Sendable {
        /// Nothing: a new directory may be created (explicitly, with `jobmatch init`).
        case missing
        /// A directory with no entries except what a jobmatch writer leaves (`.lock`, temp
        /// and staged files of an interrupted setup): a new data directory may go here.
        case empty
        /// A data directory: it has `manifest.json` or at least one of the data files.
        case dataDirectory
        /// Something else (a file, or a directory of other things): never written to.
        case other
    }

    public static func state(of directory: URL) -> State {
        var st = stat()
        // A dangling link (an unmounted share) counts as missing: there is no directory.
        guard stat(directory.path, &st) == 0 else { return .missing }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return .other }
        if names.contains(where: { $0 == Manifest.fileName || Manifest.dataFiles.contains($0) }) { return .dataDirectory }
        let leftovers = names.allSatisfy { $0 == DirectoryLock.fileName || AtomicWriter.isTempName($0) }
        return leftovers ? .empty : .other
    }

    /// Opens the directory as every command does, so a caller can report a directory that
    /// is missing, not a directory, or open to other users before doing anything else.
    public static func checkAccess(_ directory: URL) throws(StoreError) {
        _ = try DirectoryHandle.open(directory.path)
    }

    /// mkdir -p with mode 0700 for every directory it creates (umask notwithstanding).
    static func createDirectory(_ path: String) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw .io(file: path, operation: "use as the data directory (it is a file)", errno: ENOTDIR)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try createDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw .io(file: path, operation: "create directory", errno: errno) }
        chmod(path, 0o700)
    }
}
