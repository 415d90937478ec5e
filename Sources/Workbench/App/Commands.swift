import Foundation
import JobMatchCore

/// The `:` command line: `:open V000123`, `:filter …`, `:sort title`, `:help`, `:q`, and
/// `:NAME` for every screen in the `ScreenTable` that has a command.
enum Commands {
    /// Commands listed by `:help` and in the user guide.
    static let fixed: [(usage: String, meaning: String)] = [
        (":open V000123", "Rank candidates for a vacancy"),
        (":open K000123", "Open a candidate's profile"),
        (":triage V000123", "Triage a vacancy's candidates one card at a time"),
        (":filter WORDS", "Filter the current list (kommune:… type:… group:… expiring score:60 words)"),
        (":filter", "Clear the filter (also :nofilter)"),
        (":sort expiry|newest|title|municipality|company", "Sort the Vacancies list"),
        (":search NAME", "Run your saved search NAME on the Candidates screen"),
        (":help", "Keys of this screen and these commands"),
        (":q", "Quit"),
    ]

    /// Every command, the screens' included, in the order `:help` shows them.
    static func list(_ screens: ScreenTable) -> [(usage: String, meaning: String)] {
        let opens = screens.entries.compactMap { e in e.command.map { (usage: ":\($0)", meaning: "Go to \(e.type.title)") } }
        return Array(fixed.prefix(6)) + opens + Array(fixed.dropFirst(6))
    }

    static func run(_ state: inout AppState, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let name = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name.lowercased() {
        case "":
            return []
        case "q", "q!", "quit", "qa", "exit":
            state.quit = true
        case "help", "h":
            state.help = Reducer.help(for: state, withCommands: true)
        case "open", "o", "e":
            return open(&state, argument)
        case "triage":
            guard let row = state.data.vacancyRows.row(of: argument.uppercased()) else {
                state.message = StatusMessage(argument.isEmpty ? "Triage which vacancy? Type :triage V000123"
                                              : "No vacancy with id \(argument.uppercased())", isError: true)
                return []
            }
            // The ranking goes underneath (q pauses back to it), and its answer feeds both.
            return Reducer.withTop(&state) { _, env in
                let effects = RankingScreen.open(vacancyRow: row, &env)
                guard case .push(let screen)? = env.navigation.last, let ranking = screen as? RankingScreen else { return effects }
                return effects + TriageScreen.open(vacancyRow: row, outcome: nil, sharing: ranking.requestID, &env)
            }
        case "search":
            return openSaved(&state, argument)
        case "filter", "f":
            if argument.isEmpty { return run(&state, "nofilter") }
            return filter(&state, argument)
        case "nofilter", "clear":
            guard state.top is any Filterable else { state.message = StatusMessage("Nothing to filter on this screen"); return [] }
            return Reducer.reduce(&state, .clearFilter)
        case "sort":
            guard let sort = VacancySort.allCases.first(where: { $0.label == argument.lowercased() || $0.rawValue == argument.lowercased() }) else {
                state.message = StatusMessage("Sort by one of: \(VacancySort.allCases.map(\.label).joined(separator: ", "))", isError: true)
                return []
            }
            if state.screen != VacanciesScreen.id { _ = Reducer.goTo(&state, VacanciesScreen.id) }
            return Reducer.withTop(&state) { screen, env in
                if var v = screen as? VacanciesScreen { v.sort(by: sort, &env); screen = v }
                return []
            }
        default:
            if let entry = state.screens.entry(command: name), entry.make != nil {
                return Reducer.goTo(&state, entry.type.id)
            }
            state.message = StatusMessage("Unknown command “\(name)” — try :help, :open V000123, :filter …, :q", isError: true)
        }
        return []
    }

    /// `:filter WORDS` filters the list on screen; on the Dashboard, the Vacancies list.
    private static func filter(_ state: inout AppState, _ query: String) -> [Effect] {
        if state.screen == DashboardScreen.id {
            var env = state.env()
            var vacancies = env.parked(VacanciesScreen.self) ?? VacanciesScreen(data: state.data)
            if let error = vacancies.applyFilter(query, &env) {
                state.message = StatusMessage(error.message, isError: true)
                return []
            }
            env.navigation = [.push(vacancies)]
            Reducer.apply(&state, env)
            return []
        }
        return Reducer.withTop(&state) { screen, env in
            if let error = Prompts.applyFilter(&screen, query, &env) { env.say(error.message, isError: true) }
            return []
        }
    }

    /// `:search NAME`: the acting user's saved search on the Candidates screen (the name as
    /// saved, or without regard to case).
    private static func openSaved(_ state: inout AppState, _ name: String) -> [Effect] {
        let mine = state.work.savedSearches.searches(of: state.context.user.user)
        guard let s = mine.first(where: { $0.name == name }) ?? mine.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let yours = mine.isEmpty ? "you have none yet (S on the Candidates screen saves one)" : "yours: " + mine.map(\.name).joined(separator: ", ")
            state.message = StatusMessage((name.isEmpty ? "Which saved search? Type :search NAME — " : "No saved search named “\(name)” — ") + yours,
                                          isError: true)
            return []
        }
        return Reducer.withTop(&state) { screen, env in
            guard var candidates = screen as? CandidatesScreen else { return CandidatesScreen.open(saved: s, &env) }
            let effects = candidates.run(saved: s, &env)
            screen = candidates
            return effects
        }
    }

    private static func open(_ state: inout AppState, _ id: String) -> [Effect] {
        let id = id.uppercased()
        guard !id.isEmpty else {
            state.message = StatusMessage("Open what? Type :open V000123 (vacancy) or :open K000123 (candidate)", isError: true)
            return []
        }
        if let row = state.data.vacancyRows.row(of: id) {
            return Reducer.withTop(&state) { _, env in RankingScreen.open(vacancyRow: row, &env) }
        }
        if let row = state.data.candidateRows.row(of: id) {
            // A candidate opened while a ranking is open is shown against that vacancy.
            let context = state.open(RankingScreen.self)?.vacancyRow
            return Reducer.withTop(&state) { _, env in
                CandidateScreen.open(candidateRow: row, vacancyRow: context, reason: "profile opened with :open \(id)", &env)
            }
        }
        state.message = StatusMessage("No vacancy or candidate with id \(id)", isError: true)
        return []
    }
}
