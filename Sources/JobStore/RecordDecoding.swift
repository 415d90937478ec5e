import JobMatchCore

/// Field-by-field readers for the record kinds. Each returns nil when anything on the line
/// was wrong (the problems are in `problems`); a record is only built from a clean line.
extension LineDecoder {
    mutating func candidate() throws(SyntaxError) -> Candidate? {
        let t = keys.candidate
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var id: String?, version: Int?, name: String?, email: String?, phone: String?, municipality: String?
        var postcode: String?, competences: [HeldCompetence]?, desired: [String]?, education: String?
        var birthYear: Int?, singleProvider: Bool?, flexJob: Bool?, licences: [String]?, certificates: [String]?
        var languages: [LanguageSkill]?, availableFrom: Day?, hours: Int?, commute: Int?, benefit: String?
        var matchCategory: String?, unemployedSince: Day?, consent: Bool?, owner: String?, consultant: String?
        var status: CandidateStatus?
        while let i = try nextField(t, first: &first, hint: &hint, seen: &seen) {
            switch i {
            case 0: rightKind = try kind(expected: .candidate)
            case 1: id = try string("id")
            case 2: version = try int("version")
            case 3: name = try string("name")
            case 4: email = try string("email")
            case 5: phone = try string("phone")
            case 6: municipality = try string("municipality")
            case 7: postcode = try string("postcode")
            case 8: competences = try objects("competences") { (d) throws(SyntaxError) in try d.heldCompetence() }
            case 9: desired = try strings("desiredOccupations")
            case 10: education = try string("education")
            case 11: birthYear = try int("birthYear")
            case 12: singleProvider = try bool("singleProvider")
            case 13: flexJob = try bool("flexJobApproved")
            case 14: licences = try strings("licences")
            case 15: certificates = try strings("certificates")
            case 16: languages = try objects("languages") { (d) throws(SyntaxError) in try d.languageSkill() }
            case 17: availableFrom = try day("availableFrom")
            case 18: hours = try int("hoursPerWeek")
            case 19: commute = try int("maxCommuteMinutes")
            case 20: benefit = try string("benefit")
            case 21: matchCategory = try string("matchCategory")
            case 22: unemployedSince = try day("unemployedSince")
            case 23: consent = try bool("consentToShare")
            case 24: owner = try string("ownerMunicipality")
            case 25: consultant = try string("consultant")
            default: status = try enumValue("status", CandidateStatus.self)
            }
        }
        guard rightKind else { problems.removeAll { $0.field != "kind" }; droppedProblems = 0; return nil }
        reportMissing(t, seen: seen)
        guard problems.isEmpty, let id, let version, let name, let email, let phone, let municipality, let postcode,
              let competences, let desired, let education, let birthYear, let singleProvider, let flexJob,
              let licences, let certificates, let languages, let availableFrom, let hours, let commute,
              let benefit, let matchCategory, let unemployedSince, let consent, let owner, let consultant,
              let status else { return nil }
        return Candidate(id: id, version: version, name: name, email: email, phone: phone, municipality: municipality,
                         postcode: postcode, competences: competences, desiredOccupations: desired,
                         education: education, birthYear: birthYear, singleProvider: singleProvider,
                         flexJobApproved: flexJob, licences: licences, certificates: certificates,
                         languages: languages, availableFrom: availableFrom, hoursPerWeek: hours,
                         maxCommuteMinutes: commute, benefit: benefit, matchCategory: matchCategory,
                         unemployedSince: unemployedSince, consentToShare: consent, ownerMunicipality: owner,
                         consultant: consultant, status: status)
    }

    mutating func vacancy() throws(SyntaxError) -> Vacancy? {
        let t = keys.vacancy
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var id: String?, version: Int?, company: String?, occupation: String?, title: String?
        var requirements: [Requirement]?, licences: [String]?, certificates: [String]?, languages: [LanguageSkill]?
        var jobType: String?, hours: Int?, positions: Int?, start: Day?, posted: Day?, expiry: Day?
        var municipality: String?, publicEmployer: Bool?, status: VacancyStatus?
        while let i = try nextField(t, first: &first, hint: &hint, seen: &seen) {
            switch i {
            case 0: rightKind = try kind(expected: .vacancy)
            case 1: id = try string("id")
            case 2: version = try int("version")
            case 3: company = try string("company")
            case 4: occupation = try string("occupation")
            case 5: title = try string("title")
            case 6: requirements = try objects("requirements") { (d) throws(SyntaxError) in try d.requirement() }
            case 7: licences = try strings("licences")
            case 8: certificates = try strings("certificates")
            case 9: languages = try objects("languages") { (d) throws(SyntaxError) in try d.languageSkill() }
            case 10: jobType = try string("jobType")
            case 11: hours = try int("hoursPerWeek")
            case 12: positions = try int("positions")
            case 13: start = try day("startDate")
            case 14: posted = try day("postedDate")
            case 15: expiry = try day("expiryDate")
            case 16: municipality = try string("municipality")
            case 17: publicEmployer = try bool("publicEmployer")
            default: status = try enumValue("status", VacancyStatus.self)
            }
        }
        guard rightKind else { problems.removeAll { $0.field != "kind" }; droppedProblems = 0; return nil }
        reportMissing(t, seen: seen)
        guard problems.isEmpty, let id, let version, let company, let occupation, let title, let requirements,
              let licences, let certificates, let languages, let jobType, let hours, let positions, let start,
              let posted, let expiry, let municipality, let publicEmployer, let status else { return nil }
        return Vacancy(id: id, version: version, company: company, occupation: occupation, title: title,
                       requirements: requirements, licences: licences, certificates: certificates,
                       languages: languages, jobType: jobType, hoursPerWeek: hours, positions: positions,
                       startDate: start, postedDate: posted, expiryDate: expiry, municipality: municipality,
                       publicEmployer: publicEmployer, status: status)
    }

    mutating func company() throws(SyntaxError) -> Company? {
        let t = keys.company
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var id: String?, version: Int?, name: String?, group: String?, municipalities: [String]?
        var contactName: String?, contactPhone: String?, contactEmail: String?
        while let i = try nextField(t, first: &first, hint: &hint, seen: &seen) {
            switch i {
            case 0: rightKind = try kind(expected: .company)
            case 1: id = try string("id")
            case 2: version = try int("version")
            case 3: name = try string("name")
            case 4: group = try string("industryGroup")
            case 5: municipalities = try strings("municipalities")
            case 6: contactName = try string("contactName")
            case 7: contactPhone = try string("contactPhone")
            default: contactEmail = try string("contactEmail")
            }
        }
        guard rightKind else { problems.removeAll { $0.field != "kind" }; droppedProblems = 0; return nil }
        reportMissing(t, seen: seen)
        guard problems.isEmpty, let id, let version, let name, let group, let municipalities, let contactName,
              let contactPhone, let contactEmail else { return nil }
        return Company(id: id, version: version, name: name, industryGroup: group, municipalities: municipalities,
                       contactName: contactName, contactPhone: contactPhone, contactEmail: contactEmail)
    }

    mutating func barometer() throws(SyntaxError) -> BarometerAnswer? {
        let t = keys.barometer
        var first = true, hint = 0, seen: UInt32 = 0, rightKind = true
        var id: String?, version: Int?, company: String?, municipality: String?, group: String?
        var visit: Day?, needs: [LabourNeed]?
        while let i = try nextField(t, first: &first, hint: &hint, seen: &seen) {
            switch i {
            case 0: rightKind = try kind(expected: .barometer)
            case 1: id = try string("id")
            case 2: version = try int("version")
            case 3: company = try string("company")
            case 4: municipality = try string("municipality")
            case 5: group = try string("industryGroup")
            case 6: visit = try day("visitDate")
            default: needs = try objects("needs") { (d) throws(SyntaxError) in try d.labourNeed() }
            }
        }
        guard rightKind else { problems.removeAll { $0.field != "kind" }; droppedProblems = 0; return nil }
        reportMissing(t, seen: seen)
        guard problems.isEmpty, let id, let version, let company, let municipality, let group, let visit,
              let needs else { return nil }
        return BarometerAnswer(id: id, version: version, company: company, municipality: municipality,
                               industryGroup: group, visitDate: visit, needs: needs)
    }
}
