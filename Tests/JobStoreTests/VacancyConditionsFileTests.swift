import Foundation
import Testing
@testable import JobStore
import JobMatchCore

/// Issue #11: a vacancy's own-car need (`car`) and working hours (`workingHours`) in
/// vacancies.jsonl. Both fields are optional in the file, so a directory written before
/// they existed loads unchanged, and a vacancy that asks neither is written as before.
@Suite struct VacancyConditionsFileTests {
    static func homeCare() -> Vacancy {
        var v = Fixture.vacancy("V000002")
        v.licences = ["B"]
        v.car = .driving
        v.workingHours = [.evening, .weekend]
        return v
    }

    func vacancies(_ lines: [String]) throws -> [Problem] {
        let dir = try TempDataDirectory()
        try dir.write("vacancies.jsonl", lines)
        return loadProblems(dir)
    }

    @Test("a vacancy line without car and workingHours (an older file) loads as asking neither")
    func olderLineLoads() throws {
        let old = Fixture.line(Fixture.vacancy())
        #expect(!old.contains("\"car\"") && !old.contains("workingHours"), "a vacancy asking neither is written as before: \(old)")
        let dir = try TempDataDirectory()
        try dir.write("vacancies.jsonl", [old])
        let loaded = try dir.store.load().vacancies
        #expect(loaded.map(\.car) == [.none])
        #expect(loaded.map(\.workingHours) == [[]])
    }

    @Test("car and workingHours are written in table order and read back")
    func roundTrip() throws {
        let line = Fixture.line(Self.homeCare())
        #expect(line.contains(#""licences":["B"],"car":"driving","certificates":[]"#))
        #expect(line.contains(#""hoursPerWeek":37,"workingHours":["evening","weekend"],"positions":2"#))
        let dir = try TempDataDirectory()
        try dir.write("vacancies.jsonl", [Fixture.line(Fixture.vacancy()), line])
        #expect(try dir.store.load().vacancies == [Fixture.vacancy(), Self.homeCare()])
    }

    @Test("an unknown car or kind of hours names file, line and field with the allowed values")
    func unknownValues() throws {
        let good = Fixture.line(Self.homeCare())
        let p = try vacancies([
            good.replacingOccurrences(of: #""car":"driving""#, with: #""car":"own""#),
            good.replacingOccurrences(of: "V000002", with: "V000003")
                .replacingOccurrences(of: #"["evening","weekend"]"#, with: #"["evening","nights"]"#),
        ])
        expectProblem(p, "vacancies.jsonl", line: 1, field: "car", says: "'own'")
        expectProblem(p, "vacancies.jsonl", line: 1, field: "car", says: "none, commute or driving")
        expectProblem(p, "vacancies.jsonl", line: 2, field: "workingHours[1]", says: "unknown value 'nights' (expected evening, night or weekend)")
    }

    @Test("a job done in her own car without licence B, and hours listed twice, are refused with file:line")
    func validation() throws {
        var noLicence = Self.homeCare()
        noLicence.licences = []
        var twice = Self.homeCare()
        twice.id = "V000003"
        twice.workingHours = [.evening, .night, .evening]
        let p = try vacancies([Fixture.line(noLicence), Fixture.line(twice)])
        expectProblem(p, "vacancies.jsonl", line: 1, field: "car", says: "car 'driving' (the work is done in her own car) needs driving licence B: add 'B' to licences")
        expectProblem(p, "vacancies.jsonl", line: 2, field: "workingHours[2]", says: "'evening' is listed twice (first as workingHours[0])")
    }
}
