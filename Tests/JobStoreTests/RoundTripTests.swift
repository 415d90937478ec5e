import Foundation
import PropertyBased
import Testing
@testable import JobStore
import JobMatchCore

/// Text that exercises the writer's escaping and the reader's UTF-8 handling.
private let palette: [Character] = Array("abcXYZ019 æøåÆØÅéü\"\\/\n\t\r\u{01}\u{1F}😀👩‍👩‍👧{}[],:") + ["\u{2028}"]

private func text(_ rng: inout any SeededRandomNumberGenerator, _ maxLength: Int = 24) -> String {
    String((0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in palette.randomElement(using: &rng)! })
}

private func pick<T>(_ list: [T], _ rng: inout any SeededRandomNumberGenerator) -> T { list.randomElement(using: &rng)! }

private func some<T>(_ list: [T], _ rng: inout any SeededRandomNumberGenerator) -> [T] {
    list.filter { _ in Bool.random(using: &rng) }
}

private func day(_ rng: inout any SeededRandomNumberGenerator, _ range: ClosedRange<Int32> = 19_000...21_000) -> Day {
    Day(daysSinceEpoch: Int32.random(in: range, using: &rng))
}

/// Years of experience: canonical halves and whole numbers, and any whole tenth (most have
/// no exact binary form, so shortest-round-trip printing and correctly rounded parsing are
/// both exercised). Records hold years in whole tenths; validation refuses others.
private func years(_ rng: inout any SeededRandomNumberGenerator) -> Double {
    switch Int.random(in: 0...1, using: &rng) {
    case 0: Double(Int.random(in: 0...40, using: &rng)) / 2
    default: Double(Int.random(in: 0...800, using: &rng)) / 10
    }
}

private let candidates = Generator<[Candidate], Shrink.None<[Candidate]>> { rng in
    (0..<Int.random(in: 1...8, using: &rng)).map { i in
        let comps = some(["weld.mig", "weld.tig", "forklift", "care.elder"], &rng)
        return Candidate(
            id: "K\(i)\(Int.random(in: 0...999, using: &rng))", version: Int.random(in: 1...1_000_000, using: &rng),
            name: text(&rng), email: text(&rng), phone: text(&rng, 12), municipality: pick(["0813", "0860", "0621"], &rng),
            postcode: pick(["9800", "9900", "6000"], &rng),
            competences: comps.map { HeldCompetence(id: $0, level: Int.random(in: 1...4, using: &rng), years: years(&rng)) },
            desiredOccupations: some(["welder", "care.assistant"], &rng), education: pick(["none", "vocational"], &rng),
            birthYear: Int.random(in: 1940...2000, using: &rng), singleProvider: Bool.random(using: &rng),
            flexJobApproved: Bool.random(using: &rng), licences: some(["B", "C", "CE"], &rng),
            certificates: some(["truck.cert"], &rng),
            languages: some(["da", "en", "de", "uk"], &rng).map { LanguageSkill(code: $0, level: pick(["A1", "B2", "C2"], &rng)) },
            availableFrom: day(&rng), hoursPerWeek: Int.random(in: 1...80, using: &rng),
            maxCommuteMinutes: Int.random(in: 0...600, using: &rng), benefit: "kontanthjaelp",
            matchCategory: pick(["", "jobparat", "aktivitetsparat"], &rng), unemployedSince: day(&rng, 0...21_000),
            consentToShare: Bool.random(using: &rng), ownerMunicipality: pick(["0813", "0860"], &rng),
            consultant: text(&rng, 6), status: pick(CandidateStatus.allCases, &rng))
    }.reduce(into: [Candidate]()) { list, c in if !list.contains(where: { $0.id == c.id }) { list.append(c) } }
}

private let vacancies = Generator<[Vacancy], Shrink.None<[Vacancy]>> { rng in
    (0..<Int.random(in: 0...5, using: &rng)).map { i in
        let posted = day(&rng)
        return Vacancy(
            id: "V\(i)", version: Int.random(in: 1...99, using: &rng), company: "12345678",
            occupation: pick(["welder", "care.assistant"], &rng), title: text(&rng).isEmpty ? "x" : text(&rng) + "x",
            requirements: some(["weld.mig", "forklift", "care.elder"], &rng).map {
                Requirement(competence: $0, minLevel: Int.random(in: 1...4, using: &rng), essential: Bool.random(using: &rng))
            },
            licences: some(["B", "CE"], &rng), certificates: some(["truck.cert"], &rng),
            languages: some(["da", "de"], &rng).map { LanguageSkill(code: $0, level: "B1") },
            jobType: pick(["ordinary", "wage.subsidy"], &rng), hoursPerWeek: Int.random(in: 1...80, using: &rng),
            positions: Int.random(in: 1...50, using: &rng), startDate: day(&rng), postedDate: posted,
            expiryDate: posted.adding(days: Int.random(in: 0...90, using: &rng)), municipality: "0621",
            publicEmployer: Bool.random(using: &rng), status: pick(VacancyStatus.allCases, &rng))
    }
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
            #"{"kind":"barometer","id":"B000001","version":1,"company":"12345678","municipality":"0813","industryGroup":"IND","visitDate":"2026-01-15","needs":[{"occupation":"welder","in3Months":2,"in12Months":-1}]}"#)
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
