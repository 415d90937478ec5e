import JobMatchCore
import MatchEngine
import Testing

/// What the richer candidate record changes in matching: an expired certificate is not
/// held, certificate aliases resolve in queries, `car:` and `shift:` select on transport and
/// hours, and the age-50 waiver counts from the exact birth date.
@Suite struct CandidateRecordsEngineTests {
    /// The fixture schema with aliases on the forklift and crane certificates.
    static let schema: Schema = {
        var o = Fixture.schemaObject()
        o["certificates"] = [
            ["id": "forklift", "da": "Truckcertifikat", "en": "Forklift certificate", "aliases": ["truckkort"]],
            ["id": "crane", "da": "Kranførercertifikat", "en": "Crane certificate", "aliases": ["kranbevis", "§26"]],
            ["id": "haccp", "da": "Hygiejnebevis", "en": "Food hygiene certificate"],
        ] as [[String: Any]]
        return Fixture.decode(Schema.self, o)
    }()

    func index(_ candidates: [Candidate]) -> MatchIndex {
        MatchIndex(dataset: Fixture.dataset(candidates, schema: Self.schema))
    }

    func holder(_ id: String, crane expires: Day?) -> Candidate {
        var c = Fixture.candidate(id)
        c.heldCertificates = [HeldCertificate(id: "crane", issued: Day("2020-03-01")!, expires: expires)]
        return c
    }

    @Test("an expired certificate is not held: the candidate fails the vacancy and explain names the expiry")
    func expiredCertificateIsNotHeld() throws {
        let expired = holder("K1", crane: Day("2026-03-01")!)
        let valid = holder("K2", crane: Day("2030-03-01")!)
        let open = holder("K3", crane: nil)
        let v = Fixture.vacancy("V1", certificates: ["crane"])
        let idx = index([expired, valid, open])
        let ranking = idx.rank(vacancy: v, top: 10, today: Fixture.today)
        #expect(Set(ranking.candidates.map(\.candidateID)) == ["K2", "K3"])
        let why = try idx.explain(vacancy: v, candidateID: "K1", today: Fixture.today)
        #expect(why.failed.map(\.requirement) == [.certificate])
        #expect(why.failed.first?.message.contains("expired 2026-03-01") == true)
    }

    @Test("a certificate expiring before the job starts does not count; one expiring after does")
    func expiryIsJudgedOnTheStartDay() throws {
        let start = Fixture.today.adding(days: 14)
        let lapses = holder("K1", crane: start)            // expires on the start day: not valid that day
        let lasts = holder("K2", crane: start.adding(days: 1))
        let v = Fixture.vacancy("V1", certificates: ["crane"], start: start)
        let ranking = index([lapses, lasts]).rank(vacancy: v, top: 10, today: Fixture.today)
        #expect(ranking.candidates.map(\.candidateID) == ["K2"])
    }

    @Test("a renewed certificate counts even when the old copy expired")
    func renewedCertificateCounts() {
        var c = holder("K1", crane: Day("2025-01-01")!)
        c.heldCertificates.append(HeldCertificate(id: "crane", issued: Day("2025-01-01")!, expires: Day("2030-01-01")!))
        let ranking = index([c]).rank(vacancy: Fixture.vacancy("V1", certificates: ["crane"]), top: 10, today: Fixture.today)
        #expect(ranking.qualified == 1)
    }

    @Test("cert: takes aliases (kranbevis, §26) and ignores expired certificates")
    func certificateAliasesResolveInQueries() throws {
        let idx = index([holder("K1", crane: nil), holder("K2", crane: Day("2026-01-01")!), Fixture.candidate("K3")])
        for query in ["cert:kranbevis", "cert:§26", "cert:KRANBEVIS", "cert:crane"] {
            let result = try idx.search(query, top: 10, today: Fixture.today)
            #expect(result.hits.map(\.candidateID) == ["K1"], "\(query)")
        }
        #expect(throws: QueryError.self) { try idx.search("cert:kranbevise", top: 10, today: Fixture.today) }
    }

    @Test("car:yes / car:no and shift: select on transport and willingness to work odd hours")
    func carAndShiftQueries() throws {
        var driver = Fixture.candidate("K1"); driver.transport = .car; driver.shifts = [.night, .weekend]
        var cyclist = Fixture.candidate("K2"); cyclist.transport = .bicycle; cyclist.shifts = [.evening]
        let bus = Fixture.candidate("K3")
        let idx = index([driver, cyclist, bus])
        func ids(_ q: String) throws -> [String] { try idx.search(q, top: 10, today: Fixture.today).hits.map(\.candidateID).sorted() }
        #expect(try ids("car:yes") == ["K1"])
        #expect(try ids("car:no") == ["K2", "K3"])
        #expect(try ids("shift:night") == ["K1"])
        #expect(try ids("shift:night,weekend") == ["K1"])
        #expect(try ids("shift:evening") == ["K2"])
        #expect(throws: QueryError.self) { try idx.search("shift:morning", top: 10, today: Fixture.today) }
        #expect(throws: QueryError.self) { try idx.search("car:maybe", top: 10, today: Fixture.today) }
    }

    /// Wage subsidy ws-2026 needs 13 weeks and waives the wait from age 50. The old code
    /// counted age as start year minus birth year, so someone born in December 1976 was
    /// "50" on 1 March 2026 and had the wait waived; she turns 50 only in December.
    @Test("the age-50 waiver counts from the exact birth date, not the birth year")
    func ageWaiverUsesTheBirthDate() throws {
        let start = Day("2026-03-01")!
        func person(_ id: String, born: String) -> Candidate {
            var c = Fixture.candidate(id, unemployedSince: start.adding(days: -7))
            c.availableFrom = start
            c.birthDate = Day(born)!
            return c
        }
        let notYet = person("K1", born: "1976-12-01")
        let turned = person("K2", born: "1976-03-01")
        let leapling = person("K3", born: "1976-02-29")     // turns 50 on 1 March 2026
        let idx = index([notYet, turned, leapling])
        let v = Fixture.vacancy("V1", jobType: "wage-subsidy", start: start)
        let today = start.adding(days: -30)
        #expect(try idx.explain(vacancy: v, candidateID: "K1", today: today).failed.map(\.requirement) == [.eligibility])
        #expect(try idx.explain(vacancy: v, candidateID: "K2", today: today).breakdown.eligibilityNote
                == "waiting period waived: age 50 or over")
        #expect(try idx.explain(vacancy: v, candidateID: "K3", today: today).qualifies)
        let dayBefore = Fixture.vacancy("V2", jobType: "wage-subsidy", start: start.adding(days: -1))
        #expect(try !idx.explain(vacancy: dayBefore, candidateID: "K3", today: today).qualifies)
    }
}
