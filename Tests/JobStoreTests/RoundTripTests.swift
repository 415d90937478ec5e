import Foundation
import PropertyBased
import Testing
@testable import JobStore
import JobMatchCore

/// Text that exercises the writer's escaping and the reader's UTF-8 handling.
private let palette: [Character] = Array("abcXYZ019 æøåÆØÅéü\"\\/\n\t\r\u{01}\u{1F}😀👩‍👩‍👧{}[],:") + ["\u{2028}"]

// Generators composed from the property library's own (`zip`, `array(of:)`, `Gen.int`),
// so a failing round trip shrinks: fewer records, shorter text, earlier palette
// characters, smaller numbers, `false` flags.

private func text(_ maxLength: Int = 24) -> Generator<String, some SendableSequenceType> {
    Gen.int(in: 0...(palette.count - 1)).array(of: 0...maxLength).map { String($0.map { palette[$0] }) }
}

private func pick<T: Sendable>(_ list: [T]) -> Generator<T, some SendableSequenceType> {
    Gen.int(in: 0...(list.count - 1)).map { list[$0] }
}

private func some<T: Sendable>(_ list: [T]) -> Generator<[T], some SendableSequenceType> {
    Gen.bool.array(of: list.count).map { keep in zip(list, keep).filter(\.1).map(\.0) }
}

private func day(_ range: ClosedRange<Int32> = 19_000...21_000) -> Generator<Day, some SendableSequenceType> {
    Gen.int32(in: range).map { Day(daysSinceEpoch: $0) }
}

/// Years of experience: canonical halves and whole numbers, and any whole tenth (most have
/// no exact binary form, so shortest-round-trip printing and correctly rounded parsing are
/// both exercised). Records hold years in whole tenths; validation refuses others.
private let years: Generator<Double, some SendableSequenceType> =
    zip(Gen.bool, Gen.int(in: 0...40), Gen.int(in: 0...800)).map { halvesKind, halves, tenths in
        halvesKind ? Double(halves) / 2 : Double(tenths) / 10
    }

private let competences: Generator<[HeldCompetence], some SendableSequenceType> =
    zip(some(["weld.mig", "weld.tig", "forklift", "care.elder"]), zip(Gen.int(in: 1...4), years).array(of: 4)).map { ids, values in
        zip(ids, values).map { HeldCompetence(id: $0, level: $1.0, years: $1.1) }
    }

private let languages: Generator<[LanguageSkill], some SendableSequenceType> =
    zip(some(["da", "en", "de", "uk"]), pick(["A1", "B2", "C2"]).array(of: 4)).map { codes, levels in
        zip(codes, levels).map { LanguageSkill(code: $0, level: $1) }
    }

private let candidate: Generator<Candidate, some SendableSequenceType> = zip(
    zip(Gen.int(in: 0...999), Gen.int(in: 1...1_000_000), text(), text(), text(12), pick(["0813", "0860", "0621"]),
        pick(["9800", "9900", "6000"]), competences, some(["welder", "care.assistant"]), pick(["none", "vocational"])),
    zip(Gen.int(in: 1940...2000), Gen.bool, Gen.bool, some(["B", "C", "CE"]), some(["truck.cert"]), languages, day(),
        Gen.int(in: 1...80), Gen.int(in: 0...600), pick(["", "jobparat", "aktivitetsparat"])),
    zip(day(0...21_000), Gen.bool, pick(["0813", "0860"]), text(6), pick(CandidateStatus.allCases))
).map { a, b, c in
    Candidate(
        id: "K\(a.0)", version: a.1, name: a.2, email: a.3, phone: a.4, municipality: a.5, postcode: a.6,
        competences: a.7, desiredOccupations: a.8, education: a.9, birthYear: b.0, singleProvider: b.1,
        flexJobApproved: b.2, licences: b.3, certificates: b.4, languages: b.5, availableFrom: b.6, hoursPerWeek: b.7,
        maxCommuteMinutes: b.8, benefit: "kontanthjaelp", matchCategory: b.9, unemployedSince: c.0,
        consentToShare: c.1, ownerMunicipality: c.2, consultant: c.3, status: c.4)
}

/// 1–8 candidates with unique ids (`K<position><number>`).
private let candidates: Generator<[Candidate], some SendableSequenceType> = candidate.array(of: 1...8).map { list in
    list.enumerated().map { i, c in var c = c; c.id = "K\(i)" + c.id.dropFirst(); return c }
        .reduce(into: [Candidate]()) { list, c in if !list.contains(where: { $0.id == c.id }) { list.append(c) } }
}

private let requirements: Generator<[Requirement], some SendableSequenceType> =
    zip(some(["weld.mig", "forklift", "care.elder"]), zip(Gen.int(in: 1...4), Gen.bool).array(of: 3)).map { ids, values in
        zip(ids, values).map { Requirement(competence: $0, minLevel: $1.0, essential: $1.1) }
    }

private let vacancy: Generator<Vacancy, some SendableSequenceType> = zip(
    zip(Gen.int(in: 1...99), pick(["welder", "care.assistant"]), text(), requirements, some(["B", "CE"]), some(["truck.cert"]),
        some(["da", "de"]), pick(["ordinary", "wage.subsidy"]), Gen.int(in: 1...80), Gen.int(in: 1...50)),
    zip(day(), day(), Gen.int(in: 0...90), Gen.bool, pick(VacancyStatus.allCases))
).map { a, b in
    Vacancy(
        id: "V", version: a.0, company: "12345678", occupation: a.1, title: a.2 + "x", requirements: a.3,
        licences: a.4, certificates: a.5, languages: a.6.map { LanguageSkill(code: $0, level: "B1") }, jobType: a.7,
        hoursPerWeek: a.8, positions: a.9, startDate: b.0, postedDate: b.1, expiryDate: b.1.adding(days: b.2),
        municipality: "0621", publicEmployer: b.3, status: b.4)
}

/// 0–5 vacancies, `V0`…
private let vacancies: Generator<[Vacancy], some SendableSequenceType> = vacancy.array(of: 0...5).map { list in
    list.enumerated().map { i, v in var v = v; v.id = "V\(i)"; return v }
}

@Suite struct RoundTripTests {
    @Test func writeThenLoadGivesBackTheSameRecords() async throws {
        await propertyCheck(count: 40, input: candidates, vacancies) { cands, vacs in
            var data = Fixture.dataset(candidates: cands)
            data.vacancies = vacs
            data.barometer[0].needs.append(LabourNeed(occupation: "care.assistant", in3Months: -3, in12Months: 0))
            let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("jobmatch-rt-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: url) }
            do {
                try DataStore.write(data, to: url)
                let loaded = try DataStore.load(from: url)
                #expect(loaded.candidates == data.candidates)
                #expect(loaded.vacancies == data.vacancies)
                #expect(loaded.companies == data.companies)
                #expect(loaded.barometer == data.barometer)
                #expect(loaded.schema == data.schema)
                #expect(loaded.registry == data.registry)
            } catch {
                Issue.record("round trip failed: \(error)")
            }
        }
    }

    @Test func sameDatasetGivesByteIdenticalFiles() throws {
        let a = try TempDataDirectory(), b = try TempDataDirectory()
        var data = Fixture.dataset(candidates: (0..<50).map { Fixture.candidate("K\($0)", name: "Navn \($0) \"😀\"") })
        data.candidates[3].competences[0].years = 3
        try DataStore.write(data, to: a.url)
        try DataStore.write(data, to: b.url)
        for name in ["schema.json", "municipalities.json", "candidates.jsonl", "vacancies.jsonl", "companies.jsonl", "barometer.jsonl"] {
            #expect(try a.bytes(name) == b.bytes(name), "\(name) differs between two writes of the same dataset")
        }
        let lines = String(decoding: try a.bytes("candidates.jsonl"), as: UTF8.self).split(separator: "\n")
        #expect(lines[0].contains(#""competences":[{"id":"weld.mig","level":2,"years":2.5}]"#))
        #expect(lines[3].contains(#""years":3}"#))
        #expect(lines[0].contains(#""name":"Navn 0 \"😀\"""#))
    }

    @Test func canonicalLineHasFixedKeyOrderAndNoSpaces() {
        #expect(Fixture.line(Fixture.company()) ==
            #"{"kind":"company","id":"12345678","version":1,"name":"Vendsyssel Stål A/S","industryGroup":"IND","municipalities":["0813"],"contactName":"Anne","contactPhone":"98000000","contactEmail":"anne@example.dk"}"#)
        #expect(Fixture.line(Fixture.answer()) ==
            #"{"kind":"barometer","id":"B000001","version":1,"round":"2026-H1","company":"12345678","municipality":"0813","industryGroup":"IND","visitDate":"2026-01-15","headcount":25,"jobCentre":"0813","consultant":"MJ","needs":[{"occupation":"welder","in3Months":2,"in12Months":-1,"hardToRecruit":true}]}"#)
    }

    @Test func readerAcceptsEscapesWhitespaceAndAnyKeyOrder() throws {
        let dir = try TempDataDirectory()
        try dir.write("companies.jsonl", [
            #"  { "id" : "12345678", "kind":"company","version":1,"name":"S\u00f8ren \ud83d\ude00 \"A\" \\ \/","industryGroup":"IND","#
                + #""municipalities":[ "0813" ],"contactName":"","contactPhone":"","contactEmail":"" }  "#,
            "",
        ])
        let c = try dir.store.load().companies
        #expect(c.map(\.name) == [#"Søren 😀 "A" \ /"#])
    }

    @Test func invalidUTF8AndBadEscapesAreMalformed() throws {
        let dir = try TempDataDirectory()
        var bytes = Array(Fixture.line(Fixture.company()).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "V"))!
        bytes[at] = 0xFF
        try Data(bytes + [0x0A] + Array(#"{"kind":"company","id":"\q"}"#.utf8) + [0x0A])
            .write(to: dir.url.appendingPathComponent("companies.jsonl"))
        let p = loadProblems(dir)
        expectProblem(p, "companies.jsonl", line: 1, field: "", says: "string is not valid UTF-8")
        expectProblem(p, "companies.jsonl", line: 2, field: "", says: "column 25: unknown escape '\\q'")
    }
}
