import JobMatchCore
import TerminalUI

/// Text captures of every screen, for the README and the user guide: the same renderer
/// the terminal shows, driven by the same keys, on whatever data set is given.
package enum WorkbenchCaptures {
    /// One captured screen.
    package struct Capture: Sendable, Equatable {
        /// "dashboard", "vacancies", "ranking", "candidate", "help".
        package var name: String
        /// The keys pressed from the start to reach it, as a user would type them.
        package var keys: String
        package var text: String
    }

    /// Dashboard, Vacancies, Ranking (the first vacancy, by expiry, that has ranked
    /// candidates), Candidate (its best candidate) and the Ranking help, at `width`×`height`
    /// in monochrome. `provider` defaults to the real engine built from `dataset`.
    package static func screens(dataset: Dataset, context: WorkbenchContext, provider: (any MatchProvider)? = nil,
                               width: Int = 100, height: Int = 30) -> [Capture] {
        let size = TerminalSize(width: width, height: height)
        let session = WorkbenchSession(dataset: dataset, context: context, size: size,
                                       provider: provider ?? MatchEngineProvider(dataset: dataset))
        var captures: [Capture] = []
        var keys: [String] = []
        func capture(_ name: String) {
            let text = session.render(size: size, usesColor: false).text().joined(separator: "\n")
            captures.append(Capture(name: name, keys: keys.joined(separator: " "), text: text))
        }
        func press(_ key: Key) { session.handle(key); keys.append(key.displayName) }
        capture("dashboard")
        press(.char("v"))
        capture("vacancies")
        // Walk down the list until a vacancy has candidates to show.
        let rows = session.state.vacancies.rows.count
        for i in 0..<min(rows, 50) {
            if i > 0 { press(.char("j")) }
            press(.enter)
            if session.state.ranking?.rows.isEmpty == false { break }
            press(.escape)
        }
        guard session.state.screen == .ranking else { return captures }
        capture("ranking")
        press(.enter)
        capture("candidate")
        press(.escape)
        press(.char("?"))
        capture("help")
        return captures
    }
}
