import JobMatchCore

/// One demo visit as the journal will hold it: who recorded it, when (the visit's day and
/// the second of that day, UTC), and the visit.
public struct DemoVisit: Sendable, Equatable {
    public var user: String
    public var recordedOn: Day
    /// Seconds after midnight UTC on `recordedOn` (the afternoon of the visit).
    public var recordedAt: Int
    public var visit: CompanyVisit
}

/// The demo's company visits: half a year of history so `:visits` and `jobmatch visits
/// list` show real work. The visits are journal entries like every recorded visit (docs/
/// data-format.md), so `jobmatch generate` and `init --demo` append them through `Journal`;
/// this type only decides them. Each participating municipality's consultant in `users.json`
/// records her job centre's visits, oldest first:
///
/// - **barometer**: a few of the barometer answers her job centre collected in the last
///   half year, on the answer's visit day. When the answer's `jobCentre` is not the site's
///   municipality it was a joint visit, so both job centres are named; the outcome quotes
///   the answer (its id, the consultant who asked, the expected changes), so the two never
///   disagree.
/// - **retention**: a company that told the newest round it expects fewer staff, visited
///   after that answer about keeping people on.
/// - **recruitment**: companies with open ads here, around the day the ad was posted; some
///   joint with the nearest participating neighbour. The first member of each cooperation
///   with a recruitment project also holds a joint kick-off with every member at the
///   project's company.
/// - **upskilling**: a company with a hard-to-recruit occupation, about a catalogue course
///   that teaches one of that occupation's competences.
///
/// Draws from its own random stream ("visits"), so no other demo file changes.
public enum VisitDemo {
    public static func make(_ d: Dataset, courses: [Course], projects: [RecruitmentProject], today: Day, seed: UInt64) -> [DemoVisit] {
        var rng = RandomSource(seed: seed, stream: "visits")
        let participating = d.registry.participating.filter { d.registry.municipality($0) != nil }
        let recorder = Dictionary(d.users.filter { $0.role == .consultant }.map { ($0.municipality, $0.id) }, uniquingKeysWith: { a, _ in a })
        let occupations = Dictionary(d.schema.occupations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let label = { (o: String) in occupations[o]?.da ?? o }
        let newest = d.barometer.map(\.round).max()  // YYYY-Hn sorts by time
        let from = today.adding(days: -183), until = today.adding(days: -1)
        // The job centres themselves (a municipality's own departments are companies too).
        let jobCentres = Set(d.companies.filter { $0.name.contains("Jobcenter") }.map(\.id))
        var out: [DemoVisit] = []
        var seen: Set<String> = []
        func add(_ m: String, _ company: String, _ date: Day, _ centres: [String], _ purpose: VisitPurpose,
                 _ outcome: String, _ followUps: [String], _ rng: inout RandomSource) {
            guard let user = recorder[m], date <= today, seen.insert(company + date.description).inserted else { return }
            out.append(DemoVisit(user: user, recordedOn: date, recordedAt: rng.int(12 * 3600...17 * 3600),
                                 visit: CompanyVisit(company: company, date: date, jobCentres: centres, purpose: purpose,
                                                     outcome: outcome, followUps: followUps)))
        }
        func neighbour(of m: String) -> String? {
            guard let here = d.registry.municipality(m) else { return nil }
            let coop = d.registry.cooperations.first { $0.members.contains(m) }
            let near = (coop.map { $0.members + $0.partners } ?? participating).filter { $0 != m && participating.contains($0) }
            return near.compactMap { d.registry.municipality($0) }
                .min { Geography.distanceSquared(here, $0) < Geography.distanceSquared(here, $1) }?.code
        }

        for m in participating {
            // Barometer visits: the answers this job centre asked for, quoted.
            let asked = d.barometer.filter { $0.jobCentre == m && $0.visitDate >= from }
            for i in rng.distinctIndices(min(3, asked.count), of: asked.count).sorted() {
                let a = asked[i]
                let changes = a.needs.filter { $0.in3Months != 0 }.map { "\($0.in3Months > 0 ? "+" : "")\($0.in3Months) \(label($0.occupation))" }
                let hard = a.needs.filter(\.hardToRecruit).map { label($0.occupation) }
                let outcome = "Barometer \(a.round) answered (\(a.id), asked by \(a.consultant)): "
                    + (changes.isEmpty ? "no change expected" : changes.joined(separator: ", ") + " in 3 months")
                    + (hard.isEmpty ? "" : "; hard to recruit: " + hard.joined(separator: ", "))
                let follow = hard.isEmpty ? [] : ["Match candidates for \(hard[0]) before the next round"]
                add(m, a.company, a.visitDate, a.municipality == a.jobCentre ? [m] : [a.jobCentre, a.municipality],
                    .barometer, outcome, follow, &rng)
            }
            // Retention: a company here expecting fewer staff in the newest round.
            let shrinking = d.barometer.filter { a in
                a.municipality == m && a.round == newest && a.needs.contains { $0.in3Months < 0 } && !jobCentres.contains(a.company)
            }
            if !shrinking.isEmpty {
                let a = shrinking[rng.below(shrinking.count)]
                let need = a.needs.first { $0.in3Months < 0 }!
                let date = Self.weekday(after: a.visitDate, within: 7...30, until: until, &rng)
                add(m, a.company, date, [m], .retention,
                    "Expects \(-need.in3Months) fewer \(label(need.occupation)) within 3 months; agreed to try job rotation and "
                        + "work-sharing before notices", ["Send the rules for arbejdsfordeling", "Call back in 4 weeks about notices"], &rng)
            }
            // Recruitment: open ads here, visited around the day they were posted.
            let ads = d.vacancies.filter { $0.municipality == m && $0.status == .open && $0.postedDate >= from && $0.postedDate <= until }
            for i in rng.distinctIndices(min(3, ads.count), of: ads.count).sorted() {
                let v = ads[i]
                let date = Self.weekday(after: v.postedDate.adding(days: -10), within: 0...15, until: until, &rng)
                let partner = rng.chance(0.4) ? neighbour(of: m) : nil
                add(m, v.company, date, [m] + (partner.map { [$0] } ?? []), .recruitment,
                    "\(v.positions) × \(v.title) from \(v.startDate) (ad \(v.id))",
                    ["Send a shortlist for \(v.id) by \(min(v.expiryDate, date.adding(days: 14)))"]
                        + (partner.map { ["Jobcenter \(d.registry.municipality($0)?.name ?? $0) sends its candidates for \(v.id)"] } ?? []), &rng)
            }
            // Upskilling: a hard-to-recruit occupation here and a course that teaches it.
            let hardHere = d.barometer.filter { $0.municipality == m && $0.round == newest && $0.needs.contains(where: \.hardToRecruit) }
            for a in hardHere.shuffledPrefix(4, &rng) {
                let need = a.needs.first(where: \.hardToRecruit)!
                let profile = Set((occupations[need.occupation]?.essential ?? []).map(\.competence))
                let taught = courses.filter { c in c.gives.contains { profile.contains($0.competence) } }
                guard let course = taught.min(by: { (Self.distance(d, m, $0.municipality), $0.id) < (Self.distance(d, m, $1.municipality), $1.id) })
                else { continue }
                let date = Self.weekday(after: a.visitDate, within: 5...40, until: until, &rng)
                let joint = course.municipality != m && participating.contains(course.municipality)
                let trainees = rng.int(1...3)
                add(m, a.company, date, joint ? [m, course.municipality] : [m], .upskilling,
                    "Will take \(trainees) trainee\(trainees == 1 ? "" : "s") as \(label(need.occupation)) after \(course.title) (\(course.id), starts \(course.startDate))",
                    ["Enrol candidates on \(course.id) before \(course.startDate.adding(days: -7))"], &rng)
                break
            }
        }
        // Each recruitment project began with a joint visit by its cooperation's job centres.
        for p in projects {
            let centres = p.quotas.map(\.municipality)
            guard let lead = centres.first(where: { recorder[$0] != nil }),
                  let first = d.vacancies.filter({ p.vacancies.contains($0.id) }).map(\.postedDate).min() else { continue }
            add(lead, p.company, Self.weekday(after: max(from, first.adding(days: -14)), within: 0...0, until: until, &rng), centres, .recruitment,
                "Kick-off for \(p.id): \(p.quotas.reduce(0) { $0 + $1.positions }) positions split across \(centres.count) job centres",
                ["Each job centre sends its shortlist by \(p.deadline.adding(days: -30))", "Status meeting with the company by phone every 2 weeks"], &rng)
        }
        return out.sorted { ($0.recordedOn, $0.recordedAt, $0.visit.company) < ($1.recordedOn, $1.recordedAt, $1.visit.company) }
    }

    /// A day `within` days after `start`, never after `until`, moved back from a weekend
    /// to the Friday before (consultants visit on working days), never before `start`'s week.
    static func weekday(after start: Day, within: ClosedRange<Int>, until: Day, _ rng: inout RandomSource) -> Day {
        let room = max(0, start.days(until: until))
        let lo = min(within.lowerBound, room), hi = min(within.upperBound, room)
        let day = start.adding(days: rng.int(lo...max(lo, hi)))
        // 1970-01-01 was a Thursday: weekday 0 = Monday … 6 = Sunday.
        let weekday = (Int(day.daysSinceEpoch) + 3) % 7
        return weekday >= 5 ? day.adding(days: -(weekday - 4)) : day
    }

    private static func distance(_ d: Dataset, _ a: String, _ b: String) -> Double {
        guard let x = d.registry.municipality(a), let y = d.registry.municipality(b) else { return .infinity }
        return Geography.distanceSquared(x, y)
    }
}

extension Array {
    /// Up to `n` elements in a random order (a partial Fisher–Yates shuffle).
    fileprivate func shuffledPrefix(_ n: Int, _ rng: inout RandomSource) -> [Element] {
        rng.distinctIndices(Swift.min(n, count), of: count).map { self[$0] }
    }
}
