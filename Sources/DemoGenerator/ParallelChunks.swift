import Dispatch

/// Records per chunk. Fixed (not derived from the core count) so the chunk boundaries,
/// and with them every chunk's random stream, are the same on every machine.
let recordsPerChunk = 4_096

/// Builds `count` records in fixed-size chunks on all cores and returns them in index order.
///
/// Each chunk gets its own `RandomSource` derived from (seed, stream, chunk number), so the
/// result does not depend on which core ran which chunk or in what order they finished.
func generateInChunks<T: Sendable>(
    count: Int, seed: UInt64, stream: String,
    make: @Sendable (_ index: Int, _ rng: inout RandomSource) -> T
) -> [T] {
    guard count > 0 else { return [] }
    let chunkCount = (count + recordsPerChunk - 1) / recordsPerChunk
    let slots = ChunkSlots<T>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
        var rng = RandomSource(seed: seed, stream: stream, index: chunk)
        let start = chunk * recordsPerChunk
        let end = min(count, start + recordsPerChunk)
        var records: [T] = []
        records.reserveCapacity(end - start)
        for i in start..<end { records.append(make(i, &rng)) }
        slots.store(records, at: chunk)
    }
    return slots.joined(capacity: count)
}

/// One result array per chunk. Each slot is written by exactly one `concurrentPerform`
/// iteration and read only after all iterations have returned, so no two threads touch
/// the same slot; that is why the unchecked `Sendable` is sound.
private final class ChunkSlots<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<[T]>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: [])
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ records: [T], at index: Int) { buffer[index] = records }

    func joined(capacity: Int) -> [T] {
        var all: [T] = []
        all.reserveCapacity(capacity)
        for chunk in buffer { all.append(contentsOf: chunk) }
        return all
    }
}
