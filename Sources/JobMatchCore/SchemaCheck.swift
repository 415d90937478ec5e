/// Internal consistency of the screening schema and the municipality registry.
///
/// Records are checked *against* the schema (see `RecordValidator`); these checks make
/// sure the schema itself is something records can be checked against: every id it
/// refers to exists, numbers are in range, rule periods do not overlap. A schema change is
/// a reviewed, versioned event, so a broken schema must be refused with every mistake
/// listed at once, each located by a field path the editor can find in the JSON.
///
/// Problems carry `line` 0 (they concern a field of a whole JSON file, not a line of a
/// JSON Lines file). Pure: no I/O.
extension Schema {
    /// Everything inconsistent in this schema, in field order; empty when it is usable.
    public func problems(file: String) -> [Problem] {
        var p = SchemaCheckList(file: file)
        if version.isEmpty { p.add("version", "version is empty; give the schema a version such as '2026.1'") }

        p.duplicates(levels.map { String($0.level) }, what: "level", path: { "levels[\($0)].level" })
        let levelNumbers = Set(levels.map(\.level))
        let levelText = SchemaCheckText.describe(levels: levelNumbers)

        p.duplicates(industryGroups.map(\.code), what: "industry group code", path: { "industryGroups[\($0)].code" })
        let groupCodes = Set(industryGroups.map(\.code))
        let groupList = groupCodes.sorted().joined(separator: ", ")

        let competenceIds = Set(competences.map(\.id))
        let competenceHints = IdSuggester(competenceIds)
        p.duplicates(competences.map(\.id), what: "competence id", path: { "competences[\($0)].id" })
        for (i, c) in competences.enumerated() {
            let f = "competences[\(i)]"
            for (k, g) in c.groups.enumerated() where !groupCodes.contains(g) {
                p.add("\(f).groups[\(k)]", "unknown industry group '\(g)'; expected one of \(groupList)")
            }
            for (k, r) in c.related.enumerated() {
                if !competenceIds.contains(r.id) {
                    p.add("\(f).related[\(k)].id", "unknown competence '\(r.id)'" + competenceHints.hint(for: r.id))
                } else if r.id == c.id {
                    p.add("\(f).related[\(k)].id", "competence '\(c.id)' is related to itself; list other competences only")
                }
                if !(r.similarity > 0 && r.similarity <= 1) {
                    p.add("\(f).related[\(k)].similarity", "similarity must be in (0, 1], got \(SchemaCheckText.format(r.similarity))")
                }
            }
        }

        p.duplicates(occupations.map(\.id), what: "occupation id", path: { "occupations[\($0)].id" })
        for (i, o) in occupations.enumerated() {
            let f = "occupations[\(i)]"
            if !groupCodes.contains(o.group) {
                p.add("\(f).group", "unknown industry group '\(o.group)'; expected one of \(groupList)")
            }
            var listed: [String: String] = [:]
            for (list, items) in [("essential", o.essential), ("optional", o.optional)] {
                for (k, item) in items.enumerated() {
                    if let first = listed[item.competence] {
                        p.add("\(f).\(list)[\(k)].competence",
                              "competence '\(item.competence)' is listed twice in occupation '\(o.id)' (first at \(first)); list it once")
                    } else {
                        listed[item.competence] = "\(f).\(list)[\(k)]"
                    }
                    if !competenceIds.contains(item.competence) {
                        p.add("\(f).\(list)[\(k)].competence",
                              "unknown competence '\(item.competence)'" + competenceHints.hint(for: item.competence))
                    }
                    if !levelNumbers.contains(item.level) {
                        p.add("\(f).\(list)[\(k)].level", "level \(item.level) is not one of the schema's levels \(levelText)")
                    }
                }
            }
        }

        p.duplicates(licences.map(\.code), what: "licence code", path: { "licences[\($0)].code" })
        p.duplicates(certificates.map(\.id), what: "certificate id", path: { "certificates[\($0)].id" })
        checkCertificateAliases(&p)
        p.duplicates(languages.map(\.code), what: "language code", path: { "languages[\($0)].code" })
        p.duplicates(cefrLevels, what: "CEFR level", path: { "cefrLevels[\($0)]" })
        p.duplicates(educationLevels.map(\.id), what: "education level id", path: { "educationLevels[\($0)].id" })
        p.duplicates(benefitTypes.map(\.id), what: "benefit type id", path: { "benefitTypes[\($0)].id" })
        p.duplicates(jobTypes.map(\.id), what: "job type id", path: { "jobTypes[\($0)].id" })
        checkBenefits(&p)
        checkRules(&p)
        checkScoring(&p)
        checkTravel(&p)
        return p.list
    }

    private func checkBenefits(_ p: inout SchemaCheckList) {
        for (i, b) in benefitTypes.enumerated() {
            let f = "benefitTypes[\(i)]"
            if let from = b.validFrom, let to = b.validTo, to < from {
                p.add("\(f).validTo", "validTo \(to) is before validFrom \(from); a benefit must end on or after the day it starts")
            }
            for (k, rule) in (b.categoryRules ?? []).enumerated() {
                let r = "\(f).categoryRules[\(k)]"
                if let to = rule.validTo, to < rule.validFrom {
                    p.add("\(r).validTo", "validTo \(to) is before validFrom \(rule.validFrom); a period must end on or after the day it starts")
                }
                for (m, c) in rule.categories.enumerated() where !b.matchCategories.contains(c) {
                    p.add("\(r).categories[\(m)]", "match category '\(c)' is not in \(f).matchCategories; list it there too")
                }
                if let d = rule.defaultCategory, !rule.categories.contains(d) {
                    p.add("\(r).defaultCategory", "default category '\(d)' is not one of the period's categories")
                }
                for j in 0..<k {
                    let e = (b.categoryRules ?? [])[j]
                    let apart = (e.validTo.map { $0 < rule.validFrom } ?? false) || (rule.validTo.map { $0 < e.validFrom } ?? false)
                    if !apart {
                        p.add("\(r).validFrom", "the period from \(rule.validFrom) overlaps \(f).categoryRules[\(j)] of benefit '\(b.id)'; end one the day before the other starts")
                    }
                }
            }
        }
    }

    private func checkRules(_ p: inout SchemaCheckList) {
        let benefitIds = Set(benefitTypes.map(\.id))
        let benefitHints = IdSuggester(benefitIds)
        let benefitByID = Dictionary(benefitTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var ruleIds: [String: String] = [:]
        for (t, jobType) in jobTypes.enumerated() {
            for (k, rule) in jobType.rules.enumerated() {
                let f = "jobTypes[\(t)].rules[\(k)]"
                if let first = ruleIds[rule.id] {
                    p.add("\(f).id", "duplicate rule id '\(rule.id)' (first used at \(first)); rule ids must be unique")
                } else {
                    ruleIds[rule.id] = f
                }
                if let end = rule.validTo, end < rule.validFrom {
                    p.add("\(f).validTo", "validTo \(end) is before validFrom \(rule.validFrom); a rule must end on or after the day it starts")
                }
                for (m, b) in (rule.benefitTypes ?? []).enumerated() {
                    guard let benefit = benefitByID[b] else {
                        p.add("\(f).benefitTypes[\(m)]", "unknown benefit type '\(b)'" + benefitHints.hint(for: b))
                        continue
                    }
                    let startsBefore = benefit.validFrom.map { rule.validFrom < $0 } ?? false
                    let endsAfter = benefit.validTo.map { end in rule.validTo.map { $0 > end } ?? true } ?? false
                    if startsBefore || endsAfter {
                        let exists = "\(benefit.validFrom.map { "from \($0)" } ?? "")\(benefit.validFrom != nil && benefit.validTo != nil ? " " : "")\(benefit.validTo.map { "until \($0)" } ?? "")"
                        p.add("\(f).benefitTypes[\(m)]",
                              "rule '\(rule.id)' (\(SchemaCheckText.period(rule))) allows benefit '\(b)', which exists only \(exists); split the rule at the benefit's dates")
                    }
                }
                for j in 0..<k {
                    let earlier = jobType.rules[j]
                    if SchemaCheckText.overlap(earlier, rule) {
                        p.add("\(f).validFrom",
                              "rule '\(rule.id)' (\(SchemaCheckText.period(rule))) overlaps rule '\(earlier.id)' (\(SchemaCheckText.period(earlier))) " +
                              "of job type '\(jobType.id)'; end one rule the day before the other starts")
                    }
                }
            }
        }
    }

    private func checkScoring(_ p: inout SchemaCheckList) {
        let s = scoring
        let parts: [(String, Double)] = [
            ("essential", s.essential), ("optional", s.optional), ("experience", s.experience),
            ("commute", s.commute), ("desiredOccupation", s.desiredOccupation), ("availability", s.availability),
        ]
        for (name, value) in parts where !(value >= 0) {
            p.add("scoring.\(name)", "weight must be 0 or more, got \(SchemaCheckText.format(value))")
        }
        let sum = parts.reduce(0) { $0 + $1.1 }
        if !(abs(sum - 100) < 1e-9) {
            let terms = parts.map { "\($0.0) \(SchemaCheckText.format($0.1))" }.joined(separator: " + ")
            p.add("scoring", "weights must add up to 100, got \(SchemaCheckText.format(sum)) (\(terms))")
        }
        if !(s.experienceCapYears > 0) {
            p.add("scoring.experienceCapYears", "must be more than 0 years, got \(SchemaCheckText.format(s.experienceCapYears))")
        }
        if !(s.levelAboveMinimumBonus >= 0 && s.levelAboveMinimumBonus <= 1) {
            p.add("scoring.levelAboveMinimumBonus", "must be in [0, 1], got \(SchemaCheckText.format(s.levelAboveMinimumBonus))")
        }
        if !(s.atMinimumShare > 0 && s.atMinimumShare <= 1) {
            p.add("scoring.atMinimumShare", "must be in (0, 1], got \(SchemaCheckText.format(s.atMinimumShare))")
        }
        if !(s.substitutableOverlap >= 0 && s.substitutableOverlap <= 1) {
            p.add("scoring.substitutableOverlap", "must be in [0, 1], got \(SchemaCheckText.format(s.substitutableOverlap))")
        }
        if s.availabilityGraceDays < 0 {
            p.add("scoring.availabilityGraceDays", "must be 0 or more days, got \(s.availabilityGraceDays)")
        }
        if s.availabilityFullPointsDays < 0 {
            p.add("scoring.availabilityFullPointsDays", "must be 0 or more days, got \(s.availabilityFullPointsDays)")
        }
    }

    private func checkTravel(_ p: inout SchemaCheckList) {
        if !(travel.averageKmh > 0) {
            p.add("travel.averageKmh", "average speed must be more than 0 km/h, got \(SchemaCheckText.format(travel.averageKmh))")
        }
        if !(travel.roadFactor >= 1) {
            p.add("travel.roadFactor", "road distance cannot be shorter than the straight line; must be 1 or more, got \(SchemaCheckText.format(travel.roadFactor))")
        }
        if let fixed = travel.fixedMinutes, !(fixed >= 0) {
            p.add("travel.fixedMinutes", "must be 0 or more minutes, got \(SchemaCheckText.format(fixed))")
        }
        if travel.sameMunicipalityMinutes < 0 {
            p.add("travel.sameMunicipalityMinutes", "must be 0 or more minutes, got \(travel.sameMunicipalityMinutes)")
        }
    }
}

extension MunicipalityRegistry {
    /// Everything inconsistent in this registry, in field order; empty when it is usable.
    public func problems(file: String) -> [Problem] {
        var p = SchemaCheckList(file: file)
        if version.isEmpty { p.add("version", "version is empty; give the registry a version such as '2026.1'") }
        let codes = Set(municipalities.map(\.code))
        let hints = IdSuggester(codes)
        p.duplicates(municipalities.map(\.code), what: "municipality code", path: { "municipalities[\($0)].code" })
        for (i, m) in municipalities.enumerated() {
            let f = "municipalities[\(i)]"
            if !SchemaCheckText.isFourDigits(m.code) {
                p.add("\(f).code", "municipality code '\(m.code)' must be exactly four digits, e.g. '0813'")
            }
            if !(m.lat >= -90 && m.lat <= 90) || !(m.lon >= -180 && m.lon <= 180) {
                p.add("\(f).lat", "coordinate (\(m.lat), \(m.lon)) is not a latitude/longitude in degrees")
            }
            if m.population < 0 { p.add("\(f).population", "population must be 0 or more, got \(m.population)") }
            for (k, code) in m.postcodes.enumerated() where !SchemaCheckText.isFourDigits(code) {
                p.add("\(f).postcodes[\(k)]", "postcode '\(code)' must be exactly four digits, e.g. '9900'")
            }
            for (k, place) in (m.places ?? []).enumerated() {
                if !m.postcodes.contains(place.postcode) {
                    p.add("\(f).places[\(k)].postcode", "place for postcode '\(place.postcode)', which is not in \(f).postcodes")
                }
                if !(place.lat >= -90 && place.lat <= 90) || !(place.lon >= -180 && place.lon <= 180) {
                    p.add("\(f).places[\(k)].lat", "coordinate (\(place.lat), \(place.lon)) is not a latitude/longitude in degrees")
                }
            }
        }
        p.duplicates(municipalities.flatMap(\.postcodes), what: "postcode", path: { k in
            var i = k
            for (n, m) in municipalities.enumerated() {
                if i < m.postcodes.count { return "municipalities[\(n)].postcodes[\(i)]" }
                i -= m.postcodes.count
            }
            return "postcodes"
        })
        p.duplicates(cooperations.map(\.id), what: "cooperation id", path: { "cooperations[\($0)].id" })
        for (i, c) in cooperations.enumerated() {
            for (list, members) in [("members", c.members), ("partners", c.partners)] {
                for (k, code) in members.enumerated() where !codes.contains(code) {
                    p.add("cooperations[\(i)].\(list)[\(k)]",
                          "unknown municipality '\(code)' in cooperation '\(c.id)'" + hints.hint(for: code))
                }
            }
        }
        p.duplicates(participating, what: "participating code", path: { "participating[\($0)]" })
        for (k, code) in participating.enumerated() where !codes.contains(code) {
            p.add("participating[\(k)]", "unknown municipality '\(code)'; participating codes must be in the municipality list" + hints.hint(for: code))
        }
        return p.list
    }
}

/// Collects schema problems for one file.
struct SchemaCheckList {
    let file: String
    var list: [Problem] = []

    init(file: String) { self.file = file }

    mutating func add(_ field: String, _ message: String) {
        list.append(Problem(file: file, line: 0, field: field, message: message))
    }

    /// Reports each repeat of a value at its own index, naming where it was first used.
    mutating func duplicates(_ values: [String], what: String, path: (Int) -> String) {
        var first: [String: Int] = [:]
        for (i, v) in values.enumerated() {
            if let j = first[v] {
                add(path(i), "duplicate \(what) '\(v)' (first used at \(path(j))); each must be unique")
            } else {
                first[v] = i
            }
        }
    }
}

/// Wording and small predicates shared by the checks.
enum SchemaCheckText {
    /// Two rules overlap when some day lies in both periods; a rule with an inverted period
    /// is reported on its own and left out here.
    static func overlap(_ a: EligibilityRule, _ b: EligibilityRule) -> Bool {
        if let end = a.validTo, end < a.validFrom { return false }
        if let end = b.validTo, end < b.validFrom { return false }
        let aEndsBeforeB = a.validTo.map { $0 < b.validFrom } ?? false
        let bEndsBeforeA = b.validTo.map { $0 < a.validFrom } ?? false
        return !aEndsBeforeB && !bEndsBeforeA
    }

    static func period(_ r: EligibilityRule) -> String {
        r.validTo.map { "\(r.validFrom) to \($0)" } ?? "from \(r.validFrom), open-ended"
    }

    static func describe(levels: Set<Int>) -> String {
        let sorted = levels.sorted()
        guard let lo = sorted.first, let hi = sorted.last else { return "(none defined)" }
        return sorted.count == hi - lo + 1 ? "\(lo)–\(hi)" : sorted.map(String.init).joined(separator: ", ")
    }

    /// `40` rather than `40.0`, `1.5` as is: numbers in messages read like the JSON.
    static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    static func isFourDigits(_ s: String) -> Bool {
        s.utf8.count == 4 && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}
