import Foundation
import Testing

/// `jobmatch allocate` through the built binary on a private copy of the demo (issue P7).
@Suite("CLI: allocate")
struct CLIAllocateTests {
    private func run(_ dir: URL, _ args: [String]) throws -> Harness.Result {
        try Harness.run(args + ["--data", dir.path, "--today", "2026-11-24"])
    }

    @Test("allocate --json: every vacancy within its slots, nobody over k, never worse than greedy, ids only")
    func allocateJSON() throws {
        let dir = try Harness.demoCopy()
        let r = try run(dir, ["allocate", "--factor", "2", "--per-candidate", "1", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(out["factor"] as? Int == 2)
        #expect(out["perCandidate"] as? Int == 1)
        let optimal = try #require(out["optimal"] as? [String: Any])
        let greedy = try #require(out["greedy"] as? [String: Any])
        let top = try #require(out["topLists"] as? [String: Any])
        #expect((optimal["totalScore"] as? Double ?? 0) >= (greedy["totalScore"] as? Double ?? .infinity))
        #expect(optimal["candidatesOverK"] as? Int == 0)
        #expect((top["candidatesOverK"] as? Int ?? 0) > 0, "the demo's top lists share candidates")
        let vacancies = try #require(out["vacancies"] as? [[String: Any]])
        #expect(vacancies.count == out["vacancyCount"] as? Int)
        var seen: [String: Int] = [:]
        for v in vacancies {
            let proposals = v["proposals"] as? [[String: Any]] ?? []
            #expect(proposals.count <= (v["positions"] as? Int ?? 0) * 2)
            for p in proposals { seen[p["candidateID"] as? String ?? "", default: 0] += 1 }
        }
        #expect(seen.values.allSatisfy { $0 == 1 }, "k = 1")
        #expect(!r.stdout.contains("\"name\""), "no personal details in the plan")
    }

    @Test("allocate prints the comparison table; bad options are refused with what to give")
    func allocateText() throws {
        let dir = try Harness.demoCopy()
        let r = try run(dir, ["allocate"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("vacancies with ≥ 3 proposed"))
        #expect(r.stdout.contains("Gini of proposals per candidate"))
        #expect(r.stdout.contains("proposed more than 2 times"))
        let bad = try run(dir, ["allocate", "--per-candidate", "0"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--per-candidate takes a whole number of 1 or more"))
    }
}
