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
        let suggest = try run(dir, ["visits", "suggest", "V000008", "--today", "2026-11-24", "--json"])
        let company = try #require((try JSONSerialization.jsonObject(with: Data(suggest.stdout.utf8)) as? [String: Any])?["company"] as? String)
        let bad = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530,9999",
                                "--purpose", "recruitment", "--outcome", "x"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown municipality code '9999'"))
        let badPurpose = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530",
                                       "--purpose", "party", "--outcome", "x"])
        #expect(badPurpose.stderr.contains("recruitment, upskilling, retention, barometer"))
        let journal = (try? String(contentsOf: dir.appendingPathComponent("journal.jsonl"), encoding: .utf8)) ?? ""
        #expect(journal.isEmpty, "refused input writes nothing")
        let ok = try run(dir, ["visits", "record", company, "--date", "2026-11-20", "--centres", "0530,0621",
                               "--purpose", "recruitment", "--outcome", "To pædagoger i januar", "--follow-up", "send kortliste"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Joint visit to \(company) on 2026-11-20 recorded as journal entry 1"))
        let list = try run(dir, ["visits", "list", "--json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 1)
        let visit = try #require(records.first?["visit"] as? [String: Any])
        #expect(visit["jobCentres"] as? [String] == ["0530", "0621"])
        #expect(visit["followUps"] as? [String] == ["send kortliste"])
        let text = try run(dir, ["visits", "list"])
        #expect(text.stdout.contains("1 visit (1 joint)"))
        let audit = try String(contentsOf: dir.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("recruitment visit on 2026-11-20 with 0530, 0621"))
    }
}
