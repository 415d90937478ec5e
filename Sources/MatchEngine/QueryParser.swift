import JobMatchCore

/// Turns search text into a `Query`. Pure syntax: whether a competence or municipality
/// exists is checked against the index when the query runs (still pointing at the token).
public enum QueryParser {
    /// The keys a term may start with.
    public static let keys = ["comp", "lic", "cert", "lang", "near", "avail", "jobtype", "muni", "occ", "status", "car", "shift", "shifts"]

    public static func parse(_ text: String) throws(QueryError) -> Query {
        let chars = Array(text)
        var terms: [QueryTerm] = []
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace { i += 1; continue }
            let start = i
            var inQuote = false, quoteAt = 0
            while i < chars.count && (inQuote || !chars[i].isWhitespace) {
                if chars[i] == "\"" { inQuote.toggle(); quoteAt = i }
                i += 1
            }
            if inQuote {
                throw QueryError(offset: quoteAt, length: chars.count - quoteAt, message: "unterminated quote: add a closing \"")
            }
            terms.append(try term(Token(chars: Array(chars[start..<i]), offset: start)))
        }
        return Query(text: text, terms: terms)
    }

    /// A whitespace-delimited token and where it starts.
    struct Token {
        var chars: [Character]
        var offset: Int
        var string: String { String(chars) }
        func error(_ message: String, from: Int = 0, length: Int? = nil) -> QueryError {
            QueryError(offset: offset + from, length: length ?? (chars.count - from), message: message)
        }
    }

    static func term(_ t: Token) throws(QueryError) -> QueryTerm {
        let make = { (c: QueryTerm.Condition) in QueryTerm(condition: c, offset: t.offset, length: t.chars.count) }
        if t.chars.first == "\"" {
            guard let close = t.chars.dropFirst().firstIndex(of: "\""), close == t.chars.count - 1 else {
                throw t.error("unexpected text after the closing quote", from: (t.chars.dropFirst().firstIndex(of: "\"") ?? 0) + 1)
            }
            let inner = String(t.chars[1..<close]).trimmingSpaces
            guard !inner.isEmpty else { throw t.error("empty quotes: put the words to find between them") }
            return make(.text(inner))
        }
        guard let colon = t.chars.firstIndex(of: ":"), !t.chars[..<colon].contains("\"") else {
            if let quote = t.chars.firstIndex(of: "\"") {
                throw t.error("quotes must surround the whole text, e.g. \"søren hansen\"", from: quote, length: 1)
            }
            return make(.text(t.string))
        }
        let key = String(t.chars[..<colon]).lowercased()
        guard keys.contains(key) else {
            throw t.error("unknown key '\(key)'; use one of \(keys.map { $0 + ":" }.joined(separator: " ")), or quote the text to search for it",
                          from: 0, length: colon + 1)
        }
        let v = colon + 1
        guard v < t.chars.count else { throw t.error("'\(key):' needs a value, e.g. \(example(key))", from: 0) }
        let value = Array(t.chars[v...])
        switch key {
        case "comp":
            let (name, rest) = try nameAndSuffix(t, at: v, key: key)
            if rest.isEmpty { return make(.competence(name, minLevel: nil)) }
            let level = try comparison(t, at: v + (value.count - rest.count), rest, what: "level", example: "comp:weld.mig>=3") {
                Int($0).flatMap { (1...9).contains($0) ? $0 : nil }
            }
            return make(.competence(name, minLevel: level))
        case "lang":
            let (name, rest) = try nameAndSuffix(t, at: v, key: key)
            if rest.isEmpty { return make(.language(name, minLevel: nil)) }
            let level = try comparison(t, at: v + (value.count - rest.count), rest, what: "CEFR level (A1…C2)", example: "lang:de>=B1") {
                let u = $0.uppercased()
                return u.count == 2 && "ABC".contains(u.first!) && "12".contains(u.last!) ? u : nil
            }
            return make(.language(name, minLevel: level))
        case "lic", "cert", "muni":
            let items = try list(t, at: v, key: key)
            return make(key == "lic" ? .licence(items) : key == "cert" ? .certificate(items) : .municipality(items))
        case "jobtype", "occ":
            let (name, rest) = try nameAndSuffix(t, at: v, key: key)
            guard rest.isEmpty else { throw t.error("unexpected '\(String(rest))' after the \(key == "occ" ? "occupation" : "job type")", from: t.chars.count - rest.count) }
            return make(key == "occ" ? .occupation(name) : .jobType(name))
        case "near":
            let slash = value.firstIndex(of: "/")
            let place = String(value[..<(slash ?? value.count)]).unquoted
            guard !place.isEmpty else { throw t.error("near: needs a municipality, e.g. near:0860/45", from: v, length: max(1, slash ?? 1)) }
            guard let slash else { return make(.near(place, minutes: nil)) }
            let m = String(value[(slash + 1)...])
            guard let minutes = Int(m), (0...600).contains(minutes) else {
                throw t.error("'\(m)' is not a number of minutes (0–600), e.g. near:0860/45", from: v + slash + 1,
                              length: max(1, m.count))
            }
            return make(.near(place, minutes: minutes))
        case "car":
            switch String(value).lowercased() {
            case "yes", "ja": return make(.car(true))
            case "no", "nej": return make(.car(false))
            default: throw t.error("car: takes yes or no, e.g. car:yes", from: v)
            }
        case "shift", "shifts":
            let items = try list(t, at: v, key: key)
            var shifts: [Shift] = []
            for item in items {
                guard let s = shift(named: item) else {
                    throw t.error("unknown shift '\(item)'; use evening, night or weekend, e.g. shift:night", from: v)
                }
                shifts.append(s)
            }
            return make(.shifts(shifts))
        case "avail":
            var s = String(value)
            var from = v
            if s.hasPrefix("<=") { s.removeFirst(2); from += 2 }
            guard let day = Day(s) else {
                throw t.error("'\(s)' is not a date YYYY-MM-DD, e.g. avail:<=2026-12-15", from: from)
            }
            return make(.availableBy(day))
        default:  // status
            switch String(value).lowercased() {
            case "any", "all": return make(.status(nil))
            case let s:
                guard let status = CandidateStatus(rawValue: s) else {
                    throw t.error("status must be active, paused, placed or any", from: v)
                }
                return make(.status(status))
            }
        }
    }

    /// `evening`, `evenings` or Danish `aften`; `night`, `nights`, `nat`; `weekend(s)`, `weekender`.
    private static func shift(named item: String) -> Shift? {
        switch TextFolding.fold(item) {
        case "evening", "evenings", "aften", "aftener": .evening
        case "night", "nights", "nat", "naetter": .night
        case "weekend", "weekends", "weekender": .weekend
        default: nil
        }
    }

    /// A name (bare, or quoted to hold spaces) followed by an optional comparison.
    private static func nameAndSuffix(_ t: Token, at v: Int, key: String) throws(QueryError) -> (String, ArraySlice<Character>) {
        let value = t.chars[v...]
        if value.first == "\"" {
            guard let close = value.dropFirst().firstIndex(of: "\"") else { throw t.error("unterminated quote", from: v) }
            let name = String(t.chars[(v + 1)..<close]).trimmingSpaces
            guard !name.isEmpty else { throw t.error("empty name in quotes", from: v, length: close - v + 1) }
            return (name, t.chars[(close + 1)...])
        }
        let end = value.firstIndex { $0 == ">" || $0 == "<" || $0 == "=" } ?? t.chars.count
        guard end > v else { throw t.error("'\(key):' needs a name before the comparison, e.g. \(example(key))", from: v) }
        return (String(t.chars[v..<end]), t.chars[end...])
    }

    /// `>=VALUE`, parsed by `convert`.
    private static func comparison<T>(_ t: Token, at from: Int, _ rest: ArraySlice<Character>, what: String, example: String,
                                      _ convert: (String) -> T?) throws(QueryError) -> T {
        guard rest.starts(with: [">", "="]) else {
            throw t.error("use >= followed by a \(what), e.g. \(example)", from: from)
        }
        let s = String(rest.dropFirst(2))
        guard let value = convert(s) else {
            throw t.error(s.isEmpty ? "missing \(what) after >=, e.g. \(example)" : "'\(s)' is not a \(what), e.g. \(example)",
                          from: from + 2 <= t.chars.count - 1 ? from + 2 : from)
        }
        return value
    }

    /// Comma-separated names; each non-empty.
    private static func list(_ t: Token, at v: Int, key: String) throws(QueryError) -> [String] {
        var items: [String] = []
        var start = v
        for i in v...t.chars.count {
            if i == t.chars.count || t.chars[i] == "," {
                let item = String(t.chars[start..<i]).unquoted
                guard !item.isEmpty else { throw t.error("empty item in the list, e.g. \(example(key))", from: min(start, t.chars.count - 1), length: 1) }
                items.append(item)
                start = i + 1
            }
        }
        return items
    }

    static func example(_ key: String) -> String {
        switch key {
        case "comp": "comp:weld.mig>=3"
        case "lic": "lic:CE"
        case "car": "car:yes"
        case "shift", "shifts": "shift:night"
        case "cert": "cert:forklift"
        case "lang": "lang:de>=B1"
        case "near": "near:0860/45"
        case "avail": "avail:<=2026-12-15"
        case "jobtype": "jobtype:wage-subsidy"
        case "muni": "muni:0813,0810"
        case "occ": "occ:welder"
        default: "status:any"
        }
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
    var unquoted: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()).trimmingSpaces : self
    }
}
