import Foundation
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
    private let journal: any WorkJournal
    /// When the journal was last asked for others' changes (monotonic seconds).
    private var journalCheckedAt = 0.0
    /// How often others' journal entries are picked up while the workbench is idle.
    package var journalInterval = 1.0

    /// Without a `journal`, edits go to a `MemoryJournal` (tests that do not look at them).
    init(state: AppState, runner: any EffectRunner, audit: @escaping (AuditEvent) throws -> Void, journal: (any WorkJournal)? = nil) {
        self.state = state
        self.runner = runner
        self.audit = audit
        self.journal = journal ?? MemoryJournal(user: state.context.user.user)
        runner.start()
        refreshJournal()
        pollBackground()
    }

    /// A session whose engine calls run on the calling thread (tests, text captures).
    package convenience init(dataset: Dataset, context: WorkbenchContext, size: TerminalSize,
                            provider: any MatchProvider, audit: @escaping (AuditEvent) throws -> Void = { _ in },
                            journal: (any WorkJournal)? = nil) {
        self.init(data: WorkbenchData(dataset: dataset, today: context.today), context: context, size: size,
                  provider: provider, audit: audit, journal: journal)
    }

    /// The same with prebuilt lookups (shared between many sessions in tests and benchmarks).
    public convenience init(data: WorkbenchData, context: WorkbenchContext, size: TerminalSize,
                            provider: any MatchProvider, audit: @escaping (AuditEvent) throws -> Void = { _ in },
                            journal: (any WorkJournal)? = nil) {
        // Inline sessions are deterministic: the background lookups are finished first.
        data.waitUntilBuilt()
        self.init(state: AppState(data: data, context: context, size: size),
                  runner: ImmediateRunner(provider: provider, today: context.today), audit: audit, journal: journal)
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
        let now = ProcessInfo.processInfo.systemUptime
        if now - journalCheckedAt >= journalInterval { changed = refreshJournal() }
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

    /// Picks up what other users appended to the journal; true when the work changed.
    @discardableResult
    package func refreshJournal() -> Bool {
        journalCheckedAt = ProcessInfo.processInfo.systemUptime
        do {
            let latest = try journal.refresh()
            let warning = journal.warning.map { "journal: \($0)" }
            var changed = false
            if warning != state.journalWarning {
                state.journalWarning = warning
                if let warning { state.message = StatusMessage(warning, isError: true) }
                changed = true
            }
            // Entries only ever add to the work, each with the next sequence number, so the
            // last number (and the count, for a journal restored from a backup) says whether
            // anything changed. Comparing the whole state would walk every vacancy's work
            // once a second while nothing happens.
            guard latest.lastSequence != state.work.lastSequence || latest.entryCount != state.work.entryCount else { return changed }
            state.work = latest
            run(Reducer.reduce(&state, .journalChanged))
            return true
        } catch {
            let warning = "journal: \(error)"
            guard state.journalWarning != warning else { return false }
            state.journalWarning = warning
            state.message = StatusMessage(warning, isError: true)
            return true
        }
    }

    /// Runs effects. An audit entry and a journal edit are written here, synchronously, and
    /// their outcome fed back before anything is drawn: details never reach the screen
    /// unlogged, and the next card appears only once the decision is durable.
    private func run(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .audit(let event, let id):
                var failure: String?
                do { try audit(event) } catch { failure = "\(error)" }
                run(Reducer.reduce(&state, .auditFinished(requestID: id, failure: failure)))
            case .journal(let payload, let id):
                let result: JournalResult
                do {
                    let (entry, latest) = try journal.append(payload)
                    state.work = latest
                    result = .written(entry)
                } catch {
                    // The refusal names what changed; show the list as it now stands.
                    if let latest = try? journal.refresh() { state.work = latest }
                    result = .refused("\(error)")
                }
                journalCheckedAt = ProcessInfo.processInfo.systemUptime
                run(Reducer.reduce(&state, .journalFinished(requestID: id, result)))
            default:
                runner.perform(effect)
            }
        }
    }
}
