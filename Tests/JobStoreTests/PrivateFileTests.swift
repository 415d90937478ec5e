import Foundation
import JobStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `PrivateFile`: an export written whole with mode 0600, never through a link.
@Suite struct PrivateFileTests {
    func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jm-private-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesWholeWithMode0600AndReplacesAnOlderReadableFile() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("list.csv").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o644)
        try PrivateFile.write(Array("new,list\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new,list\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["list.csv"], "no temp file left")
    }

    @Test func refusesASymbolicLinkAndLeavesItsTargetAlone() throws {
        let dir = try scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target").path, link = dir.appendingPathComponent("export.md").path
        try "keep".write(toFile: target, atomically: false, encoding: .utf8)
        symlink(target, link)
        #expect(throws: PrivateFile.WriteError.self) { try PrivateFile.write(Array("x".utf8), to: link) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        do { try PrivateFile.write([], to: link) } catch { #expect(error.description.contains("is not a plain file")) }
    }
}
