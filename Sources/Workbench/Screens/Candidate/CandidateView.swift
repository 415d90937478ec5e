import JobMatchCore
import TerminalUI

extension CandidateScreen {
    struct Layout {
        var header: Rect
        /// Side by side when wide; one pane at a time (Tab switches) when narrow.
        var sideBySide: Bool
        var profile: Rect
        var score: Rect
        var paneRows: Int { max(1, profile.height - 1) }
        var paneWidth: Int { profile.width - 1 }
    }

    static func layout(_ size: TerminalSize) -> Layout {
        let body = WorkbenchView.body(size)
        let (header, rest) = body.splitTop(2)
        if size.width >= 100 {
            let (left, right) = rest.splitLeft(rest.width / 2)
            return Layout(header: header, sideBySide: true, profile: Rect(x: left.x, y: left.y, width: left.width - 1, height: left.height),
                          score: Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height))
        }
        return Layout(header: header, sideBySide: false, profile: rest, score: rest)
    }

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let data = env.data
        let c = data.dataset.candidates[candidateRow]
        let l = Self.layout(env.size)
        let who = showsPersonalDetails ? "\(c.name) (\(c.id))" : "\(c.id) · \(data.municipalityName(c.municipality))"
        var header = " \(who)"
        if let v = vacancyRow { header += " — for \(data.dataset.vacancies[v].id) \(data.dataset.vacancies[v].title)" }
        buffer.put(header, x: 0, y: l.header.y, style: Style.normal.bolded, maxWidth: l.header.width)
        let width = l.paneWidth
        let scoreTitle = vacancyRow.map { "Score for \(data.dataset.vacancies[$0].id)" } ?? "Score (no vacancy in context)"
        if l.sideBySide {
            Draw.heading("Profile", into: &buffer, x: l.profile.x, y: l.profile.y, width: l.profile.width, focused: focus == .profile)
            Draw.lines(profileLines(env, width: width), into: &buffer, rect: Self.paneBody(l.profile), top: profile.top)
            Border.verticalLine(into: &buffer, x: l.score.x - 1, y: l.score.y, height: l.score.height)
            Draw.heading(scoreTitle, into: &buffer, x: l.score.x, y: l.score.y, width: l.score.width, focused: focus == .score && hasScorePane)
            Draw.lines(scoreLines(env, width: width, usesColor: usesColor), into: &buffer, rect: Self.paneBody(l.score), top: score.top)
            return
        }
        // Narrow: tabs in the heading row, one pane below.
        let onScore = focus == .score && hasScorePane
        var x = l.profile.x
        x += buffer.put(onScore ? "  Profile " : "▸ Profile ", x: x, y: l.profile.y, style: onScore ? .header : Style(.header, bold: true, underline: true))
        x += buffer.put("│", x: x, y: l.profile.y, style: .border)
        x += buffer.put(onScore ? " ▸ \(scoreTitle) " : "  \(scoreTitle) (Tab) ", x: x, y: l.profile.y,
                        style: onScore ? Style(.header, bold: true, underline: true) : .header)
        if x < l.profile.maxX { Border.horizontalLine(into: &buffer, x: x, y: l.profile.y, width: l.profile.maxX - x) }
        if onScore {
            Draw.lines(scoreLines(env, width: width, usesColor: usesColor), into: &buffer, rect: Self.paneBody(l.score), top: score.top)
        } else {
            Draw.lines(profileLines(env, width: width), into: &buffer, rect: Self.paneBody(l.profile), top: profile.top)
        }
    }

    private static func paneBody(_ r: Rect) -> Rect { Rect(x: r.x + 1, y: r.y + 1, width: r.width - 1, height: r.height - 1) }

    /// The profile, wrapped to the pane width.
    func profileLines(_ env: ScreenEnv, width: Int) -> [PaneLine] {
        let data = env.data
        let c = data.dataset.candidates[candidateRow]
        let owner = data.municipalityName(c.ownerMunicipality)
        var lines: [PaneLine] = []
        if showsPersonalDetails {
            lines.append(PaneLine("Name:        \(c.name)", Style.normal.bolded))
            lines.append(PaneLine("Pseudonym:   \(c.id)"))
            lines.append(PaneLine("E-mail:      \(c.email)"))
            lines.append(PaneLine("Phone:       \(c.phone)"))
            lines.append(PaneLine("Born:        \(c.birthDate) (age \(c.age(on: data.today)))"))
        } else {
            lines.append(PaneLine("Pseudonym:   \(c.id)", Style.normal.bolded))
            lines.append(details.withheldNotice.map { PaneLine($0, .bad) }
                         ?? PaneLine(data.ownerContact(c).hiddenNote, .dim))
            let age = c.age(on: data.today)
            lines.append(PaneLine("Age:         \(age / 5 * 5)–\(age / 5 * 5 + 4)"))
        }
        lines.append(PaneLine("Lives in:    \(data.municipalityName(c.municipality)) (\(c.postcode))"))
        lines.append(PaneLine("Job centre:  \(owner)\(showsPersonalDetails ? " · consultant \(c.consultant)" : "")"))
        lines.append(PaneLine("Status:      \(c.status.rawValue) · available from \(c.availableFrom)"))
        lines.append(PaneLine("Hours:       \(c.hoursPerWeek) h/week · commute up to \(c.maxCommuteMinutes) min"))
        let weeks = max(0, c.unemployedSince.days(until: data.today) / 7)
        let category = c.matchCategory.isEmpty ? "" : " (\(c.matchCategory))"
        lines.append(PaneLine("Benefit:     \(data.benefitLabels[c.benefit] ?? c.benefit)\(category) · unemployed \(weeks) weeks (since \(c.unemployedSince))"))
        lines.append(PaneLine("Education:   \(data.educationLabels[c.education] ?? c.education)"))
        var flags: [String] = []
        if c.singleProvider { flags.append("single provider") }
        if c.flexJobApproved { flags.append("approved for flex job") }
        if !flags.isEmpty { lines.append(PaneLine("Notes:       " + flags.joined(separator: " · "))) }
        lines += Self.recordLines(c, data: data, showsPersonalDetails: showsPersonalDetails)
        lines.append(PaneLine(""))
        lines.append(PaneLine("Competences (\(c.competences.count))", .header))
        for h in c.competences.sorted(by: { ($0.level, $0.years) > ($1.level, $1.years) }) {
            lines.append(PaneLine("  \(data.competence(h.id)) — level \(h.level), \(Format.points(h.years)) yrs"))
        }
        if !c.desiredOccupations.isEmpty {
            lines.append(PaneLine("Wants to work as: " + c.desiredOccupations.map(data.occupation).joined(separator: ", ")))
        }
        if !c.licences.isEmpty { lines.append(PaneLine("Driving licences: " + c.licences.joined(separator: ", "))) }
        if !c.languages.isEmpty {
            lines.append(PaneLine("Languages: " + c.languages.map { "\(data.languageLabels[$0.code] ?? $0.code) \($0.level)" }.joined(separator: ", ")))
        }
        return lines.wrapped(width: width)
    }

    /// The score breakdown for the vacancy in context, or why she is not ranked.
    func scoreLines(_ env: ScreenEnv, width: Int, usesColor: Bool = true) -> [PaneLine] {
        guard vacancyRow != nil else {
            return [PaneLine("Opened without a vacancy. Open her from a ranking to see the score breakdown.", .dim)].wrapped(width: width)
        }
        guard let loaded = breakdown else {
            let text = env.engine == .indexing ? "Waiting for the matching index…" : "Scoring…"
            return [PaneLine(text, .dim)]
        }
        guard let b = loaded else {
            return [PaneLine("The engine has no breakdown for this candidate and vacancy.", .dim)].wrapped(width: width)
        }
        var lines: [PaneLine] = []
        let gaugeWidth = max(5, min(30, width - 18))
        if b.qualifies {
            lines.append(PaneLine("Score \(Format.score(b.total)) / 100  " + Draw.gauge(b.total, width: gaugeWidth, usesColor: usesColor), Draw.scoreStyle(b.total).bolded))
        } else {
            lines.append(PaneLine("Not ranked for this vacancy", Style.bad.bolded))
            lines.append(PaneLine("Why not — hard requirements not met:", .bad))
            lines += b.whyNot.map { PaneLine("  ✗ " + $0, .bad) }
            lines.append(PaneLine("Would otherwise score \(Format.score(b.total)) / 100", .dim))
        }
        lines += b.notes.map { PaneLine($0, .dim) }
        for line in b.lines {
            lines.append(PaneLine(""))
            let points = "\(Format.points(line.points)) / \(Format.points(line.maxPoints))"
            let labelWidth = max(1, width - DisplayWidth.of(points) - 1)
            lines.append(PaneLine(DisplayWidth.pad(line.label, toWidth: labelWidth) + " " + points, .header))
            lines += line.details.map { PaneLine("  " + $0) }
        }
        return lines.wrapped(width: width)
    }
}
