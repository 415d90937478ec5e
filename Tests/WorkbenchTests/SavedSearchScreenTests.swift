import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// Saved searches in the workbench (Jobnet's CV agent): saved with a name on the Candidates
/// screen, listed, run and deleted there, and counted on the Dashboard. anna (Hjørring) is
/// the user; `comp:weld.mig` matches K000001, K000002, K000003 and K000005. In these
/// datasets K000001 registered as unemployed on 2026-02-25, after the search was saved on
/// 2026-02-20, so she is new to it; the workbench, run as of 2026-03-02 (`Tiny.today`), writes
/// its entries at 2026-03-02 09:00 by the clock unless a test sets another clock.
@Suite struct SavedSearchScreenTests {
    static let savedAt = "2026-02-20T08:00:00.000Z"
    static let savedDay = Day(year: 2026, month: 2, day: 20)!

    /// Tiny with K000001 registered on 2026-02-25, plus `extra` candidates.
    static func dataset(extra: [Candidate] = []) -> Dataset {
        var candidates = Tiny.candidates
        candidates[0].unemployedSince = Day(year: 2026, month: 2, day: 25)!
        return Dataset(schema: Tiny.schema, registry: Tiny.registry, candidates: candidates + extra, vacancies: Tiny.vacancies,
                       companies: Tiny.companies, barometer: [])
    }

    /// A candidate who registered on 2026-03-01.
    static func newcomer(_ id: String, _ competences: [(String, Int, Double)]) -> Candidate {
        var c = Tiny.candidate(id, "Ny Kandidat \(id.suffix(1))", home: "0860", consent: true, competences: competences)
        c.unemployedSince = Day(year: 2026, month: 3, day: 1)!
        return c
    }

    func session(_ store: MemoryJournal.Store, dataset: Dataset = dataset(), width: Int = 80, height: Int = 24,
                 user: String = "anna", audit: AuditLog = AuditLog(), clock: String = "2026-03-02T09:00:00.000Z") -> WorkbenchSession {
        let journal = MemoryJournal(user: user, store: store)
        journal.time = clock
        return WorkbenchSession(data: WorkbenchData(dataset: dataset, today: Tiny.today), context: Tiny.context,
                                size: TerminalSize(width: width, height: height), provider: MatchEngineProvider(dataset: dataset),
                                audit: { audit.record($0) }, journal: journal)
    }

    func lines(_ s: WorkbenchSession, width: Int = 80, height: Int = 24) -> [String] {
        s.render(size: TerminalSize(width: width, height: height), usesColor: false).text()
    }
    func text(_ s: WorkbenchSession, width: Int = 80, height: Int = 24) -> String { lines(s, width: width, height: height).joined(separator: "\n") }
    func type(_ s: WorkbenchSession, _ text: String) { for c in text { s.handle(.char(c)) } }

    /// A store holding anna's "Svejsere" (saved 2026-02-20) and one of astrid's.
    func storeWithSearches(_ extra: [(String, String)] = []) throws -> MemoryJournal.Store {
        let store = MemoryJournal.Store()
        _ = try store.append(.savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .save, day: Self.savedDay), user: "anna", time: Self.savedAt)
        _ = try store.append(.savedSearch(name: "Astrids kokke", query: "occ:cook", action: .save, day: Self.savedDay), user: "astrid", time: Self.savedAt)
        for (name, query) in extra {
            _ = try store.append(.savedSearch(name: name, query: query, action: .save, day: Self.savedDay), user: "anna", time: Self.savedAt)
        }
        return store
    }

    /// The Dashboard row of a saved search.
    func row(_ s: WorkbenchSession, _ name: String, width: Int = 80, height: Int = 24) -> String? {
        lines(s, width: width, height: height).first { $0.contains(name) && !$0.contains("Saved searches") }
    }

    @Test func theQueryOnScreenIsSavedUnderANameThroughTheJournal() {
        let store = MemoryJournal.Store()
        let s = session(store)
        s.handle(.char("c"))
        type(s, "comp:weld.mig")
        s.handle(.ctrl("s"))
        #expect(text(s).contains("Save as:") && text(s).contains("Enter saves · Esc cancels"), "\(text(s))")
        type(s, "Svejsere q?")  // q and ? are typed into the name, not acted on
        s.handle(.backspace); s.handle(.backspace); s.handle(.backspace)
        s.handle(.enter)
        #expect(store.entries.map(\.payload) == [.savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .save, day: Tiny.today)])
        #expect(store.entries.first?.user == "anna")
        #expect(text(s).contains("Saved as “Svejsere”"), "\(text(s))")
        #expect(lines(s)[0].contains("Candidates “Svejsere”"), "the title names the saved search: \(lines(s)[0])")
        #expect(!text(s).contains("Save as:"))
        // From the results list the key is S.
        s.handle(.enter)
        #expect(s.state.open(CandidatesScreen.self)?.focus == .results)
        s.handle(.char("S"))
        #expect(text(s).contains("Save as:"))
        s.handle(.escape)
        #expect(text(s).contains("Not saved") && !text(s).contains("Save as:"))
        #expect(store.entries.count == 1)
        #expect(s.state.screen == CandidatesScreen.id, "Esc closed the prompt, not the screen")
    }

    @Test func anEmptyOrTakenNameAndAnInvalidQueryAreRefusedClearly() throws {
        let store = try storeWithSearches()
        let s = session(store)
        s.handle(.char("c"))
        s.handle(.ctrl("s"))
        #expect(text(s).contains("Type a query first — only a query that runs can be saved"))
        type(s, "comp:weld.mig lic:")
        s.handle(.ctrl("s"))
        #expect(text(s).contains("The query has an error (the caret shows where) — fix it before saving"), "\(text(s))")
        #expect(!text(s).contains("Save as:"))
        s.handle(.ctrl("u"))
        type(s, "comp:weld.mig")
        s.handle(.ctrl("s"))
        s.handle(.enter)
        #expect(text(s).contains("Give the search a name (Esc cancels)"))
        type(s, "svejsere")
        s.handle(.enter)
        #expect(text(s).contains("You already have a saved search named “Svejsere” — choose another name"), "\(text(s))")
        #expect(text(s).contains("Save as: svejsere"), "the prompt stays open to fix the name")
        // astrid's names are hers: anna may use one.
        s.handle(.ctrl("u"))
        type(s, "Astrids kokke")
        s.handle(.enter)
        #expect(store.entries.count == 3 && store.entries.last?.user == "anna")
        #expect(store.state.savedSearches.searches(of: "anna").map(\.name) == ["Svejsere", "Astrids kokke"])
    }

    @Test func theListShowsOnlyMySearchesRunsOneAndDeletesOne() throws {
        let store = try storeWithSearches([("Truck", "comp:forklift.drive")])
        let s = session(store)
        s.handle(.char("c"))
        s.handle(.ctrl("o"))
        let shown = text(s)
        #expect(shown.contains("Your saved searches (2)") && shown.contains("Svejsere") && shown.contains("Truck"), "\(shown)")
        #expect(!shown.contains("Astrids kokke"), "another user's saved searches are not listed")
        s.handle(.char("j"))
        s.handle(.enter)
        let screen = try #require(s.state.open(CandidatesScreen.self))
        #expect(screen.query.text == "comp:forklift.drive" && screen.outcome?.hits.map(\.candidateID) == ["K000003"])
        #expect(store.entries.last?.payload == .savedSearch(name: "Truck", query: "comp:forklift.drive", action: .open, day: Tiny.today))
        #expect(store.state.savedSearches.search("Truck", of: "anna")?.lastOpened == "2026-03-02T09:00:00.000Z")
        #expect(text(s).contains("its count of new candidates starts again today") && lines(s)[0].contains("Candidates “Truck”"))
        // Delete asks for a second D.
        s.handle(.ctrl("o"))
        s.handle(.char("D"))
        #expect(text(s).contains("Press D again to delete the saved search “Svejsere”"))
        s.handle(.char("j")); s.handle(.char("k"))
        s.handle(.char("D"))
        #expect(store.entries.count == 4, "a key between the two D presses disarms the first")
        s.handle(.char("D"))
        #expect(store.entries.last?.payload == .savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .delete, day: Tiny.today))
        #expect(text(s).contains("Deleted the saved search “Svejsere”") && text(s).contains("Your saved searches (1)"), "\(text(s))")
        s.handle(.tab)
        #expect(s.state.open(CandidatesScreen.self)?.focus == .query)
        s.handle(.escape)
        #expect(s.state.screen == DashboardScreen.id, "Esc in the query line still goes back")
    }

    @Test func theDashboardCountsNewMatchesAndOpeningResetsTheCount() throws {
        let store = try storeWithSearches([("Pleje", "comp:care.elderly")])
        let s = session(store)
        var svejsere = try #require(row(s, "Svejsere"), "\(text(s))")
        #expect(text(s).contains("Saved searches (2)"))
        #expect(svejsere.contains("1 new") && svejsere.contains(" 4 ") && svejsere.contains("2026-02-20"), "\(svejsere)")
        #expect(try #require(row(s, "Pleje")).contains("0 new"))
        #expect(!text(s).contains("Astrids kokke"))
        // Two more candidates registered since: one welder, one carer.
        let audit = AuditLog()
        let later = session(store, dataset: Self.dataset(extra: [Self.newcomer("K000007", [("weld.mig", 3, 2)]),
                                                                  Self.newcomer("K000008", [("care.elderly", 2, 1)])]),
                            audit: audit)
        svejsere = try #require(row(later, "Svejsere"))
        #expect(svejsere.contains("2 new") && svejsere.contains(" 5 "), "\(svejsere)")
        #expect(try #require(row(later, "Pleje")).contains("1 new"))
        // Enter on the row opens it on the Candidates screen; that is an opening, and the count starts again.
        #expect(audit.events.isEmpty, "the Dashboard shows counts, no candidate, so it logs nothing")
        later.handle(.tab); later.handle(.tab)
        later.handle(.enter)
        // The Candidates screen lists names as every search there does: logged first.
        let logged = try #require(audit.events.first { $0.recordKind == "search" })
        #expect(logged.recordID == "comp:weld.mig" && logged.detail.contains("K000007") && !logged.detail.contains("K000003"), "\(logged)")
        #expect(later.state.screen == CandidatesScreen.id)
        #expect(later.state.open(CandidatesScreen.self)?.outcome?.matched == 5)
        #expect(store.entries.last?.payload == .savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .open, day: Tiny.today))
        later.handle(.escape)
        svejsere = try #require(row(later, "Svejsere"))
        #expect(svejsere.contains("0 new") && svejsere.contains("2026-03-02"), "\(svejsere)")
        #expect(try #require(row(later, "Pleje")).contains("1 new"), "only the opened search starts again")
        // The other workbench sees the opening at its next refresh.
        s.journalInterval = 0
        s.pollBackground()
        #expect(try #require(row(s, "Svejsere")).contains("0 new"))
    }

    @Test func countsRunInTheBackgroundAndSayCountingMeanwhile() throws {
        let store = try storeWithSearches()
        let dataset = Self.dataset()
        let worker = BackgroundWorker(today: Tiny.today, wake: WakeSignal()) { MatchEngineProvider(dataset: dataset) }
        let gate = DispatchSemaphore(value: 0)
        worker.hold(until: gate)
        let state = AppState(data: WorkbenchData(dataset: dataset, today: Tiny.today), context: Tiny.context,
                             size: TerminalSize(width: 80, height: 24))
        let s = WorkbenchSession(state: state, runner: worker, audit: { _ in }, journal: MemoryJournal(user: "anna", store: store))
        #expect(try #require(row(s, "Svejsere")).contains("counting…"))
        gate.signal()
        worker.waitUntilIdle()
        let counting = DispatchSemaphore(value: 0)
        worker.hold(until: counting)
        s.pollBackground()
        #expect(s.state.engine == .ready)
        #expect(try #require(row(s, "Svejsere")).contains("counting…"))
        s.handle(.char("j"))  // keys are handled while it counts
        #expect(s.state.dashboard.municipalities.selected == 1)
        counting.signal()
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(try #require(row(s, "Svejsere")).contains("1 new"), "\(text(s))")
    }

    @Test func theSectionFitsEightyByTwentyFourAndLeavesTheCallQueue() throws {
        let store = try storeWithSearches([("Pleje", "comp:care.elderly"), ("Truck", "comp:forklift.drive")])
        let s = session(store)
        let l = lines(s)
        #expect(l.count == 24 && l.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(l.contains { $0.contains("Saved searches (3)") } && l.contains { $0.contains("↓ 2 more") }, "\(l.joined(separator: "\n"))")
        #expect(l.contains { $0.contains("Expiring within 5 days") } && l.contains { $0.contains("Municipalities") })
        // Without saved searches there is no section and the Dashboard is as before.
        let none = session(MemoryJournal.Store())
        #expect(!text(none).contains("Saved searches"))
        // At 120×40 every search has its row.
        s.handle(.resize(width: 120, height: 40))
        #expect(try #require(row(s, "Truck", width: 120, height: 40)).contains("0 new"))
    }

    /// The workbench runs on its session's day (`--today`), which need not be the clock's: a
    /// search saved or opened in a session of 2026-03-02 counts its new candidates from
    /// 2026-03-02 even when the journal writes the entry a week later by the clock. (It took
    /// the clock's day before, so the demo run with `--today 2026-11-24` showed "0 new since"
    /// the real date on every saved search.)
    @Test func savingAndOpeningCountFromTheSessionsDayNotTheClocks() throws {
        let store = try storeWithSearches()
        let s = session(store, clock: "2026-03-09T09:00:00.000Z")  // the clock, a week after the session's day
        s.handle(.char("c"))
        type(s, "comp:care.elderly")
        s.handle(.ctrl("s"))
        type(s, "Pleje")
        s.handle(.enter)
        let saved = try #require(store.state.savedSearches.search("Pleje", of: "anna"))
        #expect(saved.lastOpenedDay == Tiny.today, "saved in a session of \(Tiny.today): \(saved)")
        s.handle(.escape)
        #expect(s.state.screen == DashboardScreen.id)
        let pleje = try #require(row(s, "Pleje"), "\(text(s))")
        #expect(pleje.contains("2026-03-02") && !pleje.contains("2026-03-09"), "\(pleje)")
        // Opening the older one (saved 2026-02-20) starts its count on the session's day too.
        s.send(.command("search svejsere"))
        #expect(store.state.savedSearches.search("Svejsere", of: "anna")?.lastOpenedDay == Tiny.today)
        s.handle(.escape)
        let svejsere = try #require(row(s, "Svejsere"), "\(text(s))")
        #expect(svejsere.contains("2026-03-02") && !svejsere.contains("2026-03-09"), "\(svejsere)")
    }

    @Test func searchCommandRunsASavedSearchByName() throws {
        let store = try storeWithSearches()
        let s = session(store)
        s.send(.command("search astrids kokke"))
        #expect(text(s).contains("No saved search named “astrids kokke” — yours: Svejsere"), "\(text(s))")
        s.send(.command("search svejsere"))
        #expect(s.state.screen == CandidatesScreen.id && s.state.open(CandidatesScreen.self)?.query.text == "comp:weld.mig")
        #expect(store.entries.last?.payload == .savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .open, day: Tiny.today))
    }
}
