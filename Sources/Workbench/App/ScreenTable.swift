/// The screens the workbench has: one line per screen. The route stack, help, `:` commands
/// and `v`/`d` read it; adding a screen is a folder under `Screens/` and a line here.
package struct ScreenTable: Sendable, Equatable {
    package struct Entry: Sendable {
        package var type: any WorkbenchScreen.Type
        /// `:command` opens the screen on top of the Dashboard; nil for screens opened with
        /// an argument (a ranking needs a vacancy).
        package var command: String?
        /// Its fresh state; nil when it needs an argument.
        package var make: (@Sendable (ScreenEnv) -> any WorkbenchScreen)?

        package init(_ type: any WorkbenchScreen.Type, command: String? = nil,
                     make: (@Sendable (ScreenEnv) -> any WorkbenchScreen)? = nil) {
            self.type = type; self.command = command; self.make = make
        }
    }

    package var entries: [Entry]
    package init(_ entries: [Entry]) { self.entries = entries }

    package static let standard = ScreenTable([
        Entry(DashboardScreen.self, command: "dashboard", make: { _ in DashboardScreen() }),
        Entry(VacanciesScreen.self, command: "vacancies", make: { VacanciesScreen(data: $0.data) }),
        Entry(RankingScreen.self),
        Entry(CandidateScreen.self),
        Entry(CandidatesScreen.self, command: "candidates", make: { _ in CandidatesScreen() }),
        Entry(ShortlistScreen.self),
        Entry(ReviewScreen.self, command: "review", make: { _ in ReviewScreen() }),
        Entry(CallLogScreen.self),
        Entry(TriageScreen.self),
        Entry(BarometerScreen.self, command: "barometer", make: { BarometerScreen(data: $0.data) }),
        Entry(ShortageScreen.self, command: "shortage", make: { ShortageScreen(data: $0.data, home: $0.context.user.municipality) }),
        Entry(UpskillingScreen.self, command: "upskilling", make: { UpskillingScreen(data: $0.data, courses: $0.context.courses) }),
        Entry(AllocationScreen.self, command: "allocate", make: { _ in AllocationScreen() }),
        Entry(VisitsScreen.self, command: "visits", make: { _ in VisitsScreen() }),
        Entry(RecruitmentScreen.self, command: "recruitment", make: { RecruitmentScreen(env: $0) }),
    ])

    package func entry(_ id: ScreenID) -> Entry? { entries.first { $0.type.id == id } }
    package func entry(command: String) -> Entry? {
        let name = command.lowercased()
        return entries.first { $0.command == name || ($0.command?.first.map(String.init) == name && name.count == 1) }
    }

    package static func == (a: ScreenTable, b: ScreenTable) -> Bool { a.ids == b.ids }

    private var ids: [ScreenID] { entries.map { entry in entry.type.id } }
}
