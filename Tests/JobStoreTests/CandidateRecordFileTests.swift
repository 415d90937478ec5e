import Foundation
import Testing
@testable import JobStore
import JobMatchCore

/// The richer candidate record in `candidates.jsonl`: it survives a write and a load, and
/// each kind of wrong date or id is reported as `candidates.jsonl:LINE: field: what is wrong`.
@Suite struct CandidateRecordFileTests {
    static func rich() -> Candidate {
        var c = Fixture.candidate()
        c.birthDate = Fixture.day("1985-04-17")
        c.educations = [
            Education(kind: .svendebrev, title: "Smed (svendebrev)", level: "vocational", year: 2006),
            Education(kind: .degree, title: "Welding engineer", level: "vocational", year: 2010, country: "PL", recognised: false),
        ]
        c.workHistory = [WorkPeriod(employer: "Vendsyssel Stål A/S", title: "Svejser", from: Fixture.day("2019-08-01"), to: Fixture.day("2025-05-31")),
                         WorkPeriod(employer: "Nordjysk Smedie", title: "Smed", from: Fixture.day("2026-01-05"), to: nil)]
        c.heldCertificates = [HeldCertificate(id: "truck.cert", issued: Fixture.day("2010-05-12"), expires: Fixture.day("2027-05-12")),
                              HeldCertificate(id: "truck.cert", issued: Fixture.day("2005-05-12"), expires: nil)]
        c.transport = .car
        c.shifts = [.evening, .weekend]
        c.consents = [ConsentRecord(given: Fixture.day("2025-06-03"), recordedBy: "MJ", scope: ["cooperation"], withdrawn: Fixture.day("2025-09-01")),
                      ConsentRecord(given: Fixture.day("2025-10-01"), recordedBy: "MJ", scope: ["0813", "0860"])]
        return c
    }

    @Test("a candidate with educations, work history, dated certificates and consents loads back unchanged")
    func roundTrip() throws {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-rich-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let data = Fixture.dataset(candidates: [Self.rich()])
        try DataStore.write(data, to: url)
        let loaded = try DataStore.load(from: url)
        #expect(loaded.candidates == data.candidates)
        let text = try String(contentsOf: url.appendingPathComponent("candidates.jsonl"), encoding: .utf8)
        #expect(text.contains(#""expires":null"#) && text.contains(#""withdrawn":"2025-09-01""#) && text.contains(#""to":null"#))
    }

    func problems(_ edit: (inout Candidate) -> Void) throws -> [Problem] {
        var c = Self.rich()
        edit(&c)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [Fixture.line(c)])
        return loadProblems(dir)
    }

    @Test("a consent withdrawn before it was given is named with both dates")
    func withdrawnBeforeGiven() throws {
        let p = try problems { $0.consents[1].withdrawn = Fixture.day("2025-09-30") }
        expectProblem(p, "candidates.jsonl", line: 1, field: "consents[1].withdrawn", says: "withdrawn 2025-09-30, before it was given 2025-10-01")
    }

    @Test("a consent without who recorded it, or with an unknown scope, is named")
    func consentRecordedByAndScope() throws {
        let p = try problems { $0.consents[0].recordedBy = " "; $0.consents[1].scope = ["0813", "everyone"] }
        expectProblem(p, "candidates.jsonl", line: 1, field: "consents[0].recordedBy", says: "is empty")
        expectProblem(p, "candidates.jsonl", line: 1, field: "consents[1].scope[1]", says: "'everyone' is neither 'cooperation' nor a municipality code")
    }

    @Test("a certificate expiring before it was issued is named")
    func expiryBeforeIssue() throws {
        let p = try problems { $0.heldCertificates[0].expires = Fixture.day("2009-01-01") }
        expectProblem(p, "candidates.jsonl", line: 1, field: "certificates[0].expires", says: "expires 2009-01-01, not after it was issued 2010-05-12")
    }

    @Test("a job ending before it began, and an education finished before she could have, are named")
    func workAndEducationDates() throws {
        let p = try problems {
            $0.workHistory[0].to = Fixture.day("2018-01-01")
            $0.educations[0].year = 1990
            $0.educations[1].country = "Polen"
        }
        expectProblem(p, "candidates.jsonl", line: 1, field: "workHistory[0].to", says: "ended 2018-01-01, before it began 2019-08-01")
        expectProblem(p, "candidates.jsonl", line: 1, field: "educations[0].year", says: "completed 1990, but she was born 1985-04-17")
        expectProblem(p, "candidates.jsonl", line: 1, field: "educations[1].country", says: "not a two-letter country code")
    }

    @Test("a birth date giving an age under 14 is named with the date")
    func tooYoung() throws {
        let p = try problems { $0.birthDate = Fixture.day("2012-06-01") }
        expectProblem(p, "candidates.jsonl", line: 1, field: "birthDate", says: "born 2012-06-01 gives an age of 13")
    }

    @Test("an unknown shift or transport is named with the allowed values")
    func unknownEnumValues() throws {
        let line = Fixture.line(Self.rich())
            .replacingOccurrences(of: #""shifts":["evening","weekend"]"#, with: #""shifts":["evening","morning"]"#)
            .replacingOccurrences(of: #""transport":"car""#, with: #""transport":"horse""#)
        let dir = try TempDataDirectory()
        try dir.write("candidates.jsonl", [line])
        let p = loadProblems(dir)
        expectProblem(p, "candidates.jsonl", line: 1, field: "shifts[1]", says: "unknown value 'morning' (expected evening, night or weekend)")
        expectProblem(p, "candidates.jsonl", line: 1, field: "transport", says: "unknown transport 'horse'")
    }

    @Test("a certificate alias in a record is named with the id to write; an unknown one gets a suggestion")
    func certificateAliasInRecord() throws {
        let json = Fixture.schemaJSON.replacingOccurrences(
            of: #""en": "Forklift certificate"}"#, with: #""en": "Forklift certificate", "aliases": ["truckkort"]}"#)
        let schema = try JSONDecoder().decode(Schema.self, from: Data(json.utf8))
        let validator = RecordValidator(schema: schema, registry: Fixture.registry)
        var c = Self.rich()
        c.heldCertificates[0].id = "Truckkort"
        c.heldCertificates[1].id = "truck.cret"
        let p = validator.problems(in: c)
        #expect(p.contains(FieldProblem(field: "certificates[0].id", message: "'Truckkort' is an alias of certificate 'truck.cert'; records hold the id")))
        #expect(p.contains { $0.field == "certificates[1].id" && $0.message.contains("did you mean 'truck.cert'?") })
        #expect(schema.problems(file: "schema.json").isEmpty)
    }

    @Test("a schema alias that names two certificates is refused")
    func ambiguousSchemaAlias() throws {
        let json = Fixture.schemaJSON.replacingOccurrences(
            of: #""en": "Forklift certificate"}"#, with: #""en": "Forklift certificate", "aliases": ["truck.cert", ""]}"#)
        let schema = try JSONDecoder().decode(Schema.self, from: Data(json.utf8))
        #expect(schema.problems(file: "schema.json").map(\.field) == ["certificates[0].aliases[1]"])
    }
}

/// The access rule judges consent on the day: given on or before it, not withdrawn by it,
/// covering the user's municipality.
@Suite struct DatedConsentAccessTests {
    let c = CandidateRecordFileTests.rich()   // owner 0860; consents: 2025-06-03…2025-08-31 cooperation; from 2025-10-01 for 0813 and 0860

    func sees(_ municipality: String, on day: String?) -> Bool {
        UserContext(user: "u", municipality: municipality, today: day.map { Fixture.day($0) }).maySeePersonalDetails(of: c)
    }

    @Test func ownMunicipalityAlwaysSees() {
        #expect(sees("0860", on: "2025-01-01"))
    }

    @Test("a withdrawn consent stops counting on the withdrawal day")
    func withdrawnConsent() {
        #expect(sees("0851", on: "2025-08-31"))
        #expect(!sees("0851", on: "2025-09-01"))
        #expect(!sees("0851", on: "2025-06-02"))   // before it was given
    }

    @Test("a consent naming municipalities covers only those")
    func scopedConsent() {
        #expect(sees("0813", on: "2025-10-01"))
        #expect(!sees("0851", on: "2025-10-01"))
    }

    @Test("without a day the rule reads the record's latest state: only a never-withdrawn consent counts")
    func noDay() {
        #expect(sees("0813", on: nil))
        #expect(!sees("0851", on: nil))
        var none = c
        none.consents = [ConsentRecord(given: Fixture.day("2025-06-03"), recordedBy: "MJ", withdrawn: Fixture.day("2030-01-01"))]
        #expect(!UserContext(user: "u", municipality: "0851").maySeePersonalDetails(of: none))
        #expect(UserContext(user: "u", municipality: "0851", today: Fixture.day("2026-01-01")).maySeePersonalDetails(of: none))
    }
}
