import Foundation
import JobMatchCore
import PropertyBased
import Testing
@testable import JobStore
#if canImport(Glibc)
import Glibc
#endif

/// What `audit verify` and `append` promise about damage: the edited line is named, a
/// shortened log is noticed, long entries chain, a torn line is never appended to, a short
/// write leaves nothing behind, and no link is followed.
@Suite("Audit chain")
struct AuditChainTests {
    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("audit-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        return dir
    }

    private func event(_ id: String, detail: String = "profile opened from ranking V000001") -> AuditEvent {
        AuditEvent(user: "mette.frh", userMunicipality: "0813", action: .view, recordKind: "candidate", recordID: id, detail: detail)
    }

    private func logWith(_ ids: [String]) throws -> (AuditLog, URL) {
        let dir = try tempDir()
        let log = AuditLog(directory: dir)
        for id in ids { try log.append(event(id)) }
        return (log, dir.appendingPathComponent("audit.jsonl"))
    }

    private func lines(_ file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func write(_ lines: [String], to file: URL) throws {
        try lines.joined(separator: "\n").write(to: file, atomically: false, encoding: .utf8)
    }

    @Test("an edited entry is named itself, not the line after it")
    func editedLineIsNamed() throws {
        let (log, file) = try logWith(["K000001", "K000002", "K000003", "K000004"])
        var text = try lines(file)
        text[1] = text[1].replacingOccurrences(of: "K000002", with: "K000009")
        try write(text, to: file)
        let problems = try log.verify()
        #expect(problems.first?.line == 2)
        #expect(problems.first?.description == "audit.jsonl:2: hash: the entry was changed after it was written")
        #expect(problems.count == 1, "the lines after an edit still chain: \(problems)")
    }

    @Test("entries removed from the end are noticed through the checkpoint")
    func truncationIsDetected() throws {
        let (log, file) = try logWith(["K000001", "K000002", "K000003"])
        #expect(try log.check().isIntact)
        var text = try lines(file)
        text.removeSubrange(1..<3)  // keep line 1 and the final empty string
        try write(text, to: file)
        let problems = try log.verify()
        #expect(problems.map(\.description) == [
            "audit.jsonl:2: audit.checkpoint recorded 3 entries but the log has 1: 2 entries were removed (from the end, unless a line above is reported)",
        ])
        // Deleting the whole log is noticed too.
        try write([""], to: file)
        #expect(try log.verify().first?.message.contains("recorded 3 entries but the log has 0") == true)
    }

    @Test("a reordered pair is named where the order breaks")
    func reorderIsDetected() throws {
        let (log, file) = try logWith(["K000001", "K000002", "K000003"])
        var text = try lines(file)
        text.swapAt(1, 2)
        try write(text, to: file)
        #expect(try log.verify().first?.line == 2)
    }

    @Test("an entry over 64 KiB keeps the chain intact")
    func longEntriesChain() throws {
        let dir = try tempDir()
        let log = AuditLog(directory: dir)
        try log.append(event("K000001"))
        try log.append(event("K000002", detail: String(repeating: "names listed: K000001 ", count: 10_000)))  // 220 kB
        try log.append(event("K000003"))
        try log.append(event("K000004", detail: String(repeating: "ø", count: 70_000)))
        try log.append(event("K000005"))
        let report = try log.check()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.entryCount == 5)
        #expect(try log.entries().map(\.recordID) == ["K000001", "K000002", "K000003", "K000004", "K000005"])
    }

    @Test("a torn last line is reported and never appended to")
    func tornLineIsNotAppendedTo() throws {
        let (log, file) = try logWith(["K000001", "K000002"])
        let complete = try Data(contentsOf: file)
        let torn = complete + Data("{\"time\":\"2026-11-28T07:35:42Z\",\"user\":\"mette".utf8)
        try torn.write(to: file)
        #expect(throws: AuditError.tornEntry(line: 3, completeBytes: complete.count)) { try log.append(event("K000003")) }
        #expect(try Data(contentsOf: file) == torn, "nothing was glued onto the fragment")
        let problems = try log.verify()
        #expect(problems.first?.line == 3)
        #expect(problems.first?.message.contains("truncate -s \(complete.count) audit.jsonl") == true)
        // Following the advice restores a log that takes entries again.
        try complete.write(to: file)
        try log.append(event("K000003"))
        #expect(try log.check().isIntact)
    }

    @Test("a short write (disk full) is rolled back to the old length")
    func shortWriteRollsBack() throws {
        let (log, file) = try logWith(["K000001"])
        let before = try Data(contentsOf: file)
        var full = log
        // The disk fills after 40 bytes of the line: write takes them, then fails.
        nonisolated(unsafe) var budget = 40
        full.write = { fd, bytes, count in
            if budget == 0 { errno = ENOSPC; return -1 }
            let n = Glibc.write(fd, bytes, min(count, budget))
            budget -= n
            return n
        }
        #expect(throws: AuditError.io(file: "audit.jsonl", operation: "write", errno: ENOSPC)) { try full.append(event("K000002")) }
        #expect(try Data(contentsOf: file) == before, "the partial line was cut off")
        try log.append(event("K000003"))
        #expect(try log.check().isIntact)
        #expect(try log.entries().map(\.recordID) == ["K000001", "K000003"])
    }

    @Test("a planted symbolic link is refused, and the file it points to is untouched")
    func symlinkIsRefused() throws {
        let dir = try tempDir()
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("audit.jsonl").path, withDestinationPath: victim.path)
        let log = AuditLog(directory: dir)
        #expect(throws: AuditError.symlink(file: "audit.jsonl")) { try log.append(event("K000001")) }
        #expect(throws: AuditError.symlink(file: "audit.jsonl")) { try log.check() }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(AuditError.symlink(file: "audit.jsonl").description.contains("symbolic link"))
    }

    @Test("a planted checkpoint link is replaced, never written through")
    func checkpointLinkIsNotFollowed() throws {
        let dir = try tempDir()
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("audit.checkpoint").path, withDestinationPath: victim.path)
        let log = AuditLog(directory: dir)
        #expect(throws: AuditError.symlink(file: "audit.checkpoint")) { try log.check() }
        try log.append(event("K000001"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious\n")
        #expect(try log.check().isIntact)
    }

    @Test("an existing log keeps the mode and group it has; a new one is 0600")
    func existingModeIsKept() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("audit.jsonl")
        let log = AuditLog(directory: dir)
        try log.append(event("K000001"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        chmod(file.path, 0o640)
        try log.append(event("K000002"))
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o640)
    }

    @Test("a log written before entries had their own hash still verifies and takes new entries")
    func legacyLinesChain() throws {
        let dir = try tempDir()
        let file = dir.appendingPathComponent("audit.jsonl")
        let first = #"{"time":"2026-11-28T07:35:42Z","user":"a","userMunicipality":"0813","action":"view","recordKind":"candidate","recordId":"K1","detail":"x","prev":""}"#
        let second = #"{"time":"2026-11-28T07:36:42Z","user":"a","userMunicipality":"0813","action":"view","recordKind":"candidate","recordId":"K2","detail":"x","prev":""#
            + SHA256.hex(Array(first.utf8)) + "\"}"
        try write([first, second, ""], to: file)
        let log = AuditLog(directory: dir)
        #expect(try log.verify().map(\.file) == ["audit.checkpoint"], "only the missing checkpoint")
        try log.append(event("K3"))
        #expect(try log.check().isIntact)
        #expect(try log.check().entryCount == 3)
    }

    @Test("the workbench's start-up warning names the first bad line")
    func openingWarning() throws {
        let (log, file) = try logWith(["K000001", "K000002"])
        #expect(log.openingWarning() == nil)
        var text = try lines(file)
        text[0] = text[0].replacingOccurrences(of: "mette.frh", with: "someone")
        try write(text, to: file)
        #expect(log.openingWarning() == "Audit log damaged: audit.jsonl:1: hash: the entry was changed after it was written — run `jobmatch audit verify`")
    }
}

/// Entries read back exactly as written, whatever their text (quotes, backslashes, control
/// characters, Danish and wide characters), and the chain stays intact. The escaping is the
/// record writer's.
@Suite("Audit round trip")
struct AuditRoundTripTests {
    static let detail = Gen.unicodeScalar(in: "\u{0}"..."\u{FF}").map(Character.init).string(of: 0...40)
    static let wide = Gen.unicodeScalar(in: "\u{3040}"..."\u{30FF}").map(Character.init).string(of: 0...8)

    @Test func anyTextRoundTrips() async throws {
        await propertyCheck(count: 30, input: Self.detail.array(of: 1...6), Self.wide) { details, user in
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("audit-rt-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let log = AuditLog(directory: dir)
            for (i, d) in details.enumerated() {
                try? log.append(AuditEvent(user: user, userMunicipality: "0813", action: .change, recordKind: "candidate",
                                           recordID: "K\(i)", detail: d))
            }
            let entries = (try? log.entries()) ?? []
            #expect(entries.map(\.detail) == details)
            #expect(entries.allSatisfy { $0.user == user && $0.action == "change" })
            #expect((try? log.check().isIntact) == true)
        }
    }
}
