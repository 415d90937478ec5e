/// The four kinds of record stored one per line, each in its own JSON Lines file.
public enum RecordKind: String, Sendable, CaseIterable {
    case candidate, vacancy, company, barometer

    /// The file the records of this kind live in, e.g. `candidates.jsonl`.
    public var fileName: String {
        switch self {
        case .candidate: "candidates.jsonl"
        case .vacancy: "vacancies.jsonl"
        case .company: "companies.jsonl"
        case .barometer: "barometer.jsonl"
        }
    }
}

extension RecordValidator {
    /// Every problem in an in-memory dataset, located as it would be once written: file
    /// `candidates.jsonl`, line = position in the array + 1. Used before writing a dataset,
    /// so that a writer never produces files that the loader would refuse.
    public func problems(in dataset: Dataset) -> [Problem] {
        var out: [Problem] = []
        func add(_ kind: RecordKind, _ index: Int, _ list: [FieldProblem]) {
            for f in list { out.append(Problem(file: kind.fileName, line: index + 1, field: f.field, message: f.message)) }
        }
        func duplicates(_ kind: RecordKind, _ ids: [String]) {
            var first: [String: Int] = [:]
            first.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() {
                if let f = first[id] {
                    out.append(Problem(file: kind.fileName, line: i + 1, field: "id",
                                       message: "duplicate \(kind.rawValue) id '\(id)' (first on line \(f + 1))"))
                } else { first[id] = i }
            }
        }
        for (i, c) in dataset.candidates.enumerated() { add(.candidate, i, problems(in: c)) }
        duplicates(.candidate, dataset.candidates.map(\.id))
        let companies = Set(dataset.companies.map(\.id))
        for (i, v) in dataset.vacancies.enumerated() {
            add(.vacancy, i, problems(in: v) + referenceProblems(in: v, companies: companies))
        }
        duplicates(.vacancy, dataset.vacancies.map(\.id))
        for (i, c) in dataset.companies.enumerated() { add(.company, i, problems(in: c)) }
        duplicates(.company, dataset.companies.map(\.id))
        for (i, b) in dataset.barometer.enumerated() {
            add(.barometer, i, problems(in: b) + referenceProblems(in: b, companies: companies))
        }
        duplicates(.barometer, dataset.barometer.map(\.id))
        for r in BarometerAnswer.repeatedCompanies(dataset.barometer) {
            let b = dataset.barometer[r.index]
            out.append(Problem(file: RecordKind.barometer.fileName, line: r.index + 1, field: "company",
                               message: BarometerAnswer.repeatedMessage(company: b.company, round: b.round, firstLine: r.first + 1)))
        }
        return out
    }
}
