import JobMatchCore

/// Audit entries before personal details: the reducer asks for the entry as an effect, and
/// only the host's answer (`.auditFinished`) lets the details be drawn.
extension Reducer {
    /// The entry for a ranking that lists names, or none when it shows no name. The ranking
    /// shows pseudonyms until the entry is written.
    static func rankingNamesAudit(_ state: inout AppState) -> [Effect] {
        guard var r = state.ranking, let outcome = r.outcome else { return [] }
        let user = state.context.user
        let named = outcome.rows.compactMap { row -> String? in
            guard let c = state.data.candidate(id: row.candidateID), user.maySeePersonalDetails(of: c) else { return nil }
            return c.id
        }
        guard !named.isEmpty else {
            r.names = .shown  // nothing personal to show, nothing to log
            state.ranking = r
            return []
        }
        r.names = .awaitingLog
        state.ranking = r
        let event = AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "ranking",
                               recordID: outcome.vacancyID, detail: "names of \(named.count) listed: \(named.joined(separator: " "))")
        return [.audit(event, requestID: r.requestID)]
    }

    /// The audit log's answer: show what was logged, or say why not.
    static func auditFinished(_ state: inout AppState, requestID: Int, failure: String?) {
        let outcome: DetailsVisibility = failure.map { .withheld("the audit log could not be written (\($0))") } ?? .shown
        if let failure {
            state.message = StatusMessage("Personal details withheld: the audit log could not be written — \(failure)", isError: true)
        }
        if var c = state.candidate, c.requestID == requestID, c.details == .awaitingLog {
            c.details = outcome
            state.candidate = c
        }
        if var r = state.ranking, r.requestID == requestID, r.names == .awaitingLog {
            r.names = outcome
            state.ranking = r
            recomputeRanking(&state, keepSelection: true)
        }
    }
}
