import JobMatchCore

/// A candidate who misses exactly one thing for a vacancy: where consultants find people
/// to upskill, or to ask about a longer commute or a later start.
public struct NearMiss: Sendable, Equatable {
    /// What is missing, in the order near misses are listed (least missing first).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// One essential competence held exactly one level under its minimum.
        case levelShort
        /// The commute exceeds her own maximum by at most 15 minutes or 25 % of it.
        case commute
        /// Available at most 14 days after the last day that qualifies (start + grace).
        case lateAvailability
        /// Wants under 3/4 of the job's weekly hours, but at least half of them.
        case hours
        /// Does not take exactly one of the kinds of hours the job includes (evening, night
        /// or weekend): a question to put to her, not a lack of skill.
        case workingHours
        /// No own car for a job that needs one only to get there, while she lives in the
        /// work municipality and the job has no night work (public transport is plausible).
        case noCar
        /// One essential competence not held, or held two or more levels under.
        case lacksCompetence

        /// Position in the listing order (the order of the cases).
        var order: Int {
            switch self {
            case .levelShort: 0
            case .commute: 1
            case .lateAvailability: 2
            case .hours: 3
            case .workingHours: 4
            case .noCar: 5
            case .lacksCompetence: 6
            }
        }
    }

    public var kind: Kind
    /// How much is missing, in the kind's unit: levels, minutes, days or hours a week (1 for
    /// `workingHours` and `noCar`: one kind of hours, one car).
    public var shortBy: Int
    /// The gap as the Ranking screen shows it, in English like the rest of the screen
    /// (docs/language.md): "lacks Hydraulik level 2", "commutes 52 min (max 45, 7 min too far)".
    /// Only the competence label is Danish: it is schema data.
    public var gapText: String
    /// The score she would have, and everything else about her fit.
    public var breakdown: ScoreBreakdown
}

/// The limits of "a little": how far past a hard requirement a near miss may be.
public enum NearMissLimits {
    /// Commute: over her own maximum by at most this many minutes…
    public static let commuteMinutes = 15
    /// …or by at most this share of her maximum (25 %), whichever allows more.
    public static let commutePercent = 25
    /// Availability: at most this many days after start + `availabilityGraceDays`.
    public static let lateDays = 14
}

extension MatchIndex {
    /// One candidate row with its single gap, before explanation.
    struct NearRow {
        var kind: NearMiss.Kind
        var shortBy: Int
        /// The essential slot missed, -1 for a job-side gap.
        var slot: Int
        var score: Int
        var unemployedSince: Int32
        var row: Int

        /// Least missing first, then the better score, longer unemployment, id.
        static func before(_ a: NearRow, _ b: NearRow) -> Bool {
            if a.kind != b.kind { return a.kind.order < b.kind.order }
            if a.shortBy != b.shortBy { return a.shortBy < b.shortBy }
            if a.score != b.score { return a.score > b.score }
            if a.unemployedSince != b.unemployedSince { return a.unemployedSince < b.unemployedSince }
            return a.row < b.row
        }
    }

    /// Every active candidate in scope who fails exactly one hard requirement, and fails it
    /// by "a little" (`NearMissLimits`): one essential competence (or one level of it),
    /// the commute, availability or hours, one kind of working hours, or a car where
    /// public transport is plausible. Licences, certificates, languages and
    /// eligibility are never near misses: they are not a matter of degree. Sorted, all of them.
    func nearMissRows(_ cv: CompiledVacancy, municipalities: Set<String>?, scratch s: Scratch) -> [NearRow] {
        s.prepare(cv)
        defer { s.finish(cv) }
        var out: [NearRow] = []
        let hot = columns.hot
        let lateLimit = cv.lastAvailableDay + Int32(NearMissLimits.lateDays)

        func visit(_ row: Int) {
            let h = hot[row]
            var job: NearRow?
            var gaps = 0
            guard let minutes = travel.minutes(fromIndex: Int(h.place), toIndex: Int(cv.work)) else { return }
            let maxMinutes = Int(h.maxCommute)
            if minutes > maxMinutes {
                let over = minutes - maxMinutes
                guard over <= NearMissLimits.commuteMinutes || over * 100 <= maxMinutes * NearMissLimits.commutePercent else { return }
                gaps += 1
                job = NearRow(kind: .commute, shortBy: over, slot: -1, score: 0, unemployedSince: h.unemployedSince, row: row)
            }
            if h.availableFrom > cv.lastAvailableDay {
                guard h.availableFrom <= lateLimit, gaps == 0 else { return }
                gaps += 1
                job = NearRow(kind: .lateAvailability, shortBy: Int(h.availableFrom - cv.lastAvailableDay), slot: -1,
                              score: 0, unemployedSince: h.unemployedSince, row: row)
            }
            if Self.wantsTooFewHours(h.hours, cv) {
                guard gaps == 0, 2 * Int32(h.hours) >= cv.jobHours else { return }
                gaps += 1
                job = NearRow(kind: .hours, shortBy: Int(cv.jobHours) - Int(h.hours), slot: -1, score: 0,
                              unemployedSince: h.unemployedSince, row: row)
            }
            if h.flags & cv.carFlag != cv.carFlag {
                guard gaps == 0, Self.publicTransportPlausible(h, cv) else { return }
                gaps += 1
                job = NearRow(kind: .noCar, shortBy: 1, slot: -1, score: 0, unemployedSince: h.unemployedSince, row: row)
            }
            let hoursNotTaken = cv.hoursFlags & ~h.flags
            if hoursNotTaken != 0 {
                guard gaps == 0, hoursNotTaken.nonzeroBitCount == 1 else { return }
                gaps += 1
                job = NearRow(kind: .workingHours, shortBy: 1, slot: -1, score: 0, unemployedSince: h.unemployedSince, row: row)
            }
            if !checkEligibility(h, cv.rule.fast).passed { return }
            if cv.needsLicences && (!cv.unknownLicences.isEmpty || !columns.licences.containsAll(row: row, mask: cv.licenceMask)) {
                return
            }
            if cv.needsCertificates
                && (!cv.unknownCertificates.isEmpty || !columns.holdsCertificates(row: row, mask: cv.certificateMask, on: cv.start.daysSinceEpoch)) {
                return
            }
            if !cv.requiredLanguages.isEmpty && !meetsLanguages(row: row, cv) { return }
            fillSlots(row: row, cv, s)
            var missed = -1
            for i in 0..<cv.essentialCount where s.level[i] < cv.slots[i].minLevel {
                if missed >= 0 || gaps > 0 { return }  // a second gap
                missed = i
            }
            var near: NearRow
            if missed >= 0 {
                let short = Int(cv.slots[missed].minLevel - s.level[missed])
                near = NearRow(kind: short == 1 && s.level[missed] > 0 ? .levelShort : .lacksCompetence, shortBy: short,
                               slot: missed, score: 0, unemployedSince: h.unemployedSince, row: row)
            } else if let job {
                near = job
            } else {
                return  // qualifies: ranked, not a near miss
            }
            near.score = components(row: row, cv, s, commute: minutes).total
            out.append(near)
        }

        let essential = cv.slots[0..<cv.essentialCount]
        if essential.count >= 2 && !essential.contains(where: { $0.competence < 0 }) {
            // With two or more essential competences a near miss holds at least one of them
            // at its level, so the union of their posting lists (active candidates only) drives.
            var inScope: [Bool]? = nil
            if let municipalities {
                var allowed = [Bool](repeating: false, count: travel.codes.count)
                for m in municipalities { if let i = travel.indexOf[m] { allowed[i] = true } }
                inScope = allowed
            }
            var union: [Int32] = []
            for slot in essential {
                for k in postings.range(Int(slot.competence)) { union.append(postings.values[k].row) }
            }
            union.sort()
            var last: Int32 = -1
            for row in union where row != last {
                last = row
                if let inScope {
                    let home = Int(hot[Int(row)].home)
                    if home < 0 || !inScope[home] { continue }
                }
                visit(Int(row))
            }
        } else if let municipalities {
            for m in municipalities.compactMap({ travel.indexOf[$0] }).sorted() {
                for k in residents.range(m) {
                    let row = Int(residents.values[k])
                    if hot[row].status == 0 { visit(row) }
                }
            }
        } else {
            for row in 0..<hot.count where hot[row].status == 0 { visit(row) }
        }
        out.sort(by: NearRow.before)
        return out
    }

    /// The first `limit` near misses explained, with their gap in words; `s` must be prepared.
    func explainNearMisses(_ rows: ArraySlice<NearRow>, _ cv: CompiledVacancy, _ s: Scratch) -> [NearMiss] {
        rows.map { r in
            let b = explanation(row: r.row, cv, s).breakdown
            return NearMiss(kind: r.kind, shortBy: r.shortBy, gapText: gapText(r, cv, b), breakdown: b)
        }
    }

    /// English, like the Ranking screen's gap column ("MIG-svejsning level 3 (has 2)") and
    /// score panes ("level 2, needs 3"); the competence label is data and stays as the schema has it.
    private func gapText(_ r: NearRow, _ cv: CompiledVacancy, _ b: ScoreBreakdown) -> String {
        switch r.kind {
        case .levelShort, .lacksCompetence:
            let id = cv.slotIDs[r.slot]
            let required = Int(cv.slots[r.slot].minLevel), held = required - r.shortBy
            return "lacks \(competenceLabel(id)) level \(required)" + (held > 0 ? " (has \(held))" : "")
        case .commute:
            return "commutes \(b.commuteMinutes ?? 0) min (max \(b.maxCommuteMinutes), \(r.shortBy) min too far)"
        case .lateAvailability:
            return "available \(b.availableFrom), \(r.shortBy) \(r.shortBy == 1 ? "day" : "days") late"
        case .hours:
            return "wants \(b.hoursWanted) h/week, job has \(b.jobHours) h"
        case .workingHours:
            let missing = b.jobWorkingHours.filter { !b.shifts.contains($0) }
            return "will not work \(WorkingHoursText.english(missing)); the job includes \(WorkingHoursText.english(b.jobWorkingHours))"
        case .noCar:
            return "no own car; the job needs one to get there (lives in the municipality)"
        }
    }
}
