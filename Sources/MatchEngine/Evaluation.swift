import JobMatchCore

/// Per-thread working memory for evaluating candidates against one vacancy. Allocated
/// once per ranking (or once per worker in `rankAll`), reused for every candidate. Plain
/// pointers, not arrays: the per-candidate loop then pays no uniqueness or exclusivity checks.
final class Scratch {
    let slotCapacity: Int
    /// Competence → first index in `CompiledVacancy.entries`, -1 when irrelevant.
    let entryOf: UnsafeMutablePointer<Int32>
    let level: UnsafeMutablePointer<Int32>
    let years: UnsafeMutablePointer<Float>
    let relatedShare: UnsafeMutablePointer<Double>
    let relatedVia: UnsafeMutablePointer<Int32>
    let relatedLevel: UnsafeMutablePointer<Int32>
    /// Travel-matrix municipality → inside the ranking's municipality filter.
    let allowed: UnsafeMutableBufferPointer<Bool>
    private let competenceCount: Int

    init(competenceCount: Int, municipalityCount: Int, slots: Int) {
        self.competenceCount = competenceCount
        slotCapacity = max(64, slots)
        entryOf = .allocate(capacity: max(1, competenceCount))
        entryOf.initialize(repeating: -1, count: max(1, competenceCount))
        level = .allocate(capacity: slotCapacity); level.initialize(repeating: 0, count: slotCapacity)
        years = .allocate(capacity: slotCapacity); years.initialize(repeating: 0, count: slotCapacity)
        relatedShare = .allocate(capacity: slotCapacity); relatedShare.initialize(repeating: 0, count: slotCapacity)
        relatedVia = .allocate(capacity: slotCapacity); relatedVia.initialize(repeating: -1, count: slotCapacity)
        relatedLevel = .allocate(capacity: slotCapacity); relatedLevel.initialize(repeating: 0, count: slotCapacity)
        allowed = .allocate(capacity: max(1, municipalityCount))
        allowed.initialize(repeating: true)
    }

    deinit {
        entryOf.deallocate(); level.deallocate(); years.deallocate(); relatedShare.deallocate()
        relatedVia.deallocate(); relatedLevel.deallocate(); allowed.deallocate()
    }

    func prepare(_ cv: CompiledVacancy) {
        precondition(cv.slots.count <= slotCapacity, "scratch too small for the vacancy's requirements")
        for (i, e) in cv.entries.enumerated().reversed() { entryOf[Int(e.competence)] = Int32(i) }
    }

    func finish(_ cv: CompiledVacancy) {
        for e in cv.entries { entryOf[Int(e.competence)] = -1 }
    }
}

/// Hundredths earned per component, in `ScoreComponentKind` order.
struct ComponentCentis: Sendable, Equatable {
    var values: (Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0)
    var total: Int { values.0 + values.1 + values.2 + values.3 + values.4 + values.5 }
    var array: [Int] { [values.0, values.1, values.2, values.3, values.4, values.5] }
    static func == (a: Self, b: Self) -> Bool { a.array == b.array }
}

extension MatchIndex {
    /// The share (0…1) of a competence's points for holding it at `held` when `minimum` is
    /// asked: `atMinimumShare` at the minimum, plus `levelAboveMinimumBonus` per level above
    /// (capped at 1); below the minimum, `atMinimumShare × held ÷ minimum`.
    @inline(__always)
    func levelShare(held: Int32, minimum: Int32) -> Double {
        if held <= 0 { return 0 }
        let s = schema.scoring
        if held >= minimum {
            return min(1, max(0, s.atMinimumShare + s.levelAboveMinimumBonus * Double(held - minimum)))
        }
        return max(0, s.atMinimumShare) * Double(held) / Double(minimum)
    }

    /// Reads the candidate's competences once, merging them with the vacancy's entries, and
    /// leaves per slot the level held directly, its years, and the best related credit.
    @inline(__always)
    func fillSlots(row: Int, _ cv: CompiledVacancy, _ s: Scratch) {
        let n = cv.slots.count
        for i in 0..<n { s.level[i] = 0; s.years[i] = 0; s.relatedShare[i] = 0; s.relatedVia[i] = -1; s.relatedLevel[i] = 0 }
        if cv.entries.isEmpty { return }
        for k in columns.held(row) {
            let e = columns.competences[k]
            var x = Int(s.entryOf[Int(e.competence)])
            if x < 0 { continue }
            while x < cv.entries.count && cv.entries[x].competence == e.competence {
                let en = cv.entries[x]
                let slot = Int(en.slot)
                if en.direct {
                    if e.level > s.level[slot] { s.level[slot] = e.level; s.years[slot] = e.years }
                } else {
                    let share = en.similarity * levelShare(held: e.level, minimum: cv.slots[slot].minLevel)
                    if share > s.relatedShare[slot] {
                        s.relatedShare[slot] = share; s.relatedVia[slot] = e.competence; s.relatedLevel[slot] = e.level
                    }
                }
                x += 1
            }
        }
    }

    @inline(__always)
    func meetsEssentials(_ cv: CompiledVacancy, _ s: Scratch) -> Bool {
        for i in 0..<cv.essentialCount where s.level[i] < cv.slots[i].minLevel { return false }
        return true
    }

    @inline(__always)
    func meetsLanguages(row: Int, _ cv: CompiledVacancy) -> Bool {
        if !cv.unknownLanguages.isEmpty { return false }
        let held = columns.languages
        outer: for need in cv.languages {
            for k in held.range(row) where held.values[k].language == need.language {
                if held.values[k].rank >= need.rank { continue outer }
            }
            return false
        }
        return true
    }

    @inline(__always)
    func commuteMinutes(row: Int, _ cv: CompiledVacancy) -> Int? {
        travel.minutes(fromIndex: Int(columns.hot[row].home), toIndex: Int(cv.work))
    }

    /// The score components for a candidate whose slots are filled. Defined for anyone, so
    /// an excluded candidate's partial breakdown uses the very same arithmetic.
    @inline(__always)
    func components(row: Int, _ cv: CompiledVacancy, _ s: Scratch, commute: Int?) -> ComponentCentis {
        let sc = schema.scoring
        var essentialSum = 0.0, optionalSum = 0.0, experienceSum = 0.0
        let cap = sc.experienceCapYears
        for i in 0..<cv.slots.count {
            let slot = cv.slots[i]
            let direct = levelShare(held: s.level[i], minimum: slot.minLevel)
            if slot.essential { essentialSum += direct } else { optionalSum += max(direct, s.relatedShare[i]) }
            if s.level[i] >= slot.minLevel {
                experienceSum += cap > 0 ? min(Double(s.years[i]), cap) / cap : 1
            }
        }
        let ne = cv.essentialCount, no = cv.slots.count - cv.essentialCount
        var c = ComponentCentis()
        c.values.0 = weights.earned(0, share: ne == 0 ? 1 : essentialSum / Double(ne))
        c.values.1 = weights.earned(1, share: no == 0 ? 1 : optionalSum / Double(no))
        c.values.2 = weights.earned(2, share: cv.slots.isEmpty ? 1 : experienceSum / Double(cv.slots.count))
        c.values.3 = weights.earned(3, share: commuteShare(row: row, cv, minutes: commute))
        c.values.4 = weights.earned(4, share: desiredShare(row: row, cv))
        c.values.5 = weights.earned(5, share: availabilityShare(row: row, cv))
        return c
    }

    /// 1 in the candidate's own municipality; elsewhere the share of the candidate's own
    /// maximum commute left unused, 1 − minutes ÷ maximum.
    @inline(__always)
    func commuteShare(row: Int, _ cv: CompiledVacancy, minutes: Int?) -> Double {
        guard let minutes else { return 0 }
        if Int32(columns.hot[row].home) == cv.work && cv.work >= 0 { return 1 }
        let maxMinutes = Double(columns.hot[row].maxCommute)
        return maxMinutes > 0 ? max(0, 1 - Double(minutes) / maxMinutes) : 0
    }

    @inline(__always)
    func desiredShare(row: Int, _ cv: CompiledVacancy) -> Double {
        var best = 0.0
        for k in columns.wishes(row) {
            let o = columns.desired[k]
            for credit in cv.occupationCredit where credit.occupation == o && credit.share > best { best = credit.share }
        }
        return best
    }

    /// 1 when available by start + `availabilityFullPointsDays`; falling linearly to 0 at
    /// start + `availabilityGraceDays`; 0 after.
    @inline(__always)
    func availabilityShare(row: Int, _ cv: CompiledVacancy) -> Double {
        let from = columns.hot[row].availableFrom
        if from <= cv.fullAvailabilityDay { return 1 }
        if from > cv.lastAvailableDay { return 0 }
        let span = Double(cv.lastAvailableDay - cv.fullAvailabilityDay)
        return span > 0 ? Double(cv.lastAvailableDay - from) / span : 0
    }

    /// The first job-side hard requirement (after status and essential competences) a
    /// candidate fails, in check order, or nil when it qualifies. Reads only the hot record,
    /// and the licence, certificate and language rows when the vacancy asks for any.
    @inline(__always)
    func firstJobFailure(row: Int, _ h: CandidateHot, _ cv: CompiledVacancy) -> RequirementKind? {
        if cv.needsLicences && (!cv.unknownLicences.isEmpty || !columns.licences.containsAll(row: row, mask: cv.licenceMask)) {
            return .licence
        }
        if cv.needsCertificates
            && (!cv.unknownCertificates.isEmpty || !columns.certificates.containsAll(row: row, mask: cv.certificateMask)) {
            return .certificate
        }
        if !cv.requiredLanguages.isEmpty && !meetsLanguages(row: row, cv) { return .language }
        guard let commute = travel.minutes(fromIndex: Int(h.home), toIndex: Int(cv.work)), commute <= Int(h.maxCommute) else {
            return .commute
        }
        if h.availableFrom > cv.lastAvailableDay { return .availability }
        if !checkEligibility(h, cv.rule.fast).passed { return .eligibility }
        return nil
    }
}
