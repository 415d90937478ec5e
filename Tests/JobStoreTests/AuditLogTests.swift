import Foundation
import JobMatchCore
import Testing
@testable import JobStore

@Suite("Audit log")
struct AuditLogTests {
    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return dir
    }

    private func event(_ id: String) -> AuditEvent {
        AuditEvent(user: "mette.frh", userMunicipality: "0813", action: .view, recordKind: "candidate",
                   recordID: id, detail: "profile opened from ranking V000001 \"Søren\"")
    }

    @Test("every view is appended as one private line, chained to the one before")
    func appendsChainedPrivateLines() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = AuditLog(directory: dir)
        try log.append(event("K000001"), time: Date(timeIntervalSince1970: 1_800_000_000))
        try log.append(event("K000002"), time: Date(timeIntervalSince1970: 1_800_000_060))
        let text = try String(contentsOf: dir.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"recordId\":\"K000001\"") && lines[0].contains("\"prev\":\"\""))
        #expect(lines[1].contains("\"user\":\"mette.frh\"") && lines[1].contains("2027-01-15T08:01:00Z"))
        #expect(lines[1].contains("\"prev\":\"\(AuditLog.identity(Array(lines[0].utf8)))\""))
        #expect(AuditLog.hashField(Array(lines[0].utf8)[...])?.hash == SHA256.hex(Array(lines[0].utf8).dropLast(AuditLog.hashSuffixLength)))
        #expect(try log.verify().isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("audit.jsonl").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // Each line is valid JSON with the quoted detail intact.
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String]
        #expect(object?["detail"] == "profile opened from ranking V000001 \"Søren\"")
    }

    @Test("removing or editing an entry is detected by verify, naming the line")
    func tamperingIsDetected() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = AuditLog(directory: dir)
        for id in ["K000001", "K000002", "K000003"] { try log.append(event(id)) }
        let file = dir.appendingPathComponent("audit.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.remove(at: 1)
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let problems = try log.verify()
        #expect(problems.first?.description == "audit.jsonl:2: prev: does not follow line 1: an entry was removed or moved here, or line 1 was rewritten")
    }

    @Test("SHA-256 matches the standard test vectors")
    func sha256Vectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                  + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu").utf8))
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex(Array("abc".utf8)[1...]) == SHA256.hex(Array("bc".utf8)), "slices hash their own bytes")
    }
}
