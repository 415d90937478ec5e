import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces several files of the data directory as one unit, so that a crash at any
/// instant leaves either all of the old files or all of the new ones:
///
/// 1. each new file is written to `.NAME.staged-G` (G = the next generation) and fsync'd;
/// 2. the new `manifest.json` (generation G, size and SHA-256 of every file) is written to a
///    temp file, fsync'd and renamed into place, and the directory is fsync'd — the commit;
/// 3. each staged file is renamed over its name, and the directory is fsync'd again.
///
/// A crash before 2 leaves the old files and old manifest untouched (the staged files are
/// leftovers, removed by the next writer). A crash during 3 leaves a manifest that
/// describes the new files, some still under their staged names: readers take those
/// (`DataStore.snapshot`), and the next writer finishes the renames (`recover`). A failed
/// write (disk full) removes what it wrote and changes nothing.
struct AtomicWriter {
    let dir: DirectoryHandle
    /// Test hook, called after all staged files are durable and before the commit.
    var beforeRename: (@Sendable (String) throws(StoreError) -> Void)?

    var directory: String { dir.path }
    var sharing: FileSharing { dir.sharing }

    /// Finishes a write that committed but was interrupted before all its renames, then
    /// deletes staged and temp files that crashed writers left. Call only while holding the
    /// lock. Returns the current manifest (nil for a directory written before manifests).
    @discardableResult
    func recover() throws(StoreError) -> Manifest? {
        let manifest = try Manifest.read(from: dir)
        if let manifest {
            for (name, entry) in manifest.files.sorted(by: { $0.key < $1.key }) {
                let staged = Manifest.stagedName(name, generation: manifest.generation)
                guard let bytes = try dir.read(staged) else { continue }
                if Manifest.entry(for: [bytes]) == entry {
                    try dir.rename(staged, to: name)
                }
            }
            try dir.sync()
        }
        removeLeftoverTempFiles()
        return manifest
    }

    /// Replaces each named file with the concatenation of its chunks, as one unit with the
    /// manifest. `base` is the current manifest (from `recover`); without one, the files
    /// not being replaced are hashed into the new manifest and must all exist.
    @discardableResult
    func replace(_ files: [(name: String, chunks: [[UInt8]])], base: Manifest?) throws(StoreError) -> Manifest {
        var manifest: Manifest
        if let base { manifest = base } else { manifest = try adopt(excluding: Set(files.map(\.name))) }
        let generation = manifest.generation + 1
        var written: [String] = []
        let manifestTemp = ".\(Manifest.fileName).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        do throws(StoreError) {
            for f in files {
                let staged = Manifest.stagedName(f.name, generation: generation)
                written.append(staged)
                manifest.files[f.name] = try writeDurably(staged, f.chunks, name: f.name)
                CrashPoint.step()
            }
            for name in written { try beforeRename?(directory + "/" + name) }
            manifest.generation = generation
            written.append(manifestTemp)
            _ = try writeDurably(manifestTemp, [try manifest.encoded()], name: Manifest.fileName)
            CrashPoint.step()
            try dir.rename(manifestTemp, to: Manifest.fileName)
            try dir.sync()
        } catch {
            for name in written { dir.remove(name) }
            throw error
        }
        // Committed: from here on readers see the new files, staged or in place.
        CrashPoint.step()
        for f in files {
            try? dir.rename(Manifest.stagedName(f.name, generation: generation), to: f.name)
            CrashPoint.step()
        }
        try? dir.sync()
        StatCache.record(manifest, in: dir)
        return manifest
    }

    /// A manifest for a directory written before manifests: hashes what is there now.
    private func adopt(excluding: Set<String>) throws(StoreError) -> Manifest {
        var manifest = Manifest(generation: 0, files: [:])
        for name in Manifest.dataFiles where !excluding.contains(name) {
            guard let bytes = try dir.read(name) else {
                throw .unreadable(LoadError(problems: [DataStore.missingFileProblem(name, directory: directory)]))
            }
            manifest.files[name] = Manifest.entry(for: [bytes])
        }
        for name in Manifest.optionalFiles where !excluding.contains(name) {
            if let bytes = try dir.read(name) { manifest.files[name] = Manifest.entry(for: [bytes]) }
        }
        return manifest
    }

    private func writeDurably(_ name: String, _ chunks: [[UInt8]], name display: String) throws(StoreError) -> Manifest.Entry {
        let fd = try dir.createFile(name)
        var closed = false
        defer { if !closed { close(fd) } }
        var hasher = SHA256Stream()
        var size = 0
        for chunk in chunks {
            var failure: StoreError?
            chunk.withUnsafeBytes { b in
                hasher.update(b)
                do throws(StoreError) { try PosixFile.writeAll(fd, b, name: display) } catch { failure = error }
            }
            if let failure { throw failure }
            size += chunk.count
        }
        if fsync(fd) != 0 { throw .io(file: display, operation: "fsync", errno: errno) }
        closed = true
        if close(fd) != 0 { throw .io(file: display, operation: "close", errno: errno) }
        return Manifest.Entry(size: size, sha256: hasher.finalize())
    }

    /// Deletes temp and staged files left by a writer that crashed. Call only while holding
    /// the lock, after `recover` has renamed the staged files of a committed write.
    func removeLeftoverTempFiles() {
        for name in dir.names() where Self.isTempName(name) { dir.remove(name) }
    }

    static func isTempName(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.contains(".tmp-") || name.contains(".staged-"))
    }
}

/// Test hook for the kill harness (`tools/kill-harness.sh`): with `JOBMATCH_CRASH_AT=N`
/// in the environment, the process SIGKILLs itself at the N-th step of a write (after a
/// staged file, after the manifest, after each rename), so every window between two
/// steps can be hit on purpose. Without the variable it does nothing.
enum CrashPoint {
    private static let target: Int = {
        guard let s = getenv("JOBMATCH_CRASH_AT"), let n = Int(String(cString: s)) else { return 0 }
        return n
    }()
    nonisolated(unsafe) private static var count = 0

    static func step() {
        guard target > 0 else { return }
        count += 1
        if count == target { kill(getpid(), SIGKILL) }
    }
}
