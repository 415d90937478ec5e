import Dispatch
import Foundation
import JobMatchCore

extension DataStore {
    /// Writes a whole dataset — schema, municipalities and all four record files — creating
    /// the directory (0700) if needed. Used by `generate` and first-time setup.
    ///
    /// The dataset is validated first and refused (`StoreError.invalid`) if the loader would
    /// refuse it, so a writer never produces a directory that does not load. Every file is
    /// written to a synced temp file before any is renamed into place, so a failure while
    /// writing (disk full) changes nothing. The renames themselves are one system call
    /// each; a crash between two of them can leave some files new and some old, which the
    /// loader then reports (e.g. a vacancy naming a company that is not there).
    public func write(_ dataset: Dataset) throws(StoreError) {
        let problems = schemaContentProblems(dataset.schema, dataset.registry)
            + RecordValidator(schema: dataset.schema, registry: dataset.registry).problems(in: dataset)
        if !problems.isEmpty { throw .invalid(Array(problems.prefix(LoadError.cap))) }
        try DataDirectory.createDirectory(path)
        let lock = try DirectoryLock.acquire(directory: path, sharing: sharing, timeout: lockTimeout)
        defer { lock.release() }
        let writer = atomicWriter()
        writer.removeLeftoverTempFiles()
        let keys = RecordKeys.shared
        try writer.replace([
            (Self.schemaFile, [try Self.encodeJSON(dataset.schema, file: Self.schemaFile)]),
            (Self.municipalitiesFile, [try Self.encodeJSON(dataset.registry, file: Self.municipalitiesFile)]),
            (RecordKind.candidate.fileName, Self.encodeLines(dataset.candidates) { w, r in w.write(r, keys: keys) }),
            (RecordKind.vacancy.fileName, Self.encodeLines(dataset.vacancies) { w, r in w.write(r, keys: keys) }),
            (RecordKind.company.fileName, Self.encodeLines(dataset.companies) { w, r in w.write(r, keys: keys) }),
            (RecordKind.barometer.fileName, Self.encodeLines(dataset.barometer) { w, r in w.write(r, keys: keys) }),
        ])
    }

    /// Pretty-printed with sorted keys, so the same value always gives the same bytes.
    static func encodeJSON<T: Encodable>(_ value: T, file: String) throws(StoreError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { return Array(try encoder.encode(value)) + [UInt8(ascii: "\n")] }
        catch { throw .invalid([Problem(file: file, line: 0, field: "", message: "cannot be encoded: \(error)")]) }
    }

    /// Encodes records as JSON Lines, in chunks on all cores, joined in order.
    static func encodeLines<R: Sendable>(_ records: [R], _ encode: @escaping @Sendable (inout JSONLineWriter, R) -> Void) -> [[UInt8]] {
        let chunkCount = max(1, min(64, records.count / 2_000))
        var chunks = [[UInt8]](repeating: [], count: chunkCount)
        chunks.withUnsafeMutableBufferPointer { out in
            let shared = UncheckedSendable(out)
            let work: @Sendable (Int) -> Void = { k in
                let lo = records.count * k / chunkCount, hi = records.count * (k + 1) / chunkCount
                var w = JSONLineWriter(capacity: (hi - lo) * 512)
                for i in lo..<hi { encode(&w, records[i]) }
                shared.value[k] = w.bytes
            }
            if chunkCount == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: chunkCount, execute: work) }
        }
        return chunks
    }
}
