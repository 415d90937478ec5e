#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces files so that a crash at any instant leaves each one either wholly old or
/// wholly new: write a temp file in the same directory → fsync it → rename it over the
/// old name → fsync the directory. A failed write (disk full, I/O error) removes the temp
/// file and leaves the old file untouched.
///
/// Temp files are named `.<name>.tmp-<pid>-<random>`; the loader never reads them, and the
/// next writer (holding the lock, so no temp file is still being written) deletes any that a
/// crash left behind.
struct AtomicWriter {
    let directory: String
    let sharing: FileSharing
    /// Test hook, called after all temp files are durable and before the first rename.
    var beforeRename: (@Sendable (String) throws(StoreError) -> Void)?

    /// Replaces each named file with the concatenation of its chunks. All temp files are
    /// written and synced before any rename, so a failure while writing changes nothing.
    func replace(_ files: [(name: String, chunks: [[UInt8]])]) throws(StoreError) {
        var temps: [(temp: String, final: String, name: String)] = []
        do throws(StoreError) {
            for f in files {
                let temp = directory + "/." + f.name + ".tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
                temps.append((temp, directory + "/" + f.name, f.name))
                try writeDurably(temp, f.chunks, name: f.name)
            }
            for t in temps { try beforeRename?(t.temp) }
            for (k, t) in temps.enumerated() where rename(t.temp, t.final) != 0 {
                let code = errno
                for rest in temps[k...] { unlink(rest.temp) }
                throw StoreError.io(file: t.name, operation: "replace", errno: code)
            }
        } catch {
            for t in temps { unlink(t.temp) }
            throw error
        }
        try PosixFile.syncDirectory(directory)
    }

    private func writeDurably(_ path: String, _ chunks: [[UInt8]], name: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, sharing.fileMode)
        if fd < 0 { throw .io(file: name, operation: "create a temporary file for", errno: errno) }
        var closed = false
        defer { if !closed { close(fd) } }
        try sharing.apply(to: fd, name: name)
        for chunk in chunks {
            var failure: StoreError?
            chunk.withUnsafeBytes { b in
                do throws(StoreError) { try PosixFile.writeAll(fd, b, name: name) } catch { failure = error }
            }
            if let failure { throw failure }
        }
        if fsync(fd) != 0 { throw .io(file: name, operation: "fsync", errno: errno) }
        closed = true
        if close(fd) != 0 { throw .io(file: name, operation: "close", errno: errno) }
    }

    /// Deletes temp files left by a writer that crashed. Call only while holding the lock.
    func removeLeftoverTempFiles() {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if Self.isTempName(name) { names.append(name) }
        }
        for n in names { unlink(directory + "/" + n) }
    }

    static func isTempName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(".tmp-")
    }
}
