import Foundation
import JobMatchCore

extension DataStore {
    /// Loads and validates the whole directory. Either every record is returned or nothing
    /// is: any problem (malformed JSON, a truncated last line, wrong, missing or unknown
    /// fields, ids the schema does not know, duplicate ids, references to missing
    /// companies...) is collected, and all of them are thrown together as a `LoadError`.
    ///
    /// Every data file must exist: a missing record file is a problem, not an empty list
    /// (an empty file holds no records). The files are those of one committed write and
    /// must match `manifest.json` (see `snapshot`); temp and staged files left by a crashed
    /// writer are ignored. Nothing is written.
    public func load() throws(LoadError) -> Dataset { try load(acceptChanges: false) }

    func load(acceptChanges: Bool) throws(LoadError) -> Dataset {
        let snap: Snapshot
        do throws(StoreError) {
            snap = try snapshot(acceptChanges: acceptChanges)
        } catch {
            throw LoadError(problems: [Self.problem(from: error, directory: path)])
        }
        if snap.manifest == nil, snap.files.isEmpty {
            let state = DataDirectory.state(of: directory)
            let error: StoreError = state == .empty ? .emptyDataDirectory(path: path) : .notADataDirectory(path: path)
            throw LoadError(problems: [Self.problem(from: error, directory: path)])
        }
        var problems: [Problem] = []
        var total = 0
        func collect(_ list: [Problem], count: Int? = nil) {
            total += count ?? list.count
            for p in list where problems.count < LoadError.cap { problems.append(p) }
        }
        collect(snap.problems)
        let schema = snap.files[Self.schemaFile] == nil ? nil
            : decodeJSON(Schema.self, file: Self.schemaFile, bytes: snap.files[Self.schemaFile], collect)
        let registry = snap.files[Self.municipalitiesFile] == nil ? nil
            : decodeJSON(MunicipalityRegistry.self, file: Self.municipalitiesFile, bytes: snap.files[Self.municipalitiesFile], collect)
        var maybeValidator: RecordValidator?
        if let schema, let registry {
            collect(schemaContentProblems(schema, registry))
            maybeValidator = RecordValidator(schema: schema, registry: registry)
        }
        // Without a usable schema the lines are still checked for JSON and field types.
        let validator = maybeValidator

        let candidates = parse(.candidate, snap, collect, decode: { (d) throws(SyntaxError) in try d.candidate() },
                               check: { validator?.problems(in: $0) ?? [] })
        let companies = parse(.company, snap, nil, decode: { (d) throws(SyntaxError) in try d.company() },
                              check: { validator?.problems(in: $0) ?? [] })
        let companyIds = Set(companies.records.map(\.id))
        let vacancies = parse(.vacancy, snap, collect, decode: { (d) throws(SyntaxError) in try d.vacancy() }, check: {
            (validator?.problems(in: $0) ?? []) + (validator?.referenceProblems(in: $0, companies: companyIds) ?? [])
        })
        collect(companies.problems, count: companies.problemCount)
        let barometer = parse(.barometer, snap, collect, decode: { (d) throws(SyntaxError) in try d.barometer() }, check: {
            (validator?.problems(in: $0) ?? []) + (validator?.referenceProblems(in: $0, companies: companyIds) ?? [])
        })
        collect(Self.repeatedCompanyProblems(barometer.records, lines: barometer.lines.map(Int.init)))

        var users: [User] = []
        if let bytes = snap.files[Self.usersFile] {
            let decoded = UsersFile.decode(bytes, registry: registry)
            collect(decoded.problems)
            users = decoded.users
        }

        guard total == 0, let schema, let registry else { throw LoadError(problems: problems, totalCount: total) }
        return Dataset(schema: schema, registry: registry, candidates: candidates.records, vacancies: vacancies.records,
                       companies: companies.records, barometer: barometer.records, users: users)
    }

    /// Reads, parses and checks one JSON Lines file, adding duplicate-id problems. With a
    /// `collect` function the problems are handed over at once, in line order; without,
    /// the caller hands them over later (companies are parsed before vacancies, which
    /// refer to them, but reported after, in file order).
    private func parse<R: Identifiable & Sendable>(
        _ kind: RecordKind, _ snap: Snapshot, _ collect: (([Problem], Int?) -> Void)?,
        decode: @escaping @Sendable (inout LineDecoder) throws(SyntaxError) -> R?,
        check: @escaping @Sendable (R) -> [FieldProblem]
    ) -> ParsedLines<R> where R.ID == String {
        onLoadStep?(LoadStep(file: kind.fileName, stage: .reading))
        var parsed = ParsedLines<R>()
        defer { onLoadStep?(LoadStep(file: kind.fileName, stage: .done(records: parsed.records.count))) }
        if let bytes = snap.files[kind.fileName] {
            parsed = bytes.withUnsafeBufferPointer {
                JSONLinesParser.parse($0, file: kind.fileName, cap: LoadError.cap, decode: decode, check: check)
            }
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

    /// A company answering the same barometer round twice, at its line: the barometer
    /// counts companies, so a second answer would count one company twice.
    static func repeatedCompanyProblems(_ answers: [BarometerAnswer], lines: [Int]) -> [Problem] {
        BarometerAnswer.repeatedCompanies(answers).map { r in
            let b = answers[r.index]
            return Problem(file: RecordKind.barometer.fileName, line: lines[r.index], field: "company",
                           message: BarometerAnswer.repeatedMessage(company: b.company, round: b.round, firstLine: lines[r.first]))
        }
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
    func decodeJSON<T: Decodable>(_ type: T.Type, file: String, bytes: [UInt8]?, _ collect: ([Problem], Int?) -> Void) -> T? {
        onLoadStep?(LoadStep(file: file, stage: .reading))
        defer { onLoadStep?(LoadStep(file: file, stage: .done(records: 1))) }
        guard let bytes else {
            collect([Self.missingFileProblem(file, directory: path)], nil)
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

    /// A directory-level failure (no directory, a link, open permissions) as one problem.
    static func problem(from error: StoreError, directory: String) -> Problem {
        switch error {
        case .unreadable(let load): return load.problems.first ?? Problem(file: directory, line: 0, field: "", message: "\(error)")
        case .io(let file, _, _), .symlink(let file, _): return Problem(file: file, line: 0, field: "", message: "\(error)")
        case .exposed(let p, _, _):
            return Problem(file: p == directory ? "." : String(p.dropFirst(directory.count + 1)), line: 0, field: "", message: "\(error)")
        default: return Problem(file: directory, line: 0, field: "", message: "\(error)")
        }
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
