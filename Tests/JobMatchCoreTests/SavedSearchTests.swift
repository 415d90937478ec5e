import JobMatchCore
import Testing

/// Saved searches replayed from the journal: per user, replaced by name, opened, deleted;
/// "new" counts candidates registered on or after the day the search was last opened.
@Suite("Saved searches")
struct SavedSearchTests {
    @Test func replayPerUserAndNewSinceLastOpened() throws {
        var s = JournalState()
        let entries: [(String, String, JournalPayload)] = [
            ("mette.frh", "2026-11-20T08:00:00.000Z", .savedSearch(name: "Svejsere", query: "comp:weld.mig", action: .save, day: Day("2026-11-20")!)),
            ("astrid.had", "2026-11-20T09:00:00.000Z", .savedSearch(name: "Kokke", query: "occ:cook", action: .save, day: Day("2026-11-20")!)),
            ("mette.frh", "2026-11-21T08:00:00.000Z", .savedSearch(name: "Truck", query: "cert:forklift", action: .save, day: Day("2026-11-21")!)),
            ("mette.frh", "2026-11-22T08:00:00.000Z", .savedSearch(name: "Svejsere", query: "comp:weld.mig>=3", action: .save, day: Day("2026-11-22")!)),
            ("mette.frh", "2026-11-24T10:00:00.000Z", .savedSearch(name: "Truck", query: "", action: .open, day: Day("2026-11-24")!)),
            ("astrid.had", "2026-11-24T10:00:00.000Z", .savedSearch(name: "Kokke", query: "", action: .delete, day: Day("2026-11-24")!)),
        ]
        for (i, e) in entries.enumerated() { try s.apply(JournalEntry(sequence: i + 1, time: e.1, user: e.0, payload: e.2)) }
        let mine = s.savedSearches.searches(of: "mette.frh")
        #expect(mine.map(\.name) == ["Svejsere", "Truck"])
        #expect(mine[0].query == "comp:weld.mig>=3", "saving under a taken name replaces it")
        #expect(mine[1].query == "cert:forklift" && mine[1].lastOpenedDay == Day("2026-11-24"))
        #expect(s.savedSearches.searches(of: "astrid.had").isEmpty)
        #expect(s.entryCount == 6 && s.vacancies.isEmpty, "saved searches are not vacancy work")
        #expect(mine[1].isNew(registered: Day("2026-11-24")!) && mine[1].isNew(registered: Day("2026-11-25")!))
        #expect(!mine[1].isNew(registered: Day("2026-11-23")!))
    }
}
