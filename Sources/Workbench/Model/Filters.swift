import JobMatchCore
import MatchEngine

/// A typed filter could not be understood; the message says what to type instead.
package struct FilterError: Error, Equatable, Sendable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}

/// Splits "kommune:hjørring svejser expiring" into `key:value` terms and free words.
struct FilterTerms {
    var pairs: [(key: String, value: String)] = []
    var words: [String] = []

    init(_ text: String) {
        for part in text.split(separator: " ") {
            if let colon = part.firstIndex(of: ":"), colon != part.startIndex {
                pairs.append((TextFolding.fold(part[..<colon]), String(part[part.index(after: colon)...])))
            } else {
                words.append(String(part))
            }
        }
    }

    /// The first of `candidates` whose folded label starts with the folded value (or whose id equals it).
    static func pick<T>(_ value: String, from candidates: [T], id: (T) -> String, labels: (T) -> [String]) -> T? {
        let folded = TextFolding.fold(value)
        guard !folded.isEmpty else { return nil }
        if let exact = candidates.first(where: { TextFolding.fold(id($0)) == folded }) { return exact }
        return candidates.first { c in labels(c).contains { TextFolding.fold($0).hasPrefix(folded) } }
    }
}

/// What the Vacancies list shows: filters hide rows (unlike search, which only moves).
package struct VacancyFilter: Sendable, Equatable {
    /// Work-place municipality code.
    package var municipality: String?
    /// Job type id (`ordinary`, `wage-subsidy`, …).
    package var jobType: String?
    /// Industry group code of the company.
    package var industryGroup: String?
    /// Only ads that expire within five days.
    package var expiringOnly = false
    /// Words that must all occur in id, title, company, municipality or occupation.
    package var text = ""

    package init(municipality: String? = nil, jobType: String? = nil, industryGroup: String? = nil,
                expiringOnly: Bool = false, text: String = "") {
        self.municipality = municipality; self.jobType = jobType; self.industryGroup = industryGroup
        self.expiringOnly = expiringOnly; self.text = text
    }

    package var isEmpty: Bool { municipality == nil && jobType == nil && industryGroup == nil && !expiringOnly && text.isEmpty }

    /// "Hjørring · Løntilskud · expiring · “svejs”" for the status line.
    func describe(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append(data.municipalityName(m)) }
        if let t = jobType { parts.append(data.dataset.schema.jobTypes.first { $0.id == t }?.da ?? t) }
        if let g = industryGroup { parts.append(data.dataset.schema.industryGroups.first { $0.code == g }?.da ?? g) }
        if expiringOnly { parts.append("expiring ≤5 d") }
        if !text.isEmpty { parts.append("“\(text)”") }
        return parts.joined(separator: " · ")
    }

    /// Parses `kommune:hjørring type:løntilskud group:bygge expiring svejser`.
    /// Keys: kommune/municipality/m, type/jobtype/t, group/branche/i; the word `expiring`
    /// (or `udløber`); every other word is text. Values match ids or label prefixes.
    static func parse(_ input: String, data: WorkbenchData) -> Result<VacancyFilter, FilterError> {
        let terms = FilterTerms(input)
        var filter = VacancyFilter()
        let schema = data.dataset.schema
        for (key, value) in terms.pairs {
            switch key {
            case "kommune", "municipality", "m":
                guard let code = FilterTerms.pick(value, from: data.participating, id: { $0 }, labels: { [data.municipalityName($0)] }) else {
                    return .failure(FilterError(message: "No participating municipality “\(value)” — try one of \(data.participating.map(data.municipalityName).joined(separator: ", "))"))
                }
                filter.municipality = code
            case "type", "jobtype", "t":
                guard let jt = FilterTerms.pick(value, from: schema.jobTypes, id: \.id, labels: { [$0.da, $0.en] }) else {
                    return .failure(FilterError(message: "No job type “\(value)” — try one of \(schema.jobTypes.map(\.id).joined(separator: ", "))"))
                }
                filter.jobType = jt.id
            case "group", "branche", "industry", "i":
                guard let g = FilterTerms.pick(value, from: schema.industryGroups, id: \.code, labels: { [$0.da, $0.en] }) else {
                    return .failure(FilterError(message: "No industry group “\(value)” — use the start of a group name, e.g. group:\(schema.industryGroups.first.map { TextFolding.fold($0.da.split(separator: " ").first ?? "") } ?? "bygge")"))
                }
                filter.industryGroup = g.code
            default:
                return .failure(FilterError(message: "Unknown filter “\(key):” — use kommune:, type:, group:, expiring or plain words"))
            }
        }
        var words: [String] = []
        for word in terms.words {
            switch TextFolding.fold(word) {
            case "expiring", "udloeber": filter.expiringOnly = true
            default: words.append(word)
            }
        }
        filter.text = words.joined(separator: " ")
        return .success(filter)
    }

    /// The rows of `order` that pass the filter.
    func apply(to order: [Int32], data: WorkbenchData) -> [Int32] {
        if isEmpty { return order }
        let schema = data.dataset.schema
        let jobTypeIndex = jobType.map { t in Int16(schema.jobTypes.firstIndex { $0.id == t } ?? -2) }
        let groupIndex = industryGroup.map { g in Int16(schema.industryGroups.firstIndex { $0.code == g } ?? -2) }
        let needles = FoldedTexts.needles(text)
        let vacancies = data.dataset.vacancies
        let today = data.today
        let folded = needles.isEmpty ? nil : data.vacancyTextIfReady  // once, not per row; callers check it is ready
        return order.filter { r in
            let row = Int(r)
            if let m = municipality, vacancies[row].municipality != m { return false }
            if let j = jobTypeIndex, data.vacancyJobType[row] != j { return false }
            if let g = groupIndex, data.vacancyGroup[row] != g { return false }
            if expiringOnly && !vacancies[row].needsFollowUp(today: today) { return false }
            if let folded, !folded.contains(row, all: needles) { return false }
            return true
        }
    }
}

/// What the Ranking list shows.
package struct RankingFilter: Sendable, Equatable {
    /// Home municipality code.
    package var municipality: String?
    /// Lowest score shown.
    package var minimumScore: Int?
    /// Words that must occur in what the row shows (name where allowed, else pseudonym; municipality).
    package var text = ""

    package init(municipality: String? = nil, minimumScore: Int? = nil, text: String = "") {
        self.municipality = municipality; self.minimumScore = minimumScore; self.text = text
    }

    package var isEmpty: Bool { municipality == nil && minimumScore == nil && text.isEmpty }

    func describe(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append("lives in \(data.municipalityName(m))") }
        if let s = minimumScore { parts.append("score ≥ \(s)") }
        if !text.isEmpty { parts.append("“\(text)”") }
        return parts.joined(separator: " · ")
    }

    /// Parses `kommune:hjørring score:60 words`.
    static func parse(_ input: String, data: WorkbenchData) -> Result<RankingFilter, FilterError> {
        let terms = FilterTerms(input)
        var filter = RankingFilter(text: terms.words.joined(separator: " "))
        for (key, value) in terms.pairs {
            switch key {
            case "kommune", "municipality", "m":
                guard let code = FilterTerms.pick(value, from: data.participating, id: { $0 }, labels: { [data.municipalityName($0)] }) else {
                    return .failure(FilterError(message: "No participating municipality “\(value)”"))
                }
                filter.municipality = code
            case "score", "min":
                guard let n = Int(value), (0...100).contains(n) else {
                    return .failure(FilterError(message: "score: takes a number 0–100, e.g. score:60"))
                }
                filter.minimumScore = n
            default:
                return .failure(FilterError(message: "Unknown filter “\(key):” — use kommune:, score: or plain words"))
            }
        }
        return .success(filter)
    }
}
extension VacancyFilter {
    /// True when every row this filter shows is also shown by `other` (the same fields, and
    /// text that extends `other`'s: each old word is a prefix of a new one).
    func narrows(_ other: VacancyFilter) -> Bool {
        municipality == other.municipality && jobType == other.jobType && industryGroup == other.industryGroup
            && (expiringOnly || !other.expiringOnly) && text.hasPrefix(other.text)
    }

    /// The filter as the text one would type to get it (prefills the filter prompt).
    func query(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append("kommune:" + queryValue(data.municipalityName(m), fallback: m)) }
        if let t = jobType { parts.append("type:\(t)") }
        if let g = industryGroup { parts.append("group:\(g)") }
        if expiringOnly { parts.append("expiring") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }
}

extension RankingFilter {
    func query(_ data: WorkbenchData) -> String {
        var parts: [String] = []
        if let m = municipality { parts.append("kommune:" + queryValue(data.municipalityName(m), fallback: m)) }
        if let s = minimumScore { parts.append("score:\(s)") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }
}

/// A label usable as a filter value (no spaces), else the id.
private func queryValue(_ label: String, fallback: String) -> String {
    label.contains(" ") ? fallback : label.lowercased()
}
