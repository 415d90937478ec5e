import Dispatch
import JobMatchCore
import MatchEngine

/// The real engine behind the screens: ranks and explains with a `MatchIndex` and words
/// the results the way the Ranking and Candidate screens show them.
public struct MatchEngineProvider: MatchProvider {
    public let index: MatchIndex
    /// The records the index was built from (recruitment status reads them); nil when built
    /// from an index alone, and then the provider cannot answer for recruitments.
    public let dataset: Dataset?

    public init(index: MatchIndex) { self.index = index; self.dataset = nil }

    /// Near misses listed below a ranking: enough to find people to upskill, few enough
    /// that the extra pass stays within a frame or two.
    public static let nearMissDepth = 50

    /// Builds the index (the expensive part: call it off the UI thread).
    public init(dataset: Dataset) { self.index = MatchIndex(dataset: dataset); self.dataset = dataset }

    public func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        let ranking: Ranking
        do {
            ranking = try index.rank(vacancyID: vacancyID, top: top,
                                     municipalities: municipalities.isEmpty ? nil : Set(municipalities), today: today,
                                     nearMisses: Self.nearMissDepth)
        } catch {
            return RankingOutcome(vacancyID: vacancyID, rows: [], considered: 0, eligibleCount: 0, exclusions: [],
                                  error: "Cannot rank \(vacancyID): \(error)")
        }
        let rows = ranking.candidates.map { b in
            RankedRow(candidateID: b.candidateID, score: b.total.value, essentialMet: b.essentialMet,
                      essentialTotal: b.essentialTotal, optionalMet: b.optionalMet, optionalTotal: b.optionalTotal,
                      commuteMinutes: b.commuteMinutes, gap: Self.gapText(b.gap), hoursWanted: b.hoursWanted)
        }
        let near = ranking.nearMisses.map { n in
            let b = n.breakdown
            return RankedRow(candidateID: b.candidateID, score: b.total.value, essentialMet: b.essentialMet,
                             essentialTotal: b.essentialTotal, optionalMet: b.optionalMet, optionalTotal: b.optionalTotal,
                             commuteMinutes: b.commuteMinutes, gap: [n.gapText], hoursWanted: b.hoursWanted)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        return RankingOutcome(vacancyID: vacancyID, rows: rows, considered: ranking.considered, eligibleCount: ranking.qualified,
                              exclusions: ranking.excluded.map { .init(reason: $0.requirement.phrase(count: $0.count), count: $0.count) },
                              milliseconds: elapsed, nearMisses: near, nearMissCount: ranking.nearMissCount)
    }

    public func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? {
        guard let explanation = try? index.explain(vacancyID: vacancyID, candidateID: candidateID, today: today) else { return nil }
        let b = explanation.breakdown
        let lines = b.components.map { c in
            CandidateScore.Line(label: c.kind.label.prefix(1).uppercased() + c.kind.label.dropFirst(),
                                points: c.points.value, maxPoints: c.maximum.value,
                                details: [c.detail] + Self.details(c.kind, b))
        }
        var notes: [String] = []
        let asks = WorkingHoursText.jobConditions(car: b.jobCar, hours: b.jobWorkingHours)
        if !asks.isEmpty {
            // What the job asks next to what she has, so a consultant sees the gap at once.
            notes.append("Job requires \(asks); she: \(WorkingHoursText.transport(b.transport)), "
                         + (b.shifts.isEmpty ? "day work only" : "also \(WorkingHoursText.english(b.shifts))"))
        }
        if !b.eligibilityRule.isEmpty {
            notes.append("Job-type rule \(b.eligibilityRule)" + (b.eligibilityNote.isEmpty ? "" : ": \(b.eligibilityNote)"))
        }
        return CandidateScore(total: b.total.value, lines: lines, whyNot: explanation.failed.map(\.message), notes: notes)
    }

    public func search(_ query: String, top: Int, sort: SearchSort, user: UserContext, today: Day) -> SearchOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        let order: SearchOrder = switch sort {
        case .relevance: .relevance
        case .distance: .distance
        case .availability: .availability
        }
        do {
            let result = try index.search(query, top: top, today: today, viewer: user, order: order)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            return SearchOutcome(query: query, matched: result.matched,
                                 hits: result.hits.map { h in
                                     .init(candidateID: h.candidateID, commuteMinutes: h.commuteMinutes,
                                           competences: h.competences.map { "\($0.label) \($0.level)" }, summary: h.summary)
                                 },
                                 byMunicipality: result.matchedByMunicipality, milliseconds: elapsed)
        } catch {
            return SearchOutcome(query: query, matched: 0, hits: [], byMunicipality: [:],
                                 error: QueryProblem(offset: error.offset, length: error.length, message: error.message))
        }
    }

    /// One pass over the query's matches; none is listed.
    public func count(_ probe: SavedSearchProbe, user: UserContext, today: Day) -> SavedSearchCount {
        do {
            let c = try index.savedSearchCount(probe.query, since: probe.since, today: today, viewer: user)
            return SavedSearchCount(probe: probe, matched: c.matched, new: c.new)
        } catch {
            return SavedSearchCount(probe: probe, matched: 0, new: 0, error: error.message)
        }
    }

    /// "Truckcertifikat level 2", "MIG-svejsning level 3 (has 2)": essential gaps first, in
    /// English like the score pane beside them; the label is schema data.
    static func gapText(_ gap: [CompetenceGap]) -> [String] {
        gap.sorted { $0.essential && !$1.essential }.map { g in
            "\(g.label) level \(g.required)" + (g.level.map { " (has \($0))" } ?? "")
        }
    }

    /// The competences behind a component: met (✓), partly through a related one (≈), missing (✗).
    static func details(_ kind: ScoreComponentKind, _ b: MatchEngine.ScoreBreakdown) -> [String] {
        func years(_ y: Double) -> String { y == 1 ? "1 yr" : "\(Format.points(y)) yrs" }
        switch kind {
        case .essential, .optional:
            let essential = kind == .essential
            var out = b.matched.filter { $0.essential == essential }.map {
                "✓ \($0.label): level \($0.level) (needs \($0.required)), \(years($0.years))"
            }
            if !essential {
                out += b.related.map { "≈ \($0.competence): via \($0.viaLabel) level \($0.viaLevel) (similarity \(Format.points($0.similarity)))" }
            }
            out += b.gap.filter { $0.essential == essential }.map { g in
                "✗ \(g.label): " + (g.level.map { "level \($0), needs \(g.required)" } ?? "not held, needs level \(g.required)")
            }
            return out
        default:
            return []
        }
    }

    public func allocate(factor: Int, perCandidate: Int, municipalities: [String], today: Day) -> Allocation? {
        index.allocate(AllocationOptions(factor: factor, perCandidate: perCandidate,
                                         municipalities: municipalities.isEmpty ? nil : Set(municipalities)), today: today)
    }

    public func suggestVisit(company: String, today: Day) -> VisitSuggestion? {
        index.visitSuggestion(company: company, today: today)
    }

    public func recruitments(_ projects: [RecruitmentProject], work: JournalState, courses: [Course], today: Day) -> [RecruitmentStatus]? {
        guard let dataset else { return nil }
        return RecruitmentStatus.computeAll(projects, index: index, dataset: dataset, work: work, courses: courses, today: today)
    }
}
