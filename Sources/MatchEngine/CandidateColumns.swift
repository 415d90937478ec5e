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
    /// Own car; willing to work evenings, nights, weekends (`car:yes`, `shift:night`).
    static let ownCar: UInt8 = 8, evening: UInt8 = 16, night: UInt8 = 32, weekend: UInt8 = 64
    /// The row is in `certificateExpiry`: only then can a recorded certificate have lapsed.
    static let expiringCertificates: UInt8 = 128

    /// The flag bit of a shift.
    static func flag(_ shift: Shift) -> UInt8 {
        switch shift {
        case .evening: evening
        case .night: night
        case .weekend: weekend
        }
    }

    var ids: [String] = []
    /// Row → index in `Dataset.candidates`.
    var source: [Int32] = []
    var hot: [CandidateHot] = []
    var licences: BitRows
    var certificates: BitRows
    /// Rows holding a certificate that expires: row → (certificate bit, first day it is not
    /// valid). Most candidates have none, so the certificate check reads this only for them.
    var certificateExpiry: [Int32: [(bit: Int32, expires: Int32)]] = [:]
    /// For rows in `certificateExpiry`: certificates also recorded without an expiry.
    var openCertificates: [Int32: [Int32]] = [:]
    /// Per row: (language, CEFR rank 1…6) pairs.
    var languages: Rows<LanguageEntry>
    /// Per row, the best CEFR rank held of each of languages 0–15, one 4-bit field each
    /// (`LanguageWord`): the ranking loop checks a vacancy's languages with one word it can
    /// load alongside the hot record, instead of two dependent reads of `languages`.
    var languageWords: [UInt64] = []
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

    /// Whether the row holds every certificate of `mask` in force on `day`: recorded, and
    /// not expired by then. Where she holds the same certificate twice (renewed), the latest
    /// expiry counts; one that never expires is never dropped.
    @inline(__always) func holdsCertificates(row: Int, mask: [UInt64], on day: Int32) -> Bool {
        guard certificates.containsAll(row: row, mask: mask) else { return false }
        guard let expiring = certificateExpiry[Int32(row)] else { return true }
        // No certificate of `mask` lapsed: the same rule as `expiredCertificates`, without
        // building its dictionary and list (the ranking loop asks this of every such row).
        let open = openCertificates[Int32(row)]
        for e in expiring where mask[Int(e.bit) / 64] & (1 << UInt64(Int(e.bit) % 64)) != 0 {
            var latest = e.expires
            for f in expiring where f.bit == e.bit { latest = max(latest, f.expires) }
            if latest <= day && !(open?.contains(e.bit) ?? false) { return false }
        }
        return true
    }

    /// Certificate bits the row holds only in expired form on `day`.
    func expiredCertificates(row: Int, _ expiring: [(bit: Int32, expires: Int32)], on day: Int32) -> [Int32] {
        var latest: [Int32: Int32] = [:]
        for e in expiring { latest[e.bit] = max(latest[e.bit] ?? Int32.min, e.expires) }
        return latest.filter { $0.value <= day && !neverExpires(row: row, bit: $0.key, expiring) }.map(\.key)
    }

    /// A certificate recorded once with and once without an expiry: the open one holds.
    private func neverExpires(row: Int, bit: Int32, _ expiring: [(bit: Int32, expires: Int32)]) -> Bool {
        // The bit is set for every recorded copy; if there are more recorded copies than
        // expiring ones we cannot tell from the bits, so the columns keep an explicit list.
        openCertificates[Int32(row)]?.contains(bit) ?? false
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
    /// Date of birth in days since 1970-01-01 (fits 1880–2059; validation keeps births after 1900).
    var born: Int16 = 0
    var heldCount: UInt16 = 0
    var desiredCount: UInt8 = 0
    /// CandidateStatus: 0 active, 1 paused, 2 placed.
    var status: UInt8 = 0
    var flags: UInt8 = 0
    /// Weekly hours wanted, clamped to 0…255.
    var hours: UInt8 = 0
}

struct LanguageEntry: Sendable { var language: Int32; var rank: UInt8 }

/// Ranks of languages 0–15 in one word, 4 bits each; a field holds a rank 0–7 (the schema
/// has six CEFR levels). Languages or ranks beyond that are not in the word: a vacancy
/// asking for one is checked against `CandidateColumns.languages` instead.
enum LanguageWord {
    static let languages = 16, maxRank = 7
    static let high: UInt64 = 0x8888_8888_8888_8888

    static func fits(_ language: Int32, _ rank: UInt8) -> Bool {
        language >= 0 && Int(language) < languages && Int(rank) <= maxRank
    }

    /// `word` with `language`'s field raised to `rank` (unchanged when it does not fit).
    static func raise(_ word: UInt64, _ language: Int32, to rank: UInt8) -> UInt64 {
        guard fits(language, rank) else { return word }
        let shift = UInt64(4 * Int(language))
        let held = (word >> shift) & 0xF
        return UInt64(rank) > held ? word & ~(0xF << shift) | UInt64(rank) << shift : word
    }

    /// Every field of `held` at least the same field of `need`: per field, 8 + held − need
    /// keeps bit 3 exactly when held ≥ need, and never borrows from the next field.
    @inline(__always)
    static func covers(_ held: UInt64, _ need: UInt64) -> Bool {
        ((held | high) &- need) & high == high
    }
}
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
            h.born = Int16(clamping: c.birthDate.daysSinceEpoch)
            if c.transport == .car { h.flags |= Self.ownCar }
            for s in c.shifts { h.flags |= Self.flag(s) }
            h.hours = UInt8(clamping: c.hoursPerWeek)
            if c.singleProvider { h.flags |= Self.singleProvider }
            if c.flexJobApproved { h.flags |= Self.flexJobApproved }
            if v.educationWithoutUpperSecondary.contains(c.education) { h.flags |= Self.withoutUpperSecondary }
            h.benefit = Int16(v.benefits.lookup(c.benefit) ?? -1)
            for l in c.licences { if let b = v.licences.lookup(l) { licences.set(row: row, bit: Int(b)) } }
            for x in c.heldCertificates {
                guard let b = v.certificates.lookup(x.id) else { continue }
                certificates.set(row: row, bit: Int(b))
                if let end = x.expires { certificateExpiry[Int32(row), default: []].append((b, end.daysSinceEpoch)) }
            }
            if certificateExpiry[Int32(row)] != nil {
                h.flags |= Self.expiringCertificates
                let open = c.heldCertificates.filter { $0.expires == nil }.compactMap { v.certificates.lookup($0.id) }
                if !open.isEmpty { openCertificates[Int32(row)] = open }
            }
            for l in c.languages {
                if let code = v.languages.lookup(l.code) {
                    languages.values.append(LanguageEntry(language: code, rank: v.cefrRank[l.level] ?? 0))
                }
            }
            languages.offsets.append(Int32(languages.values.count))
            var word: UInt64 = 0
            for e in languages.values[Int(languages.offsets[row])...] { word = LanguageWord.raise(word, e.language, to: e.rank) }
            languageWords.append(word)

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
