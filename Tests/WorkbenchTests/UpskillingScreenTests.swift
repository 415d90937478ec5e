import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Upskilling screen (issue P7) on the in-memory terminal. Tiny's data with five more
/// welder positions in Hjørring: demand 8 against K000001–3, a shortage; K000005 (MIG level 2,
/// wants the job) is one level short of MIG-svejsning 3.
@Suite struct UpskillingScreenTests {
    static func harness(width: Int = 80, height: Int = 24) -> Harness {
        var d = Tiny.dataset
        d.vacancies.append(Tiny.vacancy("V000199", "Svejsere til ny hal", company: "12345678", municipality: "0860",
                                        requirements: Tiny.welding, positions: 5, expires: 30))
        let course = Course(id: "C0001", title: "Svejsecertifikat, MIG/MAG, stumpsømme", provider: "EUC Nord", municipality: "0813",
                            gives: [CourseCompetence(competence: "weld.mig", level: 3)], durationDays: 15,
                            startDate: Tiny.day(10), endDate: Tiny.day(30), capacity: 10)
        var context = Tiny.context
        context.courses = [course]
        return Harness(width: width, height: height, dataset: d, context: context)
    }

    @Test(":upskilling proposes the course that closes the gap, with participants per municipality and the vacancies")
    func proposal() {
        let h = Self.harness()
        h.press(.char(":")).type("upskilling").press(.enter)
        #expect(h.state.screen == ScreenID("upskilling"))
        #expect(h.text.contains("Joint courses · 1 shortage area · 1 missing competence · 1 course in catalogue"), "\(h.text)")
        let row = h.line(containing: "MIG-svejsning 3")
        #expect(row?.contains("C0001") == true, "\(h.text)")
        #expect(h.text.contains("Per municipality: Hjørring 1"), "\(h.text)")
        #expect(h.text.contains("1 would then qualify"), "\(h.text)")
        #expect(h.text.contains("V000101 V000104 V000199"), "\(h.text)")
        #expect(h.text.contains("EUC Nord"))
        #expect(!h.text.contains("K000005") && !h.text.contains("Jens Jørgensen"))
        #expect(h.audit.events.isEmpty)
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }
}
