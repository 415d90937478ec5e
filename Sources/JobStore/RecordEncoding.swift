import JobMatchCore

/// One line per record, fields in the order of the record kind's `FieldTable`; see
/// docs/data-format.md.
extension JSONLineWriter {
    mutating func write(_ c: Candidate, keys: RecordKeys) { line(c, keys.candidate, keys) }
    mutating func write(_ v: Vacancy, keys: RecordKeys) { line(v, keys.vacancy, keys) }
    mutating func write(_ c: Company, keys: RecordKeys) { line(c, keys.company, keys) }
    mutating func write(_ b: BarometerAnswer, keys: RecordKeys) { line(b, keys.barometer, keys) }

    /// One record line, newline included.
    private mutating func line<R>(_ record: R, _ format: RecordFormat<R>, _ keys: RecordKeys) {
        object(record, format, keys)
        byte(UInt8(ascii: "\n"))
    }

    /// `{"kind":…,"id":…,…}`: every field of `format`'s table in order, except an optional
    /// field holding its empty value (older versions did not write it either).
    private mutating func object<R>(_ record: R, _ format: RecordFormat<R>, _ keys: RecordKeys) {
        var k = 0, wrote = false
        if let kind = format.table.kind { key(format.keys, 0); string(kind.rawValue); k = 1; wrote = true }
        withUnsafeBytes(of: record) { raw in
            for field in format.table.fields {
                defer { k += 1 }
                let p = raw.baseAddress! + field.offset
                if field.optional && Self.isEmpty(field.codec, at: p) { continue }
                if wrote { key(format.keys, k) } else { firstKey(format.keys, k) }
                wrote = true
                value(field.codec, at: p, keys)
            }
        }
        byte(UInt8(ascii: "}"))
    }

    /// Field `i`'s key as the first of an object (`{"name":`), when the fields before it were left out.
    private mutating func firstKey(_ table: KeyTable, _ i: Int) {
        byte(UInt8(ascii: "{"))
        bytes.append(contentsOf: table.prefixes[i].dropFirst())
    }

    /// Whether the value at `p` is its codec's empty value (`FieldCodecKind.hasEmptyValue`).
    private static func isEmpty(_ codec: FieldCodecKind, at p: UnsafeRawPointer) -> Bool {
        func load<V>(_: V.Type) -> V { p.assumingMemoryBound(to: V.self).pointee }
        switch codec {
        case .strings: return load([String].self).isEmpty
        case .shifts: return load([Shift].self).isEmpty
        case .carRequirement: return load(CarRequirement.self) == .none
        case .heldCompetences: return load([HeldCompetence].self).isEmpty
        case .languages: return load([LanguageSkill].self).isEmpty
        case .requirements: return load([Requirement].self).isEmpty
        case .labourNeeds: return load([LabourNeed].self).isEmpty
        case .heldCertificates: return load([HeldCertificate].self).isEmpty
        case .educations: return load([Education].self).isEmpty
        case .workHistory: return load([WorkPeriod].self).isEmpty
        case .consents: return load([ConsentRecord].self).isEmpty
        default: return false
        }
    }

    /// Writes the value at `p`, a stored property of the type `codec` implies (the
    /// `FieldTable` guarantees the match).
    private mutating func value(_ codec: FieldCodecKind, at p: UnsafeRawPointer, _ keys: RecordKeys) {
        func load<V>(_: V.Type) -> V { p.assumingMemoryBound(to: V.self).pointee }
        switch codec {
        case .string: string(load(String.self))
        case .int: int(load(Int.self))
        case .double: double(load(Double.self))
        case .bool: bool(load(Bool.self))
        case .day: day(load(Day.self))
        case .strings: strings(load([String].self))
        case .candidateStatus: string(load(CandidateStatus.self).rawValue)
        case .vacancyStatus: string(load(VacancyStatus.self).rawValue)
        case .heldCompetences: objects(load([HeldCompetence].self)) { w, h in w.object(h, keys.heldCompetence, keys) }
        case .languages: objects(load([LanguageSkill].self)) { w, l in w.object(l, keys.language, keys) }
        case .requirements: objects(load([Requirement].self)) { w, r in w.object(r, keys.requirement, keys) }
        case .labourNeeds: objects(load([LabourNeed].self)) { w, n in w.object(n, keys.need, keys) }
        case .optionalDay: if let d = load(Day?.self) { day(d) } else { bytes.append(contentsOf: [110, 117, 108, 108]) }
        case .transport: string(load(Transport.self).rawValue)
        case .educationKind: string(load(EducationKind.self).rawValue)
        case .carRequirement: string(load(CarRequirement.self).rawValue)
        case .shifts: strings(load([Shift].self).map(\.rawValue))
        case .heldCertificates: objects(load([HeldCertificate].self)) { w, c in w.object(c, keys.certificate, keys) }
        case .educations: objects(load([Education].self)) { w, e in w.object(e, keys.education, keys) }
        case .workHistory: objects(load([WorkPeriod].self)) { w, p in w.object(p, keys.work, keys) }
        case .consents: objects(load([ConsentRecord].self)) { w, c in w.object(c, keys.consent, keys) }
        }
    }
}
