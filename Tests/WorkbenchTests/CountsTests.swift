import JobMatchCore
import Testing
@testable import Workbench

/// `jobmatch stats` and the Dashboard count municipalities by one definition
/// (`MunicipalityCounts`): active candidates at their job centre, open vacancies at the
/// work place. Before, `stats` also counted the paused candidate and the closed vacancy.
@Suite struct CountsTests {
    @Test func statsAndTheDashboardGiveTheSameCounts() {
        let stats = Statistics(Tiny.dataset)
        let data = WorkbenchData(dataset: Tiny.dataset, today: Tiny.today)
        let hjorring = stats.perMunicipality.first { $0.key == "0860" }
        #expect(hjorring?.candidates == 2, "K000006 is paused")
        #expect(hjorring?.vacancies == 2, "V000105 is closed")
        for dashboard in data.stats {
            let row = stats.perMunicipality.first { $0.key == dashboard.code }
            #expect(row?.candidates ?? 0 == dashboard.activeCandidates, "\(dashboard.name)")
            #expect(row?.sharing ?? 0 == dashboard.sharedCandidates, "\(dashboard.name)")
            #expect(row?.vacancies ?? 0 == dashboard.openVacancies, "\(dashboard.name)")
            #expect(row?.positions ?? 0 == dashboard.openPositions, "\(dashboard.name)")
        }
    }

    @Test func theDefaultJobCentreIsFrederikshavnWhenItParticipates() {
        #expect(Tiny.registry.participating.contains("0813") == (Tiny.registry.defaultUserMunicipality == "0813"))
    }
}
