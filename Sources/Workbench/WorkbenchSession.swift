import JobMatchCore
import TerminalUI

/// One running workbench: the state, the reducer, and whatever runs its effects.
///
/// The run loop feeds it keys and asks it to render; tests drive the same object with
/// keys or actions and read the screen back, with effects run inline so results are
/// deterministic.
public final class WorkbenchSession {
    package private(set) var state: AppState
    private let runner: any EffectRunner
    private let audit: (AuditEvent) throws -> Void

    init(state: AppState, runner: any EffectRunner, audit: @escaping (AuditEvent) throws -> Void) {
        self.state = state
        self.runner = runner
        self.audit = audit
        runner.start()
        pollBackground()
    }

    /// A session whose engine calls run on the calling thread (tests, text captures).
    package convenience init(dataset: Dataset, context: WorkbenchContext, size: TerminalSize,
                            provider: any MatchProvider, audit: @escaping (AuditEvent) throws -> Void = { _ in }) {
        self.init(data: WorkbenchData(dataset: dataset, today: context.today), context: context, size: size,
                  provider: provider, audit: audit)
    }

    /// The same with prebuilt lookups (shared between many sessions in tests and benchmarks).
    public convenience init(data: WorkbenchData, context: WorkbenchContext, size: TerminalSize,
                            provider: any MatchProvider, audit: @escaping (AuditEvent) throws -> Void = { _ in }) {
        // Inline sessions are deterministic: the background lookups are finished first.
        data.waitUntilBuilt()
        self.init(state: AppState(data: data, context: context, size: size),
                  runner: ImmediateRunner(provider: provider, today: context.today), audit: audit)
    }

    /// Applies an action and runs its effects.
    package func send(_ action: Action) {
        run(Reducer.reduce(&state, action))
        pollBackground()
    }

    /// A key from the terminal; returns false once the user has quit.
    @discardableResult
    public func handle(_ key: Key) -> Bool {
        pollBackground()
        if let action = Reducer.action(for: key, in: state) {
            send(action)
        } else if state.mode == .normal {
            state.message = StatusMessage("\(key.displayName) does nothing here — press ? for the keys of this screen")
        }
        return !state.quit
    }

    /// Applies results that arrived from background work; true when anything changed.
    @discardableResult
    package func pollBackground() -> Bool {
        var changed = false
        while true {
            let actions = runner.drain()
            if actions.isEmpty { return changed }
            changed = true
            for action in actions { run(Reducer.reduce(&state, action)) }
        }
    }

    /// The screen for `size` (the loop passes the terminal's current size).
    public func render(size: TerminalSize, usesColor: Bool) -> ScreenBuffer {
        WorkbenchView.render(state, size: size, usesColor: usesColor)
    }

    /// Runs effects; an audit entry is written here, synchronously, and its outcome fed
    /// back before anything is drawn, so details never reach the screen unlogged.
    private func run(_ effects: [Effect]) {
        for effect in effects {
            guard case .audit(let event, let id) = effect else { runner.perform(effect); continue }
            var failure: String?
            do { try audit(event) } catch { failure = "\(error)" }
            run(Reducer.reduce(&state, .auditFinished(requestID: id, failure: failure)))
        }
    }
}
