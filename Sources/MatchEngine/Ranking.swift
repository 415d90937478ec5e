import Dispatch
import Foundation
import JobMatchCore
import Synchronization

extension MatchIndex {
    /// Ranks every active candidate (optionally only those living in `municipalities`)
    /// for `vacancy`: hard requirements filter, the score orders, ties break by longer
    /// unemployment and then id. Returns the best `top` with full explanations and the
    /// counts of who was excluded by what. Runs on the calling thread.
    ///
    /// `today` matters when the start date has passed: the job then starts today, and
    /// availability and eligibility are judged on that day.
    public func rank(vacancy: Vacancy, top: Int, municipalities: Set<String>? = nil, today: Day) -> Ranking {
        let cv = compile(vacancy, today: today)
        let s = makeScratch()
        let pass = run(cv, top: top, municipalities: municipalities, scratch: s)
        s.prepare(cv)
        let list = pass.keys.map { explanation(row: RankKey.row($0), cv, s).breakdown }
        s.finish(cv)
        return Ranking(vacancyID: vacancy.id, considered: pass.considered, qualified: pass.qualified,
                       excluded: pass.excluded, candidates: list)
    }

    /// `rank(vacancy:…)` for a loaded vacancy id: the one call behind `jobmatch match`.
    public func rank(vacancyID: String, top: Int, municipalities: Set<String>? = nil,
                     today: Day) throws(MatchError) -> Ranking {
        guard let v = vacancy(id: vacancyID) else { throw .unknownVacancy(vacancyID) }
        return rank(vacancy: v, top: top, municipalities: municipalities, today: today)
    }

    /// Ranks many vacancies using every core (or `workers` threads); each vacancy is
    /// ranked on one thread exactly as `rank` would, without explanations. The result is
    /// in the order of `vacancies` and identical whatever the number of workers.
    public func rankAll(_ vacancies: [Vacancy], top: Int, today: Day, workers: Int? = nil) -> [CompactRanking] {
        let n = vacancies.count
        let threads = max(1, min(n, workers ?? ProcessInfo.processInfo.activeProcessorCount))
        let out = UnsafeMutableBufferPointer<CompactRanking?>.allocate(capacity: n)
        out.initialize(repeating: nil)
        defer { out.deinitialize(); out.deallocate() }
        let next = Atomic<Int>(0)
        nonisolated(unsafe) let results = out
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let s = makeScratch()
            while true {
                let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
                if i >= n { break }
                let v = vacancies[i]
                let pass = run(compile(v, today: today), top: top, municipalities: nil, scratch: s)
                results[i] = CompactRanking(
                    vacancyID: v.id, considered: pass.considered, qualified: pass.qualified, excluded: pass.excluded,
                    candidateIDs: pass.keys.map { columns.ids[RankKey.row($0)] },
                    scores: pass.keys.map { Points(hundredths: RankKey.score($0)) })
            }
        }
        return out.map { $0! }
    }

    func makeScratch() -> Scratch {
        Scratch(competenceCount: vocabulary.competences.count, municipalityCount: travel.codes.count)
    }

    struct Pass {
        var keys: [UInt64]
        var considered: Int
        var qualified: Int
        var excluded: [Exclusion]
    }

    /// The ranking loop: choose the driving candidate list, check each candidate's hard
    /// requirements in order, score the qualified into the heap.
    func run(_ cv: CompiledVacancy, top: Int, municipalities: Set<String>?, scratch s: Scratch) -> Pass {
        s.prepare(cv)
        defer { s.finish(cv) }
        s.heap.reset(capacity: max(0, top))
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

        var withEssentials = 0, qualified = 0
        var excluded = [Int](repeating: 0, count: RequirementKind.allCases.count)
        let origin = unemployedOrigin

        @inline(__always) func visit(_ row: Int) {
            if columns.status[row] != 0 { return }
            if filtered {
                let h = Int(columns.home[row])
                if h < 0 || !s.allowed[h] { return }
            }
            fillSlots(row: row, cv, s)
            if !meetsEssentials(cv, s) { return }
            withEssentials += 1
            let minutes = commuteMinutes(row: row, cv)
            if let failure = firstFailure(row: row, cv, s, commute: minutes) {
                excluded[RequirementKind.allCases.firstIndex(of: failure)!] += 1
                return
            }
            qualified += 1
            let score = components(row: row, cv, s, commute: minutes).total
            s.heap.push(RankKey.pack(score: score, unemployedSince: columns.unemployedSince[row], origin: origin, row: row))
        }

        if cv.slots[0..<cv.essentialCount].contains(where: { $0.competence < 0 }) {
            // An essential competence nobody holds: nobody qualifies.
        } else if cv.essentialCount > 0 {
            var best = 0, bestCount = Int.max
            for i in 0..<cv.essentialCount {
                let n = postings.range(Int(cv.slots[i].competence)).count
                if n < bestCount { best = i; bestCount = n }
            }
            let minimum = cv.slots[best].minLevel
            for k in postings.range(Int(cv.slots[best].competence)) {
                let p = postings.values[k]
                if p.level >= minimum { visit(Int(p.row)) }
            }
        } else if filtered {
            for m in scope { for k in residents.range(m) { visit(Int(residents.values[k])) } }
        } else {
            for row in 0..<columns.count { visit(row) }
        }
        excluded[RequirementKind.allCases.firstIndex(of: .essentialCompetence)!] = considered - withEssentials
        let exclusions = RequirementKind.allCases.enumerated().compactMap { i, kind in
            kind == .status ? nil : Exclusion(requirement: kind, count: excluded[i])
        }
        return Pass(keys: s.heap.sortedDescending(), considered: considered, qualified: qualified, excluded: exclusions)
    }
}
