import Dispatch
import Foundation
import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The data files of one committed generation, as a reader sees them.
struct Snapshot {
    /// nil for a directory written before manifests (then nothing can be verified).
    var manifest: Manifest?
    /// The bytes of each data file that exists (also when it failed verification, so its
    /// lines can still be checked and reported).
    var files: [String: [UInt8]] = [:]
    /// Missing files and files that do not match the manifest.
    var problems: [Problem] = []
}

extension DataStore {
    /// Reads every data file of one committed write, without taking a lock.
    ///
    /// The manifest is read, every file is opened (the new copy of a file that a crashed
    /// writer committed but had not yet renamed is taken from its staged name), and the
    /// manifest is read again: if its generation changed meanwhile, a writer committed while
    /// the files were being opened, and the reader starts over, so it never mixes two
    /// writes. Open descriptors keep their file's content even when a writer renames a new
    /// one over it. Each file is then checked against the manifest's size and SHA-256.
    /// `acceptChanges` skips that check (for `jobmatch init --accept-changes`).
    func snapshot(acceptChanges: Bool = false) throws(StoreError) -> Snapshot {
        let dir = try DirectoryHandle.open(path)
        for attempt in 0..<20 {
            let manifest = try Manifest.read(from: dir)
            var opened: [(name: String, final: Int32?, staged: Int32?)] = []
            func closeAll() { for o in opened { o.final.map { _ = close($0) }; o.staged.map { _ = close($0) } } }
            do throws(StoreError) {
                for name in Manifest.dataFiles + Manifest.optionalFiles {
                    let final = try dir.openFile(name)
                    var staged: Int32?
                    if let manifest, manifest.files[name] != nil {
                        staged = try dir.openFile(Manifest.stagedName(name, generation: manifest.generation))
                    }
                    opened.append((name, final, staged))
                }
            } catch {
                closeAll()
                throw error
            }
            let again = try Manifest.read(from: dir)
            if again?.generation != manifest?.generation { closeAll(); usleep(5_000); continue }
            defer { closeAll() }
            // Files still on the inode the writer recorded need no hashing (see StatCache).
            let cache = manifest.map { StatCache.read(dir, generation: $0.generation) } ?? [:]
            var known: Set<String> = []
            for o in opened {
                if let fd = o.final, let recorded = cache[o.name], recorded == StatCache.identity(fd) { known.insert(o.name) }
            }
            let snap = try verify(opened, manifest: manifest, known: known, acceptChanges: acceptChanges)
            // A writer finishing a crashed write's renames between our open of NAME and of
            // its staged copy looks like a mismatch once; a second look settles it.
            if !snap.problems.isEmpty, attempt < 1 { continue }
            return snap
        }
        throw .io(file: Manifest.fileName, operation: "read a consistent set of files (writers kept committing) from", errno: EAGAIN)
    }

    private func verify(_ opened: [(name: String, final: Int32?, staged: Int32?)], manifest: Manifest?,
                        known: Set<String>, acceptChanges: Bool) throws(StoreError) -> Snapshot {
        // Read and hash the files in parallel: the candidates file dominates.
        typealias Outcome = Result<(final: [UInt8]?, staged: [UInt8]?, ok: Bool?), StoreError>
        let buffer = UnsafeMutableBufferPointer<Outcome?>.allocate(capacity: opened.count)
        buffer.initialize(repeating: nil)
        defer { buffer.deinitialize(); buffer.deallocate() }
        let results = UncheckedSendable(buffer)
        let fds = opened.map { ($0.name, $0.final, $0.staged, manifest?.files[$0.name], known.contains($0.name)) }
        DispatchQueue.concurrentPerform(iterations: fds.count) { i in
            let (name, final, staged, entry, unchanged) = fds[i]
            do throws(StoreError) {
                let finalBytes = try final.map { (fd) throws(StoreError) in try PosixFile.readAll(fd, name: name) }
                let stagedBytes = try staged.map { (fd) throws(StoreError) in try PosixFile.readAll(fd, name: name) }
                var ok: Bool?
                if let entry, !acceptChanges {
                    if unchanged, let b = finalBytes, b.count == entry.size {
                        ok = true
                    } else if let b = stagedBytes, b.count == entry.size, Manifest.entry(for: [b]) == entry {
                        ok = false  // the staged copy is the committed one
                    } else if let b = finalBytes {
                        ok = b.count == entry.size && Manifest.entry(for: [b]) == entry ? true : nil
                    }
                }
                results.value[i] = .success((finalBytes, stagedBytes, ok))
            } catch {
                results.value[i] = .failure(error)
            }
        }
        var snap = Snapshot(manifest: manifest)
        for (i, o) in opened.enumerated() {
            let (finalBytes, stagedBytes, ok) = try buffer[i]!.get()
            let entry = manifest?.files[o.name]
            switch ok {
            case .some(false): snap.files[o.name] = stagedBytes
            case .some(true): snap.files[o.name] = finalBytes
            case .none:
                snap.files[o.name] = finalBytes
                if Manifest.optionalFiles.contains(o.name), entry == nil {
                    // An optional file the manifest does not list: fine when absent; present,
                    // it was added by hand (or by an older jobmatch's copy) and is not trusted yet.
                    if finalBytes != nil, let manifest, !acceptChanges {
                        snap.problems.append(unrecordedProblem(o.name, generation: manifest.generation))
                    }
                } else if finalBytes == nil {
                    snap.problems.append(Self.missingFileProblem(o.name, directory: path))
                } else if let entry, let manifest, !acceptChanges {
                    snap.problems.append(mismatchProblem(o.name, entry: entry, generation: manifest.generation, found: finalBytes!.count))
                }
            }
        }
        return snap
    }

    /// A data file that is not there: how to get it back depends on what it is.
    static func missingFileProblem(_ name: String, directory: String) -> Problem {
        if name == schemaFile || name == municipalitiesFile {
            return Problem(file: name, line: 0, field: "", message:
                "missing from \(directory); restore the bundled copy with `jobmatch init --schema-only --data \(shellQuoted(directory))` (it never touches record files)")
        }
        return Problem(file: name, line: 0, field: "", message:
            "missing from \(directory); every data directory has all four record files (an empty file holds no records). "
            + "Restore it from a backup; nothing was loaded")
    }

    func unrecordedProblem(_ name: String, generation: Int) -> Problem {
        Problem(file: name, line: 0, field: "", message:
            "is not recorded in manifest.json (generation \(generation)): it was added outside jobmatch. If it is intended, "
            + "check it with `jobmatch validate --data \(shellQuoted(path))` and record it with "
            + "`jobmatch init --accept-changes --data \(shellQuoted(path))`; otherwise remove it")
    }

    func mismatchProblem(_ name: String, entry: Manifest.Entry, generation: Int, found: Int) -> Problem {
        Problem(file: name, line: 0, field: "", message:
            "is not what the last jobmatch write left (manifest.json, generation \(generation): \(entry.size) bytes, "
            + "sha256 \(entry.sha256.prefix(12))…; found \(found) bytes). The last write was interrupted by another "
            + "program, or the file was changed outside jobmatch. If the change is intended, check it with "
            + "`jobmatch validate --data \(shellQuoted(path))` and record it with `jobmatch init --accept-changes --data \(shellQuoted(path))`; "
            + "otherwise restore the file from a backup")
    }
}

extension DataStore {
    /// One data file read through `dir`, checked against `manifest` (when there is one):
    /// what a writer reads under the lock before changing the directory.
    func readVerified(_ dir: DirectoryHandle, _ name: String, manifest: Manifest?) throws(StoreError) -> [UInt8] {
        guard let bytes = try dir.read(name) else {
            throw .unreadable(LoadError(problems: [Self.missingFileProblem(name, directory: path)]))
        }
        if let manifest, let entry = manifest.files[name], Manifest.entry(for: [bytes]) != entry {
            throw .unreadable(LoadError(problems: [mismatchProblem(name, entry: entry, generation: manifest.generation, found: bytes.count)]))
        }
        return bytes
    }
}
