/// The candidate's older, flatter view: a birth year, certificate ids and one consent
/// flag. Kept so code written before the richer record (tests' fixtures, screens being
/// edited elsewhere) keeps compiling; new code reads the dated fields.
extension Candidate {
    /// The older initialiser: born 1 January of `birthYear` (so the age on any day equals
    /// the year difference, as the year-based rule counted), certificates issued when she
    /// became unemployed (or born, if that is later) and never expiring, and `consentToShare` as a consent recorded
    /// that day by her consultant, covering the cooperation.
    public init(id: String, version: Int = 1, name: String, email: String, phone: String, municipality: String,
                postcode: String, competences: [HeldCompetence], desiredOccupations: [String], education: String,
                birthYear: Int, singleProvider: Bool, flexJobApproved: Bool, licences: [String], certificates: [String],
                languages: [LanguageSkill], availableFrom: Day, hoursPerWeek: Int, maxCommuteMinutes: Int,
                benefit: String, matchCategory: String, unemployedSince: Day, consentToShare: Bool,
                ownerMunicipality: String, consultant: String, status: CandidateStatus) {
        let recorder = consultant.allSatisfy(\.isWhitespace) ? "JC\(ownerMunicipality)" : consultant
        self.init(id: id, version: version, name: name, email: email, phone: phone, municipality: municipality,
                  postcode: postcode, competences: competences, desiredOccupations: desiredOccupations,
                  education: education, birthDate: Candidate.firstOfJanuary(birthYear), singleProvider: singleProvider,
                  flexJobApproved: flexJobApproved, licences: licences,
                  heldCertificates: certificates.map {
                      HeldCertificate(id: $0, issued: Candidate.legacyIssue(unemployedSince, born: Candidate.firstOfJanuary(birthYear)))
                  },
                  languages: languages, availableFrom: availableFrom, hoursPerWeek: hoursPerWeek,
                  maxCommuteMinutes: maxCommuteMinutes, benefit: benefit, matchCategory: matchCategory,
                  unemployedSince: unemployedSince,
                  consents: consentToShare ? [ConsentRecord(given: unemployedSince, recordedBy: recorder)] : [],
                  ownerMunicipality: ownerMunicipality, consultant: consultant, status: status)
    }

    /// The issue date given to a certificate known only by its id: when she became
    /// unemployed, but never before she was born.
    static func legacyIssue(_ unemployedSince: Day, born: Day) -> Day { max(unemployedSince, born) }

    /// 1 January of `year`, or day 0 for a year outside the calendar `Day` knows (the
    /// validator names the birth date then).
    static func firstOfJanuary(_ year: Int) -> Day { Day(year: year, month: 1, day: 1) ?? Day(daysSinceEpoch: 0) }

    /// Year of birth, from `birthDate`. Setting it keeps month and day where the year allows.
    public var birthYear: Int {
        get { birthDate.year }
        set {
            let (_, m, d) = birthDate.civil
            birthDate = Day(year: newValue, month: m, day: min(d, Day.daysIn(month: m, year: newValue)))
                ?? Candidate.firstOfJanuary(newValue)
        }
    }

    /// Every certificate id on the record, expired ones included (for listing; use
    /// `certificates(validOn:)` to decide what she holds). Setting it replaces the list with
    /// never-expiring certificates issued when she became unemployed.
    public var certificates: [String] {
        get { heldCertificates.map(\.id) }
        set { heldCertificates = newValue.map { HeldCertificate(id: $0, issued: Candidate.legacyIssue(unemployedSince, born: birthDate)) } }
    }

    /// The ids of the certificates in force on `day`.
    public func certificates(validOn day: Day) -> [String] { heldCertificates.filter { $0.isValid(on: day) }.map(\.id) }

    /// Whether a consent was recorded and never withdrawn, whatever the day (statistics,
    /// older callers). The access rule asks `consent(allows:on:)` instead.
    public var consentToShare: Bool {
        get { consents.contains { $0.withdrawn == nil } }
        set {
            if newValue {
                if !consentToShare {
                    consents.append(ConsentRecord(given: unemployedSince, recordedBy: consultant.allSatisfy(\.isWhitespace) ? "JC\(ownerMunicipality)" : consultant))
                }
            } else {
                consents = consents.filter { $0.withdrawn != nil }
            }
        }
    }

    /// Whether a consent in force on `day` covers `municipality`.
    public func consent(allows municipality: String, on day: Day) -> Bool {
        consents.contains { $0.allows(municipality, on: day) }
    }

    /// Age in whole years on `day`, counted from the exact birth date (someone born on
    /// 29 February turns a year older on 1 March in other years).
    public func age(on day: Day) -> Int { Candidate.age(born: birthDate, on: day) }

    /// Age in whole years on `day` of someone born on `born`.
    public static func age(born: Day, on day: Day) -> Int {
        let b = born.civil, d = day.civil
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }
}
