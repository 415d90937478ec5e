import JobMatchCore

/// Decodes JSON Lines bytes that are already in memory (an import, a benchmark, a file
/// received from another job centre) with the same fast reader and the same problem
/// reports as `DataStore.load`, without touching the disk.
public enum JSONLinesDecoding {
    /// The candidates in `bytes` (one JSON object per line), or every problem found.
    /// With a `validator`, records are also checked against the schema; duplicates are not
    /// checked here (that needs the whole directory). `parallel: false` parses on one
    /// thread (for measuring the reader itself).
    public static func candidates(_ bytes: [UInt8], file: String = RecordKind.candidate.fileName,
                                  validator: RecordValidator? = nil, parallel: Bool = true) throws(LoadError) -> [Candidate] {
        try decode(bytes, file: file, parallel: parallel, decode: { (d) throws(SyntaxError) in try d.candidate() },
                   check: { validator?.problems(in: $0) ?? [] })
    }

    /// The vacancies in `bytes`; see `candidates(_:file:validator:parallel:)`.
    public static func vacancies(_ bytes: [UInt8], file: String = RecordKind.vacancy.fileName,
                                 validator: RecordValidator? = nil, parallel: Bool = true) throws(LoadError) -> [Vacancy] {
        try decode(bytes, file: file, parallel: parallel, decode: { (d) throws(SyntaxError) in try d.vacancy() },
                   check: { validator?.problems(in: $0) ?? [] })
    }

    /// Candidates as canonical JSON Lines, exactly as `DataStore.write` stores them.
    public static func encode(candidates: [Candidate]) -> [UInt8] {
        let keys = RecordKeys.shared
        return DataStore.encodeLines(candidates) { w, r in w.write(r, keys: keys) }.flatMap { $0 }
    }

    private static func decode<R: Sendable>(
        _ bytes: [UInt8], file: String, parallel: Bool,
        decode: @escaping @Sendable (inout LineDecoder) throws(SyntaxError) -> R?,
        check: @escaping @Sendable (R) -> [FieldProblem]
    ) throws(LoadError) -> [R] {
        let parsed = bytes.withUnsafeBufferPointer {
            JSONLinesParser.parse($0, file: file, cap: LoadError.cap, parallel: parallel, decode: decode, check: check)
        }
        if parsed.problemCount > 0 { throw LoadError(problems: parsed.problems, totalCount: parsed.problemCount) }
        return parsed.records
    }
}
