import Foundation
import JobMatchCore
import JobMatchResources

/// Where the data lives and how a new data directory is set up.
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

    /// True when the directory does not exist or has no entries other than hidden ones
    /// (the lock file, leftover temp files).
    public static func isEmpty(_ directory: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return true }
        return names.allSatisfy { $0.hasPrefix(".") }
    }

    /// True when the directory lacks `schema.json` or `municipalities.json`, so `setUp(at:)`
    /// must run before anything can be loaded.
    public static func needsSetUp(_ directory: URL) -> Bool {
        let fm = FileManager.default
        return !fm.fileExists(atPath: directory.appendingPathComponent(DataStore.schemaFile).path)
            || !fm.fileExists(atPath: directory.appendingPathComponent(DataStore.municipalitiesFile).path)
    }

    /// Creates the directory (0700, with any missing parents) and installs the bundled
    /// `schema.json` and `municipalities.json` where they are missing. Existing files are
    /// never overwritten: a schema change is a deliberate, versioned event. An existing
    /// directory keeps its permissions; when it is group-shared, files are created 0660
    /// with its group (see `FileSharing`).
    public static func setUp(at directory: URL) throws(StoreError) {
        try createDirectory(directory.path)
        let store = DataStore(directory: directory)
        let lock = try DirectoryLock.acquire(directory: directory.path, sharing: store.sharing, timeout: store.lockTimeout)
        defer { lock.release() }
        var files: [(name: String, chunks: [[UInt8]])] = []
        for (name, url) in [(DataStore.schemaFile, BundledData.schemaURL),
                            (DataStore.municipalitiesFile, BundledData.municipalitiesURL)] {
            let target = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: target) { continue }
            guard let url else { throw .missingBundledFile(name) }
            guard let bytes = try PosixFile.read(url.path, name: name) else { throw .missingBundledFile(name) }
            files.append((name, [bytes]))
        }
        if !files.isEmpty { try store.atomicWriter().replace(files) }
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
