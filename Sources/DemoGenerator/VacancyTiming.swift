import JobMatchCore

/// Posting, expiry and start dates of a vacancy, and its status, arranged so the follow-up
/// queue has work in it: about 8% of ads expire within the next five days, a few have just
/// expired, the rest run for two to eight weeks after being posted in the last 40 days.
struct VacancyTiming: Equatable {
    var posted: Day
    var expiry: Day
    var start: Day
    var status: VacancyStatus

    /// Share of vacancies that expire today or in the next five days (the follow-up queue).
    static let expiringSoonShare = 0.08
    /// Share of vacancies that expired in the last ten days.
    static let expiredShare = 0.03

    static func draw(today: Day, _ rng: inout RandomSource) -> VacancyTiming {
        let scenario = rng.unit()
        let posted: Day, expiry: Day, status: VacancyStatus
        if scenario < expiringSoonShare {
            expiry = today.adding(days: rng.int(0...5))
            // Posted 14–60 days before expiry, but not more than 40 days ago.
            posted = expiry.adding(days: -rng.int(14...min(60, today.days(until: expiry) + 40)))
            status = .open
        } else if scenario < expiringSoonShare + expiredShare {
            expiry = today.adding(days: -rng.int(1...10))
            posted = expiry.adding(days: -rng.int(14...min(60, today.days(until: expiry) + 40)))
            status = .expired
        } else {
            posted = today.adding(days: -rng.int(0...40))
            // At least 14 days after posting and past the five-day window.
            let earliest = max(14, posted.days(until: today) + 6)
            expiry = posted.adding(days: rng.int(earliest...max(earliest, 60)))
            status = [.open, .filled, .closed][rng.weightedIndex([0.93, 0.04, 0.03])]
        }
        let start = posted.adding(days: rng.int(7...75))
        return VacancyTiming(posted: posted, expiry: expiry, start: start, status: status)
    }
}
