import JobMatchCore
@testable import MatchEngine
import PropertyBased
import TestSupport
import Testing

/// Once its heap is full, the ranking loop skips reading the competences of a qualified
/// candidate whose best possible score could not enter it, and it checks candidates in
/// batches. Neither may change anything a consultant sees: the list (candidates, scores,
/// order, ties broken by unemployment and id) and every count must be exactly those of the
/// loop that scores every qualified candidate.
@Suite struct RankingPruneTests {
    static func expectSame(_ index: MatchIndex, _ v: Vacancy, top: Int, municipalities: Set<String>?, today: Day) {
        let cv = index.compile(v, today: today)
        let s = index.makeScratch(slots: cv.slots.count)
        let pruned = index.run(cv, top: top, municipalities: municipalities, scratch: s)
        let full = index.run(cv, top: top, municipalities: municipalities, scratch: s, prune: false)
        #expect(pruned.keys == full.keys, "\(v.id) top \(top)")
        #expect(pruned.qualified == full.qualified && pruned.considered == full.considered, "\(v.id)")
        #expect(pruned.excluded == full.excluded, "\(v.id)")
    }

    @Test("pruned and unpruned loops give identical lists and counts on random data full of ties")
    func prunedEqualsUnprunedOnRandomData() async {
        await propertyCheck(count: 40, input: Gens.dataset(candidates: 40...220, vacancies: 1...6), Gen.int(in: 1...12), Gen.bool) {
            data, top, filter in
            let index = MatchIndex(dataset: data)
            for v in data.vacancies {
                Self.expectSame(index, v, top: top, municipalities: filter ? [v.municipality, "0851"] : nil, today: Fixture.today)
            }
        }
    }

    @Test("pruned and unpruned loops give identical lists and counts for every demo vacancy")
    func prunedEqualsUnprunedOnDemo() {
        let data = DemoQualityTests.demo
        let index = MatchIndex(dataset: data)
        for v in data.vacancies {
            for top in [1, 7, 50] {
                Self.expectSame(index, v, top: top, municipalities: nil, today: DemoQualityTests.today)
            }
            Self.expectSame(index, v, top: 5, municipalities: [v.municipality], today: DemoQualityTests.today)
        }
    }

    @Test("a language requirement is checked the same from the language word as from the language rows")
    func languageWordMatchesRows() async {
        await propertyCheck(count: 30, input: Gens.dataset(candidates: 20...120, vacancies: 1...6)) { data in
            let index = MatchIndex(dataset: data)
            for v in data.vacancies {
                let cv = index.compile(v, today: Fixture.today)
                guard let need = cv.languageNeed, !cv.requiredLanguages.isEmpty else { continue }
                for row in 0..<index.columns.count {
                    #expect(LanguageWord.covers(index.columns.languageWords[row], need) == index.meetsLanguages(row: row, cv),
                            "\(v.id) row \(row)")
                }
            }
        }
    }
}
