import JobMatchCore
import TerminalUI

extension TriageScreen {
    struct Layout {
        var header: Rect
        var progress: Rect
        var heading: Rect
        /// The card's text, scrolled with j/k.
        var pane: Rect
        /// The reason menu or the note being typed; the decision keys otherwise.
        var footer: Rect
        var paneWidth: Int { pane.width - 1 }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let (header, rest) = body.splitTop(1)
        let (progress, rest2) = rest.splitTop(1)
        let (heading, rest3) = rest2.splitTop(1)
        let pane = Rect(x: rest3.x + 1, y: rest3.y, width: rest3.width - 1, height: max(1, rest3.height - 1))
        let footer = Rect(x: rest3.x, y: rest3.y + rest3.height - 1, width: rest3.width, height: 1)
        return Layout(header: header, progress: progress, heading: heading, pane: pane, footer: footer)
    }

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let data = env.data
        let v = data.dataset.vacancies[vacancyRow]
        let company = data.companyName(ofVacancy: vacancyRow)
        buffer.put(" \(v.id) \(v.title) · \(company) · \(data.municipalityName(v.municipality))", x: 0, y: l.header.y,
                   style: Style.normal.bolded, maxWidth: l.header.width)
        guard outcome != nil else {
            let text = notOpen(env).map { "Nothing to triage: \($0)" }
                ?? (env.engine == .ready ? "Ranking the candidates…" : "Waiting for the matching index…")
            buffer.put(" " + text, x: 0, y: l.progress.y, style: .dim, maxWidth: l.progress.width)
            return
        }
        let s = stand(env)
        drawProgress(s, into: &buffer, rect: l.progress, usesColor: usesColor)
        let at = shown(s)
        Draw.heading(headingText(s, at: at, env), into: &buffer, x: l.heading.x, y: l.heading.y, width: l.heading.width, focused: true)
        Draw.lines(cardLines(env, width: l.paneWidth, stand: s, usesColor: usesColor), into: &buffer, rect: l.pane, top: scroll.top)
        drawFooter(into: &buffer, rect: l.footer, at: at)
    }

    /// "[#####-----] 5/12 decided · 2 yes · 1 no · 2 maybe · 1 skip · 6 left".
    private func drawProgress(_ s: TriageStand, into buffer: inout ScreenBuffer, rect: Rect, usesColor: Bool) {
        let p = s.progress
        var counts = "\(p.decided)/\(p.total) decided · \(p.yes) yes · \(p.no) no · \(p.maybe) maybe · \(p.skip) skip · \(p.left) left"
        if s.pass == .maybes { counts += " · second pass: \(p.maybesLeft) maybe\(p.maybesLeft == 1 ? "" : "s") to look at again" }
        let barWidth = max(5, min(24, rect.width - DisplayWidth.of(counts) - 4))
        let share = p.total == 0 ? 100 : Double(p.decided) * 100 / Double(p.total)
        var x = rect.x + 1
        x += buffer.put(Draw.gauge(share, width: barWidth, usesColor: usesColor), x: x, y: rect.y, style: .good)
        buffer.put(" " + counts, x: x, y: rect.y, style: .normal, maxWidth: max(0, rect.maxX - x))
    }

    private func headingText(_ s: TriageStand, at: Int?, _ env: ScreenEnv) -> String {
        guard let at else { return queue.isEmpty ? "No cards" : "Triage complete" }
        var text = "Card \(at + 1) of \(queue.count)"
        if browsing != nil {
            text += " · browsing (] [ move, a decision returns to the current card)"
        } else {
            switch s.pass {
            case .first: text += queue.isNearMiss(at) ? " · near miss" : ""
            case .skipped: text += " · skipped earlier"
            case .maybes: text += " · second pass over the maybes"
            case .done: break
            }
        }
        return text
    }

    private func drawFooter(into buffer: inout ScreenBuffer, rect: Rect, at: Int?) {
        switch input {
        case .none:
            return
        case .reason:
            let menu = Self.reasonKeys.map { "\($0.key) \($0.label)" }.joined(separator: " · ")
            buffer.fill(rect, style: .input)
            buffer.put(" Reject — why? \(menu) · Esc cancels", x: rect.x, y: rect.y, style: .input, maxWidth: rect.width)
        case .otherReason(let editor), .note(let editor):
            let prefix: String
            if case .note = input { prefix = " Note: " } else { prefix = " Reject — other, why: " }
            buffer.fill(rect, style: .input)
            buffer.put(prefix + editor.text, x: rect.x, y: rect.y, style: .input, maxWidth: rect.width)
            let cursorX = rect.x + DisplayWidth.of(prefix) + DisplayWidth.of(String(editor.text.prefix(editor.cursor)))
            if cursorX < rect.maxX {
                let under = buffer[cursorX, rect.y].text
                buffer.put(under.isEmpty || under == " " ? " " : under, x: cursorX, y: rect.y, style: Style(.input, reverse: true))
            }
        }
    }

    /// The card's text: the ranking row, her decision or pending note, the profile (as the
    /// access rule allows) and the score breakdown.
    func cardLines(_ env: ScreenEnv, width: Int, usesColor: Bool = true) -> [PaneLine] {
        cardLines(env, width: width, stand: stand(env), usesColor: usesColor)
    }

    func cardLines(_ env: ScreenEnv, width: Int, stand s: TriageStand, usesColor: Bool) -> [PaneLine] {
        guard let outcome else { return [] }
        guard let at = shown(s) else {
            if queue.isEmpty {
                return [PaneLine("Nobody to triage: no candidate qualifies for this vacancy and nobody misses only one thing.", .dim)]
                    .wrapped(width: width)
            }
            let p = s.progress
            return [
                PaneLine("Every card is decided: \(p.yes) yes · \(p.no) no · \(p.maybe) maybe (looked at twice).", Style.good.bolded),
                PaneLine("The yes candidates are on the vacancy's shortlist."),
                PaneLine(""),
                PaneLine("[ and ] browse the cards · u undoes the latest decision · q returns to the ranking", .dim),
            ].wrapped(width: width)
        }
        let row = at < outcome.rows.count ? outcome.rows[at] : outcome.nearMisses[at - outcome.rows.count]
        let data = env.data
        let candidate = data.candidate(id: row.candidateID)
        var lines: [PaneLine] = []
        let showsName = card?.candidate == row.candidateID && card?.details == .shown
        let who = candidate.map { showsName ? "\($0.name) (\($0.id))" : "\($0.id) · \(data.municipalityName($0.municipality))" }
            ?? row.candidateID
        let rank = queue.isNearMiss(at) ? "near miss" : "#\(at + 1)"
        lines.append(PaneLine("\(who) — \(rank)", Style.normal.bolded))
        let gaugeWidth = max(5, min(20, width - 60))
        var summary = "Score \(Format.score(row.score)) " + Draw.gauge(row.score, width: gaugeWidth, usesColor: usesColor)
        summary += " · \(row.essentialMet)/\(row.essentialTotal) essential · \(row.optionalMet)/\(row.optionalTotal) optional"
        if let m = row.commuteMinutes { summary += " · \(m) min" }
        if let h = row.hoursWanted ?? candidate?.hoursPerWeek { summary += " · \(h) h" }
        lines.append(PaneLine(summary, Draw.scoreStyle(row.score)))
        if queue.isNearMiss(at) {
            lines.append(PaneLine("Near miss — missing one thing: \(row.gap.joined(separator: ", "))", .bad))
        } else {
            lines.append(PaneLine("Gap:         " + (row.gap.isEmpty ? "— (meets every requirement)" : row.gap.joined(separator: ", "))))
        }
        if let d = s.standing[at] {
            var text = "Decided:     \(d.verdict.rawValue)"
            if !d.reason.isEmpty && d.reason != TriageStand.secondPassReason { text += " (\(d.reason))" }
            if d.reason == TriageStand.secondPassReason { text += " (looked at twice)" }
            text += " by \(d.user)"
            lines.append(PaneLine(text, .header))
            if !d.note.isEmpty { lines.append(PaneLine("Note:        \(d.note)")) }
        } else if let note = pendingNotes[row.candidateID] {
            lines.append(PaneLine("Note:        \(note) (saved with your decision)", .dim))
        }
        lines.append(PaneLine(""))
        if let candidate { lines += profileLines(candidate, showsName: showsName, env) }
        lines.append(PaneLine(""))
        lines.append(PaneLine("Score breakdown", .header))
        let explained = card?.candidate == row.candidateID ? card?.breakdown : nil
        let scorer = CandidateScreen(candidateRow: data.candidateRows.row(of: row.candidateID) ?? 0, vacancyRow: vacancyRow,
                                     requestID: 0, breakdown: explained ?? nil, details: .hidden)
        lines += scorer.scoreLines(env, width: width, usesColor: usesColor)
        return lines.wrapped(width: width)
    }

    /// Her profile, compact; name and contact only when shown (allowed and logged), else the
    /// pseudonym and whom to ask.
    private func profileLines(_ c: Candidate, showsName: Bool, _ env: ScreenEnv) -> [PaneLine] {
        let data = env.data
        var lines: [PaneLine] = []
        if showsName {
            lines.append(PaneLine("Contact:     \(c.email) · \(c.phone)"))
        } else if let withheld = card?.details.withheldNotice, card?.candidate == c.id {
            lines.append(PaneLine(withheld, .bad))
        } else {
            let age = data.today.year - c.birthYear
            lines.append(PaneLine("Name and contact hidden (no consent to share): \(Self.whomToAsk(c, env))", .dim))
            lines.append(PaneLine("Age:         \(age / 5 * 5)–\(age / 5 * 5 + 4)"))
        }
        lines.append(PaneLine("Lives in:    \(data.municipalityName(c.municipality)) (\(c.postcode)) · commute up to \(c.maxCommuteMinutes) min"))
        lines.append(PaneLine("Available:   from \(c.availableFrom) · \(c.hoursPerWeek) h/week · \(c.status.rawValue)"))
        let weeks = max(0, c.unemployedSince.days(until: data.today) / 7)
        lines.append(PaneLine("Benefit:     \(data.benefitLabels[c.benefit] ?? c.benefit) · unemployed \(weeks) weeks"))
        let held = c.competences.sorted { ($0.level, $0.years) > ($1.level, $1.years) }
            .map { "\(data.competence($0.id)) \($0.level) (\(Format.points($0.years)) yrs)" }
        if !held.isEmpty { lines.append(PaneLine("Competences: " + held.joined(separator: ", "))) }
        if !c.desiredOccupations.isEmpty { lines.append(PaneLine("Wants:       " + c.desiredOccupations.map(data.occupation).joined(separator: ", "))) }
        if !c.licences.isEmpty { lines.append(PaneLine("Licences:    " + c.licences.joined(separator: ", "))) }
        if !c.certificates.isEmpty { lines.append(PaneLine("Certificates: " + c.certificates.map(data.certificate).joined(separator: ", "))) }
        if !c.languages.isEmpty {
            lines.append(PaneLine("Languages:   " + c.languages.map { "\(data.languageLabels[$0.code] ?? $0.code) \($0.level)" }.joined(separator: ", ")))
        }
        return lines
    }

    /// Whom to ask about a candidate whose details are hidden: her own consultant by name
    /// and phone when `users.json` knows her, else a consultant of the owning job centre,
    /// else the job centre.
    static func whomToAsk(_ c: Candidate, _ env: ScreenEnv) -> String {
        let owner = env.data.municipalityName(c.ownerMunicipality)
        if let u = env.users.user(c.consultant) { return "ask \(u.name), \(u.phone), \(owner) job centre" }
        if let u = env.users.users.first(where: { $0.municipality == c.ownerMunicipality && $0.role == .consultant }) {
            return "ask \(u.name), \(u.phone), \(owner) job centre"
        }
        return "ask the \(owner) job centre"
    }
}
