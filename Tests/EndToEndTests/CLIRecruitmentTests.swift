import Foundation
import Testing

/// `jobmatch recruitment` through the built binary, on the committed demo (properties only).
@Suite("CLI: recruitment")
struct CLIRecruitmentTests {
    private let data = Harness.sharedDemo.path

    private func run(_ args: [String]) throws -> Harness.Result {
        try Harness.run(["recruitment"] + args + ["--data", data, "--today", "2026-11-24"])
    }

    @Test("the demo has projects; show gives quotas, coverage and a pipeline that adds up")
    func listAndShow() throws {
        let list = try run(["list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        let projects = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(projects.count >= 1)
        let first = try #require((projects.first?["project"] as? [String: Any])?["id"] as? String)
        let show = try run(["show", first, "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        let s = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let positions = try #require(s["positions"] as? Int)
        let quotas = try #require(((s["project"] as? [String: Any])?["quotas"] as? [[String: Any]])?.compactMap { $0["positions"] as? Int })
        #expect(quotas.reduce(0, +) == positions)
        #expect((s["hired"] as? Int ?? -1) <= positions)
        #expect(!(s["competences"] as? [Any] ?? []).isEmpty)
        let table = try run(["show", first])
        #expect(table.stdout.contains("quota") && table.stdout.contains("required competence"))
    }

    @Test("list and show act as a user like every command: an unknown one is refused before anything is shown")
    func actsAsAUser() throws {
        let named = try Harness.run(["recruitment", "list", "--user", "astrid.had", "--json", "--data", data, "--today", "2026-11-24"],
                                    environment: ["JOBMATCH_USER": ""])
        #expect(named.status == 0 && named.stdout.contains("\"project\""), "\(named.stderr)")
        for args in [["list"], ["show", "R001"]] {
            let stranger = try run(args + ["--user", "nobody"])
            #expect(stranger.status == 1 && stranger.stderr.contains("unknown user 'nobody'") && stranger.stdout.isEmpty, "\(stranger.stderr)")
        }
        let viaEnv = try Harness.run(["recruitment", "--data", data, "--today", "2026-11-24"], environment: ["JOBMATCH_USER": "ghost"])
        #expect(viaEnv.status == 1 && viaEnv.stderr.contains("unknown user 'ghost'") && viaEnv.stdout.isEmpty, "\(viaEnv.stderr)")
    }

    @Test("an unknown project is refused with the ids that exist")
    func unknown() throws {
        let r = try run(["show", "R999"])
        #expect(r.status == 1 && r.stderr.contains("no recruitment project 'R999'") && r.stderr.contains("R001"))
    }
}
