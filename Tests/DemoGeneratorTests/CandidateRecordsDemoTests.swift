import DemoGenerator
import JobMatchCore
import Testing

/// The demo's richer records are coherent with the rest of the candidate: no long work
/// history at 20, degrees that fit the occupation, certificate dates that make sense (and
/// some lapsed), consents dated from registration, a car only with a licence.
@Suite struct CandidateRecordsDemoTests {
    let people = Generated.demo.candidates
    let today = Generated.today

    @Test("every generated candidate passes the validator, dates included")
    func recordsValidate() {
        let validator = RecordValidator(schema: Generated.schema, registry: Generated.registry)
        let bad = people.compactMap { c in validator.problems(in: c).first.map { "\(c.id): \($0)" } }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    @Test("work history fits age and education: none before working age, none after unemployment began")
    func workHistoryFitsAge() {
        for c in people {
            let worked = c.workHistory.reduce(0) { $0 + $1.from.days(until: $1.to ?? today) } / 365
            #expect(worked <= max(0, c.age(on: today) - 16), "\(c.id) aged \(c.age(on: today)) with \(worked) years of work")
            for w in c.workHistory {
                #expect(c.age(on: w.from) >= 16, "\(c.id) began \(w.from), born \(c.birthDate)")
                #expect((w.to ?? today) < c.unemployedSince, "\(c.id) still working at \(w.employer)")
            }
            if c.age(on: today) <= 21 { #expect(worked <= 4, "\(c.id) aged \(c.age(on: today)) with \(worked) years") }
        }
        #expect(Generated.share(people) { !$0.workHistory.isEmpty } > 0.8)
    }

    @Test("the highest education is named, degrees fit degree occupations, nurses hold the authorisation")
    func educationsFit() {
        #expect(people.allSatisfy { c in c.educations.contains { $0.level == c.education } })
        let nurses = people.filter { $0.desiredOccupations.first == "occ.nurse" && $0.education == "mellemlang-videregaaende" }
        #expect(!nurses.isEmpty)
        #expect(Generated.share(nurses) { $0.educations.contains { $0.title.lowercased().contains("sygeplejerske") } } > 0.9)
        #expect(Generated.share(nurses) { $0.certificates(validOn: today).contains("authorised-nurse") } > 0.85)
        // No degree before the age of 20, no education finished after today.
        for c in people {
            for e in c.educations where e.kind == .degree { #expect(e.year - c.birthDate.year >= 20, "\(c.id) \(e.title) \(e.year)") }
            #expect(c.educations.allSatisfy { $0.year <= today.year })
        }
        #expect(people.contains { $0.educations.contains(where: \.isForeign) })
    }

    @Test("certificates are issued in adulthood before today, and some that must be renewed have lapsed")
    func certificateDates() {
        let all = people.flatMap { c in c.heldCertificates.map { (c, $0) } }
        #expect(all.allSatisfy { c, h in c.age(on: h.issued) >= 18 && h.issued < today })
        let expiring = all.filter { $0.1.expires != nil }
        let lapsed = expiring.filter { !$0.1.isValid(on: today) }
        #expect(!expiring.isEmpty && !lapsed.isEmpty && lapsed.count < expiring.count)
    }

    @Test("four in five consent from registration, some withdrew; a car only with a driving licence")
    func consentAndTransport() {
        let inForce = Generated.share(people) { c in c.consents.contains { $0.isInForce(on: today) } }
        #expect((0.72...0.88).contains(inForce))
        #expect(people.contains { c in c.consents.contains { $0.withdrawn != nil } })
        for c in people {
            for r in c.consents { #expect(r.given >= c.unemployedSince && r.given <= today && (r.withdrawn ?? today) <= today) }
        }
        #expect(people.filter { $0.transport == .car }.allSatisfy { $0.licences.contains("B") })
        #expect(Generated.share(people) { $0.shifts.contains(.night) } > 0.05)
    }
}
