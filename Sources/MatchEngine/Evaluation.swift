import JobMatchCore

/// Per-thread working memory for evaluating candidates against one vacancy. Allocated
/// once per ranking (or once per worker in `rankAll`), reused for every candidate. Plain
/// pointers, not arrays: the per-candidate loop then pays no uniqueness or exclusivity checks.
final class Scratch {
    let slotCapacity: Int
    /// Competence → first index in `CompiledVacancy.entries`, -1 when irrelevant.
    let entryOf: UnsafeMutablePointer<Int32>
    let level: UnsafeMutablePointer<Int32>
    /// Years held in whole tenths.
    let tenths: UnsafeMutablePointer<Int32>
    /// Best related credit in units of 1 ÷ (10,000 × 10,000 × `levelLCM`).
    let relatedShare: UnsafeMutablePointer<Int>
    let relatedVia: UnsafeMutablePointer<Int32>
    let relatedLevel: UnsafeMutablePointer<Int32>
    /// Travel-matrix municipality → inside the ranking's municipality filter.
    let allowed: UnsafeMutableBufferPointer<Bool>
    /// The ranking loop's batch of rows to check, and of qualified rows to score with their
    /// commute, desired-occupation and availability hundredths (`RankLoop`).
    let batch: UnsafeMutablePointer<Int32>
    let toScore: UnsafeMutablePointer<(row: Int32, situation: Int32)>
    /// Where the batch's early reads leave their sum, so that they are made (`RankLoop.flush`).
    let sink: UnsafeMutablePointer<UInt64>
    private let competenceCount: Int

    init(competenceCount: Int, municipalityCount: Int, slots: Int) {
        self.competenceCount = competenceCount
        slotCapacity = max(64, slots)
        entryOf = .allocate(capacity: max(1, competenceCount))
        entryOf.initialize(repeating: -1, count: max(1, competenceCount))
        level = .allocate(capacity: slotCapacity); level.initialize(repeating: 0, count: slotCapacity)
        tenths = .allocate(capacity: slotCapacity); tenths.initialize(repeating: 0, count: slotCapacity)
        relatedShare = .allocate(capacity: slotCapacity); relatedShare.initialize(repeating: 0, count: slotCapacity)
        relatedVia = .allocate(capacity: slotCapacity); relatedVia.initialize(repeating: -1, count: slotCapacity)
        relatedLevel = .allocate(capacity: slotCapacity); relatedLevel.initialize(repeating: 0, count: slotCapacity)
        allowed = .allocate(capacity: max(1, municipalityCount))
        allowed.initialize(repeating: true)
        batch = .allocate(capacity: RankLoop.batchSize); batch.initialize(repeating: 0, count: RankLoop.batchSize)
        toScore = .allocate(capacity: RankLoop.batchSize); toScore.initialize(repeating: (0, 0), count: RankLoop.batchSize)
        sink = .allocate(capacity: 1); sink.initialize(to: 0)
    }

    deinit {
        entryOf.deallocate(); level.deallocate(); tenths.deallocate(); relatedShare.deallocate()
        relatedVia.deallocate(); relatedLevel.deallocate(); allowed.deallocate()
        batch.deallocate(); toScore.deallocate(); sink.deallocate()
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
    /// The share of a competence's points for holding it at `held` when `minimum` is asked,
    /// in units of 1 ÷ (10,000 × `cv.levelLCM`): `atMinimumShare` at the minimum, plus
    /// `levelAboveMinimumBonus` per level above (capped at 1); below the minimum,
    /// `atMinimumShare × held ÷ minimum` (whole, as the minimum divides `levelLCM`).
    @inline(__always)
    func levelShare(held: Int32, minimum: Int32, _ cv: CompiledVacancy) -> Int {
        ScoringKernel.levelShare(held: held, minimum: minimum, atMinimum: cv.atMinimum, bonus: cv.bonus, levelLCM: cv.levelLCM)
    }

    /// Reads the candidate's competences once, merging them with the vacancy's entries, and
    /// leaves per slot the level held directly, its years, and the best related credit with
    /// the competence and level it came from (`ScoringKernel.fill`).
    func fillSlots(row: Int, _ cv: CompiledVacancy, _ s: Scratch) {
        withKernel(cv, s) { $0.fill(row: row, explaining: true) }
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
        travel.minutes(fromIndex: Int(columns.hot[row].place), toIndex: Int(cv.work))
    }

    /// The score components for a candidate whose slots are filled (`ScoringKernel.components`,
    /// the ranking loop's own arithmetic). Defined for anyone, so an excluded candidate's
    /// partial breakdown uses the very same arithmetic. Every share is an exact fraction of
    /// whole numbers (levels, ten-thousandths, tenths of years, minutes, days), so each
    /// component is rounded half away from zero exactly.
    func components(row: Int, _ cv: CompiledVacancy, _ s: Scratch, commute: Int?) -> ComponentCentis {
        withKernel(cv, s) { $0.components(row: row, commute: commute) }
    }

    /// The candidate's best desired-occupation credit for the vacancy.
    func desiredShare(row: Int, _ cv: CompiledVacancy) -> Ratio {
        ScoringKernel.bestCredit(columns.desired[columns.wishes(row)], cv.occupationCredit)
    }

    /// The first job-side hard requirement (after status and essential competences) a
    /// candidate fails, in check order, or nil when it qualifies. Reads only the hot record,
    /// and the licence, certificate and language rows when the vacancy asks for any.
    /// `commute` is her travel time to the work place (`ScoringKernel.commute`), `languages`
    /// her `LanguageWord`, `licenceBits` and `certificateBits` whether her row has every bit
    /// of the vacancy's licence and certificate masks (`ScoringKernel.containsAll`): the
    /// ranking loop reads them through its kernel.
    @inline(__always)
    func firstJobFailure(row: Int, _ h: CandidateHot, _ cv: CompiledVacancy, commute: Int?, languages: UInt64,
                         licenceBits: Bool, certificateBits: Bool) -> RequirementKind? {
        if cv.needsLicences && (!cv.unknownLicences.isEmpty || !licenceBits) {
            return .licence
        }
        if cv.needsCertificates
            && (!cv.unknownCertificates.isEmpty || !certificateBits
                || h.flags & CandidateColumns.expiringCertificates != 0
                    && !columns.holdsCertificates(row: row, mask: cv.certificateMask, on: cv.start.daysSinceEpoch)) {
            return .certificate
        }
        if !cv.requiredLanguages.isEmpty {
            if let need = cv.languageNeed {
                if !LanguageWord.covers(languages, need) { return .language }
            } else if !meetsLanguages(row: row, cv) {
                return .language
            }
        }
        guard let commute, commute <= Int(h.maxCommute) else {
            return .commute
        }
        if h.availableFrom > cv.lastAvailableDay { return .availability }
        if !checkEligibility(h, cv.rule.fast).passed { return .eligibility }
        if Self.wantsTooFewHours(h.hours, cv) { return .hours }
        if h.flags & cv.carFlag != cv.carFlag { return .car }
        if h.flags & cv.hoursFlags != cv.hoursFlags { return .workingHours }
        return nil
    }

    /// For a job that needs a car only to get there, whether a candidate without one could
    /// plausibly manage by bus or bicycle: she lives in the work municipality and the job
    /// has no night work (no buses at 02:00). Such a candidate is a near miss, not just
    /// excluded; a job done driving her own car never is.
    @inline(__always)
    static func publicTransportPlausible(_ h: CandidateHot, _ cv: CompiledVacancy) -> Bool {
        cv.carForCommuteOnly && cv.work >= 0 && Int32(h.home) == cv.work && cv.hoursFlags & CandidateColumns.night == 0
    }

    /// A candidate wanting under three quarters of the job's weekly hours (15 h of a 28 h
    /// job) does not qualify: the job cannot be shrunk to fit, and ranking her high hides it.
    @inline(__always)
    static func wantsTooFewHours(_ hours: UInt8, _ cv: CompiledVacancy) -> Bool {
        4 * Int32(hours) < 3 * cv.jobHours
    }
}
