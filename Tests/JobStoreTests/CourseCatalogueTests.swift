import Foundation
import JobMatchCore
@testable import JobStore
import Testing

/// The course catalogue (`courses.jsonl`) and course enrolments in the journal (issue P7).
@Suite("Course catalogue and enrolments")
struct CourseCatalogueTests {
    static let good = #"{"kind":"course","id":"C0001","title":"Gaffeltruck, certifikatkursus (B)","provider":"AMU Nordjylland","municipality":"0813","gives":[{"competence":"forklift","level":3}],"durationDays":5,"startDate":"2026-12-07","endDate":"2026-12-11","capacity":2}"#

    private func decode(_ text: String) throws(LoadError) -> [Course] {
        try DataStore.decodeCourses(Array(text.utf8), schema: Fixture.schema, registry: Fixture.registry)
    }

    @Test("a course line decodes, and writes back byte for byte")
    func roundTrip() throws {
        let courses = try decode(Self.good + "\n")
        #expect(courses.count == 1)
        let c = try #require(courses.first)
        #expect(c.title == "Gaffeltruck, certifikatkursus (B)" && c.level(of: "forklift") == 3 && c.capacity == 2)
        #expect(DataStore.courseLine(c) == Self.good + "\n")
    }

    @Test("bad lines are reported as courses.jsonl:LINE: field: message and nothing is returned")
    func problems() {
        let lines = [
            Self.good,
            Self.good.replacingOccurrences(of: "\"forklift\"", with: "\"forklift.x\""),
            Self.good.replacingOccurrences(of: "\"capacity\":2", with: "\"capacity\":0"),
            Self.good.replacingOccurrences(of: "2026-12-11", with: "2026-12-01"),
            Self.good.replacingOccurrences(of: "\"0813\"", with: "\"9999\""),
            Self.good.replacingOccurrences(of: "\"durationDays\":5,", with: ""),
            Self.good.replacingOccurrences(of: "\"capacity\"", with: "\"seats\""),
            "{not json",
            Self.good,
        ]
        do {
            _ = try decode(lines.joined(separator: "\n") + "\n")
            Issue.record("bad catalogue accepted")
        } catch {
            let text = error.problems.map(\.description)
            #expect(text.contains { $0.hasPrefix("courses.jsonl:2: gives[0].competence:") && $0.contains("unknown competence 'forklift.x'") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:3: capacity:") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:4: endDate:") && $0.contains("before the start date") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:5: municipality:") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:6: durationDays: missing field") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:7: seats: unknown field") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:8:") && $0.contains("not a JSON object") }, "\(text)")
            #expect(text.contains { $0.hasPrefix("courses.jsonl:9: id: duplicate course id 'C0001' (first on line 1)") }, "\(text)")
        }
    }

    @Test("no catalogue file is an empty catalogue; a written one loads, private to the owner")
    func writeAndLoad() throws {
        let dir = try TempDataDirectory()
        #expect(try DataStore.loadCourses(from: dir.url, schema: Fixture.schema, registry: Fixture.registry).isEmpty)
        let course = try decode(Self.good + "\n")
        try DataStore.writeCourses(course, to: dir.url)
        #expect(try DataStore.loadCourses(from: dir.url, schema: Fixture.schema, registry: Fixture.registry) == course)
        let mode = try FileManager.default.attributesOfItem(atPath: dir.url.appendingPathComponent("courses.jsonl").path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o077 } == 0)
    }

    @Test("enrolments replay from the journal; a full course, a second enrolment and a stray withdrawal are refused")
    func enrolments() throws {
        let dir = try TempDataDirectory()
        var j = try Journal.open(directory: dir.url)
        try j.append(.courseEnrolment(course: "C0001", candidate: "K000001", capacity: 2), user: "mette.frh")
        try j.append(.courseEnrolment(course: "C0001", candidate: "K000002", capacity: 2), user: "mette.frh")
        #expect(throws: JournalError.self) { try j.append(.courseEnrolment(course: "C0001", candidate: "K000003", capacity: 2), user: "a") }
        #expect(throws: JournalError.self) { try j.append(.courseEnrolment(course: "C0001", candidate: "K000001", capacity: 9), user: "a") }
        #expect(throws: JournalError.self) { try j.append(.courseWithdrawal(course: "C0002", candidate: "K000001"), user: "a") }
        try j.append(.courseWithdrawal(course: "C0001", candidate: "K000001"), user: "mette.frh")
        try j.append(.courseEnrolment(course: "C0001", candidate: "K000003", capacity: 2), user: "mette.frh")
        let again = try Journal.open(directory: dir.url)
        #expect(again.state == j.state)
        #expect(again.state.enrolments.enrolled(on: "C0001").map(\.candidate) == ["K000002", "K000003"])
        #expect(again.state.enrolments.courses(of: "K000003") == ["C0001"])
        #expect(again.state.vacancies.isEmpty)
        let text = try String(decoding: dir.bytes(Journal.fileName), as: UTF8.self)
        #expect(text.contains(#""kind":"courseEnrolment","vacancy":"","course":"C0001","candidate":"K000001","capacity":2"#))
        do {
            try j.append(.courseEnrolment(course: "C0001", candidate: "K000009", capacity: 2), user: "a")
        } catch {
            #expect(error.description.contains("course C0001 is full: all 2 seats are taken"), "\(error)")
        }
    }
}
