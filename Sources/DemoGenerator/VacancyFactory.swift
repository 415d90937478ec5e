import JobMatchCore

/// One generated vacancy from one of the generated companies. Like candidates, each call
/// draws only from its own random stream so vacancies are built on all cores.
struct VacancyFactory: Sendable {
    let index: SchemaIndex
    let geography: Geography
    let companies: CompanyPlan
    let today: Day
    /// `jobTypeWeights` in the schema's job-type order (unknown types get a small share).
    private let jobTypeShares: [Double]

    init(index: SchemaIndex, geography: Geography, companies: CompanyPlan, today: Day) {
        self.index = index; self.geography = geography; self.companies = companies; self.today = today
        jobTypeShares = index.jobTypes.map { VacancyFactory.jobTypeWeights[$0.id] ?? 0.02 }
    }

    /// Shares of the job types; ordinary jobs dominate, every other type occurs.
    static let jobTypeWeights: [String: Double] = [
        "ordinary": 0.70, "wage-subsidy": 0.09, "flex-job": 0.07, "apprenticeship": 0.06,
        "job-rotation": 0.04, "company-internship": 0.04,
    ]

    func make(number: Int, _ rng: inout RandomSource) -> Vacancy {
        let c = companies.bySize.draw(&rng)
        let company = companies.companies[c]
        let pool = companies.occupations[c]
        let o = pool.isEmpty ? rng.below(index.schema.occupations.count) : rng.pick(pool)
        let occupation = index.schema.occupations[o]
        let traits = index.occupationTraits[o]
        let timing = VacancyTiming.draw(today: today, &rng)
        let jobType = self.jobType(start: timing.start, isco: occupation.isco, &rng)
        let sites = companies.sites[c]
        let site = sites.count == 1 || rng.chance(0.65) ? sites[0] : rng.pick(sites)

        return Vacancy(
            id: "V" + zeroPadded(number, width: 6),
            company: company.id,
            occupation: occupation.id,
            title: title(occupation, jobType: jobType, town: geography.municipalities[site].seat, &rng),
            requirements: learning(jobType) ? learnerRequirements(occupation, &rng) : requirements(occupation, &rng),
            licences: index.licencesInOrder(traits.licences.filter { rng.chance($0.vacancy) }.map(\.id)),
            certificates: traits.certificates.filter { rng.chance($0.vacancy) }.map(\.id),
            languages: languages(isco: occupation.isco, &rng),
            jobType: jobType,
            hoursPerWeek: hours(jobType: jobType, group: companies.group[c], &rng),
            positions: positions(jobType: jobType, &rng),
            startDate: timing.start, postedDate: timing.posted, expiryDate: timing.expiry,
            municipality: geography.municipalities[site].code,
            publicEmployer: companies.isPublic[c],
            status: timing.status)
    }

    /// The occupation's essential profile as must-haves (now and then one level stricter or
    /// milder than the profile) plus some of its optional competences as nice-to-haves.
    private func requirements(_ occupation: Occupation, _ rng: inout RandomSource) -> [Requirement] {
        var list: [Requirement] = []
        for item in occupation.essential where !list.contains(where: { $0.competence == item.competence }) {
            let shift = rng.chance(0.2) ? (rng.chance(0.5) ? 1 : -1) : 0
            list.append(Requirement(competence: item.competence, minLevel: index.clampLevel(item.level + shift), essential: true))
        }
        for item in occupation.optional where rng.chance(0.4) && !list.contains(where: { $0.competence == item.competence }) {
            list.append(Requirement(competence: item.competence, minLevel: index.clampLevel(item.level - rng.below(2)), essential: false))
        }
        return list
    }

    /// For a learning scheme (apprenticeship, internship) the trade is what the person comes
    /// to learn: the profile's competences as nice-to-haves at the basic level (aptitude),
    /// never an essential one, never level 3.
    private func learnerRequirements(_ occupation: Occupation, _ rng: inout RandomSource) -> [Requirement] {
        var list: [Requirement] = []
        for (k, item) in (occupation.essential + occupation.optional).enumerated()
        where (k == 0 || rng.chance(0.5)) && !list.contains(where: { $0.competence == item.competence }) {
            list.append(Requirement(competence: item.competence, minLevel: index.minLevel, essential: false))
        }
        return list
    }

    private func learning(_ jobType: String) -> Bool {
        index.jobTypes.first { $0.id == jobType }?.learningScheme == true
    }

    /// A job type by its share, falling back to an ordinary job when the type's eligibility
    /// rules are not in force on the start date (the engine could not use it otherwise), and
    /// for an apprenticeship in an occupation trained at a university or academy (ISCO major
    /// groups 1 and 2: managers and professionals such as nurses, physiotherapists and
    /// social workers, who are not trained through apprenticeships).
    private func jobType(start: Day, isco: String, _ rng: inout RandomSource) -> String {
        let types = index.jobTypes
        guard !types.isEmpty else { return "ordinary" }
        let chosen = types[rng.weightedIndex(jobTypeShares)]
        let degreeTrained = isco.hasPrefix("1") || isco.hasPrefix("2")
        let allowed = !(chosen.id == "apprenticeship" && degreeTrained)
        if allowed && (chosen.rules.isEmpty || chosen.rule(on: start) != nil) { return chosen.id }
        return types.first { $0.id == "ordinary" }?.id ?? chosen.id
    }

    /// Danish wherever the work is done in Danish: with customers, patients, pupils, citizens
    /// and colleagues' paperwork (ISCO major groups 1–5), at B2 or better; at B1 for most
    /// crafts, machine and driving jobs (ISCO 7–8), where some employers take English
    /// speakers; for ICT professionals (ISCO 25) often English instead. Elementary jobs
    /// (ISCO 6, 9) ask for Danish half of the time.
    private func languages(isco: String, _ rng: inout RandomSource) -> [LanguageSkill] {
        var list: [LanguageSkill] = []
        func add(_ code: String, _ cefrIndex: Int) {
            if index.languageCodes.contains(code), !index.cefr.isEmpty, !list.contains(where: { $0.code == code }) {
                list.append(LanguageSkill(code: code, level: index.cefrLevel(cefrIndex)))
            }
        }
        let major = isco.first ?? "9"
        if isco.hasPrefix("25") {
            if rng.chance(0.5) { add("da", 3) }
            add("en", rng.int(3...4))
        } else if "012345".contains(major) {
            add("da", [3, 3, 4, 4][rng.below(4)])
            if "12".contains(major), rng.chance(0.4) { add("en", rng.int(3...4)) }
        } else if "78".contains(major) {
            if rng.chance(0.8) { add("da", 2) } else if rng.chance(0.5) { add("en", 2) }
        } else if rng.chance(0.5) {
            add("da", 2)
        }
        return list
    }

    private func hours(jobType: String, group: Int, _ rng: inout RandomSource) -> Int {
        switch jobType {
        case "flex-job": return rng.int(10...30)
        case "apprenticeship": return 37
        case "company-internship": return [15, 20, 25, 30, 37][rng.below(5)]
        default:
            return rng.chance(index.groupTraits[group].partTimeShare) ? [20, 25, 28, 30, 32][rng.below(5)] : 37
        }
    }

    /// Mostly one or two people; now and then a large recruitment (a new warehouse).
    private func positions(jobType: String, _ rng: inout RandomSource) -> Int {
        guard jobType == "ordinary" else { return rng.chance(0.85) ? 1 : 2 }
        switch rng.weightedIndex([0.65, 0.18, 0.15, 0.02]) {
        case 0: return 1
        case 1: return 2
        case 2: return rng.int(3...5)
        default: return rng.int(10...25)
        }
    }

    /// The occupation's Danish label, sometimes dressed as job ads are ("Erfaren svejser",
    /// "Social- og sundhedshjælper til Hjørring"), and marked for the special job types.
    private func title(_ occupation: Occupation, jobType: String, town: String, _ rng: inout RandomSource) -> String {
        let label = occupation.da.isEmpty ? occupation.en : occupation.da
        let lower = (label.first.map { String($0).lowercased() } ?? "") + label.dropFirst()
        switch jobType {
        case "wage-subsidy": return "\(label) (løntilskud)"
        case "flex-job": return "\(label) i fleksjob"
        case "apprenticeship": return "Elev/lærling: \(lower)"
        case "job-rotation": return "Jobrotationsvikar: \(lower)"
        case "company-internship": return "Virksomhedspraktik som \(lower)"
        default:
            switch rng.below(20) {
            case 0...2: return "Erfaren \(lower)"
            case 3: return "Selvstændig \(lower)"
            case 4...5: return "\(label) til \(town)"
            case 6: return "\(label) søges"
            default: return label
            }
        }
    }
}
