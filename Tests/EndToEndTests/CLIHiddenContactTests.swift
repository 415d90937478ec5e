import Foundation
import Testing

/// Headless output names whom to ask about a candidate whose details are hidden: tested as
/// another municipality's consultant (astrid.had, Haderslev) on Frederikshavn's candidates.
@Suite("CLI: whom to ask about a hidden candidate")
struct CLIHiddenContactTests {
    /// A Frederikshavn candidate who never consented, and Frederikshavn's consultant in users.json.
    func hiddenFrederikshavnCandidate() throws -> (id: String, ask: String) {
        let data = Harness.sharedDemo
        let people = try String(contentsOf: data.appendingPathComponent("candidates.jsonl"), encoding: .utf8).split(separator: "\n")
        let hidden = try #require(people.lazy.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .first { $0["ownerMunicipality"] as? String == "0813" && (($0["consents"] as? [Any]) ?? []).isEmpty && $0["status"] as? String == "active" })
        let users = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent("users.json"))) as? [[String: Any]])
        let mette = try #require(users.first { $0["id"] as? String == "mette.frh" })
        return (try #require(hidden["id"] as? String), "ask Mette Holm, \(try #require(mette["phone"] as? String)) (Frederikshavn")
    }

    @Test("explain and explain --contact: the hidden note names the consultant and her phone")
    func explain() throws {
        let (id, ask) = try hiddenFrederikshavnCandidate()
        for extra in [[], ["--contact"]] {
            let r = try Harness.run(["explain", "V000001", id, "--data", Harness.sharedDemo.path, "--today", "2026-11-24"] + extra,
                                    environment: ["JOBMATCH_USER": "astrid.had"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("Name and contact hidden: no consent to share — \(ask)"), "\(r.stdout)")
        }
    }

    @Test("search lists whom to ask for the hidden candidates it lists; the owning consultant sees no such line")
    func search() throws {
        let (_, ask) = try hiddenFrederikshavnCandidate()
        let args = ["search", "muni:0813", "--top", "10", "--data", Harness.sharedDemo.path, "--today", "2026-11-24"]
        let other = try Harness.run(args, environment: ["JOBMATCH_USER": "astrid.had"])
        #expect(other.status == 0 && other.stdout.contains("Details hidden for K") && other.stdout.contains(ask), "\(other.stdout)")
        let own = try Harness.run(args)
        #expect(own.status == 0 && !own.stdout.contains("Details hidden for"), "\(own.stdout)")
    }

    @Test("match lists whom to ask for the hidden candidates it ranks")
    func match() throws {
        let r = try Harness.run(["match", "V000123", "--data", Harness.sharedDemo.path, "--today", "2026-11-24"],
                                environment: ["JOBMATCH_USER": "astrid.had"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Details hidden for K") && r.stdout.contains("job centre"), "\(r.stdout)")
    }
}
