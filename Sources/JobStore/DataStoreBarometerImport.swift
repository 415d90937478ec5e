import JobMatchCore

extension DataStore {
    /// Adds imported barometer answers to `barometer.jsonl`, all or nothing.
    ///
    /// Under the writer lock: loads and validates the whole directory, numbers the new
    /// answers after the highest stored `B` number, checks each against the schema, the
    /// registry, `companies.jsonl` and the stored answers (one answer per company per
    /// round), and only when every answer passes appends them through the atomic commit
    /// (temp file, fsync, rename, manifest). A problem is reported at the spreadsheet line
    /// and column it came from; then nothing is written.
    @discardableResult
    public func importBarometer(_ imported: BarometerImport) throws(BarometerImportError) -> [BarometerAnswer] {
        let outcome: Result<[BarometerAnswer], BarometerImportError>
        do throws(StoreError) {
            outcome = try commitBarometer(imported)
        } catch {
            throw BarometerImportError(store: error)
        }
        return try outcome.get()
    }

    private func commitBarometer(_ imported: BarometerImport) throws(StoreError) -> Result<[BarometerAnswer], BarometerImportError> {
        let file = imported.file
        do {
            let dir = try DirectoryHandle.open(path)
            let lock = try DirectoryLock.acquire(dir, timeout: lockTimeout)
            defer { lock.release() }
            let writer = atomicWriter(dir)
            let manifest = try writer.recover()
            let dataset: Dataset
            do throws(LoadError) { dataset = try load() } catch { throw StoreError.unreadable(error) }

            let validator = RecordValidator(schema: dataset.schema, registry: dataset.registry)
            let companies = Set(dataset.companies.map(\.id))
            var next = dataset.barometer.compactMap { $0.id.hasPrefix("B") ? Int($0.id.dropFirst()) : nil }.max() ?? 0
            var stored: [String: String] = [:]
            for b in dataset.barometer { stored[b.round + "|" + b.company] = b.id }
            var answers: [BarometerAnswer] = []
            var problems: [ImportProblem] = []
            for (i, var a) in imported.answers.enumerated() {
                next += 1
                let digits = String(next)
                a.id = "B" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
                let lines = imported.lines[i]
                for f in validator.problems(in: a) + validator.referenceProblems(in: a, companies: companies) {
                    let (line, column) = Self.locate(f.field, lines: lines, columns: imported.columns)
                    problems.append(ImportProblem(file: file, line: line, column: column, message: "\(f.field): \(f.message)"))
                }
                if let id = stored[a.round + "|" + a.company] {
                    problems.append(ImportProblem(file: file, line: lines.first, column: imported.columns["company"] ?? 1,
                                                  message: "company \(Problem.quote(a.company)) already answered round \(a.round) (\(id) in barometer.jsonl); one answer per company per round"))
                }
                answers.append(a)
            }
            if !problems.isEmpty { return .failure(BarometerImportError(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })) }

            var bytes = try readVerified(dir, RecordKind.barometer.fileName, manifest: manifest)
            if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            var chunks = [bytes]
            for a in answers {
                var line = JSONLineWriter(capacity: 512)
                line.write(a, keys: RecordKeys.shared)
                chunks.append(line.bytes)
            }
            try writer.replace([(RecordKind.barometer.fileName, chunks)], base: manifest)
            return .success(answers)
        }
    }

    /// The spreadsheet line and column a validator field name came from.
    static func locate(_ field: String, lines: (first: Int, needs: [Int]), columns: [String: Int]) -> (Int, Int) {
        if field.hasPrefix("needs["), let close = field.firstIndex(of: "]"), let i = Int(field[field.index(field.startIndex, offsetBy: 6)..<close]),
           i < lines.needs.count {
            let rest = field[field.index(after: close)...].drop { $0 == "." }
            return (lines.needs[i], columns[String(rest)] ?? columns["occupation"] ?? 1)
        }
        if field == "needs" { return (lines.needs.first ?? lines.first, columns["in3Months"] ?? 1) }
        return (lines.first, columns[field] ?? 1)
    }
}
