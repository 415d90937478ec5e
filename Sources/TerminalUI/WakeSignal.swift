import Foundation

/// A flag a background task sets when its work is done ("ranking finished"), so the
/// run loop re-renders at its next tick without the task touching the terminal.
public final class WakeSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    public init() {}

    /// Asks the run loop to re-render; callable from any thread.
    public func wake() {
        lock.lock()
        raised = true
        lock.unlock()
    }

    /// True once per `wake()` (clears the flag).
    public func consume() -> Bool {
        lock.lock()
        defer { raised = false; lock.unlock() }
        return raised
    }
}
