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
}
