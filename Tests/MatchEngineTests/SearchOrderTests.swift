import JobMatchCore
import MatchEngine
import PropertyBased
import Testing
import TestSupport

/// The orders the Candidates screen asks for (`SearchOrder`) and the counts per
/// municipality it shows: both cover everyone found, not only the hits listed.
@Suite struct SearchOrderTests {
    @Test("distance and availability list the nearest / earliest of everyone found; the counts cover everyone")
    func ordersAndCounts() async {
        await propertyCheck(count: 20, input: Gens.dataset(candidates: 20...150, vacancies: 0...0),
                            SearchTests.query.array(of: 1...6)) { data, queries in
            let index = MatchIndex(dataset: data)
            let byID = Dictionary(uniqueKeysWithValues: data.candidates.map { ($0.id, $0) })
            for q in queries {
                let text = q.text.joined(separator: " ")
                let all = SearchTests.reference(q, data, index)
                let counts = Dictionary(grouping: all) { byID[$0]!.municipality }.mapValues(\.count)
                for order in SearchOrder.allCases {
                    let r = try! index.search(text, top: 10, today: Fixture.today, viewer: SearchTests.viewer, order: order)
                    let listed = r.hits.map(\.candidateID)
                    #expect(r.matched == all.count, "\(text) \(order)")
                    #expect(r.matchedByMunicipality == counts, "\(text) \(order)")
                    #expect(listed.count == min(10, all.count) && Set(listed).isSubset(of: Set(all)), "\(text) \(order)")
                    let unlisted = all.filter { !listed.contains($0) }
                    switch order {
                    case .relevance:
                        #expect(listed == Array(all.prefix(10)), "\(text)")
                    case .availability:
                        let days = listed.map { byID[$0]!.availableFrom }
                        #expect(days == days.sorted(), "\(text)")
                        if let last = days.last { #expect(unlisted.allSatisfy { byID[$0]!.availableFrom >= last }, "\(text)") }
                    case .distance:
                        guard let (near, _) = q.near else {
                            #expect(listed == Array(all.prefix(10)), "without near: it is relevance — \(text)")
                            continue
                        }
                        func minutes(_ id: String) -> Int { index.travel.minutes(from: byID[id]!.municipality, to: near)! }
                        let shown = listed.map(minutes)
                        #expect(shown == shown.sorted(), "\(text)")
                        #expect(r.hits.map(\.commuteMinutes) == shown.map(Optional.some), "\(text)")
                        if let last = shown.last { #expect(unlisted.allSatisfy { minutes($0) >= last }, "\(text)") }
                    }
                }
            }
        }
    }

    @Test("the order a query implies: near: → distance, else avail: → availability, else relevance")
    func implied() throws {
        func order(_ text: String) throws -> SearchOrder { SearchOrder.implied(by: try QueryParser.parse(text)) }
        #expect(try order("comp:weld.mig") == .relevance)
        #expect(try order("hansen") == .relevance)
        #expect(try order("avail:<=2026-12-01 comp:weld.mig") == .availability)
        #expect(try order("near:0860/30") == .distance)
        #expect(try order("avail:<=2026-12-01 near:Hjørring") == .distance)
    }
}
