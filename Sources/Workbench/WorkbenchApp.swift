import JobMatchCore
import TerminalUI

/// The entry point the `jobmatch` executable calls.
public enum WorkbenchApp {
    /// Runs the workbench on `terminal` until the user quits, a stop signal arrives or
    /// input ends. The matching index is built in the background (the status line says
    /// "indexing…" and keys work meanwhile); rankings run in the background too.
    ///
    /// - Parameter audit: called on the UI thread before a candidate's personal details are
    ///   displayed; the host appends it to the audit log. When it throws, the details are not
    ///   shown and the screen says why (fail closed).
    /// - Parameter journal: where edits (triage decisions, shortlists, calls) are written.
    public static func run(terminal: any Terminal, dataset: Dataset, context: WorkbenchContext,
                           audit: @escaping @Sendable (AuditEvent) throws -> Void, journal: any WorkJournal) -> TerminalApp.ExitReason {
        run(terminal: terminal, dataset: dataset, context: context,
            makeProvider: { MatchEngineProvider(dataset: dataset) }, audit: audit, journal: journal)
    }

    /// The same with another engine (tests, a remote engine later).
    package static func run(terminal: any Terminal, dataset: Dataset, context: WorkbenchContext,
                           makeProvider: @escaping @Sendable () throws -> any MatchProvider,
                           audit: @escaping @Sendable (AuditEvent) throws -> Void,
                           journal: (any WorkJournal)? = nil) -> TerminalApp.ExitReason {
        let wake = WakeSignal()
        let worker = BackgroundWorker(today: context.today, wake: wake, makeProvider: makeProvider)
        // The index builds on one core while the screens' lookups build on the other.
        worker.start()
        let data = WorkbenchData(dataset: dataset, today: context.today)
        return run(terminal: terminal, data: data, context: context, worker: worker, wake: wake, audit: audit,
                   journal: journal ?? MemoryJournal(user: context.user.user))
    }

    /// The same with the lookups already built (after the loading screen).
    static func run(terminal: any Terminal, data: WorkbenchData, context: WorkbenchContext,
                    makeProvider: @escaping @Sendable () throws -> any MatchProvider,
                    audit: @escaping @Sendable (AuditEvent) throws -> Void, journal: any WorkJournal) -> TerminalApp.ExitReason {
        let wake = WakeSignal()
        let worker = BackgroundWorker(today: context.today, wake: wake, makeProvider: makeProvider)
        worker.start()
        return run(terminal: terminal, data: data, context: context, worker: worker, wake: wake, audit: audit, journal: journal)
    }

    private static func run(terminal: any Terminal, data: WorkbenchData, context: WorkbenchContext, worker: BackgroundWorker,
                            wake: WakeSignal, audit: @escaping @Sendable (AuditEvent) throws -> Void,
                            journal: any WorkJournal) -> TerminalApp.ExitReason {
        let session = WorkbenchSession(state: AppState(data: data, context: context, size: terminal.size),
                                       runner: worker, audit: audit, journal: journal)
        return run(terminal: terminal, session: session, wake: wake)
    }

    /// Drives an existing session (tests use one whose engine runs inline).
    package static func run(terminal: any Terminal, session: WorkbenchSession, wake: WakeSignal? = nil) -> TerminalApp.ExitReason {
        if session.state.size != terminal.size { session.send(.resize(terminal.size)) }
        return TerminalApp.run(
            terminal: terminal,
            // Short polls so a finished ranking is drawn within a few milliseconds of arriving.
            pollMilliseconds: 20,
            wake: wake,
            onTick: { session.pollBackground() },
            handle: { session.handle($0) },
            render: { session.render(size: $0, usesColor: terminal.theme.usesColor) }
        )
    }
}
