import Dispatch
import Foundation
import JobMatchCore

extension DataStore {
    /// Writes a whole dataset — schema, municipalities and all four record files — as one
    /// unit. Used by `generate`, `init` and tests.
    ///
    /// Where nothing is yet (no directory, or an empty one) the directory is created whole
    /// (`DataDirectory.create`); an existing data directory has all six files replaced in
    /// one commit (see `AtomicWriter`), so a crash leaves either the old dataset or the new
    /// one. A directory holding anything else is refused (`notADataDirectory`).
    ///
    /// The dataset is validated first and refused (`StoreError.invalid`) if the loader would
    /// refuse it, so a writer never produces a directory that does not load.
    public func write(_ dataset: Dataset) throws(StoreError) {
        let files = try encodeFiles(dataset)
        switch DataDirectory.state(of: directory) {
        case .missing, .empty:
            try DataDirectory.create(at: directory, files: files, lockTimeout: lockTimeout, beforeRename: beforeRename)
        case .dataDirectory:
            let dir = try DirectoryHandle.open(path)
            let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
            defer { lock.release() }
            let writer = atomicWriter(dir)
            try writer.replace(files, base: try writer.recover())
        case .other:
            throw .notADataDirectory(path: path)
        }
    }

    /// Sets up a new data directory holding `dataset`, only where nothing is yet (a path
    /// that does not exist or an empty directory); anything else is refused with
    /// `StoreError.notEmpty` and left untouched. See `DataDirectory.create`.
    public func create(_ dataset: Dataset) throws(StoreError) {
        try DataDirectory.create(at: directory, files: try encodeFiles(dataset), lockTimeout: lockTimeout,
                                 beforeRename: beforeRename)
    }

    /// The six data files of a dataset, after checking it would load.
    func encodeFiles(_ dataset: Dataset) throws(StoreError) -> [(name: String, chunks: [[UInt8]])] {
        let problems = schemaContentProblems(dataset.schema, dataset.registry)
            + RecordValidator(schema: dataset.schema, registry: dataset.registry).problems(in: dataset)
        let usersBytes = dataset.users.isEmpty ? nil : UsersFile.encode(dataset.users)
        let userProblems = usersBytes.map { UsersFile.decode($0, registry: dataset.registry).problems } ?? []
        if !(problems + userProblems).isEmpty { throw .invalid(Array((problems + userProblems).prefix(LoadError.cap))) }
        let keys = RecordKeys.shared
        return (usersBytes.map { [(Self.usersFile, [$0])] } ?? []) + [
            (Self.schemaFile, [try Self.encodeJSON(dataset.schema, file: Self.schemaFile)]),
            (Self.municipalitiesFile, [try Self.encodeJSON(dataset.registry, file: Self.municipalitiesFile)]),
            (RecordKind.candidate.fileName, Self.encodeLines(dataset.candidates) { w, r in w.write(r, keys: keys) }),
            (RecordKind.vacancy.fileName, Self.encodeLines(dataset.vacancies) { w, r in w.write(r, keys: keys) }),
            (RecordKind.company.fileName, Self.encodeLines(dataset.companies) { w, r in w.write(r, keys: keys) }),
            (RecordKind.barometer.fileName, Self.encodeLines(dataset.barometer) { w, r in w.write(r, keys: keys) }),
        ]
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
