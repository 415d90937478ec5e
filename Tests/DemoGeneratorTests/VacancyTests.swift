import DemoGenerator
import JobMatchCore
import Testing

@Suite struct VacancyTests {
    let d = Generated.demo

    @Test func everyIndustryGroupAndEveryJobTypeOccurs() {
        #expect(Set(d.companies.map(\.industryGroup)) == Set(d.schema.industryGroups.map(\.code)))
        #expect(Set(d.vacancies.map(\.jobType)) == Set(d.schema.jobTypes.map(\.id)))
        #expect((0.6...0.8).contains(Generated.share(d.vacancies) { $0.jobType == "ordinary" }))
    }

    @Test func someAdsExpireWithinFiveDaysAndSomeHaveExpired() {
        let today = Generated.today
        let followUp = Generated.share(d.vacancies) { $0.needsFollowUp(today: today) }
        #expect((0.04...0.13).contains(followUp))
        let expired = d.vacancies.filter { $0.status == .expired }
        #expect(!expired.isEmpty && expired.allSatisfy { $0.expiryDate < today })
        for v in d.vacancies {
            #expect((0...40).contains(v.postedDate.days(until: today)), "\(v.id) posted \(v.postedDate)")
            #expect((14...60).contains(v.postedDate.days(until: v.expiryDate)), "\(v.id)")
        }
        #expect(Generated.share(d.vacancies) { $0.status == .open } > 0.8)
    }

    @Test func requirementsAreTheOccupationsEssentialProfile() {
        var byId: [String: Occupation] = [:]
        for o in d.schema.occupations { byId[o.id] = o }
        var shifted = 0
        for v in d.vacancies {
            let profile = byId[v.occupation]!.essential
            let essential = v.requirements.filter(\.essential)
            #expect(essential.map(\.competence) == profile.map(\.competence), "\(v.id)")
            for (r, p) in zip(essential, profile) {
                #expect(abs(r.minLevel - p.level) <= 1)
                if r.minLevel != p.level { shifted += 1 }
            }
        }
        #expect(shifted > 0)
        #expect(d.vacancies.contains { $0.requirements.contains { !$0.essential } })
    }

    @Test func vacanciesBelongToTheirCompanysIndustryAndSites() {
        var company: [String: Company] = [:]
        for c in d.companies { company[c.id] = c }
        var groupOf: [String: String] = [:]
        for o in d.schema.occupations { groupOf[o.id] = o.group }
        #expect(d.vacancies.allSatisfy { groupOf[$0.occupation] == company[$0.company]!.industryGroup })
        let publicShare = Generated.share(d.vacancies.filter { ["13", "14", "15"].contains(company[$0.company]!.industryGroup) }) { $0.publicEmployer }
        let privateShare = Generated.share(d.vacancies.filter { !["13", "14", "15"].contains(company[$0.company]!.industryGroup) }) { $0.publicEmployer }
        #expect(publicShare > 0.6 && privateShare < 0.15)
    }

    @Test func positionsTitlesAndHoursLookLikeJobAds() {
        #expect(d.vacancies.allSatisfy { (1...25).contains($0.positions) })
        #expect(Generated.share(d.vacancies) { $0.positions == 1 } > 0.5)
        let big = Generated.generate(candidates: 0, vacancies: 5_000)
        #expect(big.vacancies.contains { $0.positions >= 10 })
        #expect(d.vacancies.contains { $0.title.hasPrefix("Erfaren ") })
        #expect(d.vacancies.filter { $0.jobType == "flex-job" }.allSatisfy { $0.hoursPerWeek <= 30 })
        #expect(d.vacancies.allSatisfy { (10...37).contains($0.hoursPerWeek) })
    }

    @Test func companiesHaveUniqueDanishNamesAndCvrNumbers() {
        let names = d.companies.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.contains { $0.hasSuffix(" ApS") } && names.contains { $0.hasSuffix(" A/S") })
        #expect(d.companies.allSatisfy { $0.id.count == 8 && $0.id.first != "0" })
        #expect(d.companies.allSatisfy { (1...3).contains($0.municipalities.count) })
        #expect(d.companies.contains { $0.municipalities.count > 1 })
        // Large national sets still get unique names.
        let many = Generated.generate(candidates: 0, vacancies: 0, companies: 6_000, barometerVisits: 0)
        #expect(Set(many.companies.map(\.name)).count == 6_000)
    }
}
