/// The standard screens' states on the route stack, by name (tests, captures, benchmarks).
extension AppState {
    /// The Vacancies list: open, else as it was left, else fresh.
    package var vacancies: VacanciesScreen {
        open(VacanciesScreen.self) ?? parked[VacanciesScreen.id]?.screen as? VacanciesScreen ?? VacanciesScreen(data: data)
    }
    package var dashboard: DashboardScreen { open(DashboardScreen.self) ?? DashboardScreen() }
    package var ranking: RankingScreen? { open(RankingScreen.self) }
    package var candidate: CandidateScreen? { open(CandidateScreen.self) }
}

extension ScreenID {
    package static let dashboard = DashboardScreen.id
    package static let vacancies = VacanciesScreen.id
    package static let ranking = RankingScreen.id
    package static let candidate = CandidateScreen.id
}
