import JobMatchCore

/// One line per record, fields in `RecordKeys` order; see docs/data-format.md.
extension JSONLineWriter {
    mutating func write(_ c: Candidate, keys: RecordKeys) {
        let t = keys.candidate
        key(t, 0); string(RecordKind.candidate.rawValue)
        key(t, 1); string(c.id)
        key(t, 2); int(c.version)
        key(t, 3); string(c.name)
        key(t, 4); string(c.email)
        key(t, 5); string(c.phone)
        key(t, 6); string(c.municipality)
        key(t, 7); string(c.postcode)
        key(t, 8); objects(c.competences) { w, h in
            let n = keys.heldCompetence
            w.key(n, 0); w.string(h.id); w.key(n, 1); w.int(h.level); w.key(n, 2); w.double(h.years); w.byte(UInt8(ascii: "}"))
        }
        key(t, 9); strings(c.desiredOccupations)
        key(t, 10); string(c.education)
        key(t, 11); int(c.birthYear)
        key(t, 12); bool(c.singleProvider)
        key(t, 13); bool(c.flexJobApproved)
        key(t, 14); strings(c.licences)
        key(t, 15); strings(c.certificates)
        key(t, 16); languages(c.languages, keys)
        key(t, 17); day(c.availableFrom)
        key(t, 18); int(c.hoursPerWeek)
        key(t, 19); int(c.maxCommuteMinutes)
        key(t, 20); string(c.benefit)
        key(t, 21); string(c.matchCategory)
        key(t, 22); day(c.unemployedSince)
        key(t, 23); bool(c.consentToShare)
        key(t, 24); string(c.ownerMunicipality)
        key(t, 25); string(c.consultant)
        key(t, 26); string(c.status.rawValue)
        byte(UInt8(ascii: "}")); byte(UInt8(ascii: "\n"))
    }

    mutating func write(_ v: Vacancy, keys: RecordKeys) {
        let t = keys.vacancy
        key(t, 0); string(RecordKind.vacancy.rawValue)
        key(t, 1); string(v.id)
        key(t, 2); int(v.version)
        key(t, 3); string(v.company)
        key(t, 4); string(v.occupation)
        key(t, 5); string(v.title)
        key(t, 6); objects(v.requirements) { w, r in
            let n = keys.requirement
            w.key(n, 0); w.string(r.competence); w.key(n, 1); w.int(r.minLevel); w.key(n, 2); w.bool(r.essential)
            w.byte(UInt8(ascii: "}"))
        }
        key(t, 7); strings(v.licences)
        key(t, 8); strings(v.certificates)
        key(t, 9); languages(v.languages, keys)
        key(t, 10); string(v.jobType)
        key(t, 11); int(v.hoursPerWeek)
        key(t, 12); int(v.positions)
        key(t, 13); day(v.startDate)
        key(t, 14); day(v.postedDate)
        key(t, 15); day(v.expiryDate)
        key(t, 16); string(v.municipality)
        key(t, 17); bool(v.publicEmployer)
        key(t, 18); string(v.status.rawValue)
        byte(UInt8(ascii: "}")); byte(UInt8(ascii: "\n"))
    }

    mutating func write(_ c: Company, keys: RecordKeys) {
        let t = keys.company
        key(t, 0); string(RecordKind.company.rawValue)
        key(t, 1); string(c.id)
        key(t, 2); int(c.version)
        key(t, 3); string(c.name)
        key(t, 4); string(c.industryGroup)
        key(t, 5); strings(c.municipalities)
        key(t, 6); string(c.contactName)
        key(t, 7); string(c.contactPhone)
        key(t, 8); string(c.contactEmail)
        byte(UInt8(ascii: "}")); byte(UInt8(ascii: "\n"))
    }

    mutating func write(_ b: BarometerAnswer, keys: RecordKeys) {
        let t = keys.barometer
        key(t, 0); string(RecordKind.barometer.rawValue)
        key(t, 1); string(b.id)
        key(t, 2); int(b.version)
        key(t, 3); string(b.company)
        key(t, 4); string(b.municipality)
        key(t, 5); string(b.industryGroup)
        key(t, 6); day(b.visitDate)
        key(t, 7); objects(b.needs) { w, n in
            let k = keys.need
            w.key(k, 0); w.string(n.occupation); w.key(k, 1); w.int(n.in3Months); w.key(k, 2); w.int(n.in12Months)
            w.byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "}")); byte(UInt8(ascii: "\n"))
    }

    private mutating func languages(_ list: [LanguageSkill], _ keys: RecordKeys) {
        objects(list) { w, l in
            let n = keys.language
            w.key(n, 0); w.string(l.code); w.key(n, 1); w.string(l.level); w.byte(UInt8(ascii: "}"))
        }
    }
}
