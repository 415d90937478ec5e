import Foundation
import Testing

/// `jobmatch barometer`, its report and its import, through the built binary on a copy of the demo.
@Suite("CLI: barometer")
struct CLIBarometerTests {
    @Test("barometer prints the joint overview, one municipality as JSON, and refuses an unknown round")
    func show() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Harness.run(["barometer", "--data", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        for text in ["Job barometer 2026-H2", "Per industry group", "15 Sundhed og socialvæsen", "Municipalities side by side", "Hjørring (0860)"] {
            #expect(r.stdout.contains(text), "\(text)")
        }
        let j = try Harness.run(["barometer", "--data", dir.path, "--municipality", "0860", "--round", "2026-H1", "--json"])
        #expect(j.status == 0, "\(j.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as? [String: Any])
        let overview = try #require(json["overview"] as? [String: Any])
        #expect(overview["scope"] as? String == "0860" && overview["round"] as? String == "2026-H1")
        #expect((overview["groups"] as? [Any])?.count == 16)
        #expect(json["rounds"] as? [String] == ["2025-H2", "2026-H1", "2026-H2"])
        let bad = try Harness.run(["barometer", "--data", dir.path, "--round", "2024-H1"])
        #expect(bad.status == 1 && bad.stderr.contains("no answers for round 2024-H1 (rounds with answers: 2025-H2, 2026-H1, 2026-H2)"))
    }

    @Test("barometer report writes one private, self-contained page with a chart per industry group and scope")
    func report() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let out = dir.deletingLastPathComponent().appendingPathComponent("barometer.html")
        let r = try Harness.run(["barometer", "report", "--data", dir.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let html = try String(contentsOf: out, encoding: .utf8)
        let charts = html.components(separatedBy: "<svg class=\"chart\"").dropFirst()
        // The joint overview and 12 municipalities, 16 industry groups each.
        #expect(charts.count == 13 * 16)
        for group in (1...16).map({ String(format: "%02d", $0) }) {
            #expect(charts.filter { $0.hasPrefix(" data-scope=") && $0.contains("data-group=\"\(group)\"") }.count == 13, "\(group)")
        }
        #expect(!html.contains("<script") && !html.contains("href="))
    }

    @Test("barometer import reports FILE:LINE:COLUMN and writes nothing until the whole file is valid")
    func importCSV() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let companyLine = try String(contentsOf: dir.appendingPathComponent("companies.jsonl"), encoding: .utf8).split(separator: "\n")[0]
        let company = try #require(try JSONSerialization.jsonObject(with: Data(companyLine.utf8)) as? [String: Any])
        let id = try #require(company["id"] as? String), group = try #require(company["industryGroup"] as? String)
        let site = try #require((company["municipalities"] as? [String])?.first)
        let header = "runde;cvr;kommune;branchegruppe;dato;ansatte;jobcenter;konsulent;stilling;3 mdr;12 mdr;svær"
        let csv = dir.deletingLastPathComponent().appendingPathComponent("svar.csv")
        let before = try Data(contentsOf: dir.appendingPathComponent("barometer.jsonl"))

        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("\(header)\r\n2027-H1;\(id);\(site);\(group);32-01-2027;12;\(site);MJ;occ.nurse;2;3;ja\r\n".utf8)).write(to: csv)
        let bad = try Harness.run(["barometer", "import", "--data", dir.path, csv.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\(csv.path):2:5: visitDate: expected a date dd-mm-yyyy, found '32-01-2027'"), "\(bad.stderr)")
        #expect(try Data(contentsOf: dir.appendingPathComponent("barometer.jsonl")) == before)

        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("\(header)\r\n2027-H1;\(id);\(site);\(group);15-01-2027;1.200;\(site);MJ;occ.nurse;2;3,0;ja\r\n".utf8)).write(to: csv)
        let ok = try Harness.run(["barometer", "import", "--data", dir.path, csv.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Imported 1 answer (B"), "\(ok.stdout)")
        #expect(try Harness.run(["validate", "--data", dir.path]).status == 0)
        let again = try Harness.run(["barometer", "import", "--data", dir.path, csv.path])
        #expect(again.status == 1 && again.stderr.contains("\(csv.path):2:2: company '\(id)' already answered round 2027-H1"), "\(again.stderr)")
        let shown = try Harness.run(["barometer", "--data", dir.path, "--round", "2027-H1", "--json"])
        #expect(shown.status == 0 && shown.stdout.contains("\"round\" : \"2027-H1\""), "\(shown.stderr)")
        let audit = try Harness.run(["audit", "show", "--data", dir.path])
        #expect(audit.stdout.contains("change  barometer B") && audit.stdout.contains("imported 1 answer from svar.csv"), "\(audit.stdout)")
    }
}
