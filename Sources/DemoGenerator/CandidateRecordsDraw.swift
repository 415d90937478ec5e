import JobMatchCore

/// The richer parts of a generated candidate: exact birth date, named educations, work
/// history, dated certificates, transport, shifts and the consent log. Drawn after the
/// older fields (so those keep their values for a seed) and coherent with them: no job
/// before working age, no degree the occupation would not have, no consent given before
/// she registered.
struct CandidateRecordsDraw {
    let index: SchemaIndex
    let today: Day

    /// Fills the richer fields of `c`, whose `birthDate` holds 1 January of the birth year.
    /// `town` is her home municipality's seat (for employer names), `others` the other
    /// participating municipality codes (for consents naming municipalities).
    func complete(_ c: inout Candidate, age: Int, workingSince: Int, occupations: [Int], foreign: String?,
                  town: String, others: [String], _ rng: inout RandomSource) {
        let year = c.birthDate.year
        let dayOfYear = rng.below(Day.daysIn(month: 2, year: year) == 29 ? 366 : 365)
        c.birthDate = Day(year: year, month: 1, day: 1)!.adding(days: dayOfYear)
        let main = occupations.first.map { index.schema.occupations[$0] }
        c.educations = educations(c, main: main, foreign: foreign, &rng)
        c.workHistory = workHistory(c, age: age, workingSince: workingSince, occupations: occupations, town: town, &rng)
        var ids = c.heldCertificates.map(\.id)
        for o in occupations.flatMap({ index.occupationTraits[$0].laterCertificates }) where !ids.contains(o.id) && rng.chance(o.candidate) {
            ids.append(o.id)
        }
        // A certificate her trade's job ads usually demand (the driver CPC of a lorry
        // driver) is kept renewed; one taken for something else may have lapsed.
        let demanded = Set(occupations.flatMap { index.occupationTraits[$0].certificates }.filter { $0.vacancy >= 0.1 }.map(\.id))
        c.heldCertificates = ids.map { certificate($0, born: c.birthDate, renewed: demanded.contains($0), &rng) }
        // A renewed certificate often still has the expired copy before it on record.
        for h in c.heldCertificates where demanded.contains(h.id) && rng.chance(0.3) {
            if let before = Self.previous(h, born: c.birthDate) { c.heldCertificates.append(before) }
        }
        if let authorisation = c.heldCertificates.first(where: { $0.id.hasPrefix("authorised-") && Self.isHealth($0.id) }),
           let label = index.schema.certificates.first(where: { $0.id == authorisation.id })?.da {
            let level = c.educations.first?.level ?? c.education
            c.educations.insert(Education(kind: .authorisation, title: label, level: level,
                                          year: max(c.educations.first?.year ?? 0, authorisation.issued.year)), at: 0)
        }
        c.transport = c.licences.contains("B") && rng.chance(0.8) ? .car : (rng.chance(0.85) ? .publicTransport : .bicycle)
        c.shifts = shifts(main, &rng)
        c.consents = consents(c, others: others, &rng)
    }

    // MARK: Education

    /// Primary school for everyone, then the tiers up to her highest level; the top one
    /// named after her main occupation when that occupation is trained at that tier.
    private func educations(_ c: Candidate, main: Occupation?, foreign: String?, _ rng: inout RandomSource) -> [Education] {
        let tiers = index.educationByTier
        let top = tiers.firstIndex { $0.contains(c.education) } ?? 0
        let born = c.birthDate.year
        var list: [Education] = []
        func level(_ tier: Int) -> String { tier == top ? c.education : (tiers[tier].first ?? c.education) }
        list.append(Education(kind: .primary, title: "Folkeskolens afgangsprøve", level: level(0), year: born + 16))
        if top == 0 { return list }
        let abroad = foreign != nil && rng.chance(0.5)
        if top == EducationTier.upperSecondary.rawValue || (top >= EducationTier.shortHigher.rawValue && rng.chance(0.8)) {
            let title = ["Studentereksamen (stx)", "Højere handelseksamen (hhx)", "Højere teknisk eksamen (htx)", "Hf-eksamen"][rng.weightedIndex([0.55, 0.2, 0.1, 0.15])]
            list.append(Education(kind: .upperSecondary, title: title, level: level(1), year: born + 19))
        }
        let name = main?.da ?? "Kontorassistent"
        let isco = main?.isco ?? ""
        var topEducation: Education
        switch EducationTier(rawValue: top) ?? .vocational {
        case .primary, .upperSecondary:
            return list.reversed()
        case .vocational:
            let care = isco.hasPrefix("53") || isco.hasPrefix("32")
            topEducation = Education(kind: .svendebrev, title: care ? "\(name) (uddannelsesbevis)" : "\(name) (svendebrev)",
                                     level: c.education, year: born + rng.int(20...23))
        case .shortHigher:
            let fits = isco.hasPrefix("3") || isco.hasPrefix("4")
            topEducation = Education(kind: .degree, title: fits ? "\(name) (erhvervsakademi)" : rng.pick(Self.shortDegrees),
                                     level: c.education, year: born + rng.int(21...24))
        case .mediumHigher:
            let fits = isco.hasPrefix("2") || isco.hasPrefix("3")
            topEducation = Education(kind: .degree, title: fits ? "Professionsbachelor, \(name.lowercased())" : rng.pick(Self.bachelors),
                                     level: c.education, year: born + rng.int(23...26))
        case .longHigher:
            let fits = isco.hasPrefix("1") || isco.hasPrefix("2")
            topEducation = Education(kind: .degree, title: fits ? "Kandidat, \(name.lowercased())" : rng.pick(Self.masters),
                                     level: c.education, year: born + rng.int(25...28))
        }
        if abroad, let foreign {
            topEducation.country = foreign
            topEducation.recognised = rng.chance(0.4)
            topEducation.title += " – udenlandsk"
        }
        // Never completed after the day she is described on.
        topEducation.year = min(topEducation.year, today.year)
        list.append(topEducation)
        return list.reversed()
    }

    private static let shortDegrees = ["Markedsføringsøkonom (AK)", "Datamatiker (AK)", "Finansøkonom (AK)", "Logistikøkonom (AK)"]
    private static let bachelors = ["Professionsbachelor i offentlig administration", "Professionsbachelor i økonomi og it",
                                    "Professionsbachelor i international handel og markedsføring"]
    private static let masters = ["Cand.merc.", "Cand.scient.pol.", "Cand.mag. i dansk", "Cand.scient. i biologi"]

    private static func isHealth(_ id: String) -> Bool {
        ["nurse", "sosu", "physiotherapist", "occupational-therapist"].contains { id.contains($0) }
    }

    // MARK: Work

    /// Up to four jobs, most recent first, ending the day before she became unemployed,
    /// inside the years she can have worked (from `workingSince`).
    private func workHistory(_ c: Candidate, age: Int, workingSince: Int, occupations: [Int], town: String,
                             _ rng: inout RandomSource) -> [WorkPeriod] {
        let years = max(0, age - workingSince)
        guard years > 0 else { return [] }
        let earliest = Day(year: c.birthDate.year + workingSince, month: 8, day: 1) ?? c.birthDate
        var end = c.unemployedSince.adding(days: -1)
        var out: [WorkPeriod] = []
        let jobs = 1 + rng.below(min(4, 1 + years / 5))
        for k in 0..<jobs {
            let room = earliest.days(until: end)
            guard room > 60 else { break }
            let share = k == jobs - 1 ? rng.int(50...100) : rng.int(15...60)
            let length = max(60, min(room, room * share / 100))
            let from = end.adding(days: -length)
            let occupation = index.schema.occupations[k < occupations.count && rng.chance(0.7) ? occupations[k] : rng.pick(occupations)]
            out.append(WorkPeriod(employer: employer(occupation, town: town, &rng), title: occupation.da, from: from, to: end))
            end = from.adding(days: -rng.int(14...240))
        }
        return out
    }

    /// A plausible employer for someone in `occupation`, by ISCO group: municipal or
    /// regional workplaces for care, teaching and social work, firms named the way Danish
    /// firms are for the rest ("Jensens VVS ApS", "Hansen Transport A/S").
    private func employer(_ occupation: Occupation, town: String, _ rng: inout RandomSource) -> String {
        let family = rng.pick(["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Kjær", "Holm"])
        let isco = occupation.isco
        let table: [(String, [String])] = [
            ("222", ["Sygehus \(town)", "\(town) Kommune, Hjemmesygeplejen"]),
            ("226", ["\(town) Fysioterapi", "\(town) Kommune, Genoptræningen", "Sygehus \(town)"]),
            ("23", ["\(town) Kommune, Skoleforvaltningen"]),
            ("234", ["\(town) Kommune, Dagtilbud"]),
            ("24", ["\(family) Revision ApS", "\(town) Kommune, Økonomiforvaltningen", "Spar \(town)"]),
            ("25", ["\(family) IT ApS", "\(town) Data A/S"]),
            ("26", ["\(town) Kommune, Socialforvaltningen", "Bosted \(town)"]),
            ("1", ["\(family) & Co. A/S", "\(town) Kommune"]),
            ("2", ["\(family) Rådgivning A/S", "\(town) Kommune"]),
            ("3", ["\(family) Teknik A/S", "\(town) Kommune, Teknik og Miljø"]),
            ("4", ["\(town) Kommune, Borgerservice", "\(family) Logistik A/S"]),
            ("51", ["Hotel \(town)", "Restaurant \(family)", "\(town) Kantineservice"]),
            ("52", ["Netto \(town)", "Bilka \(town)", "\(family)s Købmandshandel"]),
            ("53", ["\(town) Kommune, Hjemmeplejen", "\(town) Kommune, Plejecenter", "\(town) Kommune, Dagtilbud"]),
            ("54", ["\(family) Security A/S"]),
            ("5", ["\(family) Service ApS"]),
            ("6", ["\(family)s Landbrug I/S", "\(family) Gartneri ApS"]),
            ("7", ["\(family)s \(occupation.da) ApS", "\(town) \(occupation.da)firma ApS"]),
            ("83", ["\(family) Transport A/S", "\(town) Vognmandsforretning"]),
            ("8", ["\(family) Industri A/S", "\(town) Plast A/S"]),
            ("91", ["\(family) Rengøring ApS", "\(town) Kommune, Rengøring"]),
            ("92", ["\(family)s Landbrug I/S"]),
            ("93", ["\(family) Lager A/S", "\(town) Kommune, Vej og Park"]),
            ("9", ["\(family) Service ApS"]),
        ]
        let names = table.first { isco.hasPrefix($0.0) }?.1 ?? ["\(family) A/S"]
        return rng.pick(names)
    }

    // MARK: Certificates, shifts, consent

    /// Issued after her 18th birthday (AMU courses) and at least a month before today;
    /// where the schema gives a validity, it expires that many years later, so some have
    /// lapsed.
    private func certificate(_ id: String, born: Day, renewed: Bool, _ rng: inout RandomSource) -> HeldCertificate {
        let adult = Day(year: born.year + 18, month: born.civil.month, day: min(born.civil.day, 28)) ?? born
        let years = index.schema.certificates.first { $0.id == id }?.validYears
        // One that must be renewed: kept in force when her trade's ads ask for it (last
        // issued within 0.9 validity periods), else last issued within 1.25 periods, so
        // about one in five of those has lapsed.
        let window = years.map { $0 * (renewed ? 330 : 456) } ?? Int.max
        let span = max(1, min(window, adult.days(until: today.adding(days: -30))))
        let issued = today.adding(days: -30 - rng.below(span))
        let expires = years.flatMap { Day(year: issued.year + $0, month: issued.civil.month, day: min(issued.civil.day, 28)) }
        return HeldCertificate(id: id, issued: issued, expires: expires)
    }

    /// The copy a renewal replaced: issued one validity period earlier, expiring when the
    /// renewal was issued; nil when that would be before her 18th birthday.
    static func previous(_ h: HeldCertificate, born: Day) -> HeldCertificate? {
        guard let end = h.expires else { return nil }
        let years = end.year - h.issued.year
        let (y, m, d) = h.issued.civil
        guard years > 0, let issued = Day(year: y - years, month: m, day: min(d, 28)),
              Candidate.age(born: born, on: issued) >= 18 else { return nil }
        return HeldCertificate(id: h.id, issued: issued, expires: h.issued)
    }

    /// Care, security and transport work runs round the clock; most others are day jobs.
    private func shifts(_ main: Occupation?, _ rng: inout RandomSource) -> [Shift] {
        let isco = main?.isco ?? ""
        let roundTheClock = ["53", "222", "5414", "8331", "512", "9412", "5131"].contains { isco.hasPrefix($0) }
        let odds: [Double] = roundTheClock ? [0.7, 0.4, 0.65] : [0.3, 0.1, 0.3]
        return zip(Shift.allCases, odds).filter { _, p in rng.chance(p) }.map(\.0)
    }

    /// Those who consent (four in five, drawn with the older fields) gave it when they
    /// registered, recorded by their consultant, usually for the whole cooperation; one in
    /// five of the others gave consent and later withdrew it.
    private func consents(_ c: Candidate, others: [String], _ rng: inout RandomSource) -> [ConsentRecord] {
        let u = c.consents.isEmpty ? 0.8 + 0.2 * rng.unit() : 0.8 * rng.unit()
        let recorder = c.consultant.isEmpty ? "JC\(c.ownerMunicipality)" : c.consultant
        let latest = max(0, c.unemployedSince.days(until: today))
        let given = c.unemployedSince.adding(days: min(latest, rng.int(0...21)))
        if u < 0.8 {
            let scope = rng.chance(0.9) ? [ConsentRecord.cooperation] : Array(others.filter { $0 != c.ownerMunicipality }.prefix(2 + rng.below(3)))
            return [ConsentRecord(given: given, recordedBy: recorder, scope: scope)]
        }
        if u < 0.84, given < today {
            // Withdrawn: from the day after it was given to today.
            let withdrawn = given.adding(days: 1 + rng.below(max(1, given.days(until: today))))
            return [ConsentRecord(given: given, recordedBy: recorder, withdrawn: min(withdrawn, today))]
        }
        return []
    }
}
