import Foundation
import Testing

/// The headless commands on real files, through the built binary.
@Suite("CLI: data directory commands")
struct CLIDataTests {
    @Test("the committed data/demo is exactly what the documented generate command writes")
    func demoIsReproducible() throws {
        let out = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try Harness.run(["generate", "--seed", "2026", "--today", "2026-11-24",
                                 "--candidates", "3000", "--vacancies", "450", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let demo = Harness.repoRoot.appendingPathComponent("data/demo")
        let files = try FileManager.default.contentsOfDirectory(atPath: demo.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(files.contains("candidates.jsonl") && files.contains("schema.json"))
        for file in files {
            let committed = try Data(contentsOf: demo.appendingPathComponent(file))
            let generated = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(committed == generated, "\(file) differs from what `jobmatch generate` writes; regenerate data/demo")
        }
    }

    @Test("validate accepts the demo and counts its records")
    func validateDemo() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Harness.run(["validate", "--data", dir.path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("candidates") && r.stdout.contains("3000"))
        #expect(r.stdout.contains("0813 Frederikshavn"))
    }

    @Test("validate reports every problem as file:line: field and exits 1, changing nothing")
    func validateBroken() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let file = dir.appendingPathComponent("candidates.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "\"level\":", with: "\"level\":9", options: [], range: lines[1].range(of: "\"level\":"))
        lines[4] = "{\"kind\":\"candidate\",\"id\":"   // malformed JSON
        let broken = lines.joined(separator: "\n")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0o600)   // as an editor keeps the mode of the file it replaces
        let r = try Harness.run(["validate", "--data", dir.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("candidates.jsonl:2:"), "\(r.stdout)")
        #expect(r.stdout.contains("candidates.jsonl:5:"), "\(r.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == broken, "validate must not touch the files")
    }

    @Test("init --demo makes a private directory: 0700, files 0600")
    func initIsPrivate() throws {
        let dir = try Harness.temporaryDirectory().appendingPathComponent("fresh")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let r = try Harness.run(["init", "--demo", "--data", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Set up \(dir.path) with demo data"))
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700, "a personal data directory is private")
        let fileAttributes = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("candidates.jsonl").path)
        #expect((fileAttributes[.posixPermissions] as? Int) == 0o600)
        let stats = try Harness.run(["stats", "--data", dir.path])
        #expect(stats.status == 0 && stats.stdout.contains("0860 Hjørring"))
    }

    @Test("stats --json is machine-readable and stable")
    func statsJSON() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let a = try Harness.run(["stats", "--data", dir.path, "--json"])
        let b = try Harness.run(["stats", "--data", dir.path, "--json"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let json = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any]
        let groups = json?["perIndustryGroup"] as? [[String: Any]]
        #expect(groups?.count == 16)
    }
}
