import JobMatchCore

/// A generated vacancy's own-car need and working hours, by occupation: home carers and
/// sales representatives drive their own car on the job; farms, bus and lorry depots are
/// hard to reach without one at the hours they start; hospitality works evenings and
/// weekends; hospitals and care homes, security and bakeries run shifts round the clock;
/// production runs a second (evening) shift and sometimes nights.
///
/// Drawn after every other field from a stream of its own ("vacancy-conditions", one per
/// vacancy), so a vacancy's other values, and every candidate, are the same for a seed as
/// before the fields existed (docs/demo-data.md).
struct VacancyConditionsDraw: Sendable {
    let index: SchemaIndex
    let seed: UInt64

    /// Odds for one occupation: car done driving (only where the ad already asks for
    /// licence B), car to get there, and each kind of hours.
    struct Odds: Sendable {
        var driving = 0.0, commute = 0.0, evening = 0.0, night = 0.0, weekend = 0.0
    }

    /// First matching rule wins; a rule matches an ISCO prefix (digits) or an occupation id.
    static let rules: [(match: [String], odds: Odds)] = [
        // Home care and support in citizens' homes: rounds in her own car, evenings and weekends.
        (["occ.sosu-helper", "occ.practical-home-helper", "occ.support-contact-person", "occ.domestic-cleaner"],
         Odds(driving: 0.75, evening: 0.3, weekend: 0.35)),
        (["3322", "occ.caretaker", "occ.estate-agent"], Odds(driving: 0.6)),
        // Hospitals and care homes: shifts, nights now and then.
        (["5321", "222", "5329", "3258", "occ.disability-helper"], Odds(evening: 0.45, night: 0.1, weekend: 0.45)),
        (["5414", "5412", "5411"], Odds(evening: 0.5, night: 0.5, weekend: 0.5)),
        // Drivers: early starts at the depot, evening and weekend routes.
        (["8331"], Odds(commute: 0.2, evening: 0.45, night: 0.05, weekend: 0.4)),
        (["8332"], Odds(commute: 0.2, evening: 0.1, night: 0.1, weekend: 0.05)),
        (["8322"], Odds(evening: 0.25, night: 0.1, weekend: 0.25)),
        // Hospitality: evenings and weekends.
        (["512", "513", "9411", "9412", "3434", "4224", "1412"], Odds(evening: 0.5, night: 0.03, weekend: 0.35)),
        (["7512"], Odds(commute: 0.1, night: 0.3, weekend: 0.15)),
        // Production: a second (evening) shift, now and then three shifts.
        (["81", "82", "7511", "7223", "9321"], Odds(commute: 0.08, evening: 0.2, night: 0.03)),
        // Farms, forests and fish farms lie where buses seldom go; animals need weekends.
        (["92", "612", "622", "8341"], Odds(commute: 0.3, weekend: 0.15)),
        // Shops: weekends and late opening.
        (["5223", "5230", "5245", "9334"], Odds(evening: 0.15, weekend: 0.2)),
        (["9112"], Odds(evening: 0.15)),
    ]

    func apply(to vacancies: inout [Vacancy]) {
        let occupations = Dictionary(index.schema.occupations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in vacancies.indices {
            guard let occupation = occupations[vacancies[i].occupation], let odds = Self.odds(for: occupation) else { continue }
            var rng = RandomSource(seed: seed, stream: "vacancy-conditions", index: i)
            let v = vacancies[i]
            if v.licences.contains("B") && rng.chance(odds.driving) {
                vacancies[i].car = .driving
            } else if rng.chance(odds.commute) {
                vacancies[i].car = .commute
            }
            // Learning schemes and flex jobs are fitted to the person: no odd hours asked.
            guard v.jobType == "ordinary" || v.jobType == "wage-subsidy" || v.jobType == "job-rotation" else { continue }
            vacancies[i].workingHours = zip(Shift.allCases, [odds.evening, odds.night, odds.weekend])
                .filter { _, p in rng.chance(p) }.map(\.0)
        }
    }

    static func odds(for occupation: Occupation) -> Odds? {
        rules.first { rule in
            rule.match.contains { m in m.first?.isNumber == true ? occupation.isco.hasPrefix(m) : occupation.id == m }
        }?.odds
    }
}
