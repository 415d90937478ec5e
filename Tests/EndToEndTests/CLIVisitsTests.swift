import Foundation
import Testing

/// `jobmatch visits suggest|record|list` through the built binary on a private copy of the
/// demo (issue P7).
@Suite("CLI: visits")
struct CLIVisitsTests {
    private func run(_ dir: URL, _ args: [String]) throws -> Harness.Result {
        try Harness.run(args + ["--data", dir.path])
    }

    @Test("suggest --json ranks the cooperation's job centres, never invites the host, and names nobody")
    func suggest() throws {
        let dir = try Harness.demoCopy()
        let r = try run(dir, ["visits", "suggest", "V000008", "--today", "2026-11-24", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let hosts = try #require(out["hosts"] as? [String])
        let centres = try #require(out["centres"] as? [[String: Any]])
        let invite = try #require(out["invite"] as? [String])
        #expect(!centres.isEmpty)
        let strong = centres.map { $0["strong"] as? Int ?? -1 }
        #expect(strong == strong.sorted(by: >), "most strong candidates first")
        for code in invite {
            #expect(!hosts.contains(code))
            let c = try #require(centres.first { $0["municipality"] as? String == code })
            #expect((c["strong"] as? Int ?? 0) >= 2)
        }
        #expect(!r.stdout.contains("K0"), "counts only, no candidate ids")
    }

    @Test("record writes a joint visit to the journal and the audit log; list shows it; bad input changes nothing")
    func recordAndList() throws {
        let dir = try Harness.demoCopy()
        let before = try Data(contentsOf: dir.appendingPathComponent("journal.jsonl"))  // the demo's visits
        let demoVisits = Harness.demoJournalEntries
        let suggest = try run(dir, ["visits", "suggest", "V000008", "--today", "2026-11-24", "--json"])
        let company = try #require((try JSONSerialization.jsonObject(with: Data(suggest.stdout.utf8)) as? [String: Any])?["company"] as? String)
        let bad = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530,9999",
                                "--purpose", "recruitment", "--outcome", "x"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown municipality code '9999'"))
        let badPurpose = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530",
                                       "--purpose", "party", "--outcome", "x"])
        #expect(badPurpose.stderr.contains("recruitment, upskilling, retention, barometer"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("journal.jsonl")) == before, "refused input writes nothing")
        let ok = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530,0621",
                               "--purpose", "recruitment", "--outcome", "To pædagoger i januar", "--follow-up", "send kortliste"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Joint visit to \(company) on 2026-11-20 recorded as journal entry \(demoVisits + 1)"))
        let list = try run(dir, ["visits", "list", "--json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == demoVisits + 1)
        // Newest first: 2026-11-20 is not the newest day, so find it by its entry.
        let mine = try #require(records.first { $0["sequence"] as? Int == demoVisits + 1 })
        let visit = try #require(mine["visit"] as? [String: Any])
        #expect(visit["jobCentres"] as? [String] == ["0530", "0621"])
        #expect(visit["followUps"] as? [String] == ["send kortliste"])
        let joint = records.count { ((($0["visit"] as? [String: Any])?["jobCentres"] as? [String])?.count ?? 0) > 1 }
        let text = try run(dir, ["visits", "list"])
        #expect(text.stdout.contains("\(demoVisits + 1) visits (\(joint) joint)"), "\(text.stdout.prefix(200))")
        #expect(text.stdout.contains("To pædagoger i januar"))
        let audit = try String(contentsOf: dir.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("recruitment visit on 2026-11-20 with 0530, 0621"))
    }

    @Test("the demo's journal holds half a year of visits: every purpose, some joint, by the demo's consultants, about its companies")
    func demoHistory() throws {
        let dir = Harness.sharedDemo
        let list = try run(dir, ["visits", "list", "--json", "--user", "mette.frh"])
        #expect(list.status == 0, "\(list.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == Harness.demoJournalEntries && records.count >= 40)
        let visits = records.compactMap { $0["visit"] as? [String: Any] }
        #expect(Set(visits.compactMap { $0["purpose"] as? String }) == ["recruitment", "upskilling", "retention", "barometer"])
        #expect(visits.contains { ($0["jobCentres"] as? [String])?.count ?? 0 > 1 }, "some joint visits")
        let users = try String(contentsOf: dir.appendingPathComponent("users.json"), encoding: .utf8)
        let companies = try String(contentsOf: dir.appendingPathComponent("companies.jsonl"), encoding: .utf8)
        for (r, v) in zip(records, visits) {
            #expect(users.contains("\"id\":\"\(r["user"] as? String ?? "?")\""), "recorded by a user of the directory")
            #expect(companies.contains("\"id\":\"\(v["company"] as? String ?? "?")\""))
            #expect((v["date"] as? String ?? "9") <= "2026-11-24")
        }
        // A barometer visit quotes the answer it collected, which is in barometer.jsonl with the same company and day.
        let barometer = try String(contentsOf: dir.appendingPathComponent("barometer.jsonl"), encoding: .utf8).split(separator: "\n")
        let quoted = try #require(visits.first { $0["purpose"] as? String == "barometer" })
        let id = try #require((quoted["outcome"] as? String)?.split(separator: "(").dropFirst().first?.split(separator: ",").first)
        let answer = try #require(barometer.first { $0.contains("\"id\":\"\(id)\"") })
        #expect(answer.contains("\"company\":\"\(quoted["company"] as? String ?? "?")\"") && answer.contains("\"visitDate\":\"\(quoted["date"] as? String ?? "?")\""))
        let text = try run(dir, ["visits", "list", "--user", "mette.frh"])
        #expect(text.stdout.hasPrefix("\(records.count) visits ("), "\(text.stdout.prefix(100))")
    }
}
