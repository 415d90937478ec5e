import JobMatchCore
import TerminalUI

/// The parts of the profile a consultant reads before calling an employer: work history,
/// educations, certificates with their expiry, transport and hours, and the consent log.
/// Expired certificates say "EXPIRED" in the text (not only by colour, which NO_COLOR and
/// some terminals drop). For a candidate whose details she may not see, employers are left
/// out (a former employer and a job title can point to a person); the rest is not personal.
extension CandidateScreen {
    static func recordLines(_ c: Candidate, data: WorkbenchData, showsPersonalDetails: Bool) -> [PaneLine] {
        let today = data.today
        var lines: [PaneLine] = []
        var ways = [c.transport == .car ? "own car" : c.transport == .bicycle ? "bicycle" : "public transport"]
        ways.append(c.shifts.isEmpty ? "day work only" : "also " + c.shifts.map(\.rawValue).joined(separator: ", "))
        lines.append(PaneLine("Transport:   " + ways.joined(separator: " · ")))
        lines.append(PaneLine(consentText(c, today: today)))
        if !c.heldCertificates.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine("Certificates (\(c.heldCertificates.count))", .header))
            for h in c.heldCertificates {
                let label = data.certificate(h.id)
                if let end = h.expires {
                    if h.isValid(on: today) {
                        lines.append(PaneLine("  \(label) — expires \(end)"))
                    } else {
                        lines.append(PaneLine("  \(label) — EXPIRED \(end), not counted", .bad))
                    }
                } else {
                    lines.append(PaneLine("  \(label) — issued \(h.issued), does not expire"))
                }
            }
        }
        if !c.educations.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine("Educations (\(c.educations.count))", .header))
            for e in c.educations {
                var text = "  \(e.year) \(e.title)"
                if e.isForeign { text += " — taken in \(e.country), \(e.recognised ? "recognised in Denmark" : "not assessed as Danish equivalent")" }
                lines.append(PaneLine(text))
            }
        }
        if !c.workHistory.isEmpty {
            lines.append(PaneLine(""))
            lines.append(PaneLine("Work history (\(c.workHistory.count))", .header))
            for w in c.workHistory {
                let months = w.months(until: today)
                let span = months >= 12 ? "\(months / 12) yr \(months % 12) mo" : "\(months) mo"
                let period = "\(w.from) – \(w.to.map(\.description) ?? "now") (\(span))"
                lines.append(PaneLine("  \(w.title)" + (showsPersonalDetails ? " at \(w.employer)" : "") + ", " + period))
            }
            if !showsPersonalDetails { lines.append(PaneLine("  Employers hidden with the name.", .dim)) }
        }
        return lines
    }

    /// "Consent:     given 2025-06-03 by mette.frh for the cooperation" and what became of it.
    static func consentText(_ c: Candidate, today: Day) -> String {
        guard let last = c.consents.last else { return "Consent:     none recorded" }
        let scope = last.scope == [ConsentRecord.cooperation] ? "the cooperation" : last.scope.joined(separator: ", ")
        var text = "Consent:     given \(last.given) by \(last.recordedBy) for \(scope)"
        if let w = last.withdrawn {
            text += w <= today ? " · WITHDRAWN \(w)" : " · to be withdrawn \(w)"
        } else if last.given > today {
            text += " · not yet in force"
        }
        if c.consents.count > 1 { text += " (\(c.consents.count) records)" }
        return text
    }
}
