import Foundation
import Testing

/// Issue #11 through the built binary on the committed demo: V000055 (a food-process
/// operator in Aalborg) needs her own car to get there; K000861 lives in Aalborg and goes
/// by public transport, so she is excluded and listed as a near miss, and `explain` says
/// why in text and JSON.
@Suite("CLI: own car and working hours")
struct CLIWorkingConditionsTests {
    private let data = Harness.sharedDemo.path

    private func run(_ args: [String]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data, "--today", "2026-11-24"])
    }

    private func json(_ r: Harness.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(r.stderr)")
    }

    @Test("match shows what the job requires, counts who has no car and lists the near miss, in text and JSON")
    func match() throws {
        let text = try run(["match", "V000055", "--near", "10"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Requires: own car to get there"), "\(text.stdout)")
        #expect(text.stdout.contains("3 have no own car"), "\(text.stdout)")
        #expect(text.stdout.contains("no own car; the job needs one to get there (lives in the municipality)"), "\(text.stdout)")

        let out = try json(try run(["match", "V000055", "--near", "10", "--json"]))
        let excluded = try #require(out["excluded"] as? [String: Int])
        #expect(excluded["car"] == 3)
        #expect(excluded["workingHours"] == 0)
        let near = try #require(out["nearMisses"] as? [[String: Any]])
        let k861 = try #require(near.first { $0["candidateId"] as? String == "K000861" }, "\(near.map { $0["candidateId"] ?? "" })")
        #expect(k861["gap"] as? String == "noCar")
        #expect(k861["shortBy"] as? Int == 1)
        #expect(k861["gapText"] as? String == "no own car; the job needs one to get there (lives in the municipality)")
        #expect(k861["transport"] as? String == "public-transport")
        #expect(k861["jobCar"] as? String == "commute")
        #expect(k861["jobWorkingHours"] as? [String] == [])
    }

    @Test("explain names the missing car and what she could ask, in text and JSON")
    func explain() throws {
        let text = try run(["explain", "V000055", "K000861"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("the job requires own car to get there; she: public transport, day work only"), "\(text.stdout)")
        #expect(text.stdout.contains("✗ no own car (public transport); the job needs her own car to get there (she lives in Aalborg (0851): ask whether bus or bicycle will do)"), "\(text.stdout)")

        let out = try json(try run(["explain", "V000055", "K000861", "--json"]))
        #expect(out["qualifies"] as? Bool == false)
        let failed = try #require(out["failed"] as? [[String: Any]])
        #expect(failed.map { $0["requirement"] as? String } == ["car"])
        #expect(out["shifts"] as? [String] == [])
    }

    @Test("a working-hours near miss: V000228 needs weekends, K002253 takes none")
    func workingHours() throws {
        let out = try json(try run(["match", "V000228", "--near", "10", "--json"]))
        let excluded = try #require(out["excluded"] as? [String: Int])
        #expect(excluded["workingHours"] == 1)
        let near = try #require(out["nearMisses"] as? [[String: Any]])
        let k = try #require(near.first { $0["candidateId"] as? String == "K002253" })
        #expect(k["gap"] as? String == "workingHours")
        #expect(k["gapText"] as? String == "will not work weekends; the job includes weekends")
        #expect(k["jobWorkingHours"] as? [String] == ["weekend"])
    }
}
