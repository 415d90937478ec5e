import JobMatchCore

/// The cards of a triage session: the vacancy's ranking as the Ranking screen shows it,
/// qualifying candidates first (best first), then the near misses (least missing first).
package struct TriageQueue: Sendable, Equatable {
    /// Candidate ids in card order.
    package let candidates: [String]
    /// How many of `candidates` qualify; the rest are near misses.
    package let qualifying: Int
    private let positions: [String: Int]

    package init(candidates: [String], qualifying: Int) {
        self.candidates = candidates
        self.qualifying = min(qualifying, candidates.count)
        var positions: [String: Int] = [:]
        for (i, id) in candidates.enumerated() where positions[id] == nil { positions[id] = i }
        self.positions = positions
    }

    /// The queue of a ranking (unfiltered: a filter on the Ranking screen narrows what she
    /// looks at there, not what a triage session must get through).
    package init(_ outcome: RankingOutcome) {
        self.init(candidates: outcome.rows.map(\.candidateID) + outcome.nearMisses.map(\.candidateID),
                  qualifying: outcome.rows.count)
    }

    package var count: Int { candidates.count }
    package var isEmpty: Bool { candidates.isEmpty }
    package func position(of candidate: String) -> Int? { positions[candidate] }
    package func isNearMiss(_ position: Int) -> Bool { position >= qualifying }
}

/// Which part of a triage session a card belongs to.
package enum TriagePass: Sendable, Equatable {
    /// Cards nobody has decided on, in queue order.
    case first
    /// Skipped cards coming back, the longest-skipped first (skipping again sends a card to
    /// the back, so skipping never loops on one card while others wait).
    case skipped
    /// Every card is decided: the maybes once more, in queue order. `y`/`n` there replace
    /// the maybe; `m` keeps her a maybe and marks her as looked at again.
    case maybes
    /// Nothing left: every card is yes or no, or a maybe looked at twice.
    case done
}

/// How far a triage session has come: the standing decisions on the queue's candidates.
package struct TriageProgress: Sendable, Equatable {
    package var yes = 0
    package var no = 0
    package var maybe = 0
    package var skip = 0
    /// Cards without a standing decision.
    package var undecided = 0
    /// Maybes not yet looked at in the second pass.
    package var maybesLeft = 0
    package var total = 0

    /// Cards decided for good (yes, no, maybe): what the progress bar fills with.
    package var decided: Int { yes + no + maybe }
    /// Cards still to come in the first pass (undecided and skipped).
    package var left: Int { undecided + skip }
}

/// Where a triage session stands, computed from the durable journal alone (`VacancyWork`)
/// and the queue: nothing about it lives only in memory, so quitting, a crash or SIGKILL
/// resumes at exactly the same card.
package struct TriageStand: Sendable, Equatable {
    /// The queue position of the card to decide now; nil when the session is done (or empty).
    package var current: Int?
    package var pass: TriagePass
    package var progress: TriageProgress
    /// Each queue position's standing decision (nil: undecided).
    package var standing: [TriageRecord?]

    /// The `reason` a maybe carries once it was kept in the second pass (the journal's
    /// `reason` is free for every verdict but `no`; data-format.md documents this one).
    package static let secondPassReason = "second-pass"

    /// The rules of a session:
    /// 1. the current card is the first in queue order without a standing decision;
    /// 2. when there is none, skipped cards come back, the longest-skipped first;
    /// 3. when every card is yes, no or maybe, the maybes get a second pass in queue order:
    ///    a maybe kept there carries `secondPassReason` and is not shown again;
    /// 4. then the session is done.
    /// Decisions on candidates outside the queue (a colleague's, from the command line on
    /// another ranking) are not counted here.
    package init(queue: TriageQueue, work: VacancyWork) {
        var standing = [TriageRecord?](repeating: nil, count: queue.count)
        for d in work.decisions where !d.undone {
            if let i = queue.position(of: d.candidate) { standing[i] = d }  // later ones replace earlier ones
        }
        var p = TriageProgress(total: queue.count)
        var firstUndecided: Int?
        var oldestSkip: (sequence: Int, position: Int)?
        var firstMaybe: Int?
        for (i, record) in standing.enumerated() {
            guard let record else {
                p.undecided += 1
                if firstUndecided == nil { firstUndecided = i }
                continue
            }
            switch record.verdict {
            case .yes: p.yes += 1
            case .no: p.no += 1
            case .skip:
                p.skip += 1
                if oldestSkip == nil || record.sequence < oldestSkip!.sequence { oldestSkip = (record.sequence, i) }
            case .maybe:
                p.maybe += 1
                if record.reason != Self.secondPassReason {
                    p.maybesLeft += 1
                    if firstMaybe == nil { firstMaybe = i }
                }
            }
        }
        self.standing = standing
        self.progress = p
        if let firstUndecided {
            current = firstUndecided; pass = .first
        } else if let oldestSkip {
            current = oldestSkip.position; pass = .skipped
        } else if let firstMaybe {
            current = firstMaybe; pass = .maybes
        } else {
            current = nil; pass = .done
        }
    }

    /// The journal entry for a decision on the card at `position`: the reason and note go
    /// with a `no`; a maybe kept during the second pass is marked as looked at again.
    package func decision(_ verdict: TriageVerdict, at position: Int, queue: TriageQueue, vacancy: String,
                          reason: String = "", note: String = "") -> JournalPayload {
        var reason = verdict == .no ? reason : ""
        if verdict == .maybe, pass == .maybes, standing[position]?.verdict == .maybe { reason = Self.secondPassReason }
        return .triageDecision(vacancy: vacancy, candidate: queue.candidates[position], verdict: verdict, reason: reason, note: note)
    }

    /// The entry that adds or replaces the note on a card that already has a decision: the
    /// same decision again (same reason) with the new note, so `u` takes the note back.
    /// nil when the card is undecided (the note then goes with her decision).
    package func noteEntry(_ note: String, at position: Int, queue: TriageQueue, vacancy: String) -> JournalPayload? {
        guard let record = standing[position] else { return nil }
        return .triageDecision(vacancy: vacancy, candidate: queue.candidates[position], verdict: record.verdict,
                               reason: record.reason, note: note)
    }

    /// `u`: takes back the latest standing decision on the vacancy (whoever made it).
    package static func undo(_ work: VacancyWork, vacancy: String) -> JournalPayload? {
        work.lastUndoable.map { .undo(vacancy: vacancy, target: $0.sequence) }
    }

    /// Ctrl-R: restores what the latest undo took back, while no new decision came between.
    package static func redo(_ work: VacancyWork, vacancy: String) -> JournalPayload? {
        work.redoable.last.map { .redo(vacancy: vacancy, target: $0) }
    }
}
