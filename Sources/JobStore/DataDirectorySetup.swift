import Foundation
import JobMatchCore
import JobMatchResources
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Setting up a data directory, and the two repairs `jobmatch init` offers. Nothing here
/// runs unless the user asked for it: no read-only command sets up or repairs anything.
extension DataDirectory {
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
            for name in Manifest.dataFiles + Manifest.optionalFiles where !missing.contains(where: { $0.name == name }) {
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
        for name in Manifest.optionalFiles {
            if let bytes = try dir.read(name) { manifest.files[name] = Manifest.entry(for: [bytes]) }
        }
        try writer.replace([], base: manifest)
    }

    /// Removes a staging directory this process created (flat: files only, no links followed).
    private static func removeTree(_ path: String) {
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
            for n in names { unlink(path + "/" + n) }
        }
        rmdir(path)
    }
}
