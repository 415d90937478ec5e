import Foundation
import JobMatchCore

/// The `:` command line: `:open V000123`, `:filter …`, `:sort title`, `:help`, `:q`.
extension Reducer {
    /// Commands listed by `:help` and in the user guide.
    public static let commands: [(usage: String, meaning: String)] = [
        (":open V000123", "Rank candidates for a vacancy"),
        (":open K000123", "Open a candidate's profile"),
        (":filter WORDS", "Filter the current list (kommune:… type:… group:… expiring score:60 words)"),
        (":filter", "Clear the filter (also :nofilter)"),
        (":sort expiry|newest|title|municipality|company", "Sort the Vacancies list"),
        (":vacancies / :dashboard", "Go to a screen"),
        (":help", "Keys for this screen"),
        (":q", "Quit"),
    ]

    static func command(_ state: inout AppState, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let name = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name.lowercased() {
        case "":
            return []
        case "q", "q!", "quit", "qa", "exit":
            state.quit = true
        case "help", "h":
            state.help = helpOverlay(for: state.screen)
        case "open", "o", "e":
            return openCommand(&state, argument)
        case "filter", "f":
            if argument.isEmpty { return command(&state, "nofilter") }
            if let error = applyFilter(&state, query: argument) { state.message = StatusMessage(error.message, isError: true) }
        case "nofilter", "clear":
            guard state.screen == .vacancies || state.screen == .ranking else {
                state.message = StatusMessage("Nothing to filter on this screen"); return []
            }
            filterKey(&state, .clearFilter)
        case "sort":
            guard let sort = VacancySort.allCases.first(where: { $0.label == argument.lowercased() || $0.rawValue == argument.lowercased() }) else {
                state.message = StatusMessage("Sort by one of: \(VacancySort.allCases.map(\.label).joined(separator: ", "))", isError: true)
                return []
            }
            state.stack = state.screen == .vacancies ? state.stack : [.dashboard, .vacancies]
            state.ranking = nil; state.candidate = nil
            state.vacancies.sort = sort
            state.vacancies.descending = false
            recomputeVacancies(&state, keepSelection: true)
        case "vacancies", "v":
            return reduce(&state, .goToVacancies)
        case "dashboard", "d":
            return reduce(&state, .goToDashboard)
        default:
            state.message = StatusMessage("Unknown command “\(name)” — try :help, :open V000123, :filter …, :q", isError: true)
        }
        return []
    }

    private static func openCommand(_ state: inout AppState, _ id: String) -> [Effect] {
        let id = id.uppercased()
        guard !id.isEmpty else {
            state.message = StatusMessage("Open what? Type :open V000123 (vacancy) or :open K000123 (candidate)", isError: true)
            return []
        }
        if let row = state.data.vacancyRows.row(of: id) { return openRanking(&state, vacancyRow: row) }
        if let row = state.data.candidateRows.row(of: id) {
            // A candidate opened while a ranking is on screen is shown against that vacancy.
            let context = state.stack.contains(.ranking) ? state.ranking?.vacancyRow : nil
            return openCandidate(&state, candidateRow: Int(row), vacancyRow: context, reason: "profile opened with :open \(id)")
        }
        state.message = StatusMessage("No vacancy or candidate with id \(id)", isError: true)
        return []
    }
}
