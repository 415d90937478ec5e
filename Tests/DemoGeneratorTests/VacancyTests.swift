import DemoGenerator
import JobMatchCore
import Testing

@Suite struct VacancyTests {
    let d = Generated.demo

    @Test func everyIndustryGroupAndEveryJobTypeOccurs() {
        #expect(Set(d.companies.map(\.industryGroup)) == Set(d.schema.industryGroups.map(\.code)))
        // Every job type with a rule in force after the data's day occurs (job rotation ended
        // on 31 January 2026, so the 2026-11-24 demo has none).
        let usable = d.schema.jobTypes.filter { $0.rule(on: Generated.today) != nil }.map(\.id)
        #expect(Set(d.vacancies.map(\.jobType)) == Set(usable))
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
        let learning = Set(d.schema.jobTypes.filter { $0.learningScheme == true }.map(\.id))
        for v in d.vacancies where !learning.contains(v.jobType) {
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
        // Mostly in the company's own industry group; a municipal nursery (group 14) hires
        // pedagogues (15), a Vej og Park department (13) landscape gardeners (12).
        #expect(Generated.share(d.vacancies) { groupOf[$0.occupation] == company[$0.company]!.industryGroup } > 0.85)
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

/// Rules as of the data's dates (issue P8).
@Suite("Demo follows the rules in force")
struct DemoRulesTests {
    @Test("no benefit or job type that has ended: no uddannelseshjælp, no job rotation after January 2026")
    func onlySchemesInForce() {
        let demo = Generated.demo
        #expect(!demo.candidates.contains { $0.benefit == "uddannelseshjaelp" })
        let rotation = Generated.schema.jobTypes.first { $0.id == "job-rotation" }
        for v in demo.vacancies where v.jobType == "job-rotation" {
            #expect(rotation?.rule(on: max(v.startDate, Generated.today)) != nil, "\(v.id) starts \(v.startDate)")
        }
        let cash = demo.candidates.filter { $0.benefit == "kontanthjaelp" }
        #expect(cash.contains { $0.matchCategory == "uddannelsesparat" }, "the young without education are kontanthjælp recipients now")
    }

    @Test("apprenticeships and internships ask for no essential competence, and no apprenticeship is degree-trained")
    func learningSchemes() {
        let demo = Generated.demo
        let isco = Dictionary(Generated.schema.occupations.map { ($0.id, $0.isco) }, uniquingKeysWith: { a, _ in a })
        let learning = demo.vacancies.filter { $0.jobType == "apprenticeship" || $0.jobType == "company-internship" }
        #expect(!learning.isEmpty)
        for v in learning {
            #expect(!v.requirements.contains { $0.essential || $0.minLevel >= 3 }, "\(v.id) \(v.title)")
        }
        for v in demo.vacancies where v.jobType == "apprenticeship" {
            let group = isco[v.occupation]?.first
            #expect(group != "1" && group != "2", "\(v.id) \(v.title) is trained at a university or academy")
        }
    }
}

/// Employers fit their vacancies and names fit sites (issue P8).
@Suite("Demo employers make sense")
struct DemoEmployerTests {
    let d = Generated.demo

    @Test("police, defence and customs are state employers; fire services regional; departments hire what they do")
    func employersFitTheirJobs() {
        var company: [String: Company] = [:]
        for c in d.companies { company[c.id] = c }
        let owners: [String: [String]] = [
            "occ.police-officer": ["Politi"], "occ.soldier": ["Forsvaret"], "occ.customs-officer": ["Toldstyrelsen"],
            "occ.firefighter": ["Beredskab", "Brand"],
        ]
        for v in d.vacancies {
            let name = company[v.company]!.name
            if let words = owners[v.occupation] {
                #expect(words.contains { name.contains($0) }, "\(v.id) \(v.occupation) at \(name)")
                #expect(v.publicEmployer)
            }
            if name.contains("Politi") { #expect(v.occupation == "occ.police-officer", "\(v.id) \(v.occupation) at \(name)") }
            if name.hasSuffix("Kommune, IT-afdeling") {
                #expect(["occ.it-supporter", "occ.system-administrator"].contains(v.occupation), "\(v.id) at \(name)")
            }
            if name.hasSuffix("Kommune, Vej og Park") { #expect(v.occupation == "occ.landscape-gardener", "\(v.id) at \(name)") }
            if name.contains("Tandklinik") { #expect(v.occupation == "occ.dental-assistant", "\(v.id) at \(name)") }
        }
    }

    @Test("a regional word in a company name fits every one of its sites")
    func regionalNamesFitSites() {
        let funen: Set<String> = ["0410", "0420", "0430", "0440", "0450", "0461", "0479", "0480", "0482", "0492"]
        let north = Set(d.registry.municipalities.filter { $0.region == "Region Nordjylland" }.map(\.code))
        for c in d.companies {
            if c.name.hasPrefix("Fynsk ") { #expect(c.municipalities.allSatisfy { funen.contains($0) }, "\(c.name) \(c.municipalities)") }
            if c.name.hasPrefix("Nordjysk ") || c.name.hasPrefix("Vendsyssel ") {
                #expect(c.municipalities.allSatisfy { north.contains($0) }, "\(c.name) \(c.municipalities)")
            }
            if c.name.hasPrefix("Trekantens ") {
                let trekant: Set<String> = ["0410", "0530", "0575", "0607", "0621", "0630"]
                #expect(c.municipalities.allSatisfy { trekant.contains($0) }, "\(c.name)")
            }
        }
    }

    @Test("jobs done in Danish ask for Danish")
    func danishWhereNeeded() {
        let isco = Dictionary(d.schema.occupations.map { ($0.id, $0.isco) }, uniquingKeysWith: { a, _ in a })
        for v in d.vacancies {
            guard let code = isco[v.occupation], let major = code.first, "012345".contains(major), !code.hasPrefix("25") else { continue }
            #expect(v.languages.contains { $0.code == "da" }, "\(v.id) \(v.title) asks no Danish")
        }
    }
}
