import Foundation
import Testing

/// `jobmatch validate` on bad input, as a user runs it.
@Suite struct CLIInputTests {
    @Test("validate with 1,500 problems lists 1,000, says how many more, and counts them all")
    func moreProblemsThanListed() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let bad = (1...1_500).map { "{\"kind\":\"candidate\",\"id\":\"K\($0)\"\n" }.joined()
        try Harness.handEdit(dir, "candidates.jsonl", Data(bad.utf8))
        let r = try Harness.run(["validate", "--data", dir.path])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("candidates.jsonl:") }.count == 1_000)
        #expect(lines.last == "… and 500 more problems (only the first 1000 are listed)", "\(r.stdout.suffix(300))")
        #expect(r.stderr.contains("1500 problems; nothing was loaded."), "\(r.stderr)")
    }

    @Test("validate accepts record files that start with a byte order mark")
    func byteOrderMark() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        for name in ["candidates.jsonl", "vacancies.jsonl", "schema.json"] {
            try Harness.handEdit(dir, name, Data([0xEF, 0xBB, 0xBF] + Array(try Data(contentsOf: dir.appendingPathComponent(name)))))
        }
        let r = try Harness.run(["validate", "--data", dir.path])
        #expect(r.status == 0, "\(r.stdout.prefix(500))\(r.stderr)")
        #expect(r.stdout.contains("3000"))
    }
}
