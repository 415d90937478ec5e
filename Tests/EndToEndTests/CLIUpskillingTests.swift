import Foundation
import Testing

/// `jobmatch upskilling` through the built binary, on a private copy of the demo.
@Suite("CLI: upskilling")
struct CLIUpskillingTests {
    private func run(_ args: [String], _ dir: URL, user: String = "mette.frh") throws -> Harness.Result {
        try Harness.run(["upskilling"] + args + ["--data", dir.path, "--today", "2026-11-24"], environment: ["JOBMATCH_USER": user])
    }

    @Test("the demo's proposals name catalogue courses; enrolling is journalled and audited, a second time refused")
    func listAndEnrol() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let list = try run(["--json"], dir)
        #expect(list.status == 0, "\(list.stderr)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let proposals = try #require(plan["proposals"] as? [[String: Any]])
        #expect(!proposals.isEmpty)
        // A proposal with a course and a participant from Frederikshavn (mette.frh's own municipality).
        var pick: (course: String, candidate: String)?
        for p in proposals {
            guard let course = (p["courses"] as? [[String: Any]])?.first?["course"] as? String else { continue }
            if let k = (p["participants"] as? [[String: Any]])?.first(where: { $0["municipality"] as? String == "0813" })?["candidate"] as? String {
                pick = (course, k); break
            }
        }
        let (course, candidate) = try #require(pick)
        let enrol = try run(["enrol", course, candidate], dir)
        #expect(enrol.status == 0, "\(enrol.stderr)")
        #expect(enrol.stdout.contains("\(candidate) enrolled on \(course)"))
        let again = try run(["enrol", course, candidate], dir)
        #expect(again.status == 1 && again.stderr.contains("already enrolled on course \(course)"), "\(again.stderr)")
        let audit = try String(contentsOf: dir.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("enrol on course \(course)"))
        let table = try run([], dir)
        #expect(table.status == 0 && table.stdout.contains("Joint upskilling on 2026-11-24"))
        let after = try run(["--json"], dir)
        #expect(after.stdout.contains("\"enrolled\" : 1"))
    }

    @Test("the list acts as a user like every command: --user or $JOBMATCH_USER, an unknown one refused before anything is shown")
    func listActsAsAUser() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let named = try run(["list", "--user", "astrid.had", "--json"], dir, user: "")
        #expect(named.status == 0 && named.stdout.contains("\"proposals\""), "\(named.stderr)")
        let stranger = try run(["list", "--user", "nobody"], dir)
        #expect(stranger.status == 1 && stranger.stderr.contains("unknown user 'nobody'") && stranger.stdout.isEmpty, "\(stranger.stderr)")
        let viaEnv = try run(["--json"], dir, user: "ghost")
        #expect(viaEnv.status == 1 && viaEnv.stderr.contains("unknown user 'ghost'") && viaEnv.stdout.isEmpty, "\(viaEnv.stderr)")
        let outside = try run(["list", "--municipality", "0101"], dir)
        #expect(outside.status == 1 && outside.stderr.contains("0101 København is outside the cooperation"), "\(outside.stderr)")
    }

    @Test("unknown courses and other municipalities' candidates without consent are refused")
    func refusals() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let before = try Data(contentsOf: dir.appendingPathComponent("journal.jsonl"))  // the demo's visits
        let unknown = try run(["enrol", "C9999", "K000001"], dir)
        #expect(unknown.status == 1 && unknown.stderr.contains("no course with id 'C9999'"))
        // A candidate of another job centre who did not consent.
        let lines = try String(contentsOf: dir.appendingPathComponent("candidates.jsonl"), encoding: .utf8).split(separator: "\n")
        let other = try #require(lines.first { $0.contains("\"ownerMunicipality\":\"0860\"") && $0.contains("\"consents\":[]") })
        let id = String(other.split(separator: "\"")[7])
        let refused = try run(["enrol", "C0001", id], dir)
        #expect(refused.status == 1 && refused.stderr.contains("has not consented to sharing"), "\(refused.stderr) \(id)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("journal.jsonl")) == before, "a refusal writes nothing")
    }
}
