import JobMatchCore

/// One generated unemployed person. Each call draws only from its own random stream, so
/// candidates can be built on all cores (see `generateInChunks`).
struct CandidateFactory: Sendable {
    let index: SchemaIndex
    let geography: Geography
    let today: Day
    /// Occupations weighted by the generated companies' vacancies, if any.
    var demand: WeightedTable? = nil
    /// The data set's seed: the richer record draws from its own stream per candidate, so
    /// the older fields (and everyone after her in the chunk) keep their values.
    var seed: UInt64 = 0

    func make(number: Int, _ rng: inout RandomSource) -> Candidate {
        let m = geography.byPopulation.draw(&rng)
        let home = geography.municipalities[m]
        let origin = PersonNames.origin(&rng)
        let (name, local) = PersonNames.person(origin, &rng)
        // Working age, 20–65 in the year of `today` (born 1961–2006 for 2026).
        let age = rng.int(20...65)
        let birthYear = today.year - age
        let occupations = desiredOccupations(&rng)
        let traits = occupations.map { index.occupationTraits[$0] }
        let flexJobApproved = rng.chance(0.04)
        let (benefit, matchCategory, youngWithoutEducation) = benefitAndCategory(age: age, flexJobApproved: flexJobApproved, &rng)
        let licences = index.licencesInOrder(held(traits.map(\.licences), &rng))
        // 1–150 weeks; most spells are short, people further from the labour market wait longer.
        let u = rng.unit()
        let skew = matchCategory == "aktivitetsparat" ? u.squareRoot() * u.squareRoot().squareRoot() : u * u.squareRoot()
        // Benefit periods the law limits: dagpenge for 2 years (104 weeks) within 3 years,
        // sygedagpenge normally at most a year; kontanthjælp has no limit.
        let longest = benefit == "dagpenge" ? 728 : benefit == "sygedagpenge" ? 364 : 1_050
        let unemployedDays = 7 + Int(Double(longest - 7) * skew)
        // Education first: it decides when the working life that gives experience began.
        let education = education(traits.first, age: age, youngWithoutEducation: youngWithoutEducation, &rng)
        let workingSince = Self.workStartAge(education, index)
        let availableFrom = benefit == "sygedagpenge" ? rng.int(14...60) : (rng.chance(0.65) ? rng.int(-30...0) : rng.int(1...60))
        let commuteWeights = licences.contains("B") ? [0.1, 0.2, 0.35, 0.15, 0.2] : [0.25, 0.35, 0.25, 0.1, 0.05]
        let status: CandidateStatus = [.active, .paused, .placed][rng.weightedIndex([0.88, 0.07, 0.05])]

        var candidate = Candidate(
            id: "K" + zeroPadded(number, width: 6),
            name: name, email: PersonNames.email(local: local, &rng), phone: PersonNames.phone(&rng),
            municipality: home.code,
            postcode: home.postcodes.isEmpty ? "" : home.postcodes[rng.below(home.postcodes.count)],
            competences: CompetenceDraw(index: index).competences(occupations: occupations, age: age,
                                                                   workingSince: workingSince, &rng),
            desiredOccupations: occupations.map { index.schema.occupations[$0].id },
            education: education,
            birthYear: birthYear,
            singleProvider: rng.chance(0.08),
            flexJobApproved: flexJobApproved,
            licences: licences,
            certificates: held(traits.map(\.certificates), &rng),
            languages: languages(origin: origin, age: age, &rng),
            availableFrom: today.adding(days: availableFrom),
            hoursPerWeek: flexJobApproved ? rng.int(15...25) : (rng.chance(0.72) ? 37 : rng.int(15...36)),
            maxCommuteMinutes: [30, 45, 60, 75, 90][rng.weightedIndex(commuteWeights)],
            benefit: benefit, matchCategory: matchCategory,
            unemployedSince: today.adding(days: -unemployedDays),
            consentToShare: rng.chance(0.8),
            ownerMunicipality: home.code,
            consultant: rng.pick(geography.consultants[m]),
            status: status)
        // The richer record, drawn from its own stream so the fields above keep their values.
        var records = RandomSource(seed: seed, stream: "candidate-records", index: number)
        CandidateRecordsDraw(index: index, today: today).complete(
            &candidate, age: age, workingSince: workingSince, occupations: occupations,
            foreign: origin.language == "da" ? nil : Self.country(ofLanguage: origin.language),
            town: home.seat, others: geography.municipalities.map(\.code), &records)
        return candidate
    }

    /// Where someone whose mother tongue is `language` most likely studied (ISO 3166-1).
    static func country(ofLanguage language: String) -> String {
        ["pl": "PL", "uk": "UA", "ar": "SY", "ro": "RO", "tr": "TR", "so": "SO", "lt": "LT", "de": "DE", "en": "GB",
         "ru": "RU", "fa": "IR", "vi": "VN", "th": "TH", "tl": "PH", "es": "ES", "it": "IT", "fr": "FR"][language] ?? "XX"
    }

    /// One to three occupations: the first mostly among the jobs the companies post (three
    /// in four), otherwise by the size of its industry; the others mostly from the same
    /// industry (a warehouse worker also applies as a lorry driver's mate).
    private func desiredOccupations(_ rng: inout RandomSource) -> [Int] {
        let first = demand.map { d in rng.chance(0.75) ? d.draw(&rng) : index.occupationsByEmployment.draw(&rng) }
            ?? index.occupationsByEmployment.draw(&rng)
        var chosen = [first]
        let wanted = 1 + rng.weightedIndex([0.55, 0.3, 0.15])
        let group = index.groupOfOccupation[first]
        for _ in 1..<wanted {
            let sameGroup = group >= 0 && rng.chance(0.7) ? index.occupationsByGroup[group] : []
            let o = sameGroup.isEmpty ? index.occupationsByEmployment.draw(&rng) : rng.pick(sameGroup)
            if !chosen.contains(o) { chosen.append(o) }
        }
        return chosen
    }

    /// Benefit mix of Danish job centres: dagpenge ~45%, kontanthjælp ~30%, the young
    /// without an education ~10% (uddannelseshjælp until 30 June 2025, kontanthjælp as
    /// uddannelsesparat or aktivitetsparat since), sygedagpenge ~7%; ledighedsydelse for
    /// everyone approved for a flex job. Only benefits and match categories in force on
    /// `today` are used (`BenefitType.isValid(on:)`, `categories(on:)`); where the law sets a
    /// default category (jobparat from 2027) most people have it.
    private func benefitAndCategory(age: Int, flexJobApproved: Bool, _ rng: inout RandomSource)
        -> (benefit: String, category: String, youngWithoutEducation: Bool) {
        var wanted: String
        var young = false
        if flexJobApproved {
            wanted = "ledighedsydelse"
        } else if age < 30 {
            wanted = ["dagpenge", "kontanthjaelp", "uddannelseshjaelp", "sygedagpenge"][rng.weightedIndex([0.27, 0.22, 0.45, 0.06])]
            young = wanted == "uddannelseshjaelp"
        } else {
            wanted = ["dagpenge", "kontanthjaelp", "sygedagpenge"][rng.weightedIndex([0.52, 0.34, 0.075])]
        }
        let types = index.schema.benefitTypes
        if young, types.first(where: { $0.id == wanted })?.isValid(on: today) != true { wanted = "kontanthjaelp" }
        let type = types.first { $0.id == wanted && $0.isValid(on: today) } ?? types.first { $0.isValid(on: today) }
        guard let type else { return (wanted, "", young) }
        let categories = type.categories(on: today)
        guard !categories.isEmpty else { return (type.id, "", young) }
        if young {
            // Under-30s without an education: uddannelsesparat where that category exists.
            let pool = categories.filter { $0 != "jobparat" }
            if !pool.isEmpty { return (type.id, pool[rng.weightedIndex(pool.map { $0 == "uddannelsesparat" ? 0.7 : 0.3 })], young) }
        }
        if let d = type.defaultCategory(on: today), rng.chance(0.8) { return (type.id, d, young) }
        let adults = categories.filter { $0 != "uddannelsesparat" }
        let pool = adults.isEmpty ? categories : adults
        // The first category listed (jobparat) is the most common.
        let weights = pool.indices.map { $0 == 0 ? 0.6 * Double(pool.count - 1) : 0.4 }
        return (type.id, pool[rng.weightedIndex(pool.count == 1 ? [1] : weights)], young)
    }

    /// The age at which a person with `education` starts gaining experience in a trade:
    /// after school (17), upper secondary (19), vocational training (20), or a short,
    /// medium or long higher education (21, 23, 25).
    static func workStartAge(_ education: String, _ index: SchemaIndex) -> Int {
        let tier = index.educationByTier.firstIndex { $0.contains(education) } ?? 0
        return [17, 19, 20, 21, 23, 25][min(tier, 5)]
    }

    /// Licences and certificates belong to the person: each is drawn once, with the best
    /// odds any of the desired occupations gives (wanting two driving jobs does not make
    /// a driving licence twice as likely).
    private func held(_ lists: [[OccupationTraits.Odds]], _ rng: inout RandomSource) -> [String] {
        var ids: [String] = [], odds: [Double] = []
        for o in lists.joined() {
            if let i = ids.firstIndex(of: o.id) { odds[i] = max(odds[i], o.candidate) } else { ids.append(o.id); odds.append(o.candidate) }
        }
        return zip(ids, odds).filter { _, p in rng.chance(p) }.map(\.0)
    }

    /// Education that fits the main occupation, but no degree before the age of 23, and
    /// none beyond upper secondary for the young without a vocational or higher education
    /// (uddannelseshjælp, or kontanthjælp as uddannelsesparat since July 2025).
    private func education(_ traits: OccupationTraits?, age: Int, youngWithoutEducation: Bool, _ rng: inout RandomSource) -> String {
        var weights = traits?.education ?? [0.25, 0.15, 0.35, 0.08, 0.12, 0.05]
        if youngWithoutEducation {
            weights = [0.6, 0.4, 0, 0, 0, 0]
        } else if age < 23 {
            for tier in [EducationTier.shortHigher, .mediumHigher, .longHigher] { weights[tier.rawValue] = 0 }
            if weights.reduce(0, +) == 0 { weights[EducationTier.upperSecondary.rawValue] = 1 }
        }
        return index.education(weights, &rng)
    }

    /// Danish for nearly everyone (native for Danes, learnt for most others), English for
    /// most younger people, the mother tongue for people of other origins.
    private func languages(origin: NameOrigin, age: Int, _ rng: inout RandomSource) -> [LanguageSkill] {
        var skills: [LanguageSkill] = []
        func add(_ code: String, _ cefrIndex: Int) {
            if index.languageCodes.contains(code), !index.cefr.isEmpty {
                skills.append(LanguageSkill(code: code, level: index.cefrLevel(cefrIndex)))
            }
        }
        if origin.language == "da" {
            add("da", rng.chance(0.9) ? 5 : 4)
            if rng.chance(age < 40 ? 0.85 : 0.6) { add("en", rng.int(2...4)) }
            if rng.chance(0.12) { add("de", rng.int(1...3)) }
        } else {
            add(origin.language, 5)
            if rng.chance(0.6) { add("da", rng.int(1...4)) }
            if rng.chance(0.55) { add("en", rng.int(2...4)) }
            if origin.language == "uk", rng.chance(0.4) { add("ru", rng.int(3...4)) }
        }
        // Someone whose mother tongue the schema does not list still speaks something.
        if skills.isEmpty { add("en", 3) }
        return skills
    }
}

/// `number` in decimal with leading zeros to `width` digits (`K000042`).
func zeroPadded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
