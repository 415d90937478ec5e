#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `<data>/.manifest-stat`: which inode each data file had right after the write that the
/// manifest describes, so a reader can skip hashing a file that is provably the one the
/// writer put there.
///
/// Each line is `NAME DEV INO SIZE MTIME CTIME` (times in nanoseconds). The writer records
/// it after its renames. A file that was replaced, copied, restored, edited or even
/// touched since has another inode or change time (the kernel sets the change time; no
/// program can set it back), so it no longer matches and is hashed in full. The cache is
/// only a hint: when it is missing, stale, or from another generation, readers hash
/// everything, which is always correct, only slower (about 1.7 CPU-seconds for the 287 MB
/// of a national-scale directory). It proves nothing against someone who may write the
/// directory — neither does the unkeyed manifest.
enum StatCache {
    static let fileName = ".manifest-stat"

    /// The identity of an open file, or nil where the platform does not give nanoseconds.
    static func identity(_ fd: Int32) -> String? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        #if canImport(Glibc)
        let mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        let ctime = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        return "\(st.st_dev) \(st.st_ino) \(st.st_size) \(mtime) \(ctime)"
        #else
        return nil
        #endif
    }

    /// Records the identity of every file in `manifest` as it is now. Best effort: a hint
    /// that cannot be written only costs the next reader some hashing.
    static func record(_ manifest: Manifest, in dir: DirectoryHandle) {
        var text = "generation \(manifest.generation)\n"
        for name in manifest.files.keys.sorted() {
            guard let fd = try? dir.openFile(name) else { return }
            defer { close(fd) }
            guard let id = identity(fd) else { return }
            text += "\(name) \(id)\n"
        }
        let temp = ".\(fileName).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
        guard let fd = try? dir.createFile(temp) else { return }
        let bytes = Array(text.utf8)
        let ok = bytes.withUnsafeBytes { raw in (try? PosixFile.writeAll(fd, raw, name: fileName)) != nil }
        close(fd)
        if !ok || (try? dir.rename(temp, to: fileName)) == nil { dir.remove(temp) }
    }

    /// The recorded identities for `generation`, by file name (empty when none apply).
    static func read(_ dir: DirectoryHandle, generation: Int) -> [String: String] {
        guard let bytes = try? dir.read(fileName) else { return [:] }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.first == "generation \(generation)" else { return [:] }
        lines.removeFirst()
        var out: [String: String] = [:]
        for line in lines {
            guard let space = line.firstIndex(of: " ") else { continue }
            out[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        return out
    }
}
