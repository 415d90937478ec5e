import Dispatch
import Foundation
import JobMatchCore
import TerminalUI

extension WorkbenchApp {
    /// Why the loading phase ended without data.
    public enum LoadingEnd: Error {
        /// The user pressed q or Ctrl-C, or a signal arrived, while loading.
        case stopped(TerminalApp.ExitReason)
        /// The loader failed; the caller reports it once the terminal is restored.
        case failed(any Error)
    }

    /// Draws the loading screen at once, loads the data on a background thread (`load`
    /// reports each file through its argument), builds the screens' lookups there too, and
    /// then runs the workbench from the Dashboard. The terminal is never blank while a
    /// national-scale directory loads, and keys (q, Ctrl-C, resize) work meanwhile.
    public static func run(terminal: any Terminal, context: WorkbenchContext, files: [LoadingFile],
                           load: @escaping @Sendable (_ report: @escaping @Sendable (LoadingEvent) -> Void) throws -> Dataset,
                           audit: @escaping @Sendable (AuditEvent) throws -> Void,
                           journal: any WorkJournal) throws(LoadingEnd) -> TerminalApp.ExitReason {
        let loaded = try loadShowingProgress(terminal: terminal, context: context, files: files, load: load)
        return run(terminal: terminal, data: loaded.data, context: context,
                   makeProvider: { MatchEngineProvider(dataset: loaded.dataset) }, audit: audit, journal: journal)
    }

    /// The loading phase alone (tests drive it on the in-memory terminal).
    package static func loadShowingProgress(terminal: any Terminal, context: WorkbenchContext, files: [LoadingFile],
                                            load: @escaping @Sendable (_ report: @escaping @Sendable (LoadingEvent) -> Void) throws -> Dataset)
        throws(LoadingEnd) -> (dataset: Dataset, data: WorkbenchData) {
        let mailbox = LoadingMailbox(files: files)
        let today = context.today
        DispatchQueue.global(qos: .userInitiated).async {
            do {
                let dataset = try load { mailbox.post($0) }
                mailbox.finish(.success((dataset, WorkbenchData(dataset: dataset, today: today))))
            } catch {
                mailbox.finish(.failure(error))
            }
        }
        var drawn: LoadingProgress?
        while true {
            if let signal = terminal.takeStopSignal() { throw .stopped(.signal(signal)) }
            let (progress, result) = mailbox.snapshot()
            switch result {
            case .success(let loaded)?: return loaded
            case .failure(let error)?: throw .failed(error)
            case nil: break
            }
            if progress != drawn {
                drawn = progress
                terminal.draw(frame(progress, terminal: terminal, context: context))
            }
            if terminal.isInputClosed { mailbox.waitUntilFinished(); continue }
            switch terminal.readKey(timeoutMilliseconds: 20) {
            case .char("q")?, .ctrl("c")?: throw .stopped(.finished)
            case .ctrl("z")?:
                terminal.suspend()
                terminal.invalidate()
                drawn = nil
            case .ctrl("l")?, .resize?:
                terminal.invalidate()
                drawn = nil
            default:
                break
            }
        }
    }

    private static func frame(_ progress: LoadingProgress, terminal: any Terminal, context: WorkbenchContext) -> ScreenBuffer {
        let size = terminal.size
        guard size.fits(.minimum) else { return TerminalApp.tooSmallScreen(size: size) }
        return LoadingView.render(progress, context: context, size: size, usesColor: terminal.theme.usesColor)
    }
}

/// Progress and the result, handed from the loading thread to the UI thread.
private final class LoadingMailbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var progress: LoadingProgress
    private var result: Result<(dataset: Dataset, data: WorkbenchData), any Error>?

    init(files: [LoadingFile]) { progress = LoadingProgress(files: files) }

    func post(_ event: LoadingEvent) { condition.withLock { progress.apply(event) } }

    func finish(_ r: Result<(dataset: Dataset, data: WorkbenchData), any Error>) {
        condition.withLock { result = r; condition.broadcast() }
    }

    func snapshot() -> (LoadingProgress, Result<(dataset: Dataset, data: WorkbenchData), any Error>?) {
        condition.withLock { (progress, result) }
    }

    /// Input ended (a test script ran out): nothing can stop the load any more, so wait.
    func waitUntilFinished() { condition.withLock { while result == nil { condition.wait() } } }
}
