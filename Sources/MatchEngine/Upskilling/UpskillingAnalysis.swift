import JobMatchCore

extension UpskillingPlan {
    /// Candidates who miss one or two essential competences (or a level of one) — and hold
    /// at least one of them or want the occupation — for an occupation in shortage or paradox in a municipality they can commute to, grouped by
    /// the missing competence into proposed joint courses across municipalities.
    ///
    /// A candidate counts in the shortage areas `report` names (municipal rows), when active,
    /// living in a participating municipality, available within the report's horizon and
    /// within her commuting limit of the shortage municipality. Per group: participants per
    /// home municipality, the catalogue courses giving the competence at the level (from
    /// today, with seats left after `enrolments`), and the open vacancies of the shortage
    /// occupations there whose essential requirements she would then meet.
    public static func compute(dataset: Dataset, travel: TravelMatrix, report: ShortageReport, courses: [Course],
                               enrolments: CourseEnrolments, today: Day) -> UpskillingPlan {
        let shortages = report.municipalShortages
        let participating = Set(report.areas.filter { $0.kind == .municipality }.map(\.id))
        let names = Dictionary(report.areas.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let horizon = today.adding(days: report.horizonDays)
        let pool = dataset.candidates.filter { $0.status == .active && participating.contains($0.municipality) && $0.availableFrom <= horizon }
        let occupations = Dictionary(dataset.schema.occupations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let labels = Dictionary(dataset.schema.competences.map { ($0.id, $0.da) }, uniquingKeysWith: { a, _ in a })
        let vacancies = dataset.vacancies.filter { $0.status == .open && $0.expiryDate >= today }

        struct Key: Hashable { var competence: String; var level: Int }
        struct Member { var occupations: Set<String> = []; var also: Set<MissingCompetence> = []; var vacancies: Set<String> = [] }
        var groups: [Key: [Int: Member]] = [:]
        for (i, c) in pool.enumerated() {
            let held = HeldLevels(c)
            for s in shortages {
                guard let occ = occupations[s.occupation], !occ.essential.isEmpty else { continue }
                let gaps = held.gaps(occ.essential.map { (competence: $0.competence, level: $0.level) })
                guard (1...ShortageThresholds.mismatchMaxGaps).contains(gaps.count) else { continue }
                // Someone who holds none of it and does not want the job is not "nearly there".
                guard c.desiredOccupations.contains(occ.id) || occ.essential.contains(where: { held.level($0.competence) > 0 }) else { continue }
                guard let minutes = travel.minutes(fromPostcode: c.postcode, municipality: c.municipality, to: s.area),
                      minutes <= c.maxCommuteMinutes else { continue }
                for g in gaps {
                    let key = Key(competence: g.competence, level: g.required)
                    var m = groups[key]?[i] ?? Member()
                    m.occupations.insert(occ.id)
                    for other in gaps where other != g { m.also.insert(other) }
                    // With this competence, which open vacancies of the occupation there would she meet?
                    var after = held
                    after.levels[g.competence] = max(held.level(g.competence), g.required)
                    for v in vacancies where v.occupation == occ.id && v.municipality == s.area {
                        let essential = v.requirements.filter(\.essential).map { (competence: $0.competence, level: $0.minLevel) }
                        if after.gaps(essential).isEmpty { m.vacancies.insert(v.id) }
                    }
                    groups[key, default: [:]][i] = m
                }
            }
        }
        var out: [ProposedCourse] = []
        for (key, members) in groups {
            let participants = members.sorted { pool[$0.key].id < pool[$1.key].id }.map { i, m in
                UpskillingParticipant(candidate: pool[i].id, municipality: pool[i].municipality, occupations: m.occupations.sorted(),
                                      alsoMissing: m.also.sorted { ($0.competence, $0.required) < ($1.competence, $1.required) },
                                      enrolledOn: [])
            }
            var counts: [String: Int] = [:]
            for p in participants { counts[p.municipality, default: 0] += 1 }
            let options = courses.filter { $0.level(of: key.competence) >= key.level && $0.startDate >= today }
                .sorted { ($0.startDate, $0.id) < ($1.startDate, $1.id) }
                .map { c in
                    CourseOption(course: c.id, title: c.title, provider: c.provider, municipality: c.municipality,
                                 startDate: c.startDate, endDate: c.endDate, durationDays: c.durationDays,
                                 capacity: c.capacity, enrolled: enrolments.enrolled(on: c.id).count)
                }
            let ids = Set(options.map(\.course))
            let withEnrolment = participants.map { p in
                var p = p
                p.enrolledOn = enrolments.courses(of: p.candidate).filter(ids.contains)
                return p
            }
            out.append(ProposedCourse(
                competence: key.competence, label: labels[key.competence] ?? key.competence, level: key.level,
                participants: withEnrolment,
                perMunicipality: counts.map { MunicipalityCount(municipality: $0.key, name: names[$0.key] ?? $0.key, candidates: $0.value) }
                    .sorted { ($1.candidates, $0.municipality) < ($0.candidates, $1.municipality) },
                courses: options,
                vacancies: members.values.reduce(into: Set<String>()) { $0.formUnion($1.vacancies) }.sorted()))
        }
        out.sort { a, b in
            if a.qualifyAfter != b.qualifyAfter { return a.qualifyAfter > b.qualifyAfter }
            if a.participants.count != b.participants.count { return a.participants.count > b.participants.count }
            return (a.competence, a.level) < (b.competence, b.level)
        }
        return UpskillingPlan(today: today, shortages: shortages.count, proposals: out)
    }
}
