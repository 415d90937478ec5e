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
        let (dir, dataset) = try dataOptions.load(announce: { notice = $0 })
        let env = ProcessInfo.processInfo.environment
        let log = AuditLog(directory: dir)
        // The chain is checked at every start; a damage warning takes the status line.
        let auditWarning = log.openingWarning()
        let context = WorkbenchContext(
            dataDirectory: dir.path, user: try acting.context(registry: dataset.registry, environment: env),
            today: today ?? Day.today(), notice: [auditWarning, notice].compactMap { $0 }.joined(separator: " · ").nilIfEmpty)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: env)
        } catch {
            throw fail("cannot open the terminal: \(error)")
        }
        // Fail closed: when the entry cannot be written the workbench withholds the
        // details and says why on the screen.
        let reason = WorkbenchApp.run(terminal: terminal, dataset: dataset, context: context, audit: { try log.append($0) })
        terminal.close()
        if case .signal = reason { throw ExitCode(130) }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
