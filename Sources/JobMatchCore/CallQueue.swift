/// Where a vacancy's follow-up call stands.
public enum CallStatus: String, Sendable, Equatable, Codable {
    /// Not called yet, or "no answer" last time; due on `due`, which has not passed.
    case due
    /// Due before today and still without an answer: call first.
    case overdue
    /// The company answered (filled, still needs help, extend the ad, cancelled).
    case done
}

/// One row of the follow-up call queue: the vacancy, whom to call, and how it stands.
public struct CallQueueItem: Sendable, Equatable {
    public var vacancy: Vacancy
    public var companyName: String
    public var contactName: String
    public var contactPhone: String
    /// Candidates on the vacancy's shortlist (from the journal).
    public var shortlisted: Int
    /// When the call is (or was) due; nil once the company answered.
    public var due: Day?
    public var status: CallStatus
    /// The latest call recorded, with who and when.
    public var lastCall: CallRecord?
}

/// The follow-up calls of the seed ("call the company 5 days before the ad expires"), as a
/// work queue: the cooperation's open vacancies whose ad expires within `window` days,
/// with the company's contact, how many candidates are shortlisted, and the last outcome.
///
/// The call is due `window` days before the ad expires. "No answer" means call again: due
/// the next working day (Monday to Friday; public holidays are not known to jobmatch) after
/// the day of that call (the caller's working day, `CallRecord.day`). Any other outcome
/// settles it. A due day before today makes the call overdue. An ad that has run out leaves
/// the queue (the vacancy is expired then).
public enum CallQueue {
    /// Days before expiry the call is due.
    public static let window = 5

    /// The queue for `today`: overdue first, then due (earliest due first), then settled;
    /// within each, earliest expiry first, then vacancy id. Only vacancies in `participating`
    /// (the cooperation; empty: every municipality, for data without a cooperation).
    public static func items(vacancies: [Vacancy], companies: [Company], work: JournalState,
                             participating: [String], today: Day) -> [CallQueueItem] {
        let scope = Set(participating)
        var companyByID: [String: Company] = [:]
        for c in companies where companyByID[c.id] == nil { companyByID[c.id] = c }
        var out: [CallQueueItem] = []
        for v in vacancies where v.status == .open && (scope.isEmpty || scope.contains(v.municipality))
            && today <= v.expiryDate && today.days(until: v.expiryDate) <= window {
            out.append(item(vacancy: v, company: companyByID[v.company], work: work.work(for: v.id), today: today))
        }
        return sorted(out)
    }

    /// One vacancy's row (whether it belongs in the queue is the caller's question).
    public static func item(vacancy v: Vacancy, company: Company?, work w: VacancyWork, today: Day) -> CallQueueItem {
        let due = Self.due(expiry: v.expiryDate, calls: w.calls)
        let status: CallStatus = due.map { $0 < today ? .overdue : .due } ?? .done
        return CallQueueItem(vacancy: v, companyName: company?.name ?? v.company,
                             contactName: company?.contactName ?? "", contactPhone: company?.contactPhone ?? "",
                             shortlisted: w.shortlist.items.count, due: due, status: status, lastCall: w.calls.last)
    }

    /// The queue's order: overdue first, then due (earliest due first), then settled;
    /// within each, earliest expiry first, then vacancy id.
    public static func sorted(_ items: [CallQueueItem]) -> [CallQueueItem] {
        func rank(_ s: CallStatus) -> Int { s == .overdue ? 0 : s == .due ? 1 : 2 }
        return items.sorted {
            if rank($0.status) != rank($1.status) { return rank($0.status) < rank($1.status) }
            if $0.due != $1.due, let a = $0.due, let b = $1.due { return a < b }
            if $0.vacancy.expiryDate != $1.vacancy.expiryDate { return $0.vacancy.expiryDate < $1.vacancy.expiryDate }
            return $0.vacancy.id < $1.vacancy.id
        }
    }

    /// When the next call is due given the calls made so far; nil when the last one settled it.
    public static func due(expiry: Day, calls: [CallRecord]) -> Day? {
        guard let last = calls.last else { return expiry.adding(days: -window) }
        guard last.outcome == .noAnswer else { return nil }
        // The day the caller worked on (`--today`), not the day of the entry's clock time: a
        // session run as of another day (the demo's 2026-11-24) calls again the day after its own.
        return nextWorkingDay(after: last.day)
    }

    /// The next Monday-to-Friday after `day`.
    public static func nextWorkingDay(after day: Day) -> Day {
        var d = day.adding(days: 1)
        while d.isWeekend { d = d.adding(days: 1) }
        return d
    }

    /// Every call to the company's vacancies, oldest first, with the vacancy it was about.
    public static func log(company: String, vacancies: [Vacancy], work: JournalState) -> [(vacancy: Vacancy, call: CallRecord)] {
        var out: [(vacancy: Vacancy, call: CallRecord)] = []
        for v in vacancies where v.company == company {
            for c in work.work(for: v.id).calls { out.append((v, c)) }
        }
        return out.sorted { $0.call.sequence < $1.call.sequence }
    }
}

extension Day {
    /// Monday is 0 … Sunday is 6 (1970-01-01 was a Thursday).
    public var weekday: Int { Int(((Int64(daysSinceEpoch) % 7) + 7 + 3) % 7) }
    public var isWeekend: Bool { weekday >= 5 }
}
