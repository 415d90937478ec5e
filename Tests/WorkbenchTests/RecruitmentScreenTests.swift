import Foundation
import JobMatchCore
import MatchEngine
import Testing
import TerminalUI
@testable import Workbench

/// The Recruitment screen (issue #10) on the in-memory terminal: Tiny's two open welder
/// vacancies at Hansen Stål A/S as one project, quotas Hjørring 2 and Frederikshavn 1, and
/// a shortlist in the journal with one of anna's own candidates (K000001, Hjørring) and one
/// of Brønderslev's who did not consent (K000003).
@Suite struct RecruitmentScreenTests {
    static let project = RecruitmentProject(
        id: "R001", title: "Ny svejsehal", company: "12345678", coordinator: "grethe", deadline: Tiny.day(30),
        vacancies: ["V000101", "V000104"],
        quotas: [RecruitmentQuota(municipality: "0860", positions: 2), RecruitmentQuota(municipality: "0813", positions: 1)])

    static func journal() throws -> MemoryJournal {
        let journal = MemoryJournal(user: "anna")
        _ = try journal.append(.shortlistChange(vacancy: "V000101", basedOn: 0, change: .add(candidate: "K000001", note: "")))
        _ = try journal.append(.shortlistChange(vacancy: "V000101", basedOn: 1, change: .add(candidate: "K000003", note: "")))
        return journal
    }

    static func harness(width: Int = 80, height: Int = 24) throws -> (Harness, MemoryJournal) {
        var context = Tiny.context
        context.recruitments = [project]
        let journal = try journal()
        return (Harness(width: width, height: height, context: context, journal: journal), journal)
    }

    /// What `jobmatch recruitment show` computes for the same data and journal.
    static func expected(_ journal: MemoryJournal) -> RecruitmentStatus {
        let d = Tiny.dataset
        return RecruitmentStatus.computeAll([project], index: MatchIndex(dataset: d), dataset: d, work: journal.store.state,
                                            courses: [], today: Tiny.today)[0]
    }

    @Test(":recruitment lists the project and shows the engine's coverage, pipeline and unfilled positions, at 80×24")
    func overview() throws {
        let (h, journal) = try Self.harness()
        h.press(.char(":")).type("recruitment").press(.enter)
        #expect(h.state.screen == RecruitmentScreen.id)
        let s = Self.expected(journal)
        #expect(s.positions == 3 && s.shortlisted == 2)
        let row = try #require(h.lines.first { $0.hasPrefix(" R001 ") }, "\(h.text)")
        #expect(row.contains("Hansen Stål A/S") && row.contains("\(Tiny.day(30))") && row.contains("grethe"), "\(row)")
        #expect(h.text.contains("Pipeline: 3 positions · \(s.proposed) qualified · 2 shortlisted · 0 hired · 3 unfilled"), "\(h.text)")
        let hjorring = try #require(s.municipalities.first { $0.municipality == "0860" })
        let line = try #require(h.line(containing: "Hjørring (0860)"), "\(h.text)")
        #expect(line.split(separator: " ").suffix(3).map(String.init) == ["2", "\(hjorring.qualified)", "\(hjorring.shortlisted)"], "\(line)")
        #expect(h.text.contains("Frederikshavn (0813)"))
        #expect(h.line(containing: "V000101")?.contains("2 draft") == true, "\(h.text)")
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(h.messageLine.contains("Tab pane") && h.messageLine.contains("Enter open"), "\(h.messageLine)")
    }

    @Test("the shortlisted are pooled across municipalities; a name only where the rule allows, after the audit entry")
    func namesPerAccessRule() throws {
        let (h, _) = try Self.harness(width: 120, height: 40)
        h.press(.char(":")).type("recruitment").press(.enter)
        let events = h.audit.events.filter { $0.recordKind == "recruitment" }
        #expect(events.count == 1 && events[0].recordID == "R001", "\(h.audit.events)")
        #expect(events.first?.detail.contains("K000001") == true && events.first?.detail.contains("K000003") == false)
        #expect(h.text.contains("V000101 · Søren Østergård (K000001) · Hjørring"), "\(h.text)")
        #expect(h.text.contains("V000101 · K000003 · Brønderslev"), "\(h.text)")
        #expect(!h.text.contains("Åse"))
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 120 })
    }

    @Test("a shortlist added in the journal updates the pipeline; Enter on a vacancy opens its Ranking")
    func journalAndEnter() throws {
        let (h, journal) = try Self.harness()
        h.press(.char(":")).type("recruitment").press(.enter)
        _ = try journal.append(.shortlistChange(vacancy: "V000104", basedOn: 0, change: .add(candidate: "K000002", note: "")))
        h.session.refreshJournal()
        h.session.pollBackground()
        #expect(h.text.contains("3 shortlisted"), "\(h.text)")
        h.press(.enter)                       // the project → its vacancies
        #expect(h.text.contains("▸ Pipeline per vacancy"), "\(h.text)")
        h.press(.char("j"), .enter)           // V000104
        #expect(h.state.screen == RankingScreen.id)
        #expect(h.text.contains("Ranking V000104"), "\(h.text)")
        h.press(.escape)
        #expect(h.state.screen == RecruitmentScreen.id)
    }

    @Test("reopened after the journal moved on while it was closed, it shows the journal as it is now")
    func reopenedAfterChange() throws {
        let (h, journal) = try Self.harness()
        h.press(.char(":")).type("recruitment").press(.enter)
        #expect(h.text.contains("2 shortlisted"))
        h.press(.char("d"))                   // closed (kept as it was)
        _ = try journal.append(.shortlistChange(vacancy: "V000104", basedOn: 0, change: .add(candidate: "K000002", note: "")))
        h.session.refreshJournal()
        h.press(.char(":")).type("recruitment").press(.enter)
        #expect(h.text.contains("3 shortlisted"), "\(h.text)")
        #expect(h.state.top as? RecruitmentScreen != nil)
    }

    @Test("a project that does not fit the records is named with what is wrong; the rest is still computed")
    func projectProblems() throws {
        var context = Tiny.context
        var bad = Self.project
        bad.vacancies = ["V000101", "V009999"]
        context.recruitments = [bad]
        let h = Harness(context: context)
        h.press(.char(":")).type("recruitment").press(.enter)
        #expect(h.text.contains("recruitments.jsonl: R001: vacancies[1]: no vacancy with id 'V009999'"), "\(h.text)")
        #expect(h.line(containing: "V000101")?.contains("Svejser") == true, "\(h.text)")
    }

    @Test("when the audit log cannot be written, the shortlisted stay pseudonyms and the screen says why")
    func failClosed() throws {
        struct Full: Error, CustomStringConvertible { var description: String { "disk full" } }
        var context = Tiny.context
        context.recruitments = [Self.project]
        let size = TerminalSize(width: 120, height: 40)
        let session = WorkbenchSession(dataset: Tiny.dataset, context: context, size: size,
                                       provider: MatchEngineProvider(dataset: Tiny.dataset), audit: { _ in throw Full() },
                                       journal: try Self.journal())
        for k in ":recruitment" { session.handle(.char(k)) }
        session.handle(.enter)
        let text = session.render(size: size, usesColor: false).text().joined(separator: "\n")
        #expect(text.contains("V000101 · K000001 · Hjørring"), "\(text)")
        #expect(!text.contains("Søren"))
        #expect(text.contains("audit log could not be written"), "\(text)")
    }

    @Test("without recruitments.jsonl the screen says so")
    func empty() {
        let h = Harness()
        h.press(.char(":")).type("recruitment").press(.enter)
        #expect(h.text.contains("No recruitment projects: recruitments.jsonl is absent or empty."), "\(h.text)")
    }
}
