import Dispatch
import Foundation

/// A value computed on a background queue as soon as it is created. Start-up builds what
/// the first screen needs and leaves the rest (search text, the other sort orders, the id
/// table) to finish while the user reads it.
///
/// The UI never waits for it: `valueIfReady` is nil until it is built, and the screens say
/// "indexing…" meanwhile. The lock is held only to hand the finished value over, never
/// while it is computed. `wait()` is for tests and benchmarks that want the built state.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = work()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The value, or nil while it is still being built.
    var valueIfReady: Value? {
        condition.lock()
        defer { condition.unlock() }
        return result
    }

    /// Blocks until the value is built (tests, benchmarks; never the run loop).
    @discardableResult
    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
