import JobMatchCore

/// The Dashboard's shortlist line, in "Pending work": for a supervisor how many submitted
/// shortlists wait for review, for a consultant the shortlists a supervisor returned to
/// her (with the comment of the oldest). `:review` opens either list.
extension DashboardScreen {
    static func reviewLines(_ env: ScreenEnv) -> [PaneLine] {
        if env.actingUser?.role == .supervisor {
            let queue = ReviewQueue.submitted(in: env.work)
            guard let oldest = queue.first else { return [PaneLine("• Waiting for review (0): no shortlist is waiting", .dim)] }
            return [PaneLine("• Waiting for review (\(queue.count)): oldest \(oldest.vacancy) from "
                             + "\(env.users.user(oldest.consultant)?.name ?? oldest.consultant) — :review opens the queue", .warn)]
        }
        let returned = ReviewQueue.returned(to: env.context.user.user, in: env.work)
        guard let first = returned.first else { return [] }
        let by = first.shortlist.lastChange.map { env.users.user($0.user)?.name ?? $0.user } ?? "a supervisor"
        return [PaneLine("• Returned to you (\(returned.count)): \(first.vacancy) by \(by)"
                         + (first.shortlist.comment.isEmpty ? "" : ": “\(first.shortlist.comment)”") + " — :review", .warn)]
    }
}
