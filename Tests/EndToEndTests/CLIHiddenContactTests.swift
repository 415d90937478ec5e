import Foundation
import Testing

/// Headless output names whom to ask about a candidate whose details are hidden: her own
/// consultant (every consultant the demo's candidates name is in its users.json) with her
/// phone. Tested as another municipality's consultant (astrid.had, Haderslev) on
/// Frederikshavn's candidates.
@Suite("CLI: whom to ask about a hidden candidate")
struct CLIHiddenContactTests {
    static func records(_ file: String) throws -> [[String: Any]] {
        try String(contentsOf: Harness.sharedDemo.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// "ask Torben Mortensen, +45 61 56 57 70 (Frederikshavn job centre)" for each candidate id:
    /// her own consultant in users.json, by name and phone.
    static func ownConsultants() throws -> [String: String] {
        let users = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Harness.sharedDemo.appendingPathComponent("users.json"))) as? [[String: Any]])
        let byID = Dictionary(users.map { ($0["id"] as! String, $0) }, uniquingKeysWith: { a, _ in a })
        let registry = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Harness.sharedDemo.appendingPathComponent("municipalities.json"))) as? [String: Any])
        let centres = Dictionary(((registry["municipalities"] as? [[String: Any]]) ?? []).map { ($0["code"] as! String, $0["name"] as! String) },
                                 uniquingKeysWith: { a, _ in a })
        var ask: [String: String] = [:]
        for c in try records("candidates.jsonl") {
            guard let id = c["id"] as? String, let u = byID[c["consultant"] as? String ?? ""],
                  let centre = centres[c["ownerMunicipality"] as? String ?? ""] else { continue }
            ask[id] = "ask \(u["name"]!), \(u["phone"]!) (\(centre) job centre)"
        }
        return ask
    }

    /// A Frederikshavn candidate who never consented, and whom to ask about her.
    func hiddenFrederikshavnCandidate() throws -> (id: String, ask: String) {
        let hidden = try #require(try Self.records("candidates.jsonl")
            .first { $0["ownerMunicipality"] as? String == "0813" && (($0["consents"] as? [Any]) ?? []).isEmpty && $0["status"] as? String == "active" })
        let id = try #require(hidden["id"] as? String)
        return (id, try #require(try Self.ownConsultants()[id], "\(id)'s consultant is a user"))
    }

    @Test("explain and explain --contact: the hidden note names her own consultant and her phone")
    func explain() throws {
        let (id, ask) = try hiddenFrederikshavnCandidate()
        for extra in [[], ["--contact"]] {
            let r = try Harness.run(["explain", "V000001", id, "--data", Harness.sharedDemo.path, "--today", "2026-11-24"] + extra,
                                    environment: ["JOBMATCH_USER": "astrid.had"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.contains("Name and contact hidden: no consent to share — \(ask)"), "\(r.stdout)")
        }
    }

    /// Checks that each "Details hidden for K…, K… — ask …" line names the own consultant of
    /// every candidate it lists, and returns how many candidates the lines cover.
    func expectOwnConsultants(_ output: String) throws -> Int {
        let own = try Self.ownConsultants()
        var covered = 0
        for line in output.split(separator: "\n") where line.hasPrefix("Details hidden for ") {
            let parts = line.dropFirst("Details hidden for ".count).components(separatedBy: " — ")
            for id in parts[0].components(separatedBy: ", ") {
                #expect(parts.count == 2 && own[id] == parts[1], "\(id): \(line)")
                covered += 1
            }
        }
        #expect(!output.contains("her consultant there is"), "\(output)")
        return covered
    }

    @Test("search lists her own consultant for each hidden candidate it lists; the owning consultant sees no such line")
    func search() throws {
        let args = ["search", "muni:0813", "--top", "40", "--data", Harness.sharedDemo.path, "--today", "2026-11-24"]
        let other = try Harness.run(args, environment: ["JOBMATCH_USER": "astrid.had"])
        #expect(other.status == 0, "\(other.stderr)")
        #expect(try expectOwnConsultants(other.stdout) > 0, "\(other.stdout)")
        let own = try Harness.run(args)
        #expect(own.status == 0 && !own.stdout.contains("Details hidden for"), "\(own.stdout)")
    }

    @Test("match lists her own consultant for each hidden candidate it ranks")
    func match() throws {
        let r = try Harness.run(["match", "V000123", "--data", Harness.sharedDemo.path, "--today", "2026-11-24"],
                                environment: ["JOBMATCH_USER": "astrid.had"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try expectOwnConsultants(r.stdout) > 0, "\(r.stdout)")
    }
}
