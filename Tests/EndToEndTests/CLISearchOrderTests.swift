import Foundation
import Testing

/// `jobmatch search` lists in the order the workbench's Candidates screen does for the same
/// query: distance for `near:`, available-from date for `avail:`, else relevance.
@Suite("CLI: search order")
struct CLISearchOrderTests {
    private func hits(_ query: String) throws -> [[String: Any]] {
        let r = try Harness.run(["search", query, "--json", "--top", "40", "--today", "2026-11-24",
                                 "--data", Harness.sharedDemo.path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try #require(json["hits"] as? [[String: Any]])
    }

    @Test("near: lists the nearest first")
    func nearIsByDistance() throws {
        let minutes = try hits("near:0860/30").compactMap { $0["commuteMinutes"] as? Int }
        #expect(minutes.count == 40)
        #expect(minutes == minutes.sorted(), "\(minutes)")
    }

    @Test("avail: lists the earliest available first")
    func availIsByDate() throws {
        let dates = try hits("avail:<=2026-12-10").compactMap { $0["availableFrom"] as? String }
        #expect(dates.count == 40)
        #expect(dates == dates.sorted(), "\(dates)")
    }

    @Test("otherwise by relevance: the highest level sum first")
    func otherwiseByRelevance() throws {
        let sums = try hits("comp:weld.mig").compactMap { $0["levelSum"] as? Int }
        #expect(!sums.isEmpty)
        #expect(sums == sums.sorted(by: >), "\(sums)")
    }
}
