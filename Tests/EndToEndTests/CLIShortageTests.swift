import Foundation
import Testing

/// `jobmatch shortage` through the built binary, on the committed demo (properties only:
/// the demo's counts change when the generator does).
@Suite("CLI: shortage")
struct CLIShortageTests {
    private let data = Harness.sharedDemo.path

    private func run(_ args: [String]) throws -> Harness.Result {
        try Harness.run(["shortage"] + args + ["--data", data, "--today", "2026-11-24"])
    }

    @Test("--json gives each balance's demand as open positions plus hires, the same on every run")
    func json() throws {
        let a = try run(["--json"]), b = try run(["--json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let top = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        #expect(top["horizonDays"] as? Int == 91)
        let balances = try #require(top["balances"] as? [[String: Any]])
        #expect(!balances.isEmpty)
        let statuses = Set(balances.compactMap { $0["status"] as? String })
        #expect(statuses.isSubset(of: ["shortage", "paradox", "good-prospects", "fewer-prospects"]))
        for b in balances {
            let open = try #require(b["openPositions"] as? Int), hires = try #require(b["expectedHires"] as? Int)
            #expect(b["demand"] as? Int == open + hires)
            let status = b["status"] as? String
            if status == "shortage" || status == "paradox" {
                #expect(b["cause"] is String)
                #expect((b["supply"] as? Int ?? 0) < open + hires)
            }
        }
        // Without --municipality: the cooperations, then the municipal shortages.
        #expect(balances.contains { $0["areaKind"] as? String == "cooperation" })
    }

    @Test("shortage's expected hires are `jobmatch barometer`'s 3-month hires for the same occupation and municipality")
    func sameHiresAsTheBarometer() throws {
        for code in ["0813", "0851", "0630"] {
            let s = try run(["--municipality", code, "--all", "--json"])
            #expect(s.status == 0, "\(s.stderr)")
            let b = try Harness.run(["barometer", "--municipality", code, "--json", "--data", data, "--user", "mette.frh"])
            #expect(b.status == 0, "\(b.stderr)")
            let shortage = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
            let barometer = try #require(try JSONSerialization.jsonObject(with: Data(b.stdout.utf8)) as? [String: Any])
            let overview = try #require(barometer["overview"] as? [String: Any])
            var hires: [String: Int] = [:]
            for row in try #require(overview["occupations"] as? [[String: Any]]) {
                let figure = try #require(row["in3Months"] as? [String: Any])
                hires[try #require(row["key"] as? String)] = try #require(figure["hires"] as? Int)
            }
            #expect(hires.values.contains { $0 > 0 }, "the demo's barometer expects hires in \(code)")
            let balances = try #require(shortage["balances"] as? [[String: Any]])
            var seen: Set<String> = []
            for row in balances {
                let occupation = try #require(row["occupation"] as? String)
                let open = try #require(row["openPositions"] as? Int), expected = try #require(row["expectedHires"] as? Int)
                #expect(expected == hires[occupation] ?? 0, "\(occupation) in \(code): shortage \(expected), barometer \(hires[occupation] ?? 0)")
                #expect(row["demand"] as? Int == open + expected)
                seen.insert(occupation)
            }
            // Every occupation the barometer expects hires for is in the shortage table.
            #expect(hires.filter { $0.value > 0 }.keys.allSatisfy(seen.contains), "\(code)")
        }
    }

    @Test("--municipality shows one municipality's table, and never a candidate")
    func municipality() throws {
        let r = try run(["--municipality", "0813"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Frederikshavn (0813)"))
        #expect(r.stdout.contains("status") && r.stdout.contains("bottleneck"))
        #expect(!r.stdout.contains("K0"))
        let cooperation = try run(["--municipality", "vendsyssel", "--json"])
        #expect(cooperation.status == 0)
        #expect(cooperation.stdout.contains("\"area\" : \"vendsyssel\""))
    }

    @Test("an unknown area is refused with the codes that exist")
    func unknown() throws {
        let r = try run(["--municipality", "9999"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("'9999' is not a participating municipality or cooperation"))
        #expect(r.stderr.contains("0813"))
    }

    @Test("shortage acts as a user like every command: an unknown one is refused before anything is shown")
    func actsAsAUser() throws {
        let stranger = try run(["--user", "nobody"])
        #expect(stranger.status == 1 && stranger.stderr.contains("unknown user 'nobody'") && stranger.stdout.isEmpty, "\(stranger.stderr)")
        let viaEnv = try Harness.run(["shortage", "--data", data, "--today", "2026-11-24"], environment: ["JOBMATCH_USER": "ghost"])
        #expect(viaEnv.status == 1 && viaEnv.stderr.contains("unknown user 'ghost'") && viaEnv.stdout.isEmpty, "\(viaEnv.stderr)")
        let named = try run(["--user", "astrid.had", "--json"])
        #expect(named.status == 0, "\(named.stderr)")
    }
}
