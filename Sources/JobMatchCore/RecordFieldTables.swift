// The field table of every record kind and nested object: JSON name, stored property,
// codec, in file order. Adding a property to a model means adding its line here (a test,
// FieldTableTests, fails otherwise); the store's reader, writer and missing-field check
// follow from the table. A field added to a kind that already has files is `optional:
// true` (absent means its blank value, "not asked"), so older files still load.

private let blankDay = Day(daysSinceEpoch: 0)

extension Candidate {
    package static let fields = FieldTable<Candidate>(kind: .candidate, blank: Candidate(
        id: "", version: 0, name: "", email: "", phone: "", municipality: "", postcode: "", competences: [],
        desiredOccupations: [], education: "", birthDate: blankDay, singleProvider: false, flexJobApproved: false,
        licences: [], heldCertificates: [], languages: [], availableFrom: blankDay, hoursPerWeek: 0, maxCommuteMinutes: 0,
        benefit: "", matchCategory: "", unemployedSince: blankDay, consents: [], ownerMunicipality: "",
        consultant: "", status: .active), [
        Field("id", \.id, .string),
        Field("version", \.version, .int),
        Field("name", \.name, .string),
        Field("email", \.email, .string),
        Field("phone", \.phone, .string),
        Field("municipality", \.municipality, .string),
        Field("postcode", \.postcode, .string),
        Field("competences", \.competences, .objects),
        Field("desiredOccupations", \.desiredOccupations, .strings),
        Field("education", \.education, .string),
        Field("educations", \.educations, .objects),
        Field("workHistory", \.workHistory, .objects),
        Field("birthDate", \.birthDate, .day),
        Field("singleProvider", \.singleProvider, .bool),
        Field("flexJobApproved", \.flexJobApproved, .bool),
        Field("licences", \.licences, .strings),
        Field("certificates", \.heldCertificates, .objects),
        Field("languages", \.languages, .objects),
        Field("transport", \.transport, .enumeration),
        Field("shifts", \.shifts, .enumerations),
        Field("availableFrom", \.availableFrom, .day),
        Field("hoursPerWeek", \.hoursPerWeek, .int),
        Field("maxCommuteMinutes", \.maxCommuteMinutes, .int),
        Field("benefit", \.benefit, .string),
        Field("matchCategory", \.matchCategory, .string),
        Field("unemployedSince", \.unemployedSince, .day),
        Field("consents", \.consents, .objects),
        Field("ownerMunicipality", \.ownerMunicipality, .string),
        Field("consultant", \.consultant, .string),
        Field("status", \.status, .enumeration),
    ])
}

extension Vacancy {
    package static let fields = FieldTable<Vacancy>(kind: .vacancy, blank: Vacancy(
        id: "", version: 0, company: "", occupation: "", title: "", requirements: [], licences: [], certificates: [],
        languages: [], jobType: "", hoursPerWeek: 0, positions: 0, startDate: blankDay, postedDate: blankDay,
        expiryDate: blankDay, municipality: "", publicEmployer: false, status: .open), [
        Field("id", \.id, .string),
        Field("version", \.version, .int),
        Field("company", \.company, .string),
        Field("occupation", \.occupation, .string),
        Field("title", \.title, .string),
        Field("requirements", \.requirements, .objects),
        Field("licences", \.licences, .strings),
        Field("car", \.car, .enumeration, optional: true),
        Field("certificates", \.certificates, .strings),
        Field("languages", \.languages, .objects),
        Field("jobType", \.jobType, .string),
        Field("hoursPerWeek", \.hoursPerWeek, .int),
        Field("workingHours", \.workingHours, .enumerations, optional: true),
        Field("positions", \.positions, .int),
        Field("startDate", \.startDate, .day),
        Field("postedDate", \.postedDate, .day),
        Field("expiryDate", \.expiryDate, .day),
        Field("municipality", \.municipality, .string),
        Field("publicEmployer", \.publicEmployer, .bool),
        Field("status", \.status, .enumeration),
    ])
}

extension Company {
    package static let fields = FieldTable<Company>(kind: .company, blank: Company(
        id: "", version: 0, name: "", industryGroup: "", municipalities: [], contactName: "", contactPhone: "",
        contactEmail: ""), [
        Field("id", \.id, .string),
        Field("version", \.version, .int),
        Field("name", \.name, .string),
        Field("industryGroup", \.industryGroup, .string),
        Field("municipalities", \.municipalities, .strings),
        Field("contactName", \.contactName, .string),
        Field("contactPhone", \.contactPhone, .string),
        Field("contactEmail", \.contactEmail, .string),
    ])
}

extension BarometerAnswer {
    package static let fields = FieldTable<BarometerAnswer>(kind: .barometer, blank: BarometerAnswer(
        id: "", version: 0, round: "", company: "", municipality: "", industryGroup: "", visitDate: blankDay,
        headcount: 0, jobCentre: "", consultant: "", needs: []), [
        Field("id", \.id, .string),
        Field("version", \.version, .int),
        Field("round", \.round, .string),
        Field("company", \.company, .string),
        Field("municipality", \.municipality, .string),
        Field("industryGroup", \.industryGroup, .string),
        Field("visitDate", \.visitDate, .day),
        Field("headcount", \.headcount, .int),
        Field("jobCentre", \.jobCentre, .string),
        Field("consultant", \.consultant, .string),
        Field("needs", \.needs, .objects),
    ])
}

extension HeldCompetence {
    package static let fields = FieldTable<HeldCompetence>(kind: nil, blank: HeldCompetence(id: "", level: 0, years: 0), [
        Field("id", \.id, .string),
        Field("level", \.level, .int),
        Field("years", \.years, .double),
    ])
}

extension LanguageSkill {
    package static let fields = FieldTable<LanguageSkill>(kind: nil, blank: LanguageSkill(code: "", level: ""), [
        Field("code", \.code, .string),
        Field("level", \.level, .string),
    ])
}

extension Requirement {
    package static let fields = FieldTable<Requirement>(kind: nil, blank: Requirement(competence: "", minLevel: 0, essential: false), [
        Field("competence", \.competence, .string),
        Field("minLevel", \.minLevel, .int),
        Field("essential", \.essential, .bool),
    ])
}

extension LabourNeed {
    package static let fields = FieldTable<LabourNeed>(kind: nil, blank: LabourNeed(occupation: "", in3Months: 0, in12Months: 0, hardToRecruit: false), [
        Field("occupation", \.occupation, .string),
        Field("in3Months", \.in3Months, .int),
        Field("in12Months", \.in12Months, .int),
        Field("hardToRecruit", \.hardToRecruit, .bool),
    ])
}

extension HeldCertificate {
    package static let fields = FieldTable<HeldCertificate>(kind: nil, blank: HeldCertificate(id: "", issued: blankDay), [
        Field("id", \.id, .string),
        Field("issued", \.issued, .day),
        Field("expires", \.expires, .optionalDay),
    ])
}

extension Education {
    package static let fields = FieldTable<Education>(kind: nil, blank: Education(kind: .course, title: "", level: "", year: 0), [
        Field("kind", \.kind, .enumeration),
        Field("title", \.title, .string),
        Field("level", \.level, .string),
        Field("year", \.year, .int),
        Field("country", \.country, .string),
        Field("recognised", \.recognised, .bool),
    ])
}

extension WorkPeriod {
    package static let fields = FieldTable<WorkPeriod>(kind: nil, blank: WorkPeriod(employer: "", title: "", from: blankDay, to: nil), [
        Field("employer", \.employer, .string),
        Field("title", \.title, .string),
        Field("from", \.from, .day),
        Field("to", \.to, .optionalDay),
    ])
}

extension ConsentRecord {
    package static let fields = FieldTable<ConsentRecord>(kind: nil, blank: ConsentRecord(given: blankDay, recordedBy: "", scope: []), [
        Field("given", \.given, .day),
        Field("recordedBy", \.recordedBy, .string),
        Field("scope", \.scope, .strings),
        Field("withdrawn", \.withdrawn, .optionalDay),
    ])
}
