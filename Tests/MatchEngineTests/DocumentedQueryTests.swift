import JobMatchCore
import MatchEngine
import Testing
import TestSupport

/// The query examples in docs/matching.md ("Search") are what a consultant copies, so each
/// must run against the shipped schema and municipality list. They are read from the
/// document, so the document cannot drift from the query language.
@Suite struct DocumentedQueryTests {
    /// Code spans of the "Search" section's term table and its quoted-name example, less
    /// the syntax placeholders (`NAME`, `L`, `a|b`) and the documented counter-example.
    static func examples() throws -> [String] {
        let text = try Bundled.text("docs/matching.md")
        let start = try #require(text.range(of: "## Search"), "docs/matching.md has a Search section")
        let section = text[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        var spans: [String] = []
        var rest = section[..<end]
        while let open = rest.firstIndex(of: "`") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "`") else { break }
            spans.append(String(rest[after..<close]))
            rest = rest[rest.index(after: close)...]
        }
        let keys = ["comp:", "lic:", "cert:", "lang:", "near:", "avail:", "jobtype:", "muni:", "occ:", "car:", "shift:", "shifts:", "\"", "hansen"]
        return spans.filter { span in
            keys.contains { span.hasPrefix($0) } && !span.contains("NAME") && !span.contains(">=L") && !span.contains("\\|")
                && span != Self.counterExample
        }
    }

    /// Shown in the document as an error (ambiguous).
    static let counterExample = "comp:\"inert gas\""

    @Test("every query example in docs/matching.md runs against the shipped schema")
    func examplesRun() throws {
        let examples = try Self.examples()
        #expect(examples.contains("comp:\"metal inert gas\">=3"), "the quoted-name example is found: \(examples)")
        #expect(examples.contains("shifts:evenings,weekends") && examples.contains("car:yes"), "the own-car and shift examples are found: \(examples)")
        #expect(examples.count >= 12, "\(examples)")
        let dataset = Dataset(schema: Bundled.schema, registry: Bundled.registry, candidates: [], vacancies: [],
                              companies: [], barometer: [])
        let index = MatchIndex(dataset: dataset)
        for query in examples {
            #expect(throws: Never.self, "\(query)") { _ = try index.search(query, top: 1, today: Day(year: 2026, month: 11, day: 24)!) }
        }
        // The documented counter-example is an error, as the document says.
        #expect(throws: QueryError.self) { _ = try index.search(Self.counterExample, top: 1, today: Day(year: 2026, month: 11, day: 24)!) }
    }
}
