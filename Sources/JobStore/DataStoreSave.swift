import Foundation
import JobMatchCore

extension DataStore {
    /// Saves one candidate if nobody changed it since the caller read it.
    ///
    /// `expectedVersion` is the version the caller loaded (0 to create a new candidate). If
    /// the stored version differs, nothing is written and `StoreError.staleVersion` says so
    /// ("candidate K000123 was changed by someone else (stored version 4, yours 3); reload
    /// and try again"). On success the record is stored with version `expectedVersion + 1`
    /// and returned. The check and the write happen under the directory's writer lock, and
    /// the file is replaced atomically, so two consultants can never lose each other's
    /// changes and a crash leaves either the old or the new file.
    @discardableResult
    public func save(candidate: Candidate, expectedVersion: Int) throws(StoreError) -> Candidate {
        try saveRecord(candidate, .candidate, expectedVersion: expectedVersion,
                       encode: { w, r in w.write(r, keys: RecordKeys.shared) },
                       check: { v, r throws(StoreError) in v.problems(in: r) })
    }

    /// Saves one vacancy under the same rules as `save(candidate:expectedVersion:)`; the
    /// vacancy's company must exist in `companies.jsonl`.
    @discardableResult
    public func save(vacancy: Vacancy, expectedVersion: Int) throws(StoreError) -> Vacancy {
        try saveRecord(vacancy, .vacancy, expectedVersion: expectedVersion,
                       encode: { w, r in w.write(r, keys: RecordKeys.shared) },
                       check: { v, r throws(StoreError) in
                           let companies = try self.readAll(.company) { (d) throws(SyntaxError) in try d.company() }
                           return v.problems(in: r) + v.referenceProblems(in: r, companies: Set(companies.records.map(\.id)))
                       })
    }

    /// Saves one company under the same rules as `save(candidate:expectedVersion:)`.
    @discardableResult
    public func save(company: Company, expectedVersion: Int) throws(StoreError) -> Company {
        try saveRecord(company, .company, expectedVersion: expectedVersion,
                       encode: { w, r in w.write(r, keys: RecordKeys.shared) },
                       check: { v, r throws(StoreError) in v.problems(in: r) })
    }

    private func saveRecord<R: Identifiable & Sendable & VersionedRecord>(
        _ record: R, _ kind: RecordKind, expectedVersion: Int,
        encode: (inout JSONLineWriter, R) -> Void,
        check: (RecordValidator, R) throws(StoreError) -> [FieldProblem]
    ) throws(StoreError) -> R where R.ID == String {
        let dir = try DirectoryHandle.open(path)
        let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
        defer { lock.release() }
        let writer = atomicWriter(dir)
        let manifest = try writer.recover()

        var schemaProblems: [Problem] = []
        let collect: ([Problem], Int?) -> Void = { list, _ in schemaProblems += list }
        let schema = decodeJSON(Schema.self, file: Self.schemaFile, bytes: try readVerified(dir, Self.schemaFile, manifest: manifest), collect)
        let registry = decodeJSON(MunicipalityRegistry.self, file: Self.municipalitiesFile,
                                  bytes: try readVerified(dir, Self.municipalitiesFile, manifest: manifest), collect)
        guard let schema, let registry else { throw .unreadable(LoadError(problems: schemaProblems)) }
        var updated = record
        updated.version = expectedVersion + 1
        let found = try check(RecordValidator(schema: schema, registry: registry), updated)
        if !found.isEmpty {
            throw .invalid(found.map { Problem(file: kind.fileName, line: 0, field: $0.field, message: $0.message) })
        }

        let bytes = try readVerified(dir, kind.fileName, manifest: manifest)
        // Only the id and version of each line are needed: the other values are checked for
        // JSON syntax and skipped, which is several times faster than decoding records.
        let table = RecordKeys.shared.table(for: kind)
        let parsed = bytes.withUnsafeBufferPointer {
            JSONLinesParser.parse($0, file: kind.fileName, cap: LoadError.cap,
                                  decode: { (d) throws(SyntaxError) in try d.stamp(table, kind: kind) }, check: { _ in [] })
        }
        if parsed.problemCount > 0 { throw .unreadable(LoadError(problems: parsed.problems, totalCount: parsed.problemCount)) }

        var line = JSONLineWriter(capacity: 1024)
        encode(&line, updated)
        var out: [[UInt8]]
        if let i = parsed.records.firstIndex(where: { $0.id == record.id }) {
            let stored = parsed.records[i].version
            guard expectedVersion != 0 else { throw .alreadyExists(kind: kind, id: record.id, stored: stored) }
            guard stored == expectedVersion else {
                throw .staleVersion(kind: kind, id: record.id, stored: stored, yours: expectedVersion)
            }
            let span = parsed.spans[i]
            out = [Array(bytes[..<span.lowerBound]), line.bytes, Array(bytes[span.upperBound...])]
        } else {
            guard expectedVersion == 0 else { throw .notFound(kind: kind, id: record.id, yours: expectedVersion) }
            out = [bytes]
            if let last = bytes.last, last != UInt8(ascii: "\n") { out.append([UInt8(ascii: "\n")]) }
            out.append(line.bytes)
        }
        try writer.replace([(kind.fileName, out)], base: manifest)
        return updated
    }

    /// All records of one file, structure-checked only; refuses if the file has problems.
    /// Called by a writer while it holds the lock.
    func readAll<R: Sendable>(_ kind: RecordKind, decode: @escaping @Sendable (inout LineDecoder) throws(SyntaxError) -> R?)
        throws(StoreError) -> ParsedLines<R> {
        let dir = try DirectoryHandle.open(path)
        let bytes = try readVerified(dir, kind.fileName, manifest: try Manifest.read(from: dir))
        let parsed = bytes.withUnsafeBufferPointer {
            JSONLinesParser.parse($0, file: kind.fileName, cap: LoadError.cap, decode: decode, check: { _ in [] })
        }
        if parsed.problemCount > 0 { throw .unreadable(LoadError(problems: parsed.problems, totalCount: parsed.problemCount)) }
        return parsed
    }
}

/// The identity and version of a stored line, all a save needs to know about the others.
struct VersionStamp: Identifiable, Sendable {
    var id: String
    var version: Int
}

extension LineDecoder {
    /// Reads only `kind`, `id` and `version`; every other value is syntax-checked and skipped.
    mutating func stamp(_ table: KeyTable, kind expected: RecordKind) throws(SyntaxError) -> VersionStamp? {
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var id: String?, version: Int?
        while let i = try nextField(table, first: &first, hint: &hint, seen: &seen) {
            switch i {
            case 0: rightKind = try kind(expected: expected)
            case 1: id = try string("id")
            case 2: version = try int("version")
            default: try cursor.skipValue()
            }
        }
        guard rightKind else { return nil }
        reportMissing(table, seen: seen)
        guard problems.isEmpty, let id, let version else { return nil }
        return VersionStamp(id: id, version: version)
    }
}

/// Records that carry an optimistic-concurrency version.
protocol VersionedRecord {
    var version: Int { get set }
}

extension Candidate: VersionedRecord {}
extension Vacancy: VersionedRecord {}
extension Company: VersionedRecord {}
