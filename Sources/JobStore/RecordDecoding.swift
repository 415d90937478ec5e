import JobMatchCore

/// Readers for the record kinds, driven by their field tables. Each returns nil when
/// anything on the line was wrong (the problems are in `problems`); a record is only
/// returned from a clean line.
extension LineDecoder {
    mutating func candidate() throws(SyntaxError) -> Candidate? { try record(keys.candidate) }
    mutating func vacancy() throws(SyntaxError) -> Vacancy? { try record(keys.vacancy) }
    mutating func company() throws(SyntaxError) -> Company? { try record(keys.company) }
    mutating func barometer() throws(SyntaxError) -> BarometerAnswer? { try record(keys.barometer) }

    /// Reads one record line. The table's blank record is overwritten field by field; it is
    /// returned only when no problem was found, which includes "missing field", so every
    /// field of the returned record was read from the line.
    private mutating func record<R>(_ format: RecordFormat<R>) throws(SyntaxError) -> R? {
        let t = format.keys, fields = format.table.fields
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var record = format.table.blank
        while let i = try nextField(t, first: &first, hint: &hint, seen: &seen) {
            if i == 0 {
                rightKind = try kind(expected: format.table.kind!)
            } else {
                try read(fields[i &- 1], into: &record)
            }
        }
        guard rightKind else { problems.removeAll { $0.field != "kind" }; droppedProblems = 0; return nil }
        reportMissing(t, seen: seen)
        return problems.isEmpty ? record : nil
    }

    /// Reads one field's value into `record`; a value that is wrong is reported (so
    /// `problems` is not empty) and leaves the record as it was.
    @inline(__always)
    mutating func read<R>(_ field: Field<R>, into record: inout R) throws(SyntaxError) {
        let name = field.name
        switch field.codec {
        case .string: store(try string(name.description), field.offset, &record)
        case .int: store(try int(name.description), field.offset, &record)
        case .double: store(try double(name.description), field.offset, &record)
        case .bool: store(try bool(name.description), field.offset, &record)
        case .day: store(try day(name.description), field.offset, &record)
        case .strings: store(try strings(name), field.offset, &record)
        case .candidateStatus: store(try enumValue(name, CandidateStatus.self), field.offset, &record)
        case .vacancyStatus: store(try enumValue(name, VacancyStatus.self), field.offset, &record)
        case .heldCompetences: store(try objects(name, keys.heldCompetence), field.offset, &record)
        case .languages: store(try objects(name, keys.language), field.offset, &record)
        case .requirements: store(try objects(name, keys.requirement), field.offset, &record)
        case .labourNeeds: store(try objects(name, keys.need), field.offset, &record)
        case .optionalDay: store(try optionalDay(name.description), field.offset, &record)
        case .transport: store(try enumValue(name, Transport.self), field.offset, &record)
        case .educationKind: store(try enumValue(name, EducationKind.self), field.offset, &record)
        case .carRequirement: store(try enumValue(name, CarRequirement.self), field.offset, &record)
        case .shifts: store(try enumValues(name, Shift.self), field.offset, &record)
        case .heldCertificates: store(try objects(name, keys.certificate), field.offset, &record)
        case .educations: store(try objects(name, keys.education), field.offset, &record)
        case .workHistory: store(try objects(name, keys.work), field.offset, &record)
        case .consents: store(try objects(name, keys.consent), field.offset, &record)
        }
    }

    /// Stores `value` in the stored property at `offset`, whose type the field table
    /// guarantees is `V`.
    @inline(__always)
    private func store<R, V>(_ value: V?, _ offset: Int, _ record: inout R) {
        guard let value else { return }
        withUnsafeMutableBytes(of: &record) { ($0.baseAddress! + offset).assumingMemoryBound(to: V.self).pointee = value }
    }
}
