import Foundation
import JobMatchCore
import JobStore
import Testing
import TestSupport

/// The example records in docs/data-format.md are what a reader copies to start a data
/// file, so they must load against the shipped schema and municipality list. The lines
/// are read from the document itself, so the document cannot drift from the program.
@Suite struct DocumentedExamplesTests {
    /// The lines of the first ```json block after "Example lines" in docs/data-format.md.
    static func exampleLines() throws -> [String] {
        let lines = try Bundled.text("docs/data-format.md").components(separatedBy: "\n")
        let intro = try #require(lines.firstIndex { $0.hasPrefix("Example lines") }, "docs/data-format.md has example lines")
        let open = try #require(lines[intro...].firstIndex(of: "```json"))
        let close = try #require(lines[(open + 1)...].firstIndex(of: "```"))
        return Array(lines[(open + 1)..<close])
    }

    @Test("the example records in docs/data-format.md load without a problem")
    func examplesLoad() throws {
        let lines = try Self.exampleLines()
        let files: [(kind: String, file: String)] = [
            ("candidate", "candidates.jsonl"), ("vacancy", "vacancies.jsonl"),
            ("company", "companies.jsonl"), ("barometer", "barometer.jsonl"),
        ]
        // One example of every record kind.
        for (kind, _) in files {
            #expect(lines.contains { $0.hasPrefix("{\"kind\":\"\(kind)\"") }, "an example \(kind) line")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jobmatch-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["schema.json", "municipalities.json"] {
            try Data(contentsOf: Bundled.repositoryRoot.appendingPathComponent("data/\(name)")).write(to: dir.appendingPathComponent(name))
        }
        for (kind, file) in files {
            let text = lines.filter { $0.hasPrefix("{\"kind\":\"\(kind)\"") }.map { $0 + "\n" }.joined()
            try Data(text.utf8).write(to: dir.appendingPathComponent(file))
        }
        // Private, as jobmatch requires of a directory holding personal data.
        chmod(dir.path, 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) { chmod(dir.appendingPathComponent(name).path, 0o600) }
        do {
            let data = try DataStore.load(from: dir)
            #expect(data.candidates.count == 1 && data.vacancies.count == 2 && data.companies.count == 1 && data.barometer.count == 1)
            // The second vacancy shows the optional fields (issue #11): a home-care round in her own car.
            #expect(data.vacancies.map(\.car) == [.none, .driving])
            #expect(data.vacancies.map(\.workingHours) == [[], [.evening, .weekend]])
        } catch {
            Issue.record("docs/data-format.md's example lines do not load:\n\(error)")
        }
    }
}
