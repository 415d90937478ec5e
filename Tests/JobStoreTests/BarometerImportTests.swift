import Foundation
import JobMatchCore
import JobStore
import Testing

/// `jobmatch barometer import`: Danish spreadsheet exports in, answers appended all or
/// nothing, every problem at its line and column.
@Suite struct BarometerImportTests {
    let header = "runde;CVR;kommune;branchegruppe;dato;ansatte;jobcenter;konsulent;stilling;3 mdr;12 mdr;svær"

    func csv(_ lines: [String], bom: Bool = true, crlf: Bool = true) -> [UInt8] {
        (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(([header] + lines).joined(separator: crlf ? "\r\n" : "\n").utf8) + Array((crlf ? "\r\n" : "\n").utf8)
    }

    func problems(_ bytes: [UInt8], in dir: borrowing TempDataDirectory) -> [String] {
        do {
            _ = try dir.store.importBarometer(try BarometerCSV.parse(bytes, file: "svar.csv"))
            return []
        } catch { return error.problems.map(\.description) }
    }

    @Test func aDanishExportIsImportedAsOneAnswerPerCompanyAndRound() throws {
        let dir = try TempDataDirectory()
        let bytes = csv([
            "2026-H2;12345678;813;IND;03-09-2026;1.200;0860;\"Hansen; MJ\";welder;2,0;5;ja",
            "2026-H2;12345678;813;IND;03-09-2026;1.200;0860;\"Hansen; MJ\";care.assistant;−1;0;nej",
            ";;;;;;;;;;;",
            "2026-H1;12345678;0813;IND;15-01-2026;40;0813;;;;;",
        ].map { $0 })
        // The fixture already holds B000001 (2026-H1, company 12345678): a second answer in that round is refused.
        let refused = problems(bytes, in: dir)
        #expect(refused == ["svar.csv:5:2: company '12345678' already answered round 2026-H1 (B000001 in barometer.jsonl); one answer per company per round"])
        let before = try dir.bytes("barometer.jsonl")

        let ok = csv(Array([
            "2026-H2;12345678;813;IND;03-09-2026;1.200;0860;\"Hansen; MJ\";welder;2,0;5;ja",
            "2026-H2;12345678;813;IND;03-09-2026;1.200;0860;\"Hansen; MJ\";care.assistant;−1;0;nej",
        ]))
        let added = try dir.store.importBarometer(try BarometerCSV.parse(ok, file: "svar.csv"))
        #expect(added.map(\.id) == ["B000002"])
        let a = try #require(added.first)
        #expect(a.round == "2026-H2" && a.municipality == "0813" && a.headcount == 1200 && a.consultant == "Hansen; MJ")
        #expect(a.visitDate == Day("2026-09-03")! && a.jobCentre == "0860" && a.sizeBand == .large)
        #expect(a.needs == [LabourNeed(occupation: "welder", in3Months: 2, in12Months: 5, hardToRecruit: true),
                            LabourNeed(occupation: "care.assistant", in3Months: -1, in12Months: 0, hardToRecruit: false)])
        let loaded = try dir.store.load()
        #expect(loaded.barometer.count == 2 && loaded.barometer.last == a)
        #expect(try dir.bytes("barometer.jsonl").starts(with: before))
    }

    @Test func everyProblemIsReportedAtItsLineAndColumnAndNothingIsWritten() throws {
        let dir = try TempDataDirectory()
        let before = try dir.bytes("barometer.jsonl")
        let bytes = csv([
            "2026-H2;12345678;0813;IND;31-02-2026;12;0813;MJ;welder;2;3;ja",      // line 2: no 31 February
            "2026-H2;12345678;0813;IND;01-09-2026;12,5;0813;MJ;welder;2;3;ja",   // line 3: half a person
            "2026-H2;12345678;0813;IND;01-09-2026;12;0813;MJ;welder;2;3;måske",  // line 4: not ja/nej
        ])
        #expect(problems(bytes, in: dir) == [
            "svar.csv:2:5: visitDate: expected a date dd-mm-yyyy, found '31-02-2026'",
            "svar.csv:3:6: headcount: expected a whole number of people, found '12,5'",
            "svar.csv:4:12: hardToRecruit: expected ja or nej, found 'måske'",
        ])
        // The lines of one company and round must agree on the company's fields.
        #expect(problems(csv([
            "2026-H2;12345678;0813;IND;01-09-2026;12;0813;MJ;welder;2;3;ja",
            "2026-H2;12345678;0860;IND;01-09-2026;12;0813;MJ;care.assistant;1;1;nej",
        ]), in: dir) == ["svar.csv:3:3: municipality '0860' differs from line 2 ('0813') for company 12345678 in round 2026-H2"])
        // Once every line reads, the answers are checked against the schema and the companies.
        let semantic = csv([
            "2026-H2;12345678;0813;IND;01-09-2026;12;0813;MJ;welde;2;3;ja",
            "2026-H2;99999999;0813;IND;01-09-2026;12;0813;MJ;welder;-20;0;nej",
            "2026-Q2;11111111;0813;IND;01-09-2026;12;0813;MJ;welder;1;1;nej",
        ])
        #expect(problems(semantic, in: dir) == [
            "svar.csv:2:9: needs[0].occupation: unknown occupation 'welde' (did you mean 'welder'?)",
            "svar.csv:3:2: company: unknown company '99999999' (not in companies.jsonl)",
            "svar.csv:3:10: needs: the expected decline at 3 months (20) is larger than the headcount (12)",
            "svar.csv:4:1: round: round '2026-Q2' is not a survey round: write YYYY-H1 (January–June) or YYYY-H2 (July–December)",
            "svar.csv:4:2: company: unknown company '11111111' (not in companies.jsonl)",
        ])
        #expect(try dir.bytes("barometer.jsonl") == before)
    }

    @Test func headerAndFileShapeProblems() throws {
        let dir = try TempDataDirectory()
        #expect(problems(Array("round;company;colour\n".utf8), in: dir).first == "svar.csv:1:3: unknown column 'colour' (known: round, company, municipality, industryGroup, visitDate, headcount, jobCentre, consultant, occupation, in3Months, in12Months, hardToRecruit)")
        #expect(problems(Array("round;company\n".utf8), in: dir).contains("svar.csv:1:3: missing column 'municipality'"))
        #expect(problems(csv(["2026-H2;\"12345678;0813"]), in: dir) == ["svar.csv:2:2: a quoted field is never closed (a \" is missing)"])
        #expect(problems(csv(["2026-H2;12345678;0813;IND;01-09-2026;12;0813;MJ;welder;2;3;ja;extra"]), in: dir)
                == ["svar.csv:2:13: the line has 13 fields, the header 12"])
        #expect(problems([0xEF, 0xBB, 0xBF] + Array((header + "\n2026-H2;12345678;0813;IND;01-09-2026;12;0813;").utf8) + [0xD8] + Array(";welder;1;1;ja\n".utf8), in: dir)
                == ["svar.csv:2:1: the line is not UTF-8 text: save the file from the spreadsheet as \"CSV UTF-8\""])
        #expect(problems([], in: dir).first?.hasPrefix("svar.csv:1:1: the file is empty") == true)
    }

    @Test func danishNumbers() {
        #expect(BarometerCSV.wholeNumber("1.200") == 1200 && BarometerCSV.wholeNumber("-3") == -3 && BarometerCSV.wholeNumber("2,00") == 2)
        #expect(BarometerCSV.wholeNumber("1,5") == nil && BarometerCSV.wholeNumber("12.00") == nil && BarometerCSV.wholeNumber("") == nil)
    }
}
