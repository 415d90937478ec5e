import Dispatch
import Foundation

/// A value computed on a background queue as soon as it is created; reading it waits only
/// if the computation has not finished yet. Start-up builds what the first screen needs
/// and leaves the rest (search text, the other sort orders) to finish while the user reads it.
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

    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
