/// The editorial rules of the shipped schema, on top of `problems(file:)`.
///
/// `problems(file:)` decides whether a schema is usable at all; these rules decide whether
/// it is the curated vocabulary the job centres agreed on: ids in the agreed shapes, a few
/// Danish search aliases per competence, profiles of a size a consultant can read, and
/// every barometer industry group with enough competences and occupations to match on.
/// The reference tables in `data/reference/` are checked with both (SchemaFileTests); a
/// data directory's own schema only needs to be usable. Pure: no I/O.
extension Schema {
    /// Everything in this schema that breaks the curation rules, in field order.
    public func curationProblems(file: String) -> [Problem] {
        var p = SchemaCheckList(file: file)
        for (i, c) in competences.enumerated() {
            let f = "competences[\(i)]"
            if !Self.isDottedID(c.id) || !c.id.contains(".") {
                p.add("\(f).id", "competence id '\(c.id)' must be dotted lowercase ascii, e.g. 'weld.mig'")
            }
            if !(1...4).contains(c.aliases.count) {
                p.add("\(f).aliases", "competence '\(c.id)' needs 1–4 Danish search aliases, has \(c.aliases.count)")
            }
            if c.related.count > 4 {
                p.add("\(f).related", "competence '\(c.id)' lists \(c.related.count) related competences; at most 4")
            }
            if c.groups.isEmpty { p.add("\(f).groups", "competence '\(c.id)' belongs to no industry group; give at least one") }
        }
        for (i, o) in occupations.enumerated() {
            let f = "occupations[\(i)]"
            if !Self.isDottedID(o.id) || !o.id.hasPrefix("occ.") {
                p.add("\(f).id", "occupation id '\(o.id)' must look like 'occ.name' (lowercase ascii)")
            }
            if !(3...6).contains(o.essential.count) {
                p.add("\(f).essential", "occupation '\(o.id)' needs 3–6 essential competences, has \(o.essential.count)")
            }
            if !(2...6).contains(o.optional.count) {
                p.add("\(f).optional", "occupation '\(o.id)' needs 2–6 optional competences, has \(o.optional.count)")
            }
        }
        for (i, g) in industryGroups.enumerated() {
            let nCompetences = competences.count { $0.groups.contains(g.code) }
            let nOccupations = occupations.count { $0.group == g.code }
            if nCompetences < 5 {
                p.add("industryGroups[\(i)]", "industry group \(g.code) \(g.en) has \(nCompetences) competences; needs 5")
            }
            if nOccupations < 2 {
                p.add("industryGroups[\(i)]", "industry group \(g.code) \(g.en) has \(nOccupations) occupations; needs 2")
            }
        }
        return p.list
    }

    /// `a-z0-9` words joined by single dots or hyphens: `weld.mig`, `occ.pig-farm-worker`.
    static func isDottedID(_ id: String) -> Bool {
        var previousSeparator = true
        for b in id.utf8 {
            let word = (b >= 97 && b <= 122) || (b >= 48 && b <= 57)
            if word { previousSeparator = false; continue }
            guard b == 46 || b == 45, !previousSeparator else { return false }
            previousSeparator = true
        }
        return !previousSeparator
    }
}
