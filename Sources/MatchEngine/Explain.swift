import JobMatchCore

extension MatchIndex {
    /// Why a candidate is ranked where they are for a vacancy, or which hard requirements
    /// keep them off the list (with the score they would have had): the one call behind
    /// `jobmatch explain`.
    public func explain(vacancy: Vacancy, candidateID: String, today: Day) throws(MatchError) -> Explanation {
        guard let row = rowByCandidateID[candidateID] else { throw .unknownCandidate(candidateID) }
        let cv = compile(vacancy, today: today)
        let s = makeScratch(slots: cv.slots.count)
        s.prepare(cv)
        defer { s.finish(cv) }
        return explanation(row: Int(row), cv, s)
    }

    /// `explain(vacancy:…)` for a loaded vacancy id.
    public func explain(vacancyID: String, candidateID: String, today: Day) throws(MatchError) -> Explanation {
        guard let v = vacancy(id: vacancyID) else { throw .unknownVacancy(vacancyID) }
        return try explain(vacancy: v, candidateID: candidateID, today: today)
    }

    /// Full evaluation of one candidate; `s` must be prepared for `cv`.
    func explanation(row: Int, _ cv: CompiledVacancy, _ s: Scratch) -> Explanation {
        let candidate = candidates[Int(columns.source[row])]
        let homeIndex = Int(columns.hot[row].home)
        let home = homeIndex >= 0 ? travel.codes[homeIndex] : candidate.municipality
        fillSlots(row: row, cv, s)
        let minutes = commuteMinutes(row: row, cv)
        let centis = components(row: row, cv, s, commute: minutes)
        let eligibility = checkEligibility(columns.hot[row], cv.rule.fast)

        var matched: [CompetenceMatch] = [], gap: [CompetenceGap] = [], related: [RelatedCredit] = []
        var essentialMet = 0, optionalMet = 0, tenthsMatched = 0
        for (i, slot) in cv.slots.enumerated() {
            let id = cv.slotIDs[i], level = Int(s.level[i]), label = competenceLabel(id)
            if level >= slot.minLevel {
                if slot.essential { essentialMet += 1 } else { optionalMet += 1 }
                tenthsMatched += Int(s.tenths[i])
                matched.append(CompetenceMatch(competence: id, label: label, level: level, required: Int(slot.minLevel),
                                               essential: slot.essential, years: Double(s.tenths[i]) / 10))
            } else {
                gap.append(CompetenceGap(competence: id, label: label, level: level > 0 ? level : nil,
                                         required: Int(slot.minLevel), essential: slot.essential))
                let via = s.relatedVia[i]
                if !slot.essential && via >= 0
                    && s.relatedShare[i] > levelShare(held: s.level[i], minimum: slot.minLevel, cv) * TenThousandths.one {
                    let viaID = vocabulary.competences.ids[Int(via)]
                    let similarity = cv.entries.first { $0.competence == via && Int($0.slot) == i }?.similarity ?? 0
                    related.append(RelatedCredit(competence: id, via: viaID, viaLabel: competenceLabel(viaID),
                                                 viaLevel: Int(s.relatedLevel[i]), required: Int(slot.minLevel),
                                                 similarity: Double(similarity) / Double(TenThousandths.one)))
                }
            }
        }
        let essentialTotal = cv.essentialCount, optionalTotal = cv.slots.count - cv.essentialCount
        let details = componentDetails(row: row, cv, minutes: minutes, essential: (essentialMet, essentialTotal),
                                       optional: (optionalMet, optionalTotal, related.count),
                                       years: Double(tenthsMatched) / 10, matchedCount: matched.count)
        let components = zip(ScoreComponentKind.allCases, zip(centis.array, details)).map { kind, pair in
            ScoreComponent(kind: kind, points: Points(hundredths: pair.0), maximum: Points(hundredths: weights[kind]),
                           detail: pair.1)
        }
        let failed = failures(row: row, candidate: candidate, home: home, cv, s, minutes: minutes, eligibility: eligibility)
        let ruleID = cv.rule.rule?.id ?? ""
        let note = eligibilityNote(eligibility, cv.rule)
        var summary: String
        if let first = failed.first {
            summary = "excluded: \(first.message)"
            if failed.count > 1 { summary += " (+\(failed.count - 1) more)" }
        } else {
            summary = "meets \(essentialMet) of \(essentialTotal) essential, \(optionalMet) of \(optionalTotal) optional"
            summary += " · " + (minutes.map { "\($0) min" } ?? "? min")
            if let jt = cv.rule.jobType, let rule = cv.rule.rule { summary += " · \(jt.en) rule \(rule.id)" }
        }
        let breakdown = ScoreBreakdown(
            candidateID: candidate.id, vacancyID: cv.vacancy.id, municipality: home,
            workMunicipality: cv.vacancy.municipality, total: Points(hundredths: centis.total), components: components,
            essentialMet: essentialMet, essentialTotal: essentialTotal, optionalMet: optionalMet,
            optionalTotal: optionalTotal, matched: matched, related: related, gap: gap, commuteMinutes: minutes,
            maxCommuteMinutes: candidate.maxCommuteMinutes, hoursWanted: candidate.hoursPerWeek,
            jobHours: cv.vacancy.hoursPerWeek, transport: candidate.transport, shifts: candidate.shifts,
            jobCar: cv.vacancy.car, jobWorkingHours: cv.vacancy.workingHours, availableFrom: candidate.availableFrom, startDate: cv.start,
            unemployedSince: candidate.unemployedSince, eligibilityRule: ruleID, eligibilityNote: note, summary: summary)
        return Explanation(breakdown: breakdown, failed: failed)
    }

    private func componentDetails(row: Int, _ cv: CompiledVacancy, minutes: Int?, essential: (Int, Int),
                                  optional: (Int, Int, Int), years: Double, matchedCount: Int) -> [String] {
        var out: [String] = []
        out.append("\(essential.0) of \(essential.1) at or above minimum")
        out.append("\(optional.0) of \(optional.1) at or above minimum"
                   + (optional.2 > 0 ? ", \(optional.2) partly via related" : ""))
        out.append("\(oneDecimal(years)) years in \(matchedCount) matching competences, cap \(oneDecimal(schema.scoring.experienceCapYears)) each")
        if let minutes {
            out.append(Int32(columns.hot[row].home) == cv.work ? "own municipality, \(minutes) min"
                       : "\(minutes) of max \(columns.hot[row].maxCommute) min")
        } else {
            out.append("travel time unknown")
        }
        let share = desiredShare(row: row, cv)
        if share == .one {
            out.append("wishes this occupation")
        } else if share.numerator > 0, let sub = cv.occupationCredit.first(where: { $0.share == share }) {
            out.append("wishes substitutable \(vocabulary.occupations.ids[Int(sub.occupation)]) (overlap \(twoDecimals(share.value)))")
        } else {
            out.append("not among wishes")
        }
        let late = Int(columns.hot[row].availableFrom - cv.start.daysSinceEpoch)
        out.append(late <= 0 ? "available by start \(cv.start)"
                   : "available \(late) days after start \(cv.start) (grace \(schema.scoring.availabilityGraceDays))")
        return out
    }

    private func eligibilityNote(_ e: EligibilityCheck, _ r: CompiledRule) -> String {
        guard r.rule != nil, e.passed else { return "" }
        switch e.waiver {
        case .age(let from): return "waiting period waived: age \(from) or over"
        case .singleProvider: return "waiting period waived: single provider"
        case .withoutUpperSecondary: return "waiting period waived: no upper-secondary education"
        case nil: return r.minWeeks > 0 ? "\(e.weeks) weeks unemployed (\(r.minWeeks) required)" : "no waiting period"
        }
    }

    private func failures(row: Int, candidate c: Candidate, home homeCode: String, _ cv: CompiledVacancy, _ s: Scratch, minutes: Int?,
                          eligibility e: EligibilityCheck) -> [FailedRequirement] {
        var out: [FailedRequirement] = []
        if c.status != .active {
            out.append(.init(requirement: .status, message: "status is \(c.status.rawValue); only active candidates are matched"))
        }
        for (i, slot) in cv.slots.enumerated() where slot.essential && s.level[i] < slot.minLevel {
            let what = "essential \(competenceLabel(cv.slotIDs[i])) (\(cv.slotIDs[i]))"
            out.append(.init(requirement: .essentialCompetence,
                             message: s.level[i] > 0 ? "holds \(what) at level \(s.level[i]), level \(slot.minLevel) required"
                                                     : "lacks \(what), level \(slot.minLevel) required"))
        }
        for l in cv.vacancy.licences where !c.licences.contains(l) {
            out.append(.init(requirement: .licence, message: "lacks driving licence \(l)"))
        }
        let inForce = c.certificates(validOn: cv.start)
        for x in cv.vacancy.certificates where !inForce.contains(x) {
            let label = schema.certificates.first { $0.id == x }?.en ?? x
            if let expired = c.heldCertificates.filter({ $0.id == x }).compactMap(\.expires).max() {
                out.append(.init(requirement: .certificate,
                                 message: "certificate \(label) (\(x)) expired \(expired), before the start \(cv.start)"))
            } else {
                out.append(.init(requirement: .certificate, message: "lacks certificate \(label) (\(x))"))
            }
        }
        let rank = vocabulary.cefrRank
        for need in cv.requiredLanguages {
            let held = c.languages.filter { $0.code == need.code }.map(\.level)
            let best = held.max { (rank[$0] ?? 0) < (rank[$1] ?? 0) }
            if let best, let b = rank[best], let r = rank[need.level], b >= r { continue }
            let name = schema.languages.first { $0.code == need.code }?.en ?? need.code
            out.append(.init(requirement: .language, message: "lacks \(name) (\(need.code)) at \(need.level)"
                             + (best.map { ", has \($0)" } ?? "")))
        }
        let home = municipalityLabel(homeCode), work = municipalityLabel(cv.vacancy.municipality)
        if let minutes {
            if minutes > c.maxCommuteMinutes {
                out.append(.init(requirement: .commute,
                                 message: "\(minutes) min from \(home) to \(work), own maximum \(c.maxCommuteMinutes) min"))
            }
        } else {
            out.append(.init(requirement: .commute, message: "no travel time known from \(home) to \(work)"))
        }
        if columns.hot[row].availableFrom > cv.lastAvailableDay {
            out.append(.init(requirement: .availability,
                             message: "available from \(c.availableFrom), more than \(schema.scoring.availabilityGraceDays) days after the start \(cv.start)"))
        }
        let r = cv.rule
        let jobName = r.jobType?.en ?? cv.vacancy.jobType
        if e.noJobType {
            out.append(.init(requirement: .eligibility, message: "unknown job type '\(cv.vacancy.jobType)'"))
        } else if e.noRule {
            out.append(.init(requirement: .eligibility, message: "no rule for \(jobName) in force on \(cv.start)"))
        } else if let rule = r.rule {
            if e.benefit {
                out.append(.init(requirement: .eligibility,
                                 message: "benefit '\(c.benefit)' is not among those rule \(rule.id) allows (\((rule.benefitTypes ?? []).joined(separator: ", ")))"))
            }
            if e.waiting {
                out.append(.init(requirement: .eligibility,
                                 message: "\(e.weeks) weeks unemployed on \(cv.start), rule \(rule.id) requires \(r.minWeeks)"))
            }
            if e.flexApproval {
                out.append(.init(requirement: .eligibility, message: "rule \(rule.id) requires flex-job approval"))
            }
        }
        if Self.wantsTooFewHours(columns.hot[row].hours, cv) {
            out.append(.init(requirement: .hours,
                             message: "wants \(c.hoursPerWeek) h a week, the job has \(cv.vacancy.hoursPerWeek) h (at least 3/4 needed)"))
        }
        let h = columns.hot[row]
        if h.flags & cv.carFlag != cv.carFlag {
            let how = "no own car (\(WorkingHoursText.transport(c.transport)))"
            if cv.vacancy.car == .driving {
                out.append(.init(requirement: .car, message: "\(how); the work is done driving her own car"))
            } else {
                out.append(.init(requirement: .car, message: "\(how); the job needs her own car to get there"
                                 + (Self.publicTransportPlausible(h, cv) ? " (she lives in \(work): ask whether bus or bicycle will do)" : "")))
            }
        }
        let notTaken = cv.vacancy.workingHours.filter { h.flags & CandidateColumns.flag($0) == 0 }
        if !notTaken.isEmpty {
            out.append(.init(requirement: .workingHours,
                             message: "will not work \(WorkingHoursText.english(notTaken)); the job includes \(WorkingHoursText.english(cv.vacancy.workingHours))"))
        }
        return out
    }
}

/// 6.25 → "6.3": fixed one decimal, the same on every machine.
func oneDecimal(_ x: Double) -> String {
    let t = Int((x * 10).rounded())
    return "\(t < 0 ? "-" : "")\(abs(t) / 10).\(abs(t) % 10)"
}

/// 0.625 → "0.63".
func twoDecimals(_ x: Double) -> String { Points(hundredths: Int((x * 100).rounded())).description }
