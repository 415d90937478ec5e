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

    /// The bundled `schema.json` and `municipalities.json`, as files to write.
    public static func bundledReferenceFiles() throws(StoreError) -> [(name: String, bytes: [UInt8])] {
        var out: [(name: String, bytes: [UInt8])] = []
        for (name, url) in [(DataStore.schemaFile, BundledData.schemaURL),
                            (DataStore.municipalitiesFile, BundledData.municipalitiesURL)] {
            guard let url, let bytes = try PosixFile.read(url.path, name: name) else { throw .missingBundledFile(name) }
            out.append((name, bytes))
        }
        return out
    }

    /// Sets up a new data directory holding `files` (all six data files), only where
    /// nothing is yet: a directory that does not exist or is empty (`state`).
    ///
    /// A missing directory is built complete in a hidden sibling (`.NAME.setup-PID-RAND`,
    /// 0700) and renamed into place, so the name never appears half set up; a crash leaves
    /// at most that hidden sibling behind. An existing empty directory (made by an
    /// administrator with the right group and mode) is filled with one manifest commit
    /// (`AtomicWriter`): until the manifest lands it still counts as empty.
    public static func create(at directory: URL, files: [(name: String, chunks: [[UInt8]])],
                              lockTimeout: Duration = .seconds(2),
                              beforeRename: (@Sendable (String) throws(StoreError) -> Void)? = nil) throws(StoreError) {
        let path = directory.path
        switch state(of: directory) {
        case .missing:
            var st = stat()
            if lstat(path, &st) == 0 {
                // A link to something that is not there: never replace what the user put there.
                throw .io(file: path, operation: "create the data directory at (a link to a missing target is in the way)", errno: EEXIST)
            }
            let parent = directory.deletingLastPathComponent().path
            try createDirectory(parent)
            let staging = parent + "/." + directory.lastPathComponent + ".setup-\(getpid())-\(UInt32.random(in: .min ... .max))"
            if mkdir(staging, 0o700) != 0 { throw .io(file: staging, operation: "create directory", errno: errno) }
            chmod(staging, 0o700)
            do throws(StoreError) {
                let dir = try DirectoryHandle.open(staging)
                try AtomicWriter(dir: dir, beforeRename: beforeRename).replace(files, base: Manifest(generation: 0, files: [:]))
                CrashPoint.step()
                // rename(2) never replaces a non-empty directory, so a directory that
                // appeared meanwhile is left alone and reported.
                if rename(staging, path) != 0 {
                    let code = errno
                    throw code == ENOTEMPTY || code == EEXIST ? StoreError.notEmpty(path: path)
                        : .io(file: path, operation: "move the new data directory into place as", errno: code)
                }
            } catch {
                removeTree(staging)
                throw error
            }
            try PosixFile.syncDirectory(parent)
        case .empty:
            let dir = try DirectoryHandle.open(path)
            let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
            defer { lock.release() }
            let writer = AtomicWriter(dir: dir, beforeRename: beforeRename)
            writer.removeLeftoverTempFiles()
            guard state(of: directory) == .empty else { throw .notEmpty(path: path) }
            try writer.replace(files, base: Manifest(generation: 0, files: [:]))
        case .dataDirectory, .other:
            throw .notEmpty(path: path)
        }
    }

    /// Installs the bundled `schema.json` and `municipalities.json` where they are missing
    /// from an existing data directory, as one commit with the manifest. Record files are
    /// never touched, and an existing reference file is never overwritten: a schema change
    /// is a deliberate, versioned event. Returns the names restored (empty: nothing to do).
    @discardableResult
    public static func restoreReferenceFiles(at directory: URL, lockTimeout: Duration = .seconds(2)) throws(StoreError) -> [String] {
        switch state(of: directory) {
        case .missing: throw .noDataDirectory(path: directory.path)
        case .empty: throw .emptyDataDirectory(path: directory.path)
        case .other: throw .notADataDirectory(path: directory.path)
        case .dataDirectory: break
        }
        let dir = try DirectoryHandle.open(directory.path)
        let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
        defer { lock.release() }
        let writer = AtomicWriter(dir: dir)
        var manifest = try writer.recover()
        let missing = try bundledReferenceFiles().filter { !dir.exists($0.name) }
        guard !missing.isEmpty else { return [] }
        if manifest == nil {
            // Written before manifests: record what is there now along with the restored files.
            var adopted = Manifest(generation: 0, files: [:])
            for name in Manifest.dataFiles where !missing.contains(where: { $0.name == name }) {
                if let bytes = try dir.read(name) { adopted.files[name] = Manifest.entry(for: [bytes]) }
            }
            manifest = adopted
        }
        try writer.replace(missing.map { ($0.name, [$0.bytes]) }, base: manifest)
        return missing.map(\.name)
    }

    /// Records the data files as they are now in a new manifest, after a deliberate change
    /// outside jobmatch (an edit, a file restored from a backup). Refused unless the
    /// directory loads without problems apart from the manifest mismatch itself.
    public static func acceptChanges(at directory: URL, lockTimeout: Duration = .seconds(2)) throws(StoreError) {
        let store = DataStore(directory: directory)
        let dir = try DirectoryHandle.open(directory.path)
        let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
        defer { lock.release() }
        let writer = AtomicWriter(dir: dir)
        let old = try writer.recover()
        do { _ = try store.load(acceptChanges: true) } catch { throw .unreadable(error) }
        var manifest = Manifest(generation: old?.generation ?? 0, files: [:])
        for name in Manifest.dataFiles {
            guard let bytes = try dir.read(name) else {
                throw .unreadable(LoadError(problems: [DataStore.missingFileProblem(name, directory: directory.path)]))
            }
            manifest.files[name] = Manifest.entry(for: [bytes])
        }
        try writer.replace([], base: manifest)
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

    /// Removes a staging directory this process created (flat: files only, no links followed).
    private static func removeTree(_ path: String) {
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
            for n in names { unlink(path + "/" + n) }
        }
        rmdir(path)
    }
}
