import Foundation
import JobMatchCore
import MatchEngine
import PropertyBased
import Testing
import TestSupport

/// The ranking a consultant sees must be exactly what scoring every candidate one by one
/// and sorting would give — the index and heap are only a faster way to get there.
@Suite struct RankingTests {
    /// Brute force: explain every candidate, keep the qualified, sort by the documented order.
    static func bruteForce(_ index: MatchIndex, _ data: Dataset, _ v: Vacancy, top: Int,
                           municipalities: Set<String>?) -> (ids: [String], scores: [Points], firstFailures: [RequirementKind: Int], considered: Int) {
        var rows: [(ScoreBreakdown, Candidate)] = []
        var failures: [RequirementKind: Int] = [:]
        var considered = 0
        for c in data.candidates where c.status == .active && (municipalities?.contains(c.municipality) ?? true) {
            considered += 1
            let e = try! index.explain(vacancy: v, candidateID: c.id, today: Fixture.today)
            if let first = e.failed.first { failures[first.requirement, default: 0] += 1 } else { rows.append((e.breakdown, c)) }
        }
        rows.sort { a, b in
            if a.0.total != b.0.total { return a.0.total > b.0.total }
            if a.1.unemployedSince != b.1.unemployedSince { return a.1.unemployedSince < b.1.unemployedSince }
            return a.1.id < b.1.id
        }
        let kept = rows.prefix(top)
        return (kept.map(\.1.id), kept.map(\.0.total), failures, considered)
    }

    @Test("indexed top-K equals a brute-force sort of all candidates on random data")
    func topKMatchesBruteForce() async {
        await propertyCheck(count: 30, input: Gens.dataset(candidates: 20...160, vacancies: 1...6), Gen.int(in: 1...25), Gen.bool) { data, top, filter in
            let index = MatchIndex(dataset: data)
            for v in data.vacancies {
                let munis: Set<String>? = filter ? [v.municipality, "0851"] : nil
                let ranking = index.rank(vacancy: v, top: top, municipalities: munis, today: Fixture.today)
                let expected = Self.bruteForce(index, data, v, top: top, municipalities: munis)
                #expect(ranking.candidates.map(\.candidateID) == expected.ids)
                #expect(ranking.candidates.map(\.total) == expected.scores)
                #expect(ranking.considered == expected.considered)
                #expect(ranking.qualified == expected.considered - expected.firstFailures.values.reduce(0, +))
                for e in ranking.excluded {
                    #expect(e.count == expected.firstFailures[e.requirement, default: 0], "\(e.requirement)")
                }
            }
        }
    }

    @Test("equal input in any order gives byte-identical JSON")
    func deterministicOutput() async throws {
        await propertyCheck(count: 10, input: Gens.dataset(candidates: 20...120, vacancies: 1...4), Gen.int(in: 0...1_000_000)) { data, seed in
            var shuffled = data
            var rng = SplitMix(seed: UInt64(seed))
            shuffled.candidates.shuffle(using: &rng)
            let a = MatchIndex(dataset: data), b = MatchIndex(dataset: shuffled)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for v in data.vacancies {
                let x = try! encoder.encode(a.rank(vacancy: v, top: 50, today: Fixture.today))
                let y = try! encoder.encode(b.rank(vacancy: v, top: 50, today: Fixture.today))
                #expect(x == y)
            }
        }
    }

    @Test("rankAll on several threads gives the same lists as rank, vacancy by vacancy")
    func rankAllMatchesRank() {
        let data = Fixture.randomDataset(seed: 42, candidates: 300, vacancies: 40)
        let index = MatchIndex(dataset: data)
        let one = index.rankAll(data.vacancies, top: 10, today: Fixture.today, workers: 1)
        let two = index.rankAll(data.vacancies, top: 10, today: Fixture.today, workers: 2)
        #expect(one == two)
        #expect(one.map(\.vacancyID) == data.vacancies.map(\.id))
        for (compact, v) in zip(one, data.vacancies) {
            let full = index.rank(vacancy: v, top: 10, today: Fixture.today)
            #expect(compact.candidateIDs == full.candidates.map(\.candidateID))
            #expect(compact.scores == full.candidates.map(\.total))
            #expect(compact.qualified == full.qualified && compact.excluded == full.excluded)
        }
    }

    @Test("the municipality filter keeps only candidates living there")
    func municipalityFilter() {
        let data = Fixture.randomDataset(seed: 7, candidates: 300, vacancies: 10)
        let index = MatchIndex(dataset: data)
        for v in data.vacancies {
            let r = index.rank(vacancy: v, top: 100, municipalities: ["0813", "0810"], today: Fixture.today)
            for b in r.candidates { #expect(["0813", "0810"].contains(b.municipality)) }
            #expect(r.considered == data.candidates.count { $0.status == .active && ["0813", "0810"].contains($0.municipality) })
        }
    }

    @Test("the summary reads qualified of considered, then exclusions by requirement")
    func summarySentence() {
        let r = Ranking(vacancyID: "V", considered: 3004, qualified: 312,
                        excluded: [Exclusion(requirement: .essentialCompetence, count: 1204),
                                   Exclusion(requirement: .licence, count: 0), Exclusion(requirement: .commute, count: 88)],
                        candidates: [])
        #expect(r.summary == "312 of 3,004 qualify; 1,204 lack an essential competence, 88 live too far away")
    }

    @Test("an unknown vacancy or candidate id is a clear error")
    func unknownIDs() {
        let index = MatchIndex(dataset: Fixture.dataset([Fixture.candidate("K1")], [Fixture.vacancy("V1")]))
        #expect(throws: MatchError.unknownVacancy("V9")) { try index.rank(vacancyID: "V9", top: 5, today: Fixture.today) }
        #expect(throws: MatchError.unknownCandidate("K9")) {
            try index.explain(vacancyID: "V1", candidateID: "K9", today: Fixture.today)
        }
        #expect(MatchError.unknownVacancy("V9").description == "no vacancy with id 'V9'")
    }
}
