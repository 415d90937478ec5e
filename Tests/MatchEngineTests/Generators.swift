import JobMatchCore
import PropertyBased

/// Generators for the engine's property tests, composed from the property library's own
/// generators (`zip`, `array(of:)`, `Gen.int`), so that a failing case shrinks: fewer
/// candidates and requirements, lower levels and years, earlier list entries, `false`
/// flags. Data is meant to collide often — few distinct dates and levels — so ties in
/// score and unemployment occur and the id tie-break is exercised.
enum Gens {
    /// An element of `xs`, shrinking towards the first.
    static func pick<T: Sendable>(_ xs: [T]) -> Generator<T, some SendableSequenceType> {
        Gen.int(in: 0...(xs.count - 1)).map { xs[$0] }
    }

    /// True with probability `percent` %, shrinking towards false.
    static func chance(_ percent: Int) -> Generator<Bool, some SendableSequenceType> {
        Gen.int(in: 0...99).map { $0 >= 100 - percent }
    }

    /// Up to `max` distinct elements of `xs`, shrinking towards none and towards earlier elements.
    static func subset<T: Sendable & Equatable>(_ xs: [T], max: Int) -> Generator<[T], some SendableSequenceType> {
        Gen.int(in: 0...(xs.count - 1)).array(of: 0...max).map { picks in
            var out: [T] = []
            for i in picks where !out.contains(xs[i]) { out.append(xs[i]) }
            return out
        }
    }

    /// `value` with probability `percent` %, else nil (shrinking towards nil).
    static func maybe<T: Sendable>(_ percent: Int, _ value: Generator<T, some SendableSequenceType>) -> Generator<T?, some SendableSequenceType> {
        zip(chance(percent), value).map { present, v in present ? v : nil }
    }

    static let competenceIDs = Fixture.competenceIDs
    static let occupationIDs = Fixture.occupationIDs
    static let municipalityCodes = Fixture.municipalityCodes

    /// Up to five distinct competences, levels 1–4, whole years 0–12.
    static let held: Generator<[HeldCompetence], some SendableSequenceType> =
        zip(Gen.int(in: 0...(competenceIDs.count - 1)), Gen.int(in: 1...4), Gen.int(in: 0...12)).array(of: 0...5).map { list in
            var out: [HeldCompetence] = []
            for (c, level, years) in list where !out.contains(where: { $0.id == competenceIDs[c] }) {
                out.append(HeldCompetence(id: competenceIDs[c], level: level, years: Double(years)))
            }
            return out
        }

    /// A candidate whose id is `K<number>`; `dataset` makes ids unique.
    static let candidate: Generator<Candidate, some SendableSequenceType> = zip(
        zip(held, pick(Fixture.firstNames), pick(Fixture.lastNames), pick(municipalityCodes), subset(occupationIDs, max: 2),
            pick(["grundskole", "erhvervsuddannelse", "gymnasium"]), Gen.int(in: 1960...2004), chance(15), chance(20),
            subset(["B", "C", "CE"], max: 2)),
        zip(subset(["forklift", "crane", "haccp"], max: 2), pick(["A2", "B1", "B2", "C1", "C2"]),
            maybe(40, zip(pick(["en", "de", "pl"]), pick(["A1", "B1", "C1"]))), pick([-30, 0, 10, 20, 40]),
            pick([20, 30, 45, 60, 90]), pick(["dagpenge", "kontanthjaelp", "ledighedsydelse", "selvforsoergende"]),
            pick([30, 100, 200, 400]), pick([CandidateStatus.active, .active, .active, .active, .active, .active, .paused, .placed]),
            Gen.int(in: 1...99_999))
    ).map { a, b in
        Fixture.candidate(
            "K\(b.8)", name: "\(a.1) \(a.2)", municipality: a.3, competences: a.0, desired: a.4, education: a.5,
            birthYear: a.6, singleProvider: a.7, flexJobApproved: a.8, licences: a.9, certificates: b.0,
            languages: [LanguageSkill(code: "da", level: b.1)] + (b.2.map { [LanguageSkill(code: $0.0, level: $0.1)] } ?? []),
            availableFrom: Fixture.today.adding(days: b.3), maxCommute: b.4, benefit: b.5,
            unemployedSince: Fixture.today.adding(days: -b.6), status: b.7)
    }

    /// A vacancy with up to six distinct requirements (minimum levels 1–3, essential or not).
    static let vacancy: Generator<Vacancy, some SendableSequenceType> = zip(
        zip(Gen.int(in: 0...(competenceIDs.count - 1)), Gen.int(in: 1...3), Gen.bool).array(of: 0...6),
        pick(occupationIDs), maybe(20, pick(["B", "C"])), chance(10), chance(20),
        pick(["ordinary", "ordinary", "wage-subsidy", "flex-job"]), pick([-10, 0, 14, 30]), pick(municipalityCodes)
    ).map { t in
        var requirements: [Requirement] = []
        for (c, level, essential) in t.0 where !requirements.contains(where: { $0.competence == competenceIDs[c] }) {
            requirements.append(Requirement(competence: competenceIDs[c], minLevel: level, essential: essential))
        }
        return Fixture.vacancy("V", occupation: t.1, requirements: requirements, licences: t.2.map { [$0] } ?? [],
                               certificates: t.3 ? ["forklift"] : [],
                               languages: t.4 ? [LanguageSkill(code: "da", level: "B1")] : [],
                               jobType: t.5, start: Fixture.today.adding(days: t.6), municipality: t.7)
    }

    /// A data set on the fixture schema; candidate ids get a `-index` suffix (unique, and
    /// not in input order), vacancies are `V0`, `V1`, …
    static func dataset(candidates: ClosedRange<Int>, vacancies: ClosedRange<Int>) -> Generator<Dataset, some SendableSequenceType> {
        zip(candidate.array(of: candidates), vacancy.array(of: vacancies)).map { cs, vs in
            Fixture.dataset(cs.enumerated().map { i, c in var c = c; c.id += "-\(i)"; return c },
                            vs.enumerated().map { i, v in var v = v; v.id = "V\(i)"; return v })
        }
    }
}

extension Fixture {
    static let firstNames = ["Søren", "Åse", "Mette", "Jens", "Bjørn", "Æbelø", "Zoë", "René", "Ida", "Mads"]
    static let lastNames = ["Hansen", "Jørgensen", "Møller", "Ærenlund", "Østergaard", "Nielsen"]

    /// A fixed random data set (the generators above, seeded), for tests that need plenty
    /// of data but are not properties.
    static func randomDataset(seed: UInt64, candidates: Int, vacancies: Int) -> Dataset {
        var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, seed ^ 0xBF58_476D_1CE4_E5B9, 1))
        return Gens.dataset(candidates: candidates...candidates, vacancies: vacancies...vacancies).run(using: &rng)
    }
}
