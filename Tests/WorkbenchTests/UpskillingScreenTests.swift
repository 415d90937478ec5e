import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Upskilling screen (issue P7) on the in-memory terminal. Tiny's data with five more
/// welder positions in Hjørring: demand 8 against K000001–3, a shortage; K000005 (MIG level 2,
/// wants the job) is one level short of MIG-svejsning 3.
@Suite struct UpskillingScreenTests {
    static func harness(width: Int = 80, height: Int = 24, capacity: Int = 10, journal: MemoryJournal? = nil) -> Harness {
        var d = Tiny.dataset
        d.vacancies.append(Tiny.vacancy("V000199", "Svejsere til ny hal", company: "12345678", municipality: "0860",
                                        requirements: Tiny.welding, positions: 5, expires: 30))
        let course = Course(id: "C0001", title: "Svejsecertifikat, MIG/MAG, stumpsømme", provider: "EUC Nord", municipality: "0813",
                            gives: [CourseCompetence(competence: "weld.mig", level: 3)], durationDays: 15,
                            startDate: Tiny.day(10), endDate: Tiny.day(30), capacity: capacity)
        var context = Tiny.context
        context.courses = [course]
        return Harness(width: width, height: height, dataset: d, context: context, journal: journal)
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
        #expect(h.line(containing: "EUC Nord")?.contains("10 of 10") == true, "\(h.text)")
        #expect(h.line(containing: "MIG-svejsning 3")?.contains("C0001 (10) Svejse") == true, "\(h.text)")
        // Participants by pseudonym only until their pane takes the focus (and the listing is logged).
        #expect(h.text.contains("K000005") && !h.text.contains("Jens Jørgensen"))
        #expect(h.audit.events.isEmpty)
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("Tab and Shift-Tab go round the panes both ways; Enter goes on but not round")
    func panesCycle() {
        let h = Self.harness()
        h.press(.char(":")).type("upskilling").press(.enter)
        h.press(.backTab)                               // from the proposals back round to the participants: logged, then named
        #expect(h.state.open(UpskillingScreen.self)?.focus == .participants)
        #expect(h.audit.events.count == 1 && h.text.contains("Jens Jørgensen (K000005)"), "\(h.text)")
        h.press(.enter)
        #expect(h.state.open(UpskillingScreen.self)?.focus == .participants, "Enter on the last pane stays")
        h.press(.tab)
        #expect(h.state.open(UpskillingScreen.self)?.focus == .proposals)
        h.press(.enter, .enter)
        #expect(h.state.open(UpskillingScreen.self)?.focus == .participants)
        h.press(.backTab, .backTab)
        #expect(h.state.open(UpskillingScreen.self)?.focus == .proposals)
    }

    @Test("select course → participant → e enrols through the journal; the seats drop; w withdraws; again is refused")
    func enrolAndWithdraw() throws {
        let journal = MemoryJournal(user: "anna")
        let h = Self.harness(journal: journal)
        h.press(.char(":")).type("upskilling").press(.enter)
        h.press(.tab)                                   // the courses: C0001 selected
        #expect(h.text.contains("▸ Courses"), "\(h.text)")
        h.press(.tab)                                   // the participants: the listing is logged, then named
        #expect(h.audit.events.count == 1 && h.audit.events[0].recordKind == "upskilling")
        #expect(h.text.contains("Jens Jørgensen (K000005)"), "\(h.text)")
        h.press(.char("e"))
        #expect(h.messageLine.contains("K000005 enrolled on C0001 — 9 of 10 seats left"), "\(h.messageLine)")
        #expect(journal.store.entries.map(\.payload) == [.courseEnrolment(course: "C0001", candidate: "K000005", capacity: 10)])
        #expect(h.line(containing: "EUC Nord")?.contains("9 of 10") == true, "\(h.text)")
        #expect(h.line(containing: "K000005")?.contains("✓ C0001") == true, "\(h.text)")
        h.press(.char("e"))
        #expect(h.messageLine.contains("K000005 is already enrolled on course C0001"), "\(h.messageLine)")
        #expect(journal.store.entries.count == 1)
        h.press(.char("w"))
        #expect(h.messageLine.contains("K000005 withdrawn from C0001"), "\(h.messageLine)")
        #expect(h.line(containing: "EUC Nord")?.contains("10 of 10") == true, "\(h.text)")
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("a course whose seats another consultant took is refused and shows 0 left")
    func full() throws {
        let journal = MemoryJournal(user: "anna")
        _ = try journal.append(.courseEnrolment(course: "C0001", candidate: "K000002", capacity: 1))
        let h = Self.harness(capacity: 1, journal: journal)
        h.press(.char(":")).type("upskilling").press(.enter)
        #expect(h.line(containing: "EUC Nord")?.contains("0 of 1") == true, "\(h.text)")
        h.press(.tab, .tab, .char("e"))
        #expect(h.messageLine.contains("course C0001 is full: all 1 seats are taken"), "\(h.messageLine)")
        #expect(journal.store.entries.count == 1)
    }
}
