import JobMatchCore

/// One competence requirement of a vacancy, in dense ids. Essential slots come first.
struct Slot: Sendable {
    var competence: Int32      // -1: unknown to the index, nobody holds it
    var minLevel: Int32
    var essential: Bool
    var id: String
}

/// "Holding `competence` feeds slot `slot`": directly (similarity 1) or as a related
/// competence (optional slots only). Sorted by competence for a merge with a candidate's list.
struct SlotEntry: Sendable {
    var competence: Int32
    var slot: Int32
    var similarity: Double
    var direct: Bool
}

/// A vacancy translated once into what the per-candidate loop needs: dense ids, bit
/// masks, the travel-matrix column and the eligibility rule in force.
struct CompiledVacancy: Sendable {
    let vacancy: Vacancy
    /// The day the job would start: the vacancy's start date, or today if that has passed.
    let start: Day
    var slots: [Slot] = []
    var essentialCount = 0
    var entries: [SlotEntry] = []
    var licenceMask: [UInt64]
    var unknownLicences: [String] = []
    /// The vacancy asks for a licence / certificate: only then are those rows read.
    var needsLicences = false
    var needsCertificates = false
    var certificateMask: [UInt64]
    var unknownCertificates: [String] = []
    var languages: [LanguageEntry] = []
    var unknownLanguages: [LanguageSkill] = []
    var requiredLanguages: [LanguageSkill] = []
    let work: Int32
    let lastAvailableDay: Int32
    let fullAvailabilityDay: Int32
    let rule: CompiledRule
    /// Occupation → share of desired-occupation points (the vacancy's own 1, substitutes their overlap).
    var occupationCredit: [(occupation: Int32, share: Double)] = []
}

extension MatchIndex {
    func compile(_ v: Vacancy, today: Day) -> CompiledVacancy {
        let start = max(v.startDate, today)
        let voc = vocabulary
        let licenceBits = v.licences.compactMap { voc.licences.lookup($0) }.map { Int($0) }
        let certBits = v.certificates.compactMap { voc.certificates.lookup($0) }.map { Int($0) }
        let s = schema.scoring
        var cv = CompiledVacancy(
            vacancy: v, start: start,
            licenceMask: columns.licences.mask(bits: licenceBits.filter { $0 < voc.licences.count }),
            certificateMask: columns.certificates.mask(bits: certBits),
            work: Int32(travel.indexOf[v.municipality] ?? -1),
            lastAvailableDay: start.daysSinceEpoch + Int32(clamping: max(0, s.availabilityGraceDays)),
            fullAvailabilityDay: start.daysSinceEpoch + Int32(clamping: max(0, s.availabilityFullPointsDays)),
            rule: CompiledRule(jobType: jobTypeByID[v.jobType], start: start, vocabulary: voc))
        cv.unknownLicences = v.licences.filter { voc.licences.lookup($0) == nil }
        cv.unknownCertificates = v.certificates.filter { voc.certificates.lookup($0) == nil }
        cv.needsLicences = !v.licences.isEmpty
        cv.needsCertificates = !v.certificates.isEmpty
        cv.requiredLanguages = v.languages
        for l in v.languages {
            if let code = voc.languages.lookup(l.code), let rank = voc.cefrRank[l.level] {
                cv.languages.append(LanguageEntry(language: code, rank: rank))
            } else {
                cv.unknownLanguages.append(l)
            }
        }
        let ordered = v.requirements.filter(\.essential) + v.requirements.filter { !$0.essential }
        cv.essentialCount = v.requirements.count { $0.essential }
        for (i, r) in ordered.enumerated() {
            let dense = voc.competences.lookup(r.competence) ?? -1
            cv.slots.append(Slot(competence: dense, minLevel: Int32(clamping: max(1, r.minLevel)),
                                 essential: r.essential, id: r.competence))
            guard dense >= 0 else { continue }
            cv.entries.append(SlotEntry(competence: dense, slot: Int32(i), similarity: 1, direct: true))
            if !r.essential {
                for rel in relatedTo[Int(dense)] {
                    cv.entries.append(SlotEntry(competence: rel.competence, slot: Int32(i),
                                                similarity: rel.similarity, direct: false))
                }
            }
        }
        cv.entries.sort { ($0.competence, $0.slot, $0.direct ? 0 : 1) < ($1.competence, $1.slot, $1.direct ? 0 : 1) }
        if let occ = voc.occupations.lookup(v.occupation) {
            cv.occupationCredit.append((occ, 1))
            if Int(occ) < substituteTable.count {
                for sub in substituteTable[Int(occ)] { cv.occupationCredit.append((sub.occupation, sub.overlap)) }
            }
        }
        return cv
    }
}

/// The eligibility rule in force on the start day, with benefit types as a lookup table.
struct CompiledRule: Sendable {
    let jobType: JobType?
    let rule: EligibilityRule?
    let start: Day
    let benefitAllowed: [Bool]?
    let minWeeks: Int
    let startYear: Int

    init(jobType: JobType?, start: Day, vocabulary: Vocabulary) {
        self.jobType = jobType
        self.start = start
        self.startYear = start.year
        let rule = jobType?.rule(on: start)
        self.rule = rule
        if let allowed = rule?.benefitTypes {
            var table = [Bool](repeating: false, count: vocabulary.benefits.count)
            for b in allowed { if let i = vocabulary.benefits.lookup(b) { table[Int(i)] = true } }
            benefitAllowed = table
        } else {
            benefitAllowed = nil
        }
        minWeeks = rule?.minWeeksUnemployed ?? 0
    }
}

/// Why the waiting period did not apply to a candidate.
enum Waiver: Sendable { case age(Int), singleProvider, withoutUpperSecondary }

/// The outcome of the eligibility check; several failures can hold at once.
struct EligibilityCheck: Sendable {
    var noJobType = false
    var noRule = false
    var benefit = false
    var waiting = false
    var flexApproval = false
    var weeks = 0
    var waiver: Waiver?
    var passed: Bool { !(noJobType || noRule || benefit || waiting || flexApproval) }
}

extension MatchIndex {
    @inline(__always)
    func checkEligibility(row: Int, _ r: CompiledRule) -> EligibilityCheck {
        var out = EligibilityCheck()
        guard r.jobType != nil else { out.noJobType = true; return out }
        guard let rule = r.rule else { out.noRule = true; return out }
        if let allowed = r.benefitAllowed {
            let b = Int(columns.hot[row].benefit)
            if b < 0 || b >= allowed.count || !allowed[b] { out.benefit = true }
        }
        let h = columns.hot[row]
        out.weeks = max(0, Int(r.start.daysSinceEpoch - h.unemployedSince)) / 7
        if r.minWeeks > 0 && out.weeks < r.minWeeks {
            let flags = h.flags
            let age = r.startYear - Int(h.birthYear)
            if let from = rule.waiveWaitFromAge, age >= from {
                out.waiver = .age(from)
            } else if rule.waiveWaitForSingleProvider == true && flags & CandidateColumns.singleProvider != 0 {
                out.waiver = .singleProvider
            } else if rule.waiveWaitWithoutUpperSecondary == true && flags & CandidateColumns.withoutUpperSecondary != 0 {
                out.waiver = .withoutUpperSecondary
            } else {
                out.waiting = true
            }
        }
        if rule.requiresFlexJobApproval == true && h.flags & CandidateColumns.flexJobApproved == 0 {
            out.flexApproval = true
        }
        return out
    }
}
