/// Orders of the Vacancies list. Each order is computed once at start-up, so changing the
/// sort on 50,000 vacancies is a filter pass, not a sort, and a keystroke stays cheap.
public enum VacancySort: String, CaseIterable, Sendable, Equatable {
    case expiry, posted, title, municipality, company

    /// Shown in the list header and the status line.
    public var label: String {
        switch self {
        case .expiry: return "expiry"
        case .posted: return "newest"
        case .title: return "title"
        case .municipality: return "municipality"
        case .company: return "company"
        }
    }

    /// The next order for the cycle key.
    public var next: VacancySort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
