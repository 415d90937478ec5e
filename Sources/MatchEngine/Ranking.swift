#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JobMatchCore

extension MatchIndex {
    /// Ranks every active candidate (optionally only those living in `municipalities`)
    /// for `vacancy`: hard requirements filter, the score orders, ties break by longer
    /// unemployment and then id. Returns the best `top` with full explanations and the
    /// counts of who was excluded by what. Runs on the calling thread.
    ///
    /// `today` matters when the start date has passed: the job then starts today, and
    /// availability and eligibility are judged on that day.
    ///
    /// `nearMisses` > 0 also lists up to that many candidates who miss exactly one thing
    /// (`NearMiss`), least missing first; that costs one more pass over the candidates in
    /// scope, so it is only made when asked for.
    public func rank(vacancy: Vacancy, top: Int, municipalities: Set<String>? = nil, today: Day,
                     nearMisses: Int = 0) -> Ranking {
        let cv = compile(vacancy, today: today)
        let s = makeScratch(slots: cv.slots.count)
        let pass = run(cv, top: top, municipalities: municipalities, scratch: s)
        let near = nearMisses > 0 ? nearMissRows(cv, municipalities: municipalities, scratch: s) : []
        s.prepare(cv)
        let list = pass.keys.map { explanation(row: RankKey.row($0), cv, s).breakdown }
        let missing = explainNearMisses(near.prefix(max(0, nearMisses)), cv, s)
        s.finish(cv)
        return Ranking(vacancyID: vacancy.id, considered: pass.considered, qualified: pass.qualified,
                       excluded: pass.excluded, candidates: list, nearMisses: missing, nearMissCount: near.count)
    }

    /// `rank(vacancy:…)` for a loaded vacancy id: the one call behind `jobmatch match`.
    public func rank(vacancyID: String, top: Int, municipalities: Set<String>? = nil,
                     today: Day, nearMisses: Int = 0) throws(MatchError) -> Ranking {
        guard let v = vacancy(id: vacancyID) else { throw .unknownVacancy(vacancyID) }
        return rank(vacancy: v, top: top, municipalities: municipalities, today: today, nearMisses: nearMisses)
    }

    /// Ranks many vacancies using every core (or `workers` threads); each vacancy is
    /// ranked on one thread exactly as `rank` would, without explanations. The result is
    /// in the order of `vacancies` and identical whatever the number of workers.
    public func rankAll(_ vacancies: [Vacancy], top: Int, today: Day, workers: Int? = nil) -> [CompactRanking] {
        passes(vacancies, today: today, workers: workers, top: { _ in top }, municipalities: nil) { i, pass in
            let v = vacancies[i]
            return CompactRanking(
                vacancyID: v.id, considered: pass.considered, qualified: pass.qualified, excluded: pass.excluded,
                candidateIDs: pass.keys.map { columns.ids[RankKey.row($0)] },
                scores: pass.keys.map { Points(hundredths: RankKey.score($0)) })
        }
    }

    /// The ranking loop (`run`) over many vacancies on every core (or `workers` threads):
    /// each thread takes the next vacancy, ranks it to `top(i)` with its own scratch and
    /// hands the pass to `result`. Results are in the order of `vacancies` and identical
    /// whatever the number of workers. Shared by `rankAll` and the allocation.
    func passes<R>(_ vacancies: [Vacancy], today: Day, workers: Int?, top: @Sendable (Int) -> Int,
                   municipalities: Set<String>?, _ result: @Sendable (Int, Pass) -> R) -> [R] {
        parallelMap(vacancies.count, workers: workers ?? Self.processorCount, state: { makeScratch(slots: 64) }) { i, s in
            let cv = compile(vacancies[i], today: today)
            if cv.slots.count > s.slotCapacity { s = makeScratch(slots: cv.slots.count) }
            return result(i, run(cv, top: top(i), municipalities: municipalities, scratch: s))
        }
    }

    /// Cores online (`sysconf`), so the engine needs no Foundation.
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    func makeScratch(slots: Int) -> Scratch {
        Scratch(competenceCount: vocabulary.competences.count, municipalityCount: travel.codes.count, slots: slots)
    }

    struct Pass {
        var keys: [UInt64]
        var considered: Int
        var qualified: Int
        var excluded: [Exclusion]
    }

    /// The ranking loop. Candidates holding every essential competence at its level are
    /// found by intersecting the essential competences' posting lists (shortest first,
    /// galloping through the others), without reading any candidate row; each of them is
    /// checked against the job-side requirements from its 32-byte hot record; only the
    /// qualified are scored into the heap, and of those only the ones that could still
    /// enter it have their competences read (`RankLoop.check`).
    ///
    /// `prune: false` scores every qualified candidate (the reference the tests compare with).
    func run(_ cv: CompiledVacancy, top: Int, municipalities: Set<String>?, scratch s: Scratch,
             prune: Bool = true) -> Pass {
        s.prepare(cv)
        defer { s.finish(cv) }
        let filtered = municipalities != nil
        var considered = 0
        var scope: [Int] = []
        if let municipalities {
            for i in s.allowed.indices { s.allowed[i] = false }
            scope = municipalities.compactMap { travel.indexOf[$0] }.sorted()
            for i in scope { s.allowed[i] = true; considered += activeResidents[i] }
        } else {
            considered = activeCount
        }
        defer { if filtered { for i in s.allowed.indices { s.allowed[i] = true } } }

        return withKernel(cv, s) { k in
            var loop = RankLoop(kernel: k, top: top, origin: unemployedOrigin, allowed: filtered ? s.allowed : nil,
                                prune: prune, cv, s)
            let essential = cv.slots[0..<cv.essentialCount]
            if essential.contains(where: { $0.competence < 0 }) {
                // An essential competence nobody holds: nobody qualifies.
            } else if !essential.isEmpty {
                intersectEssentials(cv, &loop)
            } else if filtered {
                for m in scope {
                    for j in residents.range(m) {
                        let row = Int(residents.values[j])
                        if k.hot[row].status == 0 { loop.check(row, self, cv) }
                    }
                }
            } else {
                loop.inOrder = true
                for row in 0..<k.hot.count where k.hot[row].status == 0 { loop.check(row, self, cv) }
            }
            loop.flush(self, cv)
            loop.excluded[RequirementKind.essentialCompetence.position] = considered - loop.withEssentials
            let exclusions = RequirementKind.allCases.enumerated().compactMap { i, kind in
                kind == .status ? nil : Exclusion(requirement: kind, count: loop.excluded[i])
            }
            return Pass(keys: loop.heap.sortedDescending(), considered: considered, qualified: loop.qualified,
                        excluded: exclusions)
        }
    }

    /// Checks (`loop.check`) every row present, at or above the level, in all essential posting lists.
    @inline(__always)
    func intersectEssentials(_ cv: CompiledVacancy, _ loop: inout RankLoop) {
        // (start, end, minimum level) per essential slot, shortest list first.
        var lists = cv.slots[0..<cv.essentialCount].map { slot in
            let r = postings.range(Int(slot.competence))
            return (start: r.lowerBound, end: r.upperBound, minimum: slot.minLevel)
        }
        lists.sort { $0.end - $0.start < $1.end - $1.start }
        let p = postings.values
        let driver = lists[0]
        var k = driver.start
        outer: while k < driver.end {
            let entry = p[k]
            k += 1
            if entry.level < driver.minimum { continue }
            let row = entry.row
            for j in 1..<lists.count {
                var at = lists[j].start
                let end = lists[j].end
                if at >= end || p[end - 1].row < row { break outer }  // no later row can be in every list
                if p[at].row < row {
                    // Gallop, then binary search, to the first entry with row >= `row`.
                    var step = 1
                    while at + step < end && p[at + step].row < row { at += step; step <<= 1 }
                    var lo = at + 1, hi = min(at + step, end - 1)
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if p[mid].row < row { lo = mid + 1 } else { hi = mid }
                    }
                    at = lo
                }
                lists[j].start = at
                if p[at].row != row || p[at].level < lists[j].minimum { continue outer }
            }
            loop.check(Int(row), self, cv)
        }
    }
}

/// The ranking loop's state for one vacancy: the heap, the counts and a batch of rows
/// waiting to be checked. A struct checked by mutating methods rather than a closure over
/// local variables, so the per-candidate code needs no dynamic exclusivity check and reads
/// only through the kernel's pointers.
struct RankLoop {
    static let batchSize = 32
    let k: ScoringKernel
    var heap: TopK
    var withEssentials = 0
    var qualified = 0
    var excluded = [Int](repeating: 0, count: RequirementKind.allCases.count)
    let origin: Int32
    /// Travel-matrix municipality → in scope; nil when the ranking is not filtered.
    let allowed: UnsafeMutableBufferPointer<Bool>?
    let prune: Bool
    /// The most the competence components (essential, optional, experience) can earn
    /// together: a qualified candidate's score is at most her commute, desired-occupation
    /// and availability points plus this.
    let competenceCeiling: Int
    /// The vacancy asks for languages checked by `LanguageWord`; for licences; for certificates.
    let readsLanguageWords: Bool, readsLicences: Bool, readsCertificates: Bool
    let batch: UnsafeMutablePointer<Int32>
    let toScore: UnsafeMutablePointer<(row: Int32, situation: Int32)>
    let sink: UnsafeMutablePointer<UInt64>
    var pending = 0
    /// The rows come in a scan of every row: what they read lies in order in memory, where
    /// the processor's own prefetching keeps ahead of the loop, so `flush` reads nothing early.
    var inOrder = false

    init(kernel: ScoringKernel, top: Int, origin: Int32, allowed: UnsafeMutableBufferPointer<Bool>?, prune: Bool,
         _ cv: CompiledVacancy, _ s: Scratch) {
        k = kernel
        heap = TopK(capacity: max(0, top))
        self.origin = origin
        self.allowed = allowed
        self.prune = prune
        competenceCeiling = kernel.weights.0 + kernel.weights.1 + kernel.weights.2
        readsLanguageWords = !cv.requiredLanguages.isEmpty && cv.languageNeed != nil
        readsLicences = cv.needsLicences && cv.unknownLicences.isEmpty
        readsCertificates = cv.needsCertificates && cv.unknownCertificates.isEmpty
        batch = s.batch
        toScore = s.toScore
        sink = s.sink
    }

    /// `row` is active and holds every essential competence: checked, in the order given,
    /// at the next `flush` (the batch is full, or the caller has no more rows).
    @inline(__always)
    mutating func check(_ row: Int, _ index: MatchIndex, _ cv: CompiledVacancy) {
        batch[pending] = Int32(truncatingIfNeeded: row)
        pending += 1
        if pending == Self.batchSize { flush(index, cv) }
    }

    /// Checks the batch's rows in order: counts each where the hard checks put it and scores
    /// the qualified into the heap. Their records lie scattered over megabytes, so before
    /// each step a tight loop reads, for every row of the batch, what that step will read
    /// first (the hot record, licence and certificate bits; the wishes and the language word;
    /// the first held competence):
    /// the cache misses then overlap instead of coming one after another.
    ///
    /// Once the heap is full, a qualified candidate whose best possible score (her exact
    /// commute, desired-occupation and availability points, the competence components at
    /// their maximum) packs to a key no greater than the heap's least key could not enter
    /// it whatever her competences: she is counted but her competences are not read. Her
    /// real key is at most that bound's key (same unemployment and row, score no higher),
    /// the heap keeps only keys above its least, and its least only rises; so the heap
    /// ends exactly as if she had been scored.
    mutating func flush(_ index: MatchIndex, _ cv: CompiledVacancy) {
        let n = pending
        pending = 0
        var touched: UInt64 = 0
        for i in 0..<n where !inOrder {
            let row = Int(batch[i])
            touched &+= UInt64(truncatingIfNeeded: k.hot[row].desiredStart)
            if readsLicences { touched &+= k.licenceWords[row * k.licenceMask.count] }
            if readsCertificates { touched &+= k.certificateWords[row * k.certificateMask.count] }
        }
        for i in 0..<n where !inOrder {
            let row = Int(batch[i])
            let h = k.hot[row]
            if h.desiredCount > 0 { touched &+= UInt64(truncatingIfNeeded: k.desired[Int(h.desiredStart)]) }
            if readsLanguageWords { touched &+= k.languageWords[row] }
        }
        var m = 0
        for i in 0..<n {
            let row = Int(batch[i])
            let h = k.hot[row]
            if let allowed, h.home < 0 || !allowed[Int(h.home)] { continue }
            withEssentials += 1
            let minutes = k.commute(from: h.place)
            let words = readsLanguageWords ? k.languageWords[row] : 0
            let licenceBits = readsLicences && ScoringKernel.containsAll(k.licenceWords, row: row, k.licenceMask)
            let certificateBits = readsCertificates && ScoringKernel.containsAll(k.certificateWords, row: row, k.certificateMask)
            if let failure = index.firstJobFailure(row: row, h, cv, commute: minutes, languages: words,
                                                   licenceBits: licenceBits, certificateBits: certificateBits) {
                excluded[failure.position] += 1
                continue
            }
            qualified += 1
            let (commute, desired, available) = k.situationCentis(h, minutes: minutes)
            let situation = commute + desired + available
            if cannotEnter(situation: situation, h, row) { continue }
            toScore[m] = (Int32(truncatingIfNeeded: row), Int32(truncatingIfNeeded: situation))
            m += 1
        }
        if !k.entries.isEmpty && !inOrder {
            for j in 0..<m {
                let h = k.hot[Int(toScore[j].row)]
                if h.heldCount > 0 { touched &+= UInt64(truncatingIfNeeded: k.held[Int(h.heldStart)].level) }
            }
        }
        sink.pointee &+= touched
        for j in 0..<m {
            let row = Int(toScore[j].row), situation = Int(toScore[j].situation)
            let h = k.hot[row]
            if cannotEnter(situation: situation, h, row) { continue }  // the heap may have risen since
            k.fill(row: row, explaining: false)
            let (essential, optional, experience) = k.competenceCentis()
            heap.push(RankKey.pack(score: essential + optional + experience + situation, unemployedSince: h.unemployedSince,
                                   origin: origin, row: row))
        }
    }

    /// The heap is full and her best possible score could not enter it (see `flush`).
    @inline(__always)
    func cannotEnter(situation: Int, _ h: CandidateHot, _ row: Int) -> Bool {
        guard prune && heap.isFull else { return false }
        return RankKey.pack(score: situation + competenceCeiling, unemployedSince: h.unemployedSince,
                            origin: origin, row: row) <= heap.least
    }
}
