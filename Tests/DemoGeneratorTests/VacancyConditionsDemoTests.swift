import DemoGenerator
import JobMatchCore
import Testing

/// Issue #11 in the demo: vacancies whose occupation needs it ask for her own car or for
/// evening, night and weekend work, as their job ads would; the rest ask neither.
@Suite struct VacancyConditionsDemoTests {
    let vacancies = Generated.demo.vacancies
    let occupations = Dictionary(Generated.schema.occupations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    func isco(_ v: Vacancy) -> String { occupations[v.occupation]?.isco ?? "" }

    @Test("home-care rounds are driven in her own car (with licence B); only care, sales and caretaking are")
    func drivingJobs() {
        let homeCare = vacancies.filter { $0.occupation == "occ.sosu-helper" || $0.occupation == "occ.practical-home-helper" }
        #expect(!homeCare.isEmpty)
        #expect(Generated.share(homeCare) { $0.car == .driving } >= 0.4, "\(homeCare.map(\.car))")
        for v in vacancies where v.car == .driving {
            #expect(v.licences.contains("B"), "\(v.id)")
            #expect(["53", "51", "3322", "2635", "9111", "5153", "3334"].contains { isco(v).hasPrefix($0) }, "\(v.id) \(v.occupation)")
        }
    }

    @Test("hospitality works evenings and weekends; office work asks no odd hours and no car")
    func hours() {
        let hospitality = vacancies.filter { ["512", "513", "9412"].contains(where: isco($0).hasPrefix) && $0.jobType == "ordinary" }
        #expect(Generated.share(hospitality) { $0.workingHours.contains(.evening) } >= 0.4, "\(hospitality.map(\.workingHours))")
        let office = vacancies.filter { ["41", "43", "24", "25", "331"].contains(where: isco($0).hasPrefix) }
        #expect(!office.isEmpty)
        #expect(office.allSatisfy { $0.workingHours.isEmpty && $0.car == .none })
        // Believable overall: a minority of all jobs ask either.
        let asking = Generated.share(vacancies) { $0.car != .none || !$0.workingHours.isEmpty }
        #expect(asking > 0.1 && asking < 0.4, "\(asking)")
    }

    @Test("learning schemes and flex jobs ask no odd hours: they are fitted to the person")
    func fittedJobs() {
        for v in vacancies where ["apprenticeship", "company-internship", "flex-job"].contains(v.jobType) {
            #expect(v.workingHours.isEmpty, "\(v.id) \(v.jobType)")
        }
    }
}
