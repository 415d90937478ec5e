/// Checks of the richer candidate record: birth date, certificates with dates, named
/// educations, work history and the consent log. Messages name the dates involved so the
/// person fixing the file sees which one is wrong.
extension RecordValidator {
    func checkBirthDate(_ c: Candidate, _ p: inout Problems) {
        let age = c.age(on: c.availableFrom)
        if c.birthDate.year < 1900 || age < 14 || age > 100 {
            p.add("birthDate", "born \(c.birthDate) gives an age of \(age) when available from \(c.availableFrom); expected 14–100")
        }
    }

    func checkHeldCertificates(_ c: Candidate, _ p: inout Problems) {
        for (i, h) in c.heldCertificates.enumerated() {
            checkCertificate(h.id, field: "certificates[\(i)].id", &p)
            if let end = h.expires, end <= h.issued {
                p.add("certificates[\(i)].expires", "expires \(end), not after it was issued \(h.issued)")
            }
            if h.issued < c.birthDate {
                p.add("certificates[\(i)].issued", "issued \(h.issued), before she was born \(c.birthDate)")
            }
        }
    }

    /// A certificate id; an alias gets "write the id", anything else a did-you-mean.
    func checkCertificate(_ id: String, field: @autoclosure () -> String, _ p: inout Problems) {
        guard !lookup.certificates.contains(id) else { return }
        if let target = lookup.certificateAliases[id.lowercased()] {
            p.add(field(), "\(Problem.quote(id)) is an alias of certificate \(Problem.quote(target)); records hold the id")
        } else {
            p.add(field(), "unknown certificate \(Problem.quote(id))" + certificateHints.hint(for: id))
        }
    }

    func checkEducations(_ c: Candidate, _ p: inout Problems) {
        for (i, e) in c.educations.enumerated() {
            if e.title.allSatisfy(\.isWhitespace) { p.add("educations[\(i)].title", "title is empty; name the education (e.g. 'Tømrer')") }
            known(e.level, in: lookup.educationLevels, "education level", educationHints, field: "educations[\(i)].level", &p)
            if e.year < c.birthDate.year + 12 || e.year > c.availableFrom.year + 1 {
                p.add("educations[\(i)].year", "completed \(e.year), but she was born \(c.birthDate) (expected \(c.birthDate.year + 12)–\(c.availableFrom.year + 1))")
            }
            if !Self.isCountryCode(e.country) {
                p.add("educations[\(i)].country", "\(Problem.quote(e.country)) is not a two-letter country code (ISO 3166-1, e.g. DK, PL)")
            }
        }
        if !c.educations.isEmpty, !c.educations.contains(where: { $0.level == c.education }) {
            p.add("education", "highest education level \(Problem.quote(c.education)) is not the level of any of her educations")
        }
    }

    func checkWorkHistory(_ c: Candidate, _ p: inout Problems) {
        for (i, w) in c.workHistory.enumerated() {
            if w.employer.allSatisfy(\.isWhitespace) { p.add("workHistory[\(i)].employer", "employer is empty") }
            if w.title.allSatisfy(\.isWhitespace) { p.add("workHistory[\(i)].title", "job title is empty") }
            if let end = w.to, end < w.from { p.add("workHistory[\(i)].to", "ended \(end), before it began \(w.from)") }
            if Candidate.age(born: c.birthDate, on: w.from) < 13 {
                p.add("workHistory[\(i)].from", "began \(w.from), before she was 13 (born \(c.birthDate))")
            }
        }
    }

    func checkConsents(_ c: Candidate, _ p: inout Problems) {
        for (i, r) in c.consents.enumerated() {
            if let w = r.withdrawn, w < r.given {
                p.add("consents[\(i)].withdrawn", "withdrawn \(w), before it was given \(r.given)")
            }
            if r.recordedBy.allSatisfy(\.isWhitespace) {
                p.add("consents[\(i)].recordedBy", "is empty; give the user id of the person who recorded the consent")
            }
            if r.scope.isEmpty {
                p.add("consents[\(i)].scope", "is empty; give 'cooperation' or the municipality codes the consent covers")
            }
            for (k, s) in r.scope.enumerated() where s != ConsentRecord.cooperation && !lookup.municipalities.contains(s) {
                p.add("consents[\(i)].scope[\(k)]", "\(Problem.quote(s)) is neither 'cooperation' nor a municipality code" + municipalityHints.hint(for: s))
            }
        }
    }

    private static func isCountryCode(_ s: String) -> Bool {
        s.utf8.count == 2 && s.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }
}
