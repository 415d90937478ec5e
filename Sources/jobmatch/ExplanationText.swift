import JobMatchCore
import MatchEngine

/// The plain-text form of `jobmatch explain`: what a consultant reads out to a company or
/// a citizen.
enum ExplanationText {
    static func render(_ e: Explanation, index: MatchIndex) -> String {
        let b = e.breakdown
        var out: [String] = []
        let title = index.vacancy(id: b.vacancyID)?.title ?? ""
        out.append("\(b.candidateID) for \(b.vacancyID) \(title)")
        out.append("lives in \(index.municipalityLabel(b.municipality)), works in \(index.municipalityLabel(b.workMunicipality)), "
                   + "commute \(b.commuteMinutes.map { "\($0) min" } ?? "unknown") (max \(b.maxCommuteMinutes) min), "
                   + "wants \(b.hoursWanted) h a week of the job's \(b.jobHours) h")
        let asks = WorkingHoursText.jobConditions(car: b.jobCar, hours: b.jobWorkingHours)
        if !asks.isEmpty {
            out.append("the job requires \(asks); she: \(WorkingHoursText.transport(b.transport)), "
                       + (b.shifts.isEmpty ? "day work only" : "also \(WorkingHoursText.english(b.shifts))"))
        }
        if e.qualifies {
            out.append("Qualifies · score \(b.total) · \(b.summary)")
        } else {
            out.append("Not ranked — fails \(e.failed.count) hard requirement\(e.failed.count == 1 ? "" : "s"):")
            for f in e.failed { out.append("  ✗ \(f.message)") }
            out.append("Score if the requirements were met: \(b.total)")
        }
        out.append("")
        out.append(Table.render(
            header: ["component", "points", "of", "because"],
            rows: b.components.map { [$0.kind.label, "\($0.points)", "\($0.maximum)", $0.detail] } + [["total", "\(b.total)", "100", ""]],
            rightAligned: [1, 2]))
        out.append("")
        out.append("Essential competences met: \(b.essentialMet) of \(b.essentialTotal); optional: \(b.optionalMet) of \(b.optionalTotal)")
        if !b.matched.isEmpty {
            out.append("Matching competences:")
            for m in b.matched {
                out.append("  ✓ \(m.label) (\(m.competence)) level \(m.level), required \(m.required)\(m.essential ? ", essential" : ""), \(formatYears(m.years)) years")
            }
        }
        if !b.related.isEmpty {
            out.append("Partial credit through related competences:")
            for r in b.related {
                out.append("  ~ \(r.competence) via \(r.viaLabel) level \(r.viaLevel) (similarity \(r.similarity))")
            }
        }
        if !b.gap.isEmpty {
            out.append("Gap (for upskilling):")
            for g in b.gap {
                let held = g.level.map { "has level \($0)" } ?? "missing"
                out.append("  ✗ \(g.label) (\(g.competence)) \(held), required \(g.required)\(g.essential ? ", essential" : "")")
            }
        }
        out.append("Available from \(b.availableFrom); the job starts \(b.startDate); unemployed since \(b.unemployedSince)")
        if !b.eligibilityRule.isEmpty { out.append("Eligibility: rule \(b.eligibilityRule) — \(b.eligibilityNote)") }
        return out.joined(separator: "\n")
    }

    private static func formatYears(_ y: Double) -> String {
        // One decimal, as years are recorded; never binary noise like 8.800000190734863.
        let tenths = Int((y * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
