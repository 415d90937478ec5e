import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import TerminalUI
import Workbench

/// `jobmatch` with no subcommand: open the workbench.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the workbench (the default).",
        discussion: """
            The user is --user, else $JOBMATCH_USER, else $USER; her job centre is --municipality, \
            else $JOBMATCH_MUNICIPALITY, else 0813 Frederikshavn (or the first participating \
            municipality). She sees names and contact details only of her own municipality's \
            candidates and of those who consented to sharing; each such view is written to audit.jsonl.
            """)

    @OptionGroup var dataOptions: DataOptions
    @Option(help: "Who is at the keyboard (for the audit log).") var user: String?
    @Option(help: "The user's municipality code (whose candidates she may see in full).") var municipality: String?
    @Option(help: "Treat this day as today (YYYY-MM-DD). Default: today.") var today: Day?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("the workbench needs a terminal; for scripts use `jobmatch match`, `search`, `stats` (see --help)")
        }
        var notice: String?
        let dir = try dataOptions.prepare(firstRunDemo: true, today: today, announce: { notice = $0 })
        let registry: MunicipalityRegistry
        do {
            registry = try DataStore.loadReference(from: dir).1
        } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        let env = ProcessInfo.processInfo.environment
        let home = municipality ?? env["JOBMATCH_MUNICIPALITY"] ?? registry.defaultUserMunicipality
        guard registry.municipality(home) != nil else {
            throw fail("unknown municipality code '\(home)'; use a four-digit code such as 0813 (Frederikshavn)")
        }
        let context = WorkbenchContext(
            dataDirectory: dir.path,
            user: UserContext(user: user ?? env["JOBMATCH_USER"] ?? env["USER"] ?? "consultant", municipality: home),
            today: today ?? Day.today(), notice: notice)
        let log = AuditLog(directory: dir)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: env)
        } catch {
            throw fail("cannot open the terminal: \(error)")
        }
        // The first frame (loading progress per file) is drawn before anything is read.
        let files = DataStore(directory: dir).loadPlan().map { LoadingFile(name: $0.file, bytes: $0.bytes) }
        let reason: TerminalApp.ExitReason
        do {
            reason = try WorkbenchApp.run(terminal: terminal, context: context, files: files, load: { report in
                var store = DataStore(directory: dir)
                store.onLoadStep = { step in
                    switch step.stage {
                    case .reading: report(.reading(file: step.file))
                    case .done(let records): report(.read(file: step.file, records: records))
                    }
                }
                return try store.load()
            }, audit: { event in
                do { try log.append(event) } catch {
                    // The view already happened; say so on stderr once the screen is restored.
                    AuditFailures.shared.record("audit log: \(error)")
                }
            })
        } catch {
            terminal.close()
            switch error {
            case .stopped(let stopped):
                if case .signal(let signal) = stopped { throw ExitCode(signal.exitStatus) }
                return
            case .failed(let failure):
                if let failure = failure as? LoadError { DataOptions.report(failure, in: dir) } else { printError("\(failure)") }
                throw ExitCode.failure
            }
        }
        terminal.close()
        for message in AuditFailures.shared.drain() { printError(message) }
        // Ended by a signal: 128 + its number, as a shell reports a killed program.
        if case .signal(let signal) = reason { throw ExitCode(signal.exitStatus) }
    }
}

/// Audit-log write failures, reported after the terminal is restored.
final class AuditFailures: @unchecked Sendable {
    static let shared = AuditFailures()
    private let lock = NSLock()
    private var messages: [String] = []
    func record(_ m: String) { lock.lock(); messages.append(m); lock.unlock() }
    func drain() -> [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
