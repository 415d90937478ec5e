import Foundation
import JobMatchCore

extension DataStore {
    /// Loads and validates the whole directory. Either every record is returned or nothing
    /// is: any problem (malformed JSON, a truncated last line, wrong, missing or unknown
    /// fields, ids the schema does not know, duplicate ids, references to missing
    /// companies...) is collected, and all of them are thrown together as a `LoadError`.
    ///
    /// Missing record files count as empty (a freshly set-up directory has only the schema
    /// and municipality list). Temp files left by a crashed writer are ignored.
    public func load() throws(LoadError) -> Dataset {
        var problems: [Problem] = []
        var total = 0
        func collect(_ list: [Problem], count: Int? = nil) {
            total += count ?? list.count
            for p in list where problems.count < LoadError.cap { problems.append(p) }
        }
        let schema = decodeJSON(Schema.self, file: Self.schemaFile, collect)
        let registry = decodeJSON(MunicipalityRegistry.self, file: Self.municipalitiesFile, collect)
        var maybeValidator: RecordValidator?
        if let schema, let registry {
            collect(schemaContentProblems(schema, registry))
            maybeValidator = RecordValidator(schema: schema, registry: registry)
        }
        // Without a usable schema the lines are still checked for JSON and field types.
        let validator = maybeValidator

        let candidates = parse(.candidate, collect, decode: { (d) throws(SyntaxError) in try d.candidate() },
                               check: { validator?.problems(in: $0) ?? [] })
        let companies = parse(.company, nil, decode: { (d) throws(SyntaxError) in try d.company() },
                              check: { validator?.problems(in: $0) ?? [] })
        let companyIds = Set(companies.records.map(\.id))
        let vacancies = parse(.vacancy, collect, decode: { (d) throws(SyntaxError) in try d.vacancy() }, check: {
            (validator?.problems(in: $0) ?? []) + (validator?.referenceProblems(in: $0, companies: companyIds) ?? [])
        })
        collect(companies.problems, count: companies.problemCount)
        let barometer = parse(.barometer, collect, decode: { (d) throws(SyntaxError) in try d.barometer() }, check: {
            (validator?.problems(in: $0) ?? []) + (validator?.referenceProblems(in: $0, companies: companyIds) ?? [])
        })

        guard total == 0, let schema, let registry else { throw LoadError(problems: problems, totalCount: total) }
        return Dataset(schema: schema, registry: registry, candidates: candidates.records, vacancies: vacancies.records,
                       companies: companies.records, barometer: barometer.records)
    }

    /// Reads, parses and checks one JSON Lines file, adding duplicate-id problems. With a
    /// `collect` function the problems are handed over at once, in line order; without,
    /// the caller hands them over later (companies are parsed before vacancies, which
    /// refer to them, but reported after, in file order).
    private func parse<R: Identifiable & Sendable>(
        _ kind: RecordKind, _ collect: (([Problem], Int?) -> Void)?,
        decode: @escaping @Sendable (inout LineDecoder) throws(SyntaxError) -> R?,
        check: @escaping @Sendable (R) -> [FieldProblem]
    ) -> ParsedLines<R> where R.ID == String {
        onLoadStep?(LoadStep(file: kind.fileName, stage: .reading))
        var parsed = ParsedLines<R>()
        defer { onLoadStep?(LoadStep(file: kind.fileName, stage: .done(records: parsed.records.count))) }
        do throws(StoreError) {
            if let bytes = try PosixFile.read(directory.appendingPathComponent(kind.fileName).path, name: kind.fileName) {
                parsed = bytes.withUnsafeBufferPointer {
                    JSONLinesParser.parse($0, file: kind.fileName, cap: LoadError.cap, decode: decode, check: check)
                }
            }
        } catch {
            parsed.problems = [Problem(file: kind.fileName, line: 0, field: "", message: error.description)]
            parsed.problemCount = 1
        }
        let duplicates = duplicateProblems(kind, parsed)
        if !duplicates.isEmpty {
            parsed.problemCount += duplicates.count
            parsed.problems = (parsed.problems + duplicates).sorted { $0.line < $1.line }
            if parsed.problems.count > LoadError.cap { parsed.problems.removeSubrange(LoadError.cap...) }
        }
        collect?(parsed.problems, parsed.problemCount)
        return parsed
    }

    private func duplicateProblems<R: Identifiable>(_ kind: RecordKind, _ parsed: ParsedLines<R>) -> [Problem] where R.ID == String {
        var first: [String: Int32] = [:]
        first.reserveCapacity(parsed.records.count)
        var out: [Problem] = []
        for (i, r) in parsed.records.enumerated() {
            if let line = first[r.id] {
                out.append(Problem(file: kind.fileName, line: Int(parsed.lines[i]), field: "id",
                                   message: "duplicate \(kind.rawValue) id '\(r.id)' (first on line \(line))"))
            } else {
                first[r.id] = parsed.lines[i]
            }
        }
        return out
    }

    /// Decodes a small JSON file (schema, municipalities) with Foundation; problems name the
    /// field path. Returns nil (with a problem) when the file is missing or does not decode.
    func decodeJSON<T: Decodable>(_ type: T.Type, file: String, _ collect: ([Problem], Int?) -> Void) -> T? {
        onLoadStep?(LoadStep(file: file, stage: .reading))
        defer { onLoadStep?(LoadStep(file: file, stage: .done(records: 1))) }
        let bytes: [UInt8]
        do throws(StoreError) {
            guard let b = try PosixFile.read(directory.appendingPathComponent(file).path, name: file) else {
                collect([Problem(file: file, line: 0, field: "",
                                 message: "missing; this is not a set-up data directory (`jobmatch generate --out DIR` writes one, and an empty directory is set up on first use)")], nil)
                return nil
            }
            bytes = b
        } catch {
            collect([Problem(file: file, line: 0, field: "", message: error.description)], nil)
            return nil
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            collect([Self.problem(from: error, file: file)], nil)
        } catch {
            collect([Problem(file: file, line: 0, field: "", message: "\(error)")], nil)
        }
        return nil
    }

    static func problem(from error: DecodingError, file: String) -> Problem {
        func path(_ keys: [any CodingKey]) -> String {
            var s = ""
            for k in keys {
                if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
            }
            return s
        }
        switch error {
        case let .keyNotFound(key, ctx):
            return Problem(file: file, line: 0, field: path(ctx.codingPath + [key]), message: "missing field '\(key.stringValue)'")
        case let .typeMismatch(type, ctx):
            return Problem(file: file, line: 0, field: path(ctx.codingPath), message: "expected \(type): \(ctx.debugDescription)")
        case let .valueNotFound(type, ctx):
            return Problem(file: file, line: 0, field: path(ctx.codingPath), message: "expected \(type), found null")
        case let .dataCorrupted(ctx):
            var message = ctx.debugDescription
            if let underlying = ctx.underlyingError { message += " (\(underlying))" }
            return Problem(file: file, line: 0, field: path(ctx.codingPath), message: message)
        @unknown default:
            return Problem(file: file, line: 0, field: "", message: "\(error)")
        }
    }

    /// The schema's and registry's own consistency (unique ids, references inside the
    /// schema that exist, weights in range), from JobMatchCore's SchemaCheck.
    func schemaContentProblems(_ schema: Schema, _ registry: MunicipalityRegistry) -> [Problem] {
        schema.problems(file: Self.schemaFile) + registry.problems(file: Self.municipalitiesFile)
    }
}
