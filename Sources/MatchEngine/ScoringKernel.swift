import JobMatchCore

/// One vacancy's score arithmetic, and what its ranking loop reads, over plain pointers
/// into the index's columns, the compiled vacancy and a thread's `Scratch`. The ranking loop scores every qualified
/// candidate (116 million for one national allocation), so reading a candidate must not
/// retain an array, release it, or check exclusivity: through these pointers it does
/// none of that. Valid only inside `MatchIndex.withKernel`, which keeps what they point
/// into alive. Explanations and near misses use the very same functions, so a listed
/// score is always the sum of its explained components.
struct ScoringKernel {
    let hot: UnsafeBufferPointer<CandidateHot>
    let held: UnsafeBufferPointer<HeldEntry>
    let desired: UnsafeBufferPointer<Int32>
    let languageWords: UnsafeBufferPointer<UInt64>
    /// `CandidateColumns.licences` and `.certificates` (`BitRows`), and the vacancy's masks.
    let licenceWords: UnsafeBufferPointer<UInt64>, licenceMask: UnsafeBufferPointer<UInt64>
    let certificateWords: UnsafeBufferPointer<UInt64>, certificateMask: UnsafeBufferPointer<UInt64>
    /// The travel matrix, row-major, `columns` municipalities wide.
    let minutes: UnsafeBufferPointer<Int32>
    let columns: Int
    let slots: UnsafeBufferPointer<Slot>
    let entries: UnsafeBufferPointer<SlotEntry>
    let credits: UnsafeBufferPointer<(occupation: Int32, share: Ratio)>
    let essentialCount: Int
    /// `CentiWeights` in `ScoreComponentKind` order.
    let weights: (Int, Int, Int, Int, Int, Int)
    let work: Int32
    let atMinimum: Int, bonus: Int, levelLCM: Int, capTenths: Int
    let fullAvailabilityDay: Int32, lastAvailableDay: Int32
    let entryOf: UnsafeMutablePointer<Int32>
    let level: UnsafeMutablePointer<Int32>
    let tenths: UnsafeMutablePointer<Int32>
    let relatedShare: UnsafeMutablePointer<Int>
    let relatedVia: UnsafeMutablePointer<Int32>
    let relatedLevel: UnsafeMutablePointer<Int32>

    /// Every bit of `mask` is set in `row` of `words` (`BitRows.containsAll`, as many words per row as `mask` has).
    @inline(__always)
    static func containsAll(_ words: UnsafeBufferPointer<UInt64>, row: Int, _ mask: UnsafeBufferPointer<UInt64>) -> Bool {
        let base = row * mask.count
        for w in 0..<mask.count where words[base + w] & mask[w] != mask[w] { return false }
        return true
    }

    /// Minutes from a travel-matrix row to the work place, nil when unknown.
    @inline(__always)
    func commute(from place: Int16) -> Int? {
        guard place >= 0, work >= 0 else { return nil }
        let m = minutes[Int(place) * columns + Int(work)]
        return m < 0 ? nil : Int(m)
    }

    /// See `MatchIndex.levelShare`.
    @inline(__always)
    func levelShare(held: Int32, minimum: Int32) -> Int {
        Self.levelShare(held: held, minimum: minimum, atMinimum: atMinimum, bonus: bonus, levelLCM: levelLCM)
    }

    @inline(__always)
    static func levelShare(held: Int32, minimum: Int32, atMinimum: Int, bonus: Int, levelLCM: Int) -> Int {
        if held <= 0 { return 0 }
        if held >= minimum { return min(TenThousandths.one, atMinimum + bonus * Int(held - minimum)) * levelLCM }
        return atMinimum * Int(held) * (levelLCM / Int(minimum))
    }

    /// Reads the candidate's competences once, merging them with the vacancy's entries, and
    /// leaves per slot the level held directly, its years, and the best related credit
    /// (with what it came from when `explaining`; the score does not need that).
    @inline(__always)
    func fill(row: Int, explaining: Bool) {
        let n = slots.count
        for i in 0..<n { level[i] = 0; tenths[i] = 0; relatedShare[i] = 0 }
        if explaining { for i in 0..<n { relatedVia[i] = -1; relatedLevel[i] = 0 } }
        if entries.isEmpty { return }
        let h = hot[row]
        let start = Int(h.heldStart)
        for k in start..<start + Int(h.heldCount) {
            let e = held[k]
            var x = Int(entryOf[Int(e.competence)])
            if x < 0 { continue }
            while x < entries.count && entries[x].competence == e.competence {
                let en = entries[x]
                let slot = Int(en.slot)
                if en.direct {
                    if e.level > level[slot] { level[slot] = e.level; tenths[slot] = e.tenths }
                } else {
                    let share = en.similarity * levelShare(held: e.level, minimum: slots[slot].minLevel)
                    if share > relatedShare[slot] {
                        relatedShare[slot] = share
                        if explaining { relatedVia[slot] = e.competence; relatedLevel[slot] = e.level }
                    }
                }
                x += 1
            }
        }
    }

    /// Hundredths earned for the share `numerator ÷ denominator` (clamped to 0…1) of a
    /// component weighing `w` hundredths, rounded half away from zero in exact integer
    /// arithmetic: ⌊(2·w·n + d) ÷ 2d⌋. Every share of the model is such a fraction of whole
    /// numbers, so no binary rounding can move a component by a hundredth.
    @inline(__always)
    static func earned(_ w: Int, _ numerator: Int, over denominator: Int) -> Int {
        guard denominator > 0, numerator > 0 else { return 0 }
        if numerator >= denominator { return w }
        return (2 * w * numerator + denominator) / (2 * denominator)
    }

    /// Essential, optional and experience hundredths for a candidate whose slots are filled.
    @inline(__always)
    func competenceCentis() -> (Int, Int, Int) {
        var essentialSum = 0, optionalSum = 0, experienceSum = 0
        let cap = capTenths
        for i in 0..<slots.count {
            let slot = slots[i]
            let direct = levelShare(held: level[i], minimum: slot.minLevel)
            if slot.essential {
                essentialSum += direct
            } else {
                optionalSum += max(direct * TenThousandths.one, relatedShare[i])
            }
            if level[i] >= slot.minLevel { experienceSum += cap > 0 ? min(Int(tenths[i]), cap) : 1 }
        }
        let ne = essentialCount, no = slots.count - essentialCount
        let unit = TenThousandths.one * levelLCM
        return (ne == 0 ? weights.0 : Self.earned(weights.0, essentialSum, over: ne * unit),
                no == 0 ? weights.1 : Self.earned(weights.1, optionalSum, over: no * unit * TenThousandths.one),
                slots.isEmpty ? weights.2 : Self.earned(weights.2, experienceSum, over: slots.count * (cap > 0 ? cap : 1)))
    }

    /// 1 in the candidate's own municipality; elsewhere the share of the candidate's own
    /// maximum commute left unused, (maximum − minutes) ÷ maximum.
    @inline(__always)
    func commuteShare(_ h: CandidateHot, minutes: Int?) -> Ratio {
        guard let minutes else { return .zero }
        if Int32(h.home) == work && work >= 0 { return .one }
        let maxMinutes = Int(h.maxCommute)
        return maxMinutes > 0 ? Ratio(numerator: max(0, maxMinutes - minutes), denominator: maxMinutes) : .zero
    }

    /// The best credit among the candidate's wished occupations: the vacancy's own
    /// occupation 1, a substitute its overlap.
    @inline(__always)
    func desiredShare(_ h: CandidateHot) -> Ratio {
        let start = Int(h.desiredStart)
        return Self.bestCredit(desired[start..<start + Int(h.desiredCount)], credits)
    }

    @inline(__always)
    static func bestCredit<W: Collection<Int32>, C: Collection<(occupation: Int32, share: Ratio)>>(_ wishes: W, _ credits: C) -> Ratio {
        var best = Ratio.zero
        for o in wishes {
            for credit in credits where credit.occupation == o && credit.share > best { best = credit.share }
        }
        return best
    }

    /// 1 when available by start + `availabilityFullPointsDays`; falling linearly to 0 at
    /// start + `availabilityGraceDays`; 0 after.
    @inline(__always)
    func availabilityShare(_ h: CandidateHot) -> Ratio {
        let from = h.availableFrom
        if from <= fullAvailabilityDay { return .one }
        if from > lastAvailableDay { return .zero }
        let span = Int(lastAvailableDay - fullAvailabilityDay)
        return span > 0 ? Ratio(numerator: Int(lastAvailableDay - from), denominator: span) : .zero
    }

    /// Commute, desired-occupation and availability hundredths: the part of the score read
    /// from the hot record and the wishes alone, without the competences.
    @inline(__always)
    func situationCentis(_ h: CandidateHot, minutes: Int?) -> (Int, Int, Int) {
        let c = commuteShare(h, minutes: minutes)
        let d = desiredShare(h)
        let a = availabilityShare(h)
        return (Self.earned(weights.3, c.numerator, over: c.denominator),
                Self.earned(weights.4, d.numerator, over: d.denominator),
                Self.earned(weights.5, a.numerator, over: a.denominator))
    }

    /// The six components for a candidate whose slots are filled.
    @inline(__always)
    func components(row: Int, commute minutes: Int?) -> ComponentCentis {
        let (e, o, x) = competenceCentis()
        let (c, d, a) = situationCentis(hot[row], minutes: minutes)
        return ComponentCentis(values: (e, o, x, c, d, a))
    }
}

extension MatchIndex {
    /// Calls `body` with the scoring kernel of `cv` over `s`, which must be prepared for it.
    @inline(__always)
    func withKernel<R>(_ cv: CompiledVacancy, _ s: Scratch, _ body: (ScoringKernel) -> R) -> R {
        precondition(cv.slots.count <= s.slotCapacity, "scratch too small for the vacancy's requirements")
        precondition(cv.licenceMask.count == columns.licences.wordsPerRow
                     && cv.certificateMask.count == columns.certificates.wordsPerRow, "masks of another index")
        let w = weights.values
        // One closure per array pinned; kept flat, as they only nest to keep every pointer valid.
        return columns.hot.withUnsafeBufferPointer { hot in
        columns.competences.withUnsafeBufferPointer { held in
        columns.desired.withUnsafeBufferPointer { desired in
        columns.languageWords.withUnsafeBufferPointer { languageWords in
        columns.licences.words.withUnsafeBufferPointer { licenceWords in
        columns.certificates.words.withUnsafeBufferPointer { certificateWords in
        cv.licenceMask.withUnsafeBufferPointer { licenceMask in
        cv.certificateMask.withUnsafeBufferPointer { certificateMask in
        travel.minutes.withUnsafeBufferPointer { minutes in
        cv.slots.withUnsafeBufferPointer { slots in
        cv.entries.withUnsafeBufferPointer { entries in
        cv.occupationCredit.withUnsafeBufferPointer { credits in
            body(ScoringKernel(
                hot: hot, held: held, desired: desired, languageWords: languageWords,
                licenceWords: licenceWords, licenceMask: licenceMask,
                certificateWords: certificateWords, certificateMask: certificateMask,
                minutes: minutes, columns: travel.codes.count,
                slots: slots, entries: entries, credits: credits, essentialCount: cv.essentialCount,
                weights: (w[0], w[1], w[2], w[3], w[4], w[5]), work: cv.work,
                atMinimum: cv.atMinimum, bonus: cv.bonus, levelLCM: cv.levelLCM, capTenths: cv.capTenths,
                fullAvailabilityDay: cv.fullAvailabilityDay, lastAvailableDay: cv.lastAvailableDay,
                entryOf: s.entryOf, level: s.level, tenths: s.tenths, relatedShare: s.relatedShare,
                relatedVia: s.relatedVia, relatedLevel: s.relatedLevel))
        }}}}}}}}}}}}
    }
}
