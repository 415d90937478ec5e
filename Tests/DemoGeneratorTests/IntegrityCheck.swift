import JobMatchCore

/// The generator's own promise, checked independently of JobStore's loader: every id a
/// record names exists in the schema or registry, ids are unique, levels are the schema's,
/// dates are in order (and in the past where they must be), and records point at
/// companies and sites that exist.
enum IntegrityCheck {
    static func problems(in d: Dataset, today: Day = Generated.today) -> [String] {
        var out: [String] = []
        let s = d.schema
        let competences = Set(s.competences.map(\.id)), occupations = Set(s.occupations.map(\.id))
        let licences = Set(s.licences.map(\.code)), certificates = Set(s.certificates.map(\.id))
        let languages = Set(s.languages.map(\.code)), cefr = Set(s.cefrLevels), levels = Set(s.levels.map(\.level))
        let education = Set(s.educationLevels.map(\.id)), groups = Set(s.industryGroups.map(\.code))
        let jobTypes = Set(s.jobTypes.map(\.id))
        var categories: [String: Set<String>] = [:]
        for b in s.benefitTypes { categories[b.id] = Set(b.matchCategories) }
        var postcodes: [String: Set<String>] = [:]
        for m in d.registry.municipalities { postcodes[m.code] = Set(m.postcodes) }
        var companySites: [String: Set<String>] = [:]
        var companyGroup: [String: String] = [:]
        for c in d.companies { companySites[c.id] = Set(c.municipalities); companyGroup[c.id] = c.industryGroup }

        func unique(_ what: String, _ ids: [String]) {
            if Set(ids).count != ids.count { out.append("\(what) ids are not unique") }
        }
        unique("candidate", d.candidates.map(\.id)); unique("vacancy", d.vacancies.map(\.id))
        unique("company", d.companies.map(\.id)); unique("barometer", d.barometer.map(\.id))
        unique("company name", d.companies.map(\.name))

        for c in d.candidates {
            let at = "candidate \(c.id)"
            if !(postcodes[c.municipality]?.contains(c.postcode) ?? false) { out.append("\(at): postcode \(c.postcode) not in \(c.municipality)") }
            if c.ownerMunicipality != c.municipality { out.append("\(at): owner \(c.ownerMunicipality) is not home") }
            if c.competences.isEmpty { out.append("\(at): no competences") }
            if Set(c.competences.map(\.id)).count != c.competences.count { out.append("\(at): competence twice") }
            for h in c.competences {
                if !competences.contains(h.id) { out.append("\(at): unknown competence \(h.id)") }
                if !levels.contains(h.level) { out.append("\(at): level \(h.level)") }
                if h.years < 0.5 || h.years > 25 || (h.years * 10).rounded() != h.years * 10 { out.append("\(at): years \(h.years)") }
            }
            if c.desiredOccupations.isEmpty || c.desiredOccupations.count > 3 { out.append("\(at): \(c.desiredOccupations.count) occupations") }
            for o in c.desiredOccupations where !occupations.contains(o) { out.append("\(at): unknown occupation \(o)") }
            if !education.contains(c.education) { out.append("\(at): education \(c.education)") }
            for l in c.licences where !licences.contains(l) { out.append("\(at): licence \(l)") }
            for x in c.certificates where !certificates.contains(x) { out.append("\(at): certificate \(x)") }
            for l in c.languages where !languages.contains(l.code) || !cefr.contains(l.level) { out.append("\(at): language \(l)") }
            guard let allowed = categories[c.benefit] else { out.append("\(at): benefit \(c.benefit)"); continue }
            if allowed.isEmpty ? !c.matchCategory.isEmpty : !allowed.contains(c.matchCategory) {
                out.append("\(at): category '\(c.matchCategory)' for \(c.benefit)")
            }
            if !(20...65).contains(today.year - c.birthYear) { out.append("\(at): born \(c.birthYear)") }
            if c.unemployedSince >= today { out.append("\(at): unemployed since \(c.unemployedSince)") }
            if !(15...37).contains(c.hoursPerWeek) { out.append("\(at): \(c.hoursPerWeek) hours") }
            if c.consultant.isEmpty { out.append("\(at): no consultant") }
        }

        for v in d.vacancies {
            let at = "vacancy \(v.id)"
            guard let sites = companySites[v.company] else { out.append("\(at): unknown company \(v.company)"); continue }
            if !sites.contains(v.municipality) { out.append("\(at): \(v.municipality) is not a site of \(v.company)") }
            if !occupations.contains(v.occupation) { out.append("\(at): occupation \(v.occupation)") }
            if !jobTypes.contains(v.jobType) { out.append("\(at): job type \(v.jobType)") }
            if v.expiryDate < v.postedDate { out.append("\(at): expires before posted") }
            if v.startDate <= v.postedDate { out.append("\(at): starts before posted") }
            if v.requirements.isEmpty { out.append("\(at): no requirements") }
            if Set(v.requirements.map(\.competence)).count != v.requirements.count { out.append("\(at): requirement twice") }
            for r in v.requirements where !competences.contains(r.competence) || !levels.contains(r.minLevel) {
                out.append("\(at): requirement \(r)")
            }
            for l in v.licences where !licences.contains(l) { out.append("\(at): licence \(l)") }
            for x in v.certificates where !certificates.contains(x) { out.append("\(at): certificate \(x)") }
            for l in v.languages where !languages.contains(l.code) || !cefr.contains(l.level) { out.append("\(at): language \(l)") }
            if v.title.isEmpty || v.positions < 1 { out.append("\(at): title or positions") }
        }

        for c in d.companies {
            if c.id.count != 8 || !c.id.allSatisfy(\.isNumber) { out.append("company \(c.id): not 8 digits") }
            if !groups.contains(c.industryGroup) { out.append("company \(c.id): group \(c.industryGroup)") }
            if c.municipalities.isEmpty || c.municipalities.contains(where: { postcodes[$0] == nil }) {
                out.append("company \(c.id): sites \(c.municipalities)")
            }
        }

        for b in d.barometer {
            let at = "barometer \(b.id)"
            guard let sites = companySites[b.company] else { out.append("\(at): unknown company"); continue }
            if !sites.contains(b.municipality) { out.append("\(at): not a site") }
            if companyGroup[b.company] != b.industryGroup { out.append("\(at): group differs from company's") }
            if !(0...4).contains(b.needs.count) { out.append("\(at): \(b.needs.count) needs") }
            if let r = BarometerRound(b.round), !(r.firstDay...r.lastDay).contains(b.visitDate) { out.append("\(at): visit outside its round") }
            for n in b.needs where !occupations.contains(n.occupation) || !(-2...5).contains(n.in3Months) || !(-3...8).contains(n.in12Months) {
                out.append("\(at): need \(n)")
            }
        }
        return out
    }
}
