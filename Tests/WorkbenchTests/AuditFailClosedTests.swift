import Foundation
import JobMatchCore
import JobStore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// A session whose audit log is a real `AuditLog` (or a closure that fails), on the
/// in-memory screen.
private final class LoggedSession {
    let session: WorkbenchSession
    let size = TerminalSize(width: 120, height: 30)

    init(context: WorkbenchContext = Tiny.context, audit: @escaping (AuditEvent) throws -> Void) {
        session = WorkbenchSession(dataset: Tiny.dataset, context: context, size: size,
                                   provider: MatchEngineProvider(dataset: Tiny.dataset), audit: audit)
    }

    @discardableResult
    func press(_ keys: Key...) -> LoggedSession { for k in keys { session.handle(k) }; return self }
    @discardableResult
    func type(_ text: String) -> LoggedSession { for c in text { session.handle(.char(c)) }; return self }
    var text: String { session.render(size: size, usesColor: false).text().joined(separator: "\n") }
}

/// Fail closed: personal details reach the screen only after their view is in the audit
/// log; when it cannot be written the screen says why instead. (Before, the workbench
/// showed them anyway and only mentioned the failure on stderr after quitting.)
@Suite struct AuditFailClosedTests {
    private func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func detailsAreWithheldWhenTheAuditLogCannotBeWritten() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Something that is not a file where the log should be: every append fails (EISDIR),
        // as it would on a read-only directory or a full disk.
        let blocker = dir.appendingPathComponent(JobStore.AuditLog.fileName)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        let log = JobStore.AuditLog(directory: dir)
        let h = LoggedSession(audit: { try log.append($0) })
        h.press(.char(":")).type("open V000101").press(.enter)
        let ranking = h.text
        #expect(!ranking.contains("Søren Østergård"), "own municipality's candidate, but the listing was not logged")
        #expect(!ranking.contains("山田 太郎"))
        #expect(ranking.contains("K000001") && ranking.contains("K000002"))
        #expect(ranking.contains("the audit log could not be written"), "the screen says why")
        h.press(.enter)
        let profile = h.text
        #expect(!profile.contains("Søren Østergård"))
        #expect(!profile.contains("k000001@example.dk"))
        #expect(!profile.contains("+45 20 00 01 00"))
        #expect(!profile.contains("Born:"))
        #expect(profile.contains("Name and contact not shown: the audit log could not be"))
        // Once the log can be written again, the next opening shows and logs the details.
        try FileManager.default.removeItem(at: blocker)
        h.press(.escape, .enter)
        #expect(h.text.contains("E-mail:      k000001@example.dk"))
        #expect(try log.entries().map(\.recordID) == ["K000001"])
    }

    @Test func aFullDiskWithholdsTheProfileAndSaysWhy() {
        let h = LoggedSession(audit: { _ in throw AuditError.io(file: "audit.jsonl", operation: "write", errno: ENOSPC) })
        h.press(.char(":")).type("open K000002").press(.enter)
        #expect(!h.text.contains("山田 太郎"))
        #expect(!h.text.contains("k000002@example.dk"))
        #expect(h.text.contains("No space left on device"))
    }

    @Test func theRankingLogsTheNamesItListsBeforeShowingThem() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = JobStore.AuditLog(directory: dir)
        let h = LoggedSession(audit: { try log.append($0) })
        h.press(.char(":")).type("open V000101").press(.enter)
        #expect(h.text.contains("Søren Østergård"))
        let entries = try log.entries()
        #expect(entries.map(\.recordKind) == ["ranking"])
        #expect(entries.first?.recordID == "V000101")
        #expect(entries.first?.concerns(candidate: "K000001") == true)
        #expect(entries.first?.concerns(candidate: "K000003") == false, "a pseudonym shown is not a name shown")
        #expect(try log.check().isIntact)
    }

    /// Every screen, for every vacancy, as a consultant in Aalborg, whose own municipality
    /// has no candidates here: only those who consented are ever named.
    @Test(arguments: [(80, 24), (160, 48)])
    func aConsultantOfAnotherMunicipalitySeesNoHiddenDetail(size: (Int, Int)) {
        let aalborg = WorkbenchContext(dataDirectory: "/tmp/x", user: UserContext(user: "bo", municipality: "0851"), today: Tiny.today)
        let h = Harness(width: size.0, height: size.1, context: aalborg)
        var screens: [String] = [h.text]
        for vacancy in ["V000101", "V000102", "V000103", "V000104"] {
            h.press(.char(":")).type("open \(vacancy)").press(.enter)
            screens.append(h.text)
            for row in 0..<6 {
                h.press(.char("g"))
                for _ in 0..<row { h.press(.char("j")) }
                h.press(.tab); screens.append(h.text); h.press(.tab)
                h.press(.enter); screens.append(h.text)
                h.press(.tab); screens.append(h.text)
                h.press(.escape)
            }
            // Typing a hidden name finds nothing; the bottom lines echo what was typed.
            func aboveTheStatusLine() -> String { h.lines.dropLast(2).joined(separator: "\n") }
            for name in ["Søren", "Åse", "Jens Jørgensen", "aase"] {
                h.press(.char("/")).type(name); screens.append(aboveTheStatusLine()); h.press(.escape)
                h.press(.char("f")).type(name); screens.append(aboveTheStatusLine()); h.press(.escape)
            }
        }
        for id in ["K000001", "K000002", "K000003", "K000004", "K000005", "K000006"] {
            h.press(.char(":")).type("open \(id)").press(.enter)
            screens.append(h.text)
            h.press(.tab); screens.append(h.text)
        }
        h.press(.char(":")).type("vacancies").press(.enter); screens.append(h.text)
        for screen in screens {
            for hidden in ["Søren", "Østergård", "Åse", "Bøgh", "Jens Jørgensen", "k000001@", "k000003@", "k000005@",
                           "+45 20 00 01", "+45 20 00 03", "+45 20 00 05"] {
                #expect(!screen.contains(hidden), "\(hidden) on:\n\(screen)")
            }
        }
        #expect(screens.contains { $0.contains("山田 太郎") }, "a consenting candidate is named")
        #expect(h.audit.events.allSatisfy { e in
            e.recordKind == "ranking" ? !["K000001", "K000003", "K000005"].contains { e.detail.contains($0) }
                                      : ["K000002", "K000004", "K000006"].contains(e.recordID)
        })
    }
}
