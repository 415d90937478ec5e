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
            candidates and of those who consented to sharing, and only once the view is written to \
            audit.jsonl: when it cannot be written the screen says so instead. The audit log is \
            checked at start; damage is named in the status line.
            """)

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var acting: UserOptions
    @Option(help: "Treat this day as today (YYYY-MM-DD). Default: today.") var today: Day?

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw fail("the workbench needs a terminal; for scripts use `jobmatch match`, `search`, `stats` (see --help)")
        }
        var notice: String?
        let dir = try dataOptions.prepare(firstRunDemo: true, today: today, announce: { notice = $0 })
        let registry: MunicipalityRegistry
        let courses: [Course]
        let recruitments: [RecruitmentProject]
        do {
            let (schema, reference) = try DataStore.loadReference(from: dir)
            registry = reference
            courses = try DataStore.loadCourses(from: dir, schema: schema, registry: registry)
            // Checked against the records by the Recruitment screen once they are loaded.
            recruitments = try DataStore.loadRecruitments(from: dir, dataset: nil)
        } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        let env = ProcessInfo.processInfo.environment
        let log = AuditLog(directory: dir)
        // The chain is checked at every start; a damage warning takes the status line.
        let auditWarning = log.openingWarning()
        let context = WorkbenchContext(
            dataDirectory: dir.path, user: try acting.context(registry: registry, directory: dir, environment: env),
            today: today ?? Day.today(), notice: [auditWarning, notice].compactMap { $0 }.joined(separator: " · ").nilIfEmpty,
            courses: courses, recruitments: recruitments)
        // The journal is replayed before the terminal opens, so a damaged one is reported plainly.
        let journal: HostJournal
        do { journal = try HostJournal(directory: dir, user: context.user) } catch { throw fail(error.description) }
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
            }, audit: { try log.append($0) },  // fail closed: a failed entry withholds the details
               journal: journal)
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
        // Ended by a signal: 128 + its number, as a shell reports a killed program.
        if case .signal(let signal) = reason { throw ExitCode(signal.exitStatus) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
