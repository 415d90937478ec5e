import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch audit`: check and read the audit log of who saw or changed personal data.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check or read the audit log (who saw or changed personal data).",
        discussion: "See docs/data-format.md for the format and what the hash chain can and cannot prove.",
        subcommands: [AuditVerify.self, AuditShow.self])
}

/// The audit log of `--data`, refusing a directory that is not there (nothing is set up).
private func auditLog(_ options: DataOptions) throws -> AuditLog {
    let dir = options.directory
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw fail("no data directory at \(dir.path)")
    }
    return AuditLog(directory: dir)
}

struct AuditVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit log's hash chain and checkpoint.",
        discussion: """
            Prints the first bad line first, as audit.jsonl:LINE: field: what is wrong, and exits 1 \
            if there is any. An intact log prints its entry count and last hash: keep that hash \
            somewhere else (a ticket, an e-mail) to be able to tell later that the whole log was not rewritten.
            """)

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let log = try auditLog(dataOptions)
        let report: AuditReport
        do { report = try log.check() } catch { throw fail("\(error)") }
        for problem in report.problems { print(problem.description) }
        for note in report.notes { print("note: \(note)") }
        let path = log.directory.appendingPathComponent(AuditLog.fileName).path
        let entries = "\(report.entryCount) entr\(report.entryCount == 1 ? "y" : "ies")"
        guard report.isIntact else {
            printError("\(path): \(entries), \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s"); "
                       + "the first is on the first line above")
            throw ExitCode.failure
        }
        print("\(path): \(entries), chain intact" + (report.head.map { "; last hash \($0)" } ?? ""))
    }
}

struct AuditShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "List audit entries, oldest first.",
        discussion: """
            Entries name candidates by pseudonymous id and consultants by user name; no candidate's \
            name or contact is printed, so the list is the same whoever asks.
            """)

    @OptionGroup var dataOptions: DataOptions
    @Option(help: "Only entries about this candidate (views of her profile and lists that showed her name).")
    var candidate: String?
    @Option(help: "Only entries made by this user.") var user: String?
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        let log = try auditLog(dataOptions)
        let entries: [AuditEntry]
        let report: AuditReport
        do {
            entries = try log.entries()
            report = try log.check()
        } catch { throw fail("\(error)") }
        let shown = entries.filter { e in
            (candidate.map { e.concerns(candidate: $0) } ?? true) && (user.map { e.user == $0 } ?? true)
        }
        if let first = report.problems.first {
            printError("jobmatch: warning: the audit log is damaged (\(first)); run `jobmatch audit verify`")
        }
        if json {
            print(try JSONOutput.string(shown))
            return
        }
        print(Table.render(
            header: ["line", "time", "user", "of", "action", "record", "detail"],
            rows: shown.map { ["\($0.line)", $0.time, $0.user, $0.userMunicipality, $0.action, "\($0.recordKind) \($0.recordID)", $0.detail] },
            rightAligned: [0]))
    }
}
