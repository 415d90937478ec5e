import JobMatchCore

/// Readers for the small objects nested in records (competences, languages, requirements,
/// labour needs). Field names in problems get the array prefix, e.g. `competences[2].level`.
extension LineDecoder {
    /// Reads an array of objects; `read` is called with `context` set to this element.
    mutating func objects<T>(_ field: StaticString, _ read: (inout LineDecoder) throws(SyntaxError) -> T?) throws(SyntaxError) -> [T]? {
        var out: [T] = []
        var ok = true
        let outer = context
        let isArray = try array(field) { (d, i) throws(SyntaxError) in
            d.context = (field, i)
            if let v = try read(&d) { out.append(v) } else { ok = false }
            d.context = outer
        }
        context = outer
        return isArray && ok ? out : nil
    }

    /// Reads one object with the fields of `table`, reporting unknown, repeated and missing
    /// ones; `field` is called with each field's index.
    mutating func object(_ table: KeyTable, _ field: (inout LineDecoder, Int) throws(SyntaxError) -> Void) throws(SyntaxError) -> Bool {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "{") else {
            let where_ = context.map { "\($0.array)[\($0.index)]" } ?? "value"
            let saved = context
            context = nil
            try mismatch(where_, .found(cursor.kindOfValue()), expected: "an object")
            context = saved
            return false
        }
        var first = true, hint = 0, seen: UInt32 = 0
        let before = problemTotal
        while let i = try nextField(table, first: &first, hint: &hint, seen: &seen) { try field(&self, i) }
        reportMissing(table, seen: seen)
        return problemTotal == before
    }

    mutating func heldCompetence() throws(SyntaxError) -> HeldCompetence? {
        var id: String?, level: Int?, years: Double?
        let ok = try object(keys.heldCompetence) { (d, i) throws(SyntaxError) in
            switch i {
            case 0: id = try d.string("id")
            case 1: level = try d.int("level")
            default: years = try d.double("years")
            }
        }
        guard ok, let id, let level, let years else { return nil }
        return HeldCompetence(id: id, level: level, years: years)
    }

    mutating func languageSkill() throws(SyntaxError) -> LanguageSkill? {
        var code: String?, level: String?
        let ok = try object(keys.language) { (d, i) throws(SyntaxError) in
            if i == 0 { code = try d.string("code") } else { level = try d.string("level") }
        }
        guard ok, let code, let level else { return nil }
        return LanguageSkill(code: code, level: level)
    }

    mutating func requirement() throws(SyntaxError) -> Requirement? {
        var competence: String?, minLevel: Int?, essential: Bool?
        let ok = try object(keys.requirement) { (d, i) throws(SyntaxError) in
            switch i {
            case 0: competence = try d.string("competence")
            case 1: minLevel = try d.int("minLevel")
            default: essential = try d.bool("essential")
            }
        }
        guard ok, let competence, let minLevel, let essential else { return nil }
        return Requirement(competence: competence, minLevel: minLevel, essential: essential)
    }

    mutating func labourNeed() throws(SyntaxError) -> LabourNeed? {
        var occupation: String?, in3: Int?, in12: Int?
        let ok = try object(keys.need) { (d, i) throws(SyntaxError) in
            switch i {
            case 0: occupation = try d.string("occupation")
            case 1: in3 = try d.int("in3Months")
            default: in12 = try d.int("in12Months")
            }
        }
        guard ok, let occupation, let in3, let in12 else { return nil }
        return LabourNeed(occupation: occupation, in3Months: in3, in12Months: in12)
    }
}
