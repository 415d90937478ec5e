import Foundation
import Testing
@testable import JobStore
import JobMatchCore

/// Finds the problem at file:line for `field`, and checks its message says `says`.
func expectProblem(_ problems: [Problem], _ file: String, line: Int, field: String, says: String,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let hit = problems.first { $0.file == file && $0.line == line && $0.field == field && $0.message.contains(says) }
    #expect(hit != nil, "no problem \(file):\(line): \(field): …\(says)… in:\n\(problems.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

/// One test per kind of bad input: each checks that loading fails and that the message
/// names the file, the line and the field.
@Suite struct LoadProblemTests {
    let good = Fixture.line(Fixture.candidate("K000001"))

    func candidates(_ lines: [String], finalNewline: Bool = true) throws -> [Problem] {
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", lines, finalNewline: finalNewline)
        return loadProblems(dir)
    }

    func vacancies(_ lines: [String]) throws -> [Problem] {
        let dir = try TempDataDirectory()
        try dir.write("vacancies.jsonl", lines)
        return loadProblems(dir)
    }

    @Test func cleanDirectoryLoads() throws {
        let dir = try TempDataDirectory()
        let data = try dir.store.load()
        #expect(data.candidates == [Fixture.candidate()])
        #expect(data.vacancies == [Fixture.vacancy()])
        #expect(data.companies == [Fixture.company()])
        #expect(data.barometer == [Fixture.answer()])
    }

    @Test func malformedJSONSaysWhatWasExpectedAndWhere() throws {
        let broken = good.replacingOccurrences(of: #""name":"#, with: #""name" "#)
        let p = try candidates([good.replacingOccurrences(of: "K000001", with: "K000002"), broken])
        let column = broken.distance(from: broken.startIndex, to: broken.range(of: #""name" "#)!.lowerBound) + 8
        expectProblem(p, "candidates.jsonl", line: 2, field: "", says: "malformed JSON at column \(column): expected ':'")
    }

    @Test func truncatedLastLineIsNamed() throws {
        let p = try candidates([good, String(good.prefix(80)).replacingOccurrences(of: "K000001", with: "K000002")],
                               finalNewline: false)
        expectProblem(p, "candidates.jsonl", line: 2, field: "", says: "line is truncated (file ends mid-record)")
        #expect(p.count == 1)
    }

    @Test func cutLineInTheMiddleIsMalformedNotTruncated() throws {
        let p = try candidates([String(good.prefix(80)), good])
        expectProblem(p, "candidates.jsonl", line: 1, field: "", says: "the line ends")
    }

    @Test func recordOfTheWrongKindIsRefused() throws {
        let p = try candidates([good, Fixture.line(Fixture.vacancy("V9"))])
        expectProblem(p, "candidates.jsonl", line: 2, field: "kind", says: "a vacancy record does not belong in candidates.jsonl")
        #expect(p.count == 1)
    }

    @Test func missingFieldIsNamed() throws {
        let p = try candidates([good.replacingOccurrences(of: #","phone":"+45 12345678""#, with: "")])
        expectProblem(p, "candidates.jsonl", line: 1, field: "phone", says: "missing field 'phone'")
    }

    @Test func extraFieldIsNamedWithSuggestion() throws {
        let p = try candidates([good.replacingOccurrences(of: #""email":"#, with: #""emial":"x","email":"#)])
        expectProblem(p, "candidates.jsonl", line: 1, field: "emial", says: "unknown field 'emial' (did you mean 'email'?)")
    }

    @Test func repeatedFieldIsNamed() throws {
        let p = try candidates([good.replacingOccurrences(of: #""email":"#, with: #""name":"x","email":"#)])
        expectProblem(p, "candidates.jsonl", line: 1, field: "name", says: "field 'name' appears twice")
    }

    @Test func wrongTypeIsNamedAndTheRestOfTheLineStillChecked() throws {
        let line = good.replacingOccurrences(of: #""hoursPerWeek":37"#, with: #""hoursPerWeek":"37""#)
            .replacingOccurrences(of: #""withdrawn":null"#, with: #""withdrawn":1"#)
            .replacingOccurrences(of: #""level":2"#, with: #""level":2.5"#)
        let p = try candidates([line])
        expectProblem(p, "candidates.jsonl", line: 1, field: "hoursPerWeek", says: "expected a whole number, found a string")
        expectProblem(p, "candidates.jsonl", line: 1, field: "consents[0].withdrawn", says: #"expected a date "YYYY-MM-DD" or null, found a number"#)
        expectProblem(p, "candidates.jsonl", line: 1, field: "competences[0].level", says: "expected a whole number, found 2.5")
    }

    @Test func duplicateIdNamesTheFirstLine() throws {
        let p = try candidates([good, Fixture.line(Fixture.candidate("K000002")), good])
        expectProblem(p, "candidates.jsonl", line: 3, field: "id", says: "duplicate candidate id 'K000001' (first on line 1)")
    }

    @Test func unknownCompetenceSuggestsTheNearestId() throws {
        let p = try candidates([good.replacingOccurrences(of: "weld.mig", with: "weld.mog")])
        expectProblem(p, "candidates.jsonl", line: 1, field: "competences[0].id",
                      says: "unknown competence 'weld.mog' (did you mean 'weld.mig'?)")
    }

    @Test func unknownSchemaIdsAreEachNamed() throws {
        let line = good
            .replacingOccurrences(of: #"["welder"]"#, with: #"["welderr"]"#)
            .replacingOccurrences(of: #""licences":["B"]"#, with: #""licences":["X"]"#)
            .replacingOccurrences(of: #""id":"truck.cert""#, with: #""id":"truk.cert""#)
            .replacingOccurrences(of: #""code":"da","level":"C2""#, with: #""code":"dk","level":"C3""#)
            .replacingOccurrences(of: #""education":"vocational""#, with: #""education":"phd""#)
            .replacingOccurrences(of: #""benefit":"kontanthjaelp""#, with: #""benefit":"kontanthjælp""#)
            .replacingOccurrences(of: #""municipality":"0860""#, with: #""municipality":"0861""#)
        let p = try candidates([line])
        let f = "candidates.jsonl"
        expectProblem(p, f, line: 1, field: "desiredOccupations[0]", says: "unknown occupation 'welderr' (did you mean 'welder'?)")
        expectProblem(p, f, line: 1, field: "licences[0]", says: "unknown driving licence 'X'")
        expectProblem(p, f, line: 1, field: "certificates[0].id", says: "unknown certificate 'truk.cert' (did you mean 'truck.cert'?)")
        expectProblem(p, f, line: 1, field: "languages[0].code", says: "unknown language 'dk'")
        expectProblem(p, f, line: 1, field: "languages[0].level", says: "unknown CEFR level 'C3'")
        expectProblem(p, f, line: 1, field: "education", says: "unknown education level 'phd'")
        expectProblem(p, f, line: 1, field: "benefit", says: "unknown benefit type 'kontanthjælp' (did you mean 'kontanthjaelp'?)")
        expectProblem(p, f, line: 1, field: "municipality", says: "unknown municipality '0861'")
    }

    @Test func levelOutsideTheSchemasLevels() throws {
        let p = try candidates([good.replacingOccurrences(of: #""level":2"#, with: #""level":7"#)])
        expectProblem(p, "candidates.jsonl", line: 1, field: "competences[0].level", says: "level 7 is outside 1–4")
    }

    @Test func badAndImpossibleDates() throws {
        let p = try candidates([
            good.replacingOccurrences(of: "2026-03-01", with: "2026-02-30"),
            Fixture.line(Fixture.candidate("K2")).replacingOccurrences(of: "2025-06-01", with: "1/6/2025"),
        ])
        expectProblem(p, "candidates.jsonl", line: 1, field: "availableFrom", says: "'2026-02-30' is not a real date")
        expectProblem(p, "candidates.jsonl", line: 2, field: "unemployedSince", says: "'1/6/2025' is not a date YYYY-MM-DD")
    }

    @Test func statusOutsideTheEnum() throws {
        let p = try candidates([good.replacingOccurrences(of: #""status":"active""#, with: #""status":"retired""#)])
        expectProblem(p, "candidates.jsonl", line: 1, field: "status", says: "unknown status 'retired' (expected active, paused or placed)")
    }

    @Test func vacancyChecks() throws {
        let v = Fixture.line(Fixture.vacancy())
        let p = try vacancies([
            v.replacingOccurrences(of: #""expiryDate":"2026-03-01""#, with: #""expiryDate":"2026-01-01""#),
            Fixture.line(Fixture.vacancy("V2")).replacingOccurrences(of: #""positions":2"#, with: #""positions":0"#)
                .replacingOccurrences(of: #""hoursPerWeek":37"#, with: #""hoursPerWeek":-5"#),
            Fixture.line(Fixture.vacancy("V3", company: "99999999")).replacingOccurrences(of: "ordinary", with: "ordinary.job")
                .replacingOccurrences(of: #""status":"open""#, with: #""status":"opened""#),
        ])
        let f = "vacancies.jsonl"
        expectProblem(p, f, line: 1, field: "expiryDate", says: "the ad expires 2026-01-01, before it was posted 2026-02-01")
        expectProblem(p, f, line: 2, field: "positions", says: "positions must be 1 or more, found 0")
        expectProblem(p, f, line: 2, field: "hoursPerWeek", says: "hours per week -5 is outside 1–80")
        expectProblem(p, f, line: 3, field: "status", says: "unknown status 'opened'")
        // Line 3 is reported for its status first; with a valid status, the company and job type:
        let q = try vacancies([Fixture.line(Fixture.vacancy("V3", company: "99999999")).replacingOccurrences(of: "ordinary", with: "ordinary.job")])
        expectProblem(q, f, line: 1, field: "company", says: "unknown company '99999999' (not in companies.jsonl)")
        expectProblem(q, f, line: 1, field: "jobType", says: "unknown job type 'ordinary.job'")
    }

    @Test func companyAndBarometerChecks() throws {
        let dir = try TempDataDirectory()
        try dir.write("companies.jsonl", [Fixture.line(Fixture.company()).replacingOccurrences(of: #""IND""#, with: #""INX""#)])
        try dir.write("barometer.jsonl", [Fixture.line(Fixture.answer(company: "11111111")).replacingOccurrences(of: #""welder""#, with: #""welde""#)])
        let p = loadProblems(dir)
        expectProblem(p, "companies.jsonl", line: 1, field: "industryGroup", says: "unknown industry group 'INX' (did you mean 'IND'?)")
        expectProblem(p, "barometer.jsonl", line: 1, field: "company", says: "unknown company '11111111'")
        expectProblem(p, "barometer.jsonl", line: 1, field: "needs[0].occupation", says: "unknown occupation 'welde' (did you mean 'welder'?)")
    }

    @Test func allProblemsAcrossFilesAreReportedInOrderAndNothingLoads() throws {
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [
            good.replacingOccurrences(of: #""level":2"#, with: #""level":9"#),
            Fixture.line(Fixture.candidate("K2")),
            "{not json",
            Fixture.line(Fixture.candidate("K3")).replacingOccurrences(of: "0860", with: "9999"),
        ])
        try dir.write("vacancies.jsonl", [Fixture.line(Fixture.vacancy()).replacingOccurrences(of: #""positions":2"#, with: #""positions":-1"#)])
        var loaded: Dataset?
        var problems: [Problem] = []
        do { loaded = try dir.store.load() } catch { problems = error.problems }
        #expect(loaded == nil)
        #expect(problems.map(\.file) == ["candidates.jsonl", "candidates.jsonl", "candidates.jsonl", "candidates.jsonl", "vacancies.jsonl"])
        #expect(problems.map(\.line) == [1, 3, 4, 4, 1])
    }

    @Test func problemListIsCappedWithACountOfTheRest() throws {
        let dir = try TempDataDirectory()
        let bad = (0..<1_500).map { i in Fixture.line(Fixture.candidate("K\(i)")).replacingOccurrences(of: #""level":2"#, with: #""level":0"#) }
        try dir.write("candidates.jsonl", bad)
        do {
            _ = try dir.store.load()
            Issue.record("a directory with 1,500 bad lines loaded")
        } catch {
            #expect(error.problems.count == LoadError.cap)
            #expect(error.totalCount == 1_500)
            #expect(error.problems.last?.line == 1_000)
            #expect(error.description.hasSuffix("… and 500 more problems (only the first 1000 are listed)"))
            #expect(error.description.split(separator: "\n").count == 1_001)
        }
    }

    @Test func brokenSchemaIsReportedByFieldPath() throws {
        let dir = try TempDataDirectory()
        try Data(Fixture.schemaJSON.replacingOccurrences(of: #""cefrLevels""#, with: #""cefr""#).utf8)
            .write(to: dir.url.appendingPathComponent("schema.json"))
        let p = loadProblems(dir)
        expectProblem(p, "schema.json", line: 0, field: "cefrLevels", says: "missing field 'cefrLevels'")
    }

    @Test func leftoverTempFilesAreIgnored() throws {
        let dir = try TempDataDirectory()
        try dir.write(".candidates.jsonl.tmp-1-2", ["{half a rec"], finalNewline: false)
        #expect(try dir.store.load().candidates.count == 1)
    }
}
