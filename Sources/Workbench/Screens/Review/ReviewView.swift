import JobMatchCore
import TerminalUI

extension ReviewScreen {
    struct Layout {
        var queue: Rect
        var detail: Rect
        var prompt: Rect
    }

    /// The queue on top (up to 8 rows), the selected list's details below, one line for the
    /// return comment's prompt at the bottom.
    static func layout(_ size: TerminalSize) -> Layout {
        let (rest, prompt) = WorkbenchView.body(size).splitBottom(1)
        let (queue, detail) = rest.splitTop(min(10, max(3, rest.height / 2)))
        return Layout(queue: queue, detail: detail.splitTop(1).rest, prompt: prompt)
    }

    struct Row { var entry: ReviewEntry; var data: WorkbenchData; var users: UserDirectory }

    static let columns: [ListColumn<Row>] = [
        ListColumn("Submitted", width: 16, min: 10, priority: 8) { r in
            String((r.entry.submission?.time ?? "").prefix(16)).replacing("T", with: " ")
        },
        ListColumn("Vacancy", width: 7, priority: 10) { $0.entry.vacancy },
        ListColumn("Title", width: 22, min: 10, flexible: true, priority: 9) { $0.data.vacancy(id: $0.entry.vacancy)?.title ?? "?" },
        ListColumn("Consultant", width: 16, min: 8, flexible: true, priority: 7) { r in
            r.users.user(r.entry.consultant)?.name ?? r.entry.consultant
        },
        ListColumn("State", width: 9, priority: 5) { $0.entry.shortlist.state.rawValue },
        ListColumn("Cand.", width: 5, priority: 6, alignRight: true) { "\($0.entry.candidates.count)" },
    ]

    /// The selected shortlist: comment, and per candidate her label, note and the triage
    /// decisions behind her.
    func detailLines(_ env: ScreenEnv, width: Int) -> [PaneLine] {
        guard let e = selected(env) else { return [] }
        let data = env.data, access = names.access(env)
        var lines: [PaneLine] = []
        let v = data.vacancy(id: e.vacancy)
        lines.append(PaneLine("\(e.vacancy) \(v?.title ?? "") — version \(e.shortlist.version), \(e.shortlist.state.rawValue)"))
        if !e.shortlist.comment.isEmpty { lines.append(PaneLine("Comment: “\(e.shortlist.comment)”", .warn)) }
        for (i, c) in e.candidates.enumerated() {
            let home = data.candidate(id: c.candidate).map { data.municipalityName($0.municipality) } ?? "?"
            lines.append(PaneLine("\(i + 1). \(access.label(c.candidate, data: data)) · \(home)", .accent))
            lines.append(PaneLine("   triage: \(c.decisionSummary)"))
            if !c.note.isEmpty { lines.append(PaneLine("   note: \(c.note)")) }
            if let contact = access.contact(c.candidate, data: data) { lines.append(PaneLine("   name hidden — ask \(contact)", .dim)) }
        }
        return lines.wrapped(width: width)
    }

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let e = entries(env)
        let supervisor = Self.isSupervisor(env)
        let table = ListTable(Self.columns, width: l.queue.width - 1)
        let data = env.data, users = env.users
        ListView.draw(table, into: &buffer, rect: l.queue, count: e.count, cursor: list, focused: focus == .queue && comment == nil,
                      empty: supervisor ? "No shortlists are waiting for review." : "No shortlists have been returned to you.") { i in
            Row(entry: e[i], data: data, users: users)
        }
        let title = supervisor ? "Waiting for review (\(e.count)), oldest first" : "Returned to you (\(e.count))"
        Draw.heading(title + " — selected list", into: &buffer, x: l.detail.x, y: l.detail.y - 1, width: l.detail.width, focused: focus == .detail)
        Draw.lines(detailLines(env, width: l.detail.width - 2), into: &buffer,
                   rect: Rect(x: l.detail.x + 1, y: l.detail.y, width: l.detail.width - 1, height: l.detail.height), top: detail.top)
        if let comment {
            let x = buffer.put(" Return with comment: ", x: l.prompt.x, y: l.prompt.y, style: .accent, maxWidth: l.prompt.width)
            buffer.put(comment.text, x: l.prompt.x + x, y: l.prompt.y, maxWidth: max(0, l.prompt.width - x))
        }
    }
}
