import JobMatchCore

/// The words for a vacancy's working hours and car need, shared by explanations, near-miss
/// gaps and the screens, so "evenings, nights and weekends" reads the same everywhere.
public enum WorkingHoursText {
    /// "evenings", "nights and weekends" (English plural, in `Shift` order).
    public static func english(_ hours: [Shift]) -> String {
        list(Shift.allCases.filter(hours.contains).map { $0.rawValue + "s" }, and: "and")
    }

    /// What the job asks, in a few words: "own car during work · evenings and weekends";
    /// empty when it asks neither.
    public static func jobConditions(car: CarRequirement, hours: [Shift]) -> String {
        var parts: [String] = []
        switch car {
        case .none: break
        case .commute: parts.append("own car to get there")
        case .driving: parts.append("own car during work")
        }
        if !hours.isEmpty { parts.append(english(hours)) }
        return parts.joined(separator: " · ")
    }

    /// How she travels: "own car", "public transport", "bicycle".
    public static func transport(_ t: Transport) -> String {
        switch t {
        case .car: "own car"
        case .publicTransport: "public transport"
        case .bicycle: "bicycle"
        }
    }

    private static func list(_ items: [String], and: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
    }
}
