import DemoGenerator
import JobMatchCore
import Testing

@Suite struct CandidateTests {
    let people = Generated.demo.candidates

    @Test func candidatesLiveInParticipatingMunicipalitiesByPopulation() {
        let participating = Set(Generated.registry.participating)
        #expect(people.allSatisfy { participating.contains($0.municipality) })
        func count(_ code: String) -> Int { people.filter { $0.municipality == code }.count }
        #expect(count("0851") > 2 * count("0530"))  // Aalborg (217,000) vs Billund (26,000)
        #expect(count("0630") > count("0410"))      // Vejle vs Middelfart
        #expect(Set(people.map(\.municipality)).count == participating.count)
    }

    @Test func aNationalScaleSetCoversEveryMunicipality() {
        let d = Generated.generate(seed: 3, candidates: 30_000, vacancies: 600)
        #expect(Set(d.candidates.map(\.municipality)).count == 98)
        #expect(Set(d.companies.flatMap(\.municipalities)).count > 60)
        // users.json lists only the cooperation's staff, so it still loads.
        let validator = UserValidator(registry: Generated.registry)
        #expect(d.users.allSatisfy { validator.problems(in: $0).isEmpty }, "\(d.users.filter { !validator.problems(in: $0).isEmpty }.prefix(3))")
    }

    @Test func namesAreMostlyDanishWithOtherOriginsAndWideCharacters() {
        let names = people.map(\.name)
        for letter in ["æ", "ø", "å", "Ø", "Å"] { #expect(names.contains { $0.contains(letter) }, "no name with \(letter)") }
        let withoutDanishLanguageFirst = Generated.share(people) { $0.languages.first?.code != "da" }
        #expect((0.06...0.14).contains(withoutDanishLanguageFirst))
        #expect(names.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } })
        #expect(names.contains { $0.contains("ł") || $0.contains("ș") || $0.contains("Ș") || $0.contains("ğ") })
    }

    @Test func contactDetailsAreFakeButPlausible() {
        #expect(people.allSatisfy { $0.email.hasSuffix("@example.dk") && $0.email.allSatisfy(\.isASCII) })
        #expect(people.allSatisfy { $0.phone.hasPrefix("+45 ") && $0.phone.count == 15 })
        #expect(people.contains { $0.email.hasPrefix("soeren.") || $0.email.contains(".oestergaard") })
    }

    @Test func someCandidatesDoNotConsentToSharing() {
        #expect((0.15...0.25).contains(Generated.share(people) { !$0.consentToShare }))
    }

    @Test func benefitsFollowTheJobCentreMix() {
        let dagpenge = Generated.share(people) { $0.benefit == "dagpenge" }
        let kontant = Generated.share(people) { $0.benefit == "kontanthjaelp" }
        let uddannelse = Generated.share(people) { $0.benefit == "uddannelseshjaelp" }
        let syge = Generated.share(people) { $0.benefit == "sygedagpenge" }
        // Uddannelseshjælp ended 30 June 2025: the young without an education are on
        // kontanthjælp in the 2026 demo, as uddannelsesparat or aktivitetsparat.
        #expect((0.38...0.52).contains(dagpenge))
        #expect((0.30...0.48).contains(kontant))
        #expect(uddannelse == 0)
        #expect((0.04...0.11).contains(syge))
        let today = Generated.today
        #expect(people.filter { $0.matchCategory == "uddannelsesparat" }.allSatisfy { today.year - $0.birthYear < 30 })
        #expect(people.filter(\.flexJobApproved).allSatisfy { $0.benefit == "ledighedsydelse" })
        #expect(people.filter { $0.benefit == "dagpenge" }.allSatisfy { $0.matchCategory.isEmpty })
        let categories = Set(people.filter { $0.benefit == "kontanthjaelp" }.map(\.matchCategory))
        #expect(categories == ["jobparat", "aktivitetsparat", "uddannelsesparat"])
    }

    @Test func datesAndSmallChoicesStayInTheirRanges() {
        let today = Generated.today
        for c in people {
            let weeks = c.unemployedSince.days(until: today)
            #expect((7...1_050).contains(weeks), "\(c.id) unemployed \(weeks) days")
            #expect((-30...60).contains(today.days(until: c.availableFrom)), "\(c.id)")
            #expect([30, 45, 60, 75, 90].contains(c.maxCommuteMinutes))
            #expect(c.version == 1)
        }
        #expect(Set(people.map(\.status)) == Set(CandidateStatus.allCases))
        #expect((0.84...0.92).contains(Generated.share(people) { $0.status == .active }))
        #expect((0.05...0.11).contains(Generated.share(people) { $0.singleProvider }))
        #expect((0.68...0.85).contains(Generated.share(people) { $0.licences.contains("B") }))
        #expect((0.85...0.99).contains(Generated.share(people) { c in c.languages.contains { $0.code == "da" && $0.level >= "B2" } }))
    }

    @Test func competencesComeFromTheDesiredOccupationsWithRealisticLevels() {
        let schema = Generated.demo.schema
        var essentialCovered = 0, essentialTotal = 0
        for c in people {
            guard let main = schema.occupations.first(where: { $0.id == c.desiredOccupations[0] }) else { continue }
            let held = Set(c.competences.map(\.id))
            essentialTotal += main.essential.count
            essentialCovered += main.essential.filter { held.contains($0.competence) }.count
        }
        #expect(Double(essentialCovered) / Double(essentialTotal) > 0.75)
        let levels = people.flatMap(\.competences).map(\.level)
        let middle = Double(levels.filter { $0 == 2 || $0 == 3 }.count) / Double(levels.count)
        #expect(middle > 0.6)
        #expect(Set(levels) == [1, 2, 3, 4])
        // Experts have years behind them: nobody under 23 is at level 4.
        let young = people.filter { Generated.today.year - $0.birthYear < 23 }
        #expect(!young.isEmpty && young.allSatisfy { $0.competences.allSatisfy { $0.level < 4 } })
    }

    @Test func driversHoldTheLicencesOfTheirTrade() {
        let lorry = people.filter { $0.desiredOccupations.first == "occ.truck-driver" }
        let bus = people.filter { $0.desiredOccupations.first == "occ.bus-driver" }
        #expect(!lorry.isEmpty && !bus.isEmpty)
        #expect(Generated.share(lorry) { $0.licences.contains("C") } > 0.85)
        #expect(Generated.share(bus) { $0.licences.contains("D") } > 0.85)
        #expect(Generated.share(lorry) { $0.certificates.contains("driver-qualification") } > 0.6)
        // A trailer category builds on its base licence, for people and for job ads.
        #expect(people.filter { $0.licences.contains("CE") }.allSatisfy { $0.licences.contains("C") })
        #expect(Generated.demo.vacancies.filter { $0.licences.contains("CE") }.allSatisfy { $0.licences.contains("C") })
    }

    @Test func educationFitsTheOccupation() {
        func mostCommonEducation(_ occupation: String) -> String? {
            var counts: [String: Int] = [:]
            for c in people where c.desiredOccupations.first == occupation { counts[c.education, default: 0] += 1 }
            return counts.max { $0.value < $1.value }?.key
        }
        #expect(mostCommonEducation("occ.nurse") == "mellemlang-videregaaende")
        #expect(mostCommonEducation("occ.sosu-helper") == "erhvervsfaglig")
        // Elementary occupations (ISCO 9: cleaners, warehouse workers …): mostly grundskole.
        let elementary = Set(Generated.schema.occupations.filter { $0.isco.hasPrefix("9") }.map(\.id))
        var counts: [String: Int] = [:]
        for c in people where elementary.contains(c.desiredOccupations.first ?? "") { counts[c.education, default: 0] += 1 }
        #expect(counts.max { $0.value < $1.value }?.key == "grundskole", "\(counts)")
    }

    @Test("experience fits age and education: nobody 22 or younger is 'erfaren', levels 3 and 4 need 5 and 10 years")
    func experienceFitsAge() {
        let today = Generated.today
        for c in people {
            let age = today.year - c.birthYear
            for h in c.competences {
                if h.level >= 3 { #expect(h.years >= 5, "\(c.id) \(h.id) level \(h.level) with \(h.years) years") }
                if h.level >= 4 { #expect(h.years >= 10, "\(c.id) \(h.id)") }
                #expect(h.years <= Double(age - 17), "\(c.id) aged \(age) with \(h.years) years")
            }
            if age <= 22 { #expect(!c.competences.contains { $0.level >= 3 }, "\(c.id) aged \(age)") }
        }
    }

    @Test("benefit periods respect the law: dagpenge at most 104 weeks, sygedagpenge at most 52")
    func benefitDurations() {
        let today = Generated.today
        for c in people {
            let weeks = Int(today.daysSinceEpoch - c.unemployedSince.daysSinceEpoch) / 7
            if c.benefit == "dagpenge" { #expect(weeks <= 104, "\(c.id) \(weeks) weeks") }
            if c.benefit == "sygedagpenge" { #expect(weeks <= 52, "\(c.id) \(weeks) weeks") }
        }
    }

    @Test func eachMunicipalityHasThreeToSixConsultants() {
        var byMunicipality: [String: Set<String>] = [:]
        for c in people { byMunicipality[c.municipality, default: []].insert(c.consultant) }
        for (code, consultants) in byMunicipality {
            #expect((3...6).contains(consultants.count), "\(code): \(consultants.sorted())")
        }
        let all = byMunicipality.values.flatMap { $0 }
        #expect(Set(all).count == all.count, "a consultant user name is used in two municipalities")
    }
}
