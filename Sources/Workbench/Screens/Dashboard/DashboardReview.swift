import JobMatchCore

/// The Dashboard's shortlist line, in "Pending work": for a supervisor how many submitted
/// shortlists wait for review; for a consultant the shortlists a supervisor returned to
/// her (with the comment of the oldest), else those approved and ready to send. `:review`
/// opens the queue or the returned lists.
extension DashboardScreen {
    static func reviewLines(_ env: ScreenEnv) -> [PaneLine] {
        if env.actingUser?.role == .supervisor {
            let queue = ReviewScreen.queue(env)
            guard let oldest = queue.first else { return [PaneLine("• Waiting for review (0): no shortlist is waiting", .dim)] }
            return [PaneLine("• Waiting for review (\(queue.count), :review): oldest \(oldest.vacancy) from "
                             + "\(env.users.user(oldest.consultant)?.name ?? oldest.consultant)", .warn)]
        }
        var lines: [PaneLine] = []
        let me = env.context.user.user
        func by(_ e: ReviewEntry) -> String { e.shortlist.lastChange.map { env.users.user($0.user)?.name ?? $0.user } ?? "a supervisor" }
        let returned = ReviewQueue.returned(to: me, in: env.work)
        if let first = returned.first {
            lines.append(PaneLine("• Returned to you (\(returned.count), :review): \(first.vacancy) by \(by(first))"
                                  + (first.shortlist.comment.isEmpty ? "" : ": “\(first.shortlist.comment)”"), .warn))
        }
        // One line at most: the pane has three at 80×24. What needs her work comes first.
        let approved = ReviewQueue.submitted(by: me, now: .approved, in: env.work)
        if lines.isEmpty, let first = approved.first {
            lines.append(PaneLine("• Approved, ready to send (\(approved.count)): \(first.vacancy) by \(by(first))"
                                  + " — jobmatch shortlist export/send", .good))
        }
        return lines
    }
}
