import Dispatch
import Synchronization

/// `body(i, &state)` for every i in 0..<count on up to `workers` threads, each thread
/// taking the next index and keeping its own `state` (made once per thread by `makeState`).
/// Results are in index order, whatever the number of threads. `body` must only read
/// shared data. The one parallel loop of the engine: rankings and the allocation use it.
func parallelMap<State, R>(_ count: Int, workers: Int, state makeState: @Sendable () -> State,
                           _ body: @Sendable (Int, inout State) -> R) -> [R] {
    guard count > 0 else { return [] }
    let threads = max(1, min(count, workers))
    let out = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
    out.initialize(repeating: nil)
    defer { out.deinitialize(); out.deallocate() }
    let next = Atomic<Int>(0)
    nonisolated(unsafe) let results = out
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        var state = makeState()
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if i >= count { break }
            results[i] = body(i, &state)
        }
    }
    return out.map { $0! }
}

/// `parallelMap` without per-thread state.
func parallelMap<R>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> R) -> [R] {
    parallelMap(count, workers: workers, state: {}) { i, _ in body(i) }
}
