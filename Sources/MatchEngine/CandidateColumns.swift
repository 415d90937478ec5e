import JobMatchCore

/// Every candidate as struct-of-arrays, rows in ascending id order, so the ranking loop
/// reads small integers from contiguous memory and never touches a `Candidate` value.
/// Row order equals id order, which makes the final tie-break a comparison of row numbers.
///
/// What the hard checks need sits in one 32-byte `CandidateHot` per row, so checking a
/// candidate costs one cache line; competences, languages and names are read only when needed.
struct CandidateColumns: Sendable {
    /// Flag bits.
    static let singleProvider: UInt8 = 1, flexJobApproved: UInt8 = 2, withoutUpperSecondary: UInt8 = 4

    var ids: [String] = []
    /// Row → index in `Dataset.candidates`.
    var source: [Int32] = []
    var hot: [CandidateHot] = []
    var licences: BitRows
    var certificates: BitRows
    /// Per row: (language, CEFR rank 1…6) pairs.
    var languages: Rows<LanguageEntry>
    /// Per row: held competences sorted by competence id, duplicates merged (rows via `hot`).
    var competences: [HeldEntry] = []
    /// Per row: wished occupations (rows via `hot`).
    var desired: [Int32] = []
    /// Folded names as one byte buffer.
    var names: Rows<UInt8>

    var count: Int { ids.count }

    /// The row's range in `competences`.
    @inline(__always) func held(_ row: Int) -> Range<Int> {
        let h = hot[row]
        return Int(h.heldStart)..<Int(h.heldStart) + Int(h.heldCount)
    }

    /// The row's range in `desired`.
    @inline(__always) func wishes(_ row: Int) -> Range<Int> {
        let h = hot[row]
        return Int(h.desiredStart)..<Int(h.desiredStart) + Int(h.desiredCount)
    }
}

/// The per-candidate fields the hard checks and the score read, packed into 32 bytes.
struct CandidateHot: Sendable {
    var availableFrom: Int32 = 0
    var unemployedSince: Int32 = 0
    var heldStart: Int32 = 0
    var desiredStart: Int32 = 0
    /// Travel-matrix index of the home municipality, -1 unknown.
    var home: Int16 = -1
    /// Travel-matrix row the commute starts from: the postcode's town, else `home`.
    var place: Int16 = -1
    var maxCommute: Int16 = 0
    var benefit: Int16 = -1
    var birthYear: Int16 = 0
    var heldCount: UInt16 = 0
    var desiredCount: UInt8 = 0
    /// CandidateStatus: 0 active, 1 paused, 2 placed.
    var status: UInt8 = 0
    var flags: UInt8 = 0
    /// Weekly hours wanted, clamped to 0…255.
    var hours: UInt8 = 0
}

struct LanguageEntry: Sendable { var language: Int32; var rank: UInt8 }
/// A held competence; years in whole tenths (exact, as recorded).
struct HeldEntry: Sendable { var competence: Int32; var level: Int32; var tenths: Int32 }

/// The vocabularies the index speaks: schema ids plus any id met in the data, interned.
struct Vocabulary: Sendable {
    var competences = Interner()
    var occupations = Interner()
    var licences = Interner()
    var certificates = Interner()
    var languages = Interner()
    var benefits = Interner()
    /// CEFR level → rank 1…n.
    var cefrRank: [String: UInt8] = [:]
    var educationWithoutUpperSecondary: Set<String> = []

    init(schema: Schema, candidates: [Candidate], vacancies: [Vacancy]) {
        competences = Interner(schema.competences.map(\.id))
        occupations = Interner(schema.occupations.map(\.id))
        licences = Interner(schema.licences.map(\.code))
        certificates = Interner(schema.certificates.map(\.id))
        languages = Interner(schema.languages.map(\.code))
        benefits = Interner(schema.benefitTypes.map(\.id))
        for (i, level) in schema.cefrLevels.enumerated() { cefrRank[level] = UInt8(i + 1) }
        educationWithoutUpperSecondary = Set(schema.educationLevels.filter { !$0.upperSecondary }.map(\.id))
        for c in candidates {
            for h in c.competences { _ = competences.intern(h.id) }
            for o in c.desiredOccupations { _ = occupations.intern(o) }
            for l in c.licences { _ = licences.intern(l) }
            for x in c.certificates { _ = certificates.intern(x) }
            for l in c.languages { _ = languages.intern(l.code) }
            _ = benefits.intern(c.benefit)
        }
        for v in vacancies {
            for r in v.requirements { _ = competences.intern(r.competence) }
            _ = occupations.intern(v.occupation)
            for l in v.licences { _ = licences.intern(l) }
            for x in v.certificates { _ = certificates.intern(x) }
            for l in v.languages { _ = languages.intern(l.code) }
        }
    }
}

extension CandidateColumns {
    init(candidates: [Candidate], vocabulary v: Vocabulary, travel: TravelMatrix,
         postcodeMunicipality: [String: String]) {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a].id, y = candidates[b].id
            return x != y ? x < y : a < b
        }
        let n = order.count
        licences = BitRows(rows: n, bits: v.licences.count)
        certificates = BitRows(rows: n, bits: v.certificates.count)
        languages = Rows(offsets: [0], values: [])
        names = Rows(offsets: [0], values: [])
        ids.reserveCapacity(n); source.reserveCapacity(n); hot.reserveCapacity(n)
        competences.reserveCapacity(n * 8); desired.reserveCapacity(n * 2)
        languages.offsets.reserveCapacity(n + 1); names.offsets.reserveCapacity(n + 1); names.values.reserveCapacity(n * 16)

        var held: [HeldEntry] = []
        for (row, i) in order.enumerated() {
            let c = candidates[i]
            ids.append(c.id)
            source.append(Int32(i))
            var h = CandidateHot()
            h.status = c.status == .active ? 0 : c.status == .paused ? 1 : 2
            let homeCode = travel.located.contains(c.municipality)
                ? c.municipality : (postcodeMunicipality[c.postcode] ?? c.municipality)
            h.home = Int16(travel.indexOf[homeCode] ?? -1)
            h.place = Int16(clamping: travel.row(postcode: c.postcode, home: Int(h.home)))
            h.maxCommute = Int16(clamping: c.maxCommuteMinutes)
            h.availableFrom = c.availableFrom.daysSinceEpoch
            h.unemployedSince = c.unemployedSince.daysSinceEpoch
            h.birthYear = Int16(clamping: c.birthYear)
            h.hours = UInt8(clamping: c.hoursPerWeek)
            if c.singleProvider { h.flags |= Self.singleProvider }
            if c.flexJobApproved { h.flags |= Self.flexJobApproved }
            if v.educationWithoutUpperSecondary.contains(c.education) { h.flags |= Self.withoutUpperSecondary }
            h.benefit = Int16(v.benefits.lookup(c.benefit) ?? -1)
            for l in c.licences { if let b = v.licences.lookup(l) { licences.set(row: row, bit: Int(b)) } }
            for x in c.certificates { if let b = v.certificates.lookup(x) { certificates.set(row: row, bit: Int(b)) } }
            for l in c.languages {
                if let code = v.languages.lookup(l.code) {
                    languages.values.append(LanguageEntry(language: code, rank: v.cefrRank[l.level] ?? 0))
                }
            }
            languages.offsets.append(Int32(languages.values.count))

            held.removeAll(keepingCapacity: true)
            for x in c.competences {
                if let id = v.competences.lookup(x.id) {
                    held.append(HeldEntry(competence: id, level: Int32(clamping: x.level), tenths: Int32(clamping: max(0, x.tenths))))
                }
            }
            held.sort { $0.competence < $1.competence }
            h.heldStart = Int32(competences.count)
            var k = 0
            while k < held.count {
                var e = held[k]
                k += 1
                while k < held.count && held[k].competence == e.competence {
                    e.level = max(e.level, held[k].level); e.tenths = max(e.tenths, held[k].tenths); k += 1
                }
                competences.append(e)
            }
            h.heldCount = UInt16(clamping: competences.count - Int(h.heldStart))

            h.desiredStart = Int32(desired.count)
            for o in c.desiredOccupations { if let id = v.occupations.lookup(o) { desired.append(id) } }
            h.desiredCount = UInt8(clamping: desired.count - Int(h.desiredStart))
            names.values.append(contentsOf: TextFolding.fold(c.name).utf8)
            names.offsets.append(Int32(names.values.count))
            hot.append(h)
        }
    }
}
