import Foundation
import Testing
@testable import JobStore
import JobMatchCore
import TestSupport

/// Input a person or a broken export could hand the loader: a byte order mark, values of
/// megabytes, more problems than the report lists, and a seeded fuzz run over mutated files.
@Suite struct BadInputTests {
    let good = Fixture.line(Fixture.candidate("K000001"))

    @Test("a leading UTF-8 byte order mark is ignored, one inside the file is not")
    func byteOrderMark() throws {
        let dir = try TempDataDirectory()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let second = Fixture.line(Fixture.candidate("K000002"))
        try dir.writeBytes("candidates.jsonl", Data(bom + Array("\(good)\n\(second)\n".utf8)))
        let schema = try dir.bytes("schema.json")
        try dir.writeBytes("schema.json", Data(bom + Array(schema)))
        let data = try dir.store.load()
        #expect(data.candidates.map(\.id) == ["K000001", "K000002"])

        // A save that replaces line 1 keeps the mark and the file still loads.
        var edited = data.candidates[0]
        edited.hoursPerWeek = 20
        _ = try dir.store.save(candidate: edited, expectedVersion: 1)
        #expect(try dir.store.load().candidates.map(\.hoursPerWeek) == [20, 37])

        try dir.writeBytes("candidates.jsonl", Data(Array("\(good)\n".utf8) + bom + Array("\(second)\n".utf8)))
        expectProblem(loadProblems(dir), "candidates.jsonl", line: 2, field: "", says: "found byte 0xef")
    }

    @Test("an unknown id of 100 kB is reported at once, quoted short, without a suggestion")
    func longUnknownId() throws {
        let long = String(repeating: "weld.mig", count: 12_500)
        var c = Fixture.candidate("K000002")
        c.competences = [HeldCompetence(id: long, level: 2, years: 1)]
        c.ownerMunicipality = String(repeating: "0", count: 5_000)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [good, Fixture.line(c)])
        let problems = loadProblems(dir)
        expectProblem(problems, "candidates.jsonl", line: 2, field: "competences[0].id",
                      says: "unknown competence 'weld.migweld.mig")
        expectProblem(problems, "candidates.jsonl", line: 2, field: "competences[0].id", says: "…' (100000 bytes)")
        expectProblem(problems, "candidates.jsonl", line: 2, field: "ownerMunicipality", says: "(5000 bytes)")
        #expect(problems.allSatisfy { $0.description.utf8.count < 300 }, "\(problems.map(\.description.utf8.count))")
        #expect(!problems.contains { $0.message.contains("did you mean") })
    }

    @Test("an unknown field name of 1 MB is named short, and the suggester still finds typos")
    func longUnknownFieldName() throws {
        let name = String(repeating: "x", count: 1 << 20)
        let line = "{\"\(name)\":1," + good.dropFirst()
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [line])
        let problems = loadProblems(dir)
        #expect(problems.count == 1)
        #expect(problems.first?.description.utf8.count ?? 0 < 300)
        #expect(problems.first?.message.hasSuffix("(1048576 bytes)") == true)

        let typo = good.replacingOccurrences(of: #""consultant":"#, with: #""consultnat":"#)
        try dir.write("candidates.jsonl", [typo])
        expectProblem(loadProblems(dir), "candidates.jsonl", line: 1, field: "consultnat",
                      says: "unknown field 'consultnat' (did you mean 'consultant'?)")
    }

    @Test("the suggester gives up on values longer than any id plus two, and still corrects typos")
    func suggesterBound() {
        let s = IdSuggester(["weld.mig", "weld.tig", "forklift"])
        #expect(s.suggestion(for: "weld.mog") == "weld.mig")
        #expect(s.suggestion(for: "weld.migxx") == "weld.mig")
        #expect(s.suggestion(for: "weld.migxxx") == nil)
        #expect(s.suggestion(for: String(repeating: "a", count: 10_000_000)) == nil)
    }

    @Test("a number of 100,000 digits is named by its start and length")
    func hugeNumber() throws {
        let digits = String(repeating: "9", count: 100_000)
        let line = good.replacingOccurrences(of: #""hoursPerWeek":37"#, with: #""hoursPerWeek":\#(digits)"#)
            .replacingOccurrences(of: #""years":2.5"#, with: #""years":1e\#(digits)"#)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [line])
        let problems = loadProblems(dir)
        expectProblem(problems, "candidates.jsonl", line: 1, field: "hoursPerWeek", says: "… (100000 characters) is too large")
        expectProblem(problems, "candidates.jsonl", line: 1, field: "competences[0].years", says: "… (100002 characters) is out of range")
        #expect(problems.allSatisfy { $0.description.utf8.count < 300 })
    }

    @Test("in 5,000 different competences the one listed twice is found against its first listing")
    func manyCompetences() throws {
        var c = Fixture.candidate("K000001")
        c.competences = (0..<5_000).map { HeldCompetence(id: "c\($0)", level: 2, years: 1) }
            + [HeldCompetence(id: "c17", level: 2, years: 1)]
        let problems = RecordValidator(schema: Fixture.schema, registry: Fixture.registry).problems(in: c)
        #expect(problems.count == 5_002)
        #expect(problems.last == FieldProblem(field: "competences[5000].id",
                                              message: "competence 'c17' is listed twice (first as competences[17])"))
    }

    @Test("more than 1,000 problems: the first 1,000 are listed and the report says how many more")
    func moreThanTheCap() throws {
        let bad = (1...1_500).map { "{\"kind\":\"candidate\",\"id\":\"K\($0)\"" }  // each cut off
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", bad)
        do {
            _ = try dir.store.load()
            Issue.record("loaded")
        } catch {
            #expect(error.problems.count == 1_000)
            #expect(error.totalCount == 1_500)
            #expect(error.description.hasSuffix("… and 500 more problems (only the first 1000 are listed)"))
        }
    }

    @Test("a line with 300,000 unknown fields keeps 1,000 messages and counts the rest")
    func manyUnknownFieldsOnOneLine() throws {
        let junk = String(repeating: #""a":1,"#, count: 300_000)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", ["{" + junk + good.dropFirst()])
        do {
            _ = try dir.store.load()
            Issue.record("loaded")
        } catch {
            #expect(error.problems.count == 1_000)
            #expect(error.totalCount == 300_000)
            #expect(error.problems.allSatisfy { $0.line == 1 })
        }
    }

    // MARK: Fuzz

    @Test("fuzz: 300 seeded mutations of the record files load or name file:line, never crash")
    func fuzz() throws {
        var rng = SplitMix(seed: 20_261_124)
        let dir = try TempDataDirectory()
        let candidates = (1...12).map { Fixture.line(Fixture.candidate(String(format: "K%06d", $0))) }
        let originals: [String: [UInt8]] = [
            "candidates.jsonl": Array((candidates.joined(separator: "\n") + "\n").utf8),
            "vacancies.jsonl": Array(try dir.bytes("vacancies.jsonl")),
            "companies.jsonl": Array(try dir.bytes("companies.jsonl")),
            "barometer.jsonl": Array(try dir.bytes("barometer.jsonl")),
        ]
        var failures: [String] = []
        var rejected = 0
        for run in 0..<300 {
            let file = originals.keys.sorted()[Int(rng.next() % 4)]
            var bytes = originals[file]!
            let what = Mutation.apply(&bytes, &rng, longBytes: 200_000)
            for (name, original) in originals { try dir.writeBytes(name, Data(name == file ? bytes : original)) }
            do {
                _ = try dir.store.load()
            } catch {
                rejected += 1
                for p in error.problems where !(p.file.hasSuffix(".jsonl") && p.line >= 1) || p.description.utf8.count > 500 {
                    failures.append("run \(run) (\(what) in \(file)): \(p.description.prefix(200))")
                }
                if error.problems.isEmpty { failures.append("run \(run) (\(what) in \(file)): a LoadError without problems") }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(rejected > 200)
    }
}

/// The kinds of damage the fuzz run does to a file (tools/fuzz-validate.py does the same to
/// the demo data at full size).
enum Mutation {
    /// Damages `bytes` in one random way and says which.
    static func apply(_ bytes: inout [UInt8], _ rng: inout SplitMix, longBytes: Int) -> String {
        func at() -> Int { bytes.isEmpty ? 0 : Int(rng.next() % UInt64(bytes.count)) }
        func insert(_ new: [UInt8]) { bytes.insert(contentsOf: new, at: at()) }
        /// Replaces the value after a random `"key":` (the first byte after a colon).
        func replaceValue(_ new: [UInt8]) {
            let colons = bytes.indices.filter { bytes[$0] == UInt8(ascii: ":") }
            guard let c = colons.randomElement(using: &rng) else { return insert(new) }
            var e = c + 1
            var depth = 0
            while e < bytes.count {
                let b = bytes[e]
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { if depth == 0 { break }; depth -= 1 }
                if (b == UInt8(ascii: ",") && depth == 0) || b == 0x0A { break }
                e += 1
            }
            bytes.replaceSubrange((c + 1)..<e, with: new)
        }
        switch rng.next() % 14 {
        case 0:
            let n = 1 + Int(rng.next() % 8)
            for _ in 0..<n where !bytes.isEmpty { bytes[at()] ^= UInt8(truncatingIfNeeded: 1 << (rng.next() % 8)) }
            return "\(n) bit flips"
        case 1: bytes.removeSubrange(at()...); return "truncation"
        case 2:
            let bad: [[UInt8]] = [[0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]]
            insert(bad.randomElement(using: &rng)!); return "invalid UTF-8"
        case 3: insert([0]); return "NUL"
        case 4: bytes = [0xEF, 0xBB, 0xBF] + bytes; return "leading BOM"
        case 5: insert([0xEF, 0xBB, 0xBF]); return "BOM inside"
        case 6: bytes = bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }; return "CRLF"
        case 7:
            let numbers = ["1" + String(repeating: "0", count: 400), "-1e999999", "1e-99999", "0.0000000000000000000000001",
                           "99999999999999999999", "-9223372036854775809", "1.5", "01", "-", "1e", "NaN", "Infinity"]
            let n = numbers.randomElement(using: &rng)!
            replaceValue(Array(n.utf8)); return "number \(n.prefix(12))"
        case 8:
            replaceValue([UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "x"), count: longBytes) + [UInt8(ascii: "\"")])
            return "long string"
        case 9:
            let id = Array(repeating: UInt8(ascii: "K"), count: longBytes / 4)
            replaceValue([UInt8(ascii: "\"")] + id + [UInt8(ascii: "\"")]); return "long id"
        case 10:
            replaceValue(Array(repeating: UInt8(ascii: "["), count: 5_000)); return "deep nesting"
        case 11:
            let escapes = [#""\x""#, #""\u12""#, #""\ud800""#, #""\udc00\u0041""#, #""\"#, "\"\t\""]
            replaceValue(Array(escapes.randomElement(using: &rng)!.utf8)); return "bad escape"
        case 12:
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            guard let line = lines.randomElement(using: &rng) else { return "nothing" }
            bytes += Array(line) + [0x0A]; return "duplicated line"
        default:
            let s = at()
            bytes.replaceSubrange(s..<min(bytes.count, s + Int(rng.next() % 64)), with: [])
            return "deleted bytes"
        }
    }
}

@Suite struct ProblemLineTests {
    @Test("a problem is one line even when the value has an escaped newline or tab")
    func oneLine() throws {
        let line = Fixture.line(Fixture.candidate("K000001")).replacingOccurrences(of: #""education":"vocational""#, with: #""education":"voc\nati\u0001onal\t""#)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [line])
        let problems = loadProblems(dir)
        #expect(problems.map(\.description) == [#"candidates.jsonl:1: education: unknown education level 'voc\nati\u{1}onal\t'"#])
    }
}
