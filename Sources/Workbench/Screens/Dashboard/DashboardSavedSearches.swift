import JobMatchCore
import TerminalUI

/// The Dashboard's "Saved searches" section (Jobnet's CV agent): each of the acting user's
/// saved searches with how many candidates match it now and how many of them are new since
/// she last opened it (`SavedSearch.isNew`: registered as unemployed on or after that day).
/// The counts run in the background (`.countSavedSearches`), "counting…" meanwhile; Enter
/// opens the search on the Candidates screen, which records the opening and so starts the
/// count again. Counts only: no candidate is named here.
extension DashboardScreen {
    /// A row of the section.
    struct SavedRow: Sendable {
        var search: SavedSearch
        var count: SavedSearchCount?
        var engineFailed: Bool
    }

    static func mySavedSearches(_ env: ScreenEnv) -> [SavedSearch] { env.work.savedSearches.searches(of: env.context.user.user) }

    static func probe(_ s: SavedSearch) -> SavedSearchProbe { SavedSearchProbe(query: s.query, since: s.lastOpenedDay) }

    func savedRows(_ env: ScreenEnv) -> [SavedRow] {
        let failed: Bool = if case .failed = env.engine { true } else { false }
        return Self.mySavedSearches(env).map { SavedRow(search: $0, count: savedCounts[Self.probe($0)], engineFailed: failed) }
    }

    /// "3 new", "counting…", "error".
    static func newText(_ r: SavedRow) -> String {
        guard let c = r.count else { return r.engineFailed ? "–" : "counting…" }
        return c.error == nil ? "\(Format.count(c.new)) new" : "error"
    }

    static let savedColumns: [ListColumn<SavedRow>] = [
        ListColumn("Saved search", width: 22, min: 10, flexible: true, priority: 10) { $0.search.name },
        ListColumn("New", width: 9, priority: 9, alignRight: true,
                   style: { ($0.count?.new ?? 0) > 0 ? .good : $0.count?.error != nil ? .bad : nil }) { newText($0) },
        ListColumn("Match", width: 6, priority: 6, alignRight: true) { r in
            r.count.map { $0.error == nil ? Format.count($0.matched) : "–" } ?? ""
        },
        ListColumn("New since", width: 10, priority: 7) { "\($0.search.lastOpenedDay)" },
        ListColumn("Query", width: 24, min: 10, flexible: true, weight: 2, priority: 5) { r in
            r.count?.error.map { "\(r.search.query) — \($0)" } ?? r.search.query
        },
    ]

    /// The probes of the user's saved searches with no count yet and none asked for.
    func uncounted(_ env: ScreenEnv) -> [SavedSearchProbe] {
        var seen = Set<SavedSearchProbe>()
        return Self.mySavedSearches(env).map(Self.probe).filter { savedCounts[$0] == nil && !countsAsked.contains($0) && seen.insert($0).inserted }
    }

    /// Asks for the counts not yet known (after the journal changed: a search was saved or
    /// opened, here or in another workbench).
    mutating func askCounts(_ env: inout ScreenEnv) -> [Effect] {
        guard env.engine == .ready else { return [] }
        let probes = uncounted(env)
        guard !probes.isEmpty else { return [] }
        countsAsked.formUnion(probes)
        return [.countSavedSearches(requestID: env.requestID(), probes, viewer: env.context.user)]
    }

    /// Counts arriving, and journal changes that may need new ones. Answers are kept by
    /// probe (query and day), whatever request they answer: the data does not change under
    /// a running workbench, so a count for a probe stays true.
    mutating func receiveSaved(_ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        switch action {
        case .savedSearchesCounted(_, let counts):
            for c in counts {
                savedCounts[c.probe] = c
                countsAsked.remove(c.probe)
            }
            return []
        case .journalFinished, .journalChanged:
            return askCounts(&env)
        default:
            return []
        }
    }

    /// Enter on the section: the selected search on the Candidates screen.
    mutating func openSaved(_ env: inout ScreenEnv) -> [Effect] {
        let mine = Self.mySavedSearches(env)
        guard saved.selected < mine.count else { return [] }
        return CandidatesScreen.open(saved: mine[saved.selected], &env)
    }
}
