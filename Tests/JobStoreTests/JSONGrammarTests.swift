import Foundation
import Testing
@testable import JobStore
import JobMatchCore

/// The reader holds every value to the JSON grammar, whether it reads the value (a known
/// field) or skips it (an unknown field, a value of the wrong type): nst/JSONTestSuite's
/// `n_` cases are rejected as malformed wherever they sit in a line, its `y_` cases are
/// accepted as the value of an unknown field.
///
/// The suite is read from `../shared/json-test-suite` next to the repository (CI has it at
/// the same place).
@Suite struct JSONGrammarTests {
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/json-test-suite/test_parsing")

    static func cases(_ prefix: String) throws -> [(name: String, bytes: [UInt8])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: suite.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, Array(try Data(contentsOf: suite.appendingPathComponent($0)))) }
    }

    let good = Array(Fixture.line(Fixture.candidate("K000001")).utf8)

    /// The good line with `value` put in three places: as the value of the known string
    /// field `name`, and as the value of an unknown field first and last in the record.
    func placements(of value: [UInt8]) -> [(String, [UInt8])] {
        let line = Fixture.line(Fixture.candidate("K000002"))
        let name = #""name":"Søren Ærø""#
        let before = Array(line[..<line.range(of: name)!.lowerBound].utf8)
        let after = Array(line[line.range(of: name)!.upperBound...].utf8)
        return [
            ("as the known field name", before + Array(#""name":"#.utf8) + value + after),
            ("as an unknown field first", Array(#"{"zz":"#.utf8) + value + [UInt8(ascii: ",")] + Array(line.utf8.dropFirst())),
            ("as an unknown field last", Array(line.utf8.dropLast()) + Array(#","zz":"#.utf8) + value + [UInt8(ascii: "}")]),
        ]
    }

    static let validator = RecordValidator(schema: Fixture.schema, registry: Fixture.registry)

    /// The problems of a candidates file holding a good line and `line`, read in memory
    /// by the loader's reader and checks.
    func load(_ line: [UInt8]) throws -> [Problem] {
        do {
            _ = try JSONLinesDecoding.candidates(good + [0x0A] + line + [0x0A], validator: Self.validator)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("every n_ case of JSONTestSuite is malformed JSON as a known or an unknown field's value")
    func invalidCasesAreRejected() throws {
        let cases = try Self.cases("n_")
        try #require(cases.count >= 180, "JSONTestSuite not found at \(Self.suite.path)")
        var accepted: [String] = []
        for (name, bytes) in cases {
            for (where_, line) in placements(of: bytes) {
                let problems = try load(line)
                let syntax = problems.contains {
                    $0.file == "candidates.jsonl" && $0.line >= 2 && $0.field.isEmpty
                        && ($0.message.hasPrefix("malformed JSON at column") || $0.message.hasPrefix("unexpected text after the end"))
                }
                if !syntax { accepted.append("\(name) \(where_): \(problems.map(\.description))") }
            }
        }
        #expect(accepted.isEmpty, "not reported as malformed:\n\(accepted.joined(separator: "\n"))")
    }

    @Test("every y_ case of JSONTestSuite is accepted as the value of an unknown field")
    func validCasesAreSkipped() throws {
        let cases = try Self.cases("y_")
        try #require(cases.count >= 90, "JSONTestSuite not found at \(Self.suite.path)")
        var refused: [String] = []
        for (name, raw) in cases {
            // A record is one line; newlines between tokens are whitespace like spaces.
            let bytes = raw.map { $0 == 0x0A ? 0x20 : $0 }
            for (where_, line) in placements(of: bytes).dropFirst() {
                let problems = try load(line)
                if problems.count != 1 || problems[0].message != "unknown field 'zz'" {
                    refused.append("\(name) \(where_): \(problems.map(\.description))")
                }
            }
        }
        #expect(refused.isEmpty, "refused:\n\(refused.joined(separator: "\n"))")
    }

    @Test("a bad escape in an unknown field is malformed JSON, not only an unknown field")
    func badEscapeInUnknownField() throws {
        let line = Array(Fixture.line(Fixture.candidate("K000002")).utf8.dropLast()) + Array(#","zz":"\x"}"#.utf8)
        let problems = try load(line)
        expectProblem(problems, "candidates.jsonl", line: 2, field: "", says: "unknown escape '\\x'")
    }

    @Test("invalid UTF-8 in an unknown field's name or a skipped value is malformed JSON")
    func invalidUTF8WhenSkipping() throws {
        let line = Fixture.line(Fixture.candidate("K000002"))
        let badName = Array(#"{"z"#.utf8) + [0xFF] + Array(#"":1,"#.utf8) + Array(line.utf8.dropFirst())
        expectProblem(try load(badName), "candidates.jsonl", line: 2, field: "", says: "string is not valid UTF-8")
        let badValue = Array(line.utf8.dropLast()) + Array(#","zz":["a"#.utf8) + [0xC3, 0x28] + Array(#""]}"#.utf8)
        expectProblem(try load(badValue), "candidates.jsonl", line: 2, field: "", says: "string is not valid UTF-8")
    }

    @Test("a save refuses a file whose skipped values break the grammar")
    func saveChecksSkippedValues() throws {
        let dir = try TempDataDirectory()
        let line = Fixture.line(Fixture.candidate("K000002")).replacingOccurrences(of: #""name":"Søren Ærø""#, with: #""name":"S\qren""#)
        try dir.write("candidates.jsonl", [Fixture.line(Fixture.candidate("K000001")), line])
        #expect(throws: StoreError.self) {
            try dir.store.save(candidate: Fixture.candidate("K000003"), expectedVersion: 0)
        }
    }
}
