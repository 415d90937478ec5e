/// A course in the joint upskilling catalogue (`courses.jsonl`): an AMU-style course that
/// gives competences at a level, held on fixed dates by a provider, for a number of people.
public struct Course: Sendable, Equatable, Identifiable, Codable {
    /// `C` + digits, e.g. `C0001`.
    public var id: String
    public var title: String
    /// The school or AMU centre that runs it.
    public var provider: String
    /// Where it is held (municipality code).
    public var municipality: String
    public var gives: [CourseCompetence]
    /// Teaching days.
    public var durationDays: Int
    public var startDate: Day
    public var endDate: Day
    /// Seats in all.
    public var capacity: Int

    public init(id: String, title: String, provider: String, municipality: String, gives: [CourseCompetence],
                durationDays: Int, startDate: Day, endDate: Day, capacity: Int) {
        self.id = id; self.title = title; self.provider = provider; self.municipality = municipality; self.gives = gives
        self.durationDays = durationDays; self.startDate = startDate; self.endDate = endDate; self.capacity = capacity
    }

    /// The level the course gives in `competence`, 0 when it gives none.
    public func level(of competence: String) -> Int { gives.filter { $0.competence == competence }.map(\.level).max() ?? 0 }
}

/// One competence a course gives, and the level a participant holds after it.
public struct CourseCompetence: Sendable, Equatable, Hashable, Codable {
    public var competence: String
    public var level: Int
    public init(competence: String, level: Int) { self.competence = competence; self.level = level }
}

extension Course {
    /// What is wrong with the course for this schema and registry, as (field, message).
    public func problems(schema: Schema, registry: MunicipalityRegistry) -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if id.isEmpty { out.append(("id", "must not be empty")) }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { out.append(("title", "must not be empty")) }
        if provider.trimmingCharacters(in: .whitespaces).isEmpty { out.append(("provider", "must not be empty")) }
        if registry.municipality(municipality) == nil { out.append(("municipality", "unknown municipality code '\(municipality)'")) }
        if gives.isEmpty { out.append(("gives", "a course must give at least one competence")) }
        let known = Set(schema.competences.map(\.id))
        let levels = Set(schema.levels.map(\.level))
        for (i, g) in gives.enumerated() {
            if !known.contains(g.competence) { out.append(("gives[\(i)].competence", "unknown competence '\(g.competence)'")) }
            if !levels.contains(g.level) { out.append(("gives[\(i)].level", "level \(g.level) is not a schema level (1–4)")) }
        }
        if durationDays < 1 { out.append(("durationDays", "must be at least 1, not \(durationDays)")) }
        if endDate < startDate { out.append(("endDate", "\(endDate) is before the start date \(startDate)")) }
        if capacity < 1 { out.append(("capacity", "must be at least 1, not \(capacity)")) }
        return out
    }
}

private extension String {
    func trimmingCharacters(in _: WhitespaceSet) -> Substring {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return s
    }
    enum WhitespaceSet { case whitespaces }
}
