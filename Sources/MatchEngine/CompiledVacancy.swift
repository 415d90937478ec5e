import JobMatchCore

/// One competence requirement of a vacancy, in dense ids. Essential slots come first.
/// Plain data (no strings), so reading one in the per-candidate loop costs no retain.
struct Slot: Sendable {
    var competence: Int32      // -1: unknown to the index, nobody holds it
    var minLevel: Int32
    var essential: Bool
}

/// "Holding `competence` feeds slot `slot`": directly (similarity 1) or as a related
/// competence (optional slots only). Sorted by competence for a merge with a candidate's list.
struct SlotEntry: Sendable {
    var competence: Int32
    var slot: Int32
    /// In ten-thousandths (10,000 for a direct holding).
    var similarity: Int
    var direct: Bool
}

/// A vacancy translated once into what the per-candidate loop needs: dense ids, bit
/// masks, the travel-matrix column and the eligibility rule in force.
struct CompiledVacancy: Sendable {
    let vacancy: Vacancy
    /// The day the job would start: the vacancy's start date, or today if that has passed.
    let start: Day
    var slots: [Slot] = []
    /// Competence id per slot, for explanations.
    var slotIDs: [String] = []
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
    /// The ranks `languages` asks for as a `LanguageWord`, when every one fits in it.
    var languageNeed: UInt64?
    let work: Int32
    /// The job's weekly hours; a candidate wanting fewer than 3/4 of them fails `.hours`.
    var jobHours: Int32 = 0
    /// `CandidateColumns.ownCar` when the job needs her own car (either way), else 0.
    var carFlag: UInt8 = 0
    /// The job's car need is only getting there (`CarRequirement.commute`).
    var carForCommuteOnly = false
    /// The shift flag bits of the job's working hours: a candidate must have all of them.
    var hoursFlags: UInt8 = 0
    let lastAvailableDay: Int32
    let fullAvailabilityDay: Int32
    let rule: CompiledRule
    /// Occupation → share of desired-occupation points (the vacancy's own 1, substitutes their overlap).
    var occupationCredit: [(occupation: Int32, share: Ratio)] = []
    /// Level shares are counted in units of 1 ÷ (10,000 × `levelLCM`): the least common
    /// multiple of the slots' minimum levels, so `atMinimumShare × held ÷ minimum` is whole.
    var levelLCM = 1
    /// `atMinimumShare` and `levelAboveMinimumBonus` in ten-thousandths.
    let atMinimum: Int
    let bonus: Int
    /// `experienceCapYears` in whole tenths.
    let capTenths: Int
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
            rule: CompiledRule(jobType: jobTypeByID[v.jobType], start: start, vocabulary: voc),
            atMinimum: TenThousandths.of(s.atMinimumShare), bonus: TenThousandths.of(s.levelAboveMinimumBonus),
            capTenths: s.experienceCapYears.isFinite ? Int(min(1e6, max(0, s.experienceCapYears * 10)).rounded()) : 0)
        cv.jobHours = Int32(clamping: max(0, v.hoursPerWeek))
        cv.carFlag = v.car == .none ? 0 : CandidateColumns.ownCar
        cv.carForCommuteOnly = v.car == .commute
        for h in v.workingHours { cv.hoursFlags |= CandidateColumns.flag(h) }
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
        if cv.unknownLanguages.isEmpty && voc.cefrRank.values.allSatisfy({ Int($0) <= LanguageWord.maxRank })
            && cv.languages.allSatisfy({ LanguageWord.fits($0.language, $0.rank) }) {
            cv.languageNeed = cv.languages.reduce(0) { LanguageWord.raise($0, $1.language, to: $1.rank) }
        }
        // A learning scheme (apprenticeship, internship) is for people who do not yet hold the
        // trade: its competence requirements are scored, never required.
        let learning = jobTypeByID[v.jobType]?.learningScheme == true
        let requirements = learning ? v.requirements.map { Requirement(competence: $0.competence, minLevel: $0.minLevel, essential: false) }
            : v.requirements
        let ordered = requirements.filter(\.essential) + requirements.filter { !$0.essential }
        cv.essentialCount = requirements.count { $0.essential }
        for (i, r) in ordered.enumerated() {
            let dense = voc.competences.lookup(r.competence) ?? -1
            let minLevel = Int32(clamping: max(1, r.minLevel))
            cv.slots.append(Slot(competence: dense, minLevel: minLevel, essential: r.essential))
            cv.levelLCM = Self.lcm(cv.levelLCM, Int(minLevel))
            cv.slotIDs.append(r.competence)
            guard dense >= 0 else { continue }
            cv.entries.append(SlotEntry(competence: dense, slot: Int32(i), similarity: TenThousandths.one, direct: true))
            if !r.essential {
                for rel in relatedTo[Int(dense)] {
                    cv.entries.append(SlotEntry(competence: rel.competence, slot: Int32(i),
                                                similarity: TenThousandths.of(rel.similarity), direct: false))
                }
            }
        }
        cv.entries.sort { ($0.competence, $0.slot, $0.direct ? 0 : 1) < ($1.competence, $1.slot, $1.direct ? 0 : 1) }
        if let occ = voc.occupations.lookup(v.occupation) {
            cv.occupationCredit.append((occ, .one))
            if Int(occ) < substituteTable.count {
                for sub in substituteTable[Int(occ)] { cv.occupationCredit.append((sub.occupation, sub.share)) }
            }
        }
        return cv
    }

    /// The least common multiple, kept small: levels are 1–4 in any validated data (lcm ≤ 12);
    /// beyond 100,000 the old value stays and a share under an odd minimum is rounded down.
    private static func lcm(_ a: Int, _ b: Int) -> Int {
        var x = a, y = b
        while y != 0 { (x, y) = (y, x % y) }
        let l = a / x * b
        return l <= 100_000 ? l : a
    }
}

/// The eligibility rule in force on the start day: the schema values for messages, and a
/// plain-data copy (`fast`) that the per-candidate loop can pass around without retains.
struct CompiledRule: Sendable {
    let jobType: JobType?
    let rule: EligibilityRule?
    let start: Day
    let minWeeks: Int
    let fast: RuleFast

    init(jobType: JobType?, start: Day, vocabulary: Vocabulary) {
        self.jobType = jobType
        self.start = start
        let rule = jobType?.rule(on: start)
        self.rule = rule
        minWeeks = rule?.minWeeksUnemployed ?? 0
        var f = RuleFast()
        f.state = jobType == nil ? 1 : rule == nil ? 2 : 0
        f.start = start.daysSinceEpoch
        f.startYear = Int32(start.year)
        f.minWeeks = Int32(clamping: minWeeks)
        f.waiveAge = Int32(clamping: rule?.waiveWaitFromAge ?? -1)
        f.waiveBornBy = RuleFast.latestBirth(reaching: Int(f.waiveAge), on: start)
        f.waiveSingle = rule?.waiveWaitForSingleProvider == true
        f.waiveNoUpper = rule?.waiveWaitWithoutUpperSecondary == true
        f.requiresFlex = rule?.requiresFlexJobApproval == true
        if let allowed = rule?.benefitTypes {
            f.checkBenefit = true
            for b in allowed { if let i = vocabulary.benefits.lookup(b) { f.allow(Int(i)) } }
        }
        fast = f
    }
}

/// An eligibility rule as plain data. Benefit types are a 256-bit set of interned benefit
/// ids (the schema's types come first, so only a data set with more than 256 distinct
/// benefit names could reach past it; those names are never allowed).
struct RuleFast: Sendable {
    /// 0 a rule applies, 1 unknown job type, 2 no rule in force on the start day.
    var state: UInt8 = 0
    var start: Int32 = 0
    var startYear: Int32 = 0
    var minWeeks: Int32 = 0
    var waiveAge: Int32 = -1
    /// The latest birth date (days since 1970, clamped to the hot record's Int16) of someone
    /// who is `waiveAge` or older on the start day.
    var waiveBornBy: Int32 = Int32(Int16.min)
    var waiveSingle = false
    var waiveNoUpper = false
    var requiresFlex = false
    var checkBenefit = false
    var benefits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The same day and month `age` years before `day` (28 February for 29 February in a
    /// year without it): born on or before it, a person has turned `age` by `day`, and
    /// someone born 29 February turns a year older on 1 March in other years.
    static func latestBirth(reaching age: Int, on day: Day) -> Int32 {
        guard age >= 0 else { return Int32(Int16.min) }
        let (y, m, d) = day.civil
        let birth = Day(year: y - age, month: m, day: min(d, Day.daysIn(month: m, year: y - age)))
        return birth.map { max(Int32(Int16.min), min(Int32(Int16.max), $0.daysSinceEpoch)) } ?? Int32(Int16.min)
    }

    mutating func allow(_ b: Int) {
        guard b >= 0 && b < 256 else { return }
        let bit: UInt64 = 1 << UInt64(b % 64)
        switch b / 64 {
        case 0: benefits.0 |= bit
        case 1: benefits.1 |= bit
        case 2: benefits.2 |= bit
        default: benefits.3 |= bit
        }
    }

    @inline(__always) func allows(_ b: Int) -> Bool {
        guard b >= 0 && b < 256 else { return false }
        let bit: UInt64 = 1 << UInt64(b % 64)
        switch b / 64 {
        case 0: return benefits.0 & bit != 0
        case 1: return benefits.1 & bit != 0
        case 2: return benefits.2 & bit != 0
        default: return benefits.3 & bit != 0
        }
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
    func checkEligibility(_ h: CandidateHot, _ r: RuleFast) -> EligibilityCheck {
        var out = EligibilityCheck()
        if r.state == 1 { out.noJobType = true; return out }
        if r.state == 2 { out.noRule = true; return out }
        if r.checkBenefit && !r.allows(Int(h.benefit)) { out.benefit = true }
        out.weeks = max(0, Int(r.start - h.unemployedSince)) / 7
        if r.minWeeks > 0 && out.weeks < Int(r.minWeeks) {
            if r.waiveAge >= 0 && Int32(h.born) <= r.waiveBornBy {
                out.waiver = .age(Int(r.waiveAge))
            } else if r.waiveSingle && h.flags & CandidateColumns.singleProvider != 0 {
                out.waiver = .singleProvider
            } else if r.waiveNoUpper && h.flags & CandidateColumns.withoutUpperSecondary != 0 {
                out.waiver = .withoutUpperSecondary
            } else {
                out.waiting = true
            }
        }
        if r.requiresFlex && h.flags & CandidateColumns.flexJobApproved == 0 { out.flexApproval = true }
        return out
    }
}
