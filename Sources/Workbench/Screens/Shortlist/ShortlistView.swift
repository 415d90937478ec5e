import JobMatchCore
import TerminalUI

extension ShortlistScreen {
    struct Layout {
        var header: Rect
        var list: Rect
        var detail: Rect
    }

    /// Three lines of header (vacancy, state, comment or last change), the list, and two
    /// lines below it for the selected candidate (triage, contact) or the note prompt.
    static func layout(_ size: TerminalSize) -> Layout {
        let (header, rest) = WorkbenchView.body(size).splitTop(3)
        let (list, detail) = rest.splitBottom(min(2, max(0, rest.height - 2)))
        return Layout(header: header, list: list, detail: detail)
    }

    struct Row {
        var place: Int
        var item: ShortlistItem
        var label: String
        var home: String
        var triage: String
    }

    static let columns: [ListColumn<Row>] = [
        ListColumn("#", width: 2, priority: 10, alignRight: true) { "\($0.place)" },
        ListColumn("Candidate", width: 24, min: 10, flexible: true, weight: 2, priority: 9) { $0.label },
        ListColumn("Lives in", width: 12, min: 8, priority: 6) { $0.home },
        ListColumn("Triage", width: 8, priority: 5) { $0.triage },
        ListColumn("Note", width: 24, min: 8, flexible: true, weight: 3, priority: 8) { $0.item.note },
    ]

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        let l = Self.layout(env.size)
        let data = env.data, s = shortlist(env), access = names.access(env)
        let v = data.vacancy(id: vacancy)
        let company = data.vacancyRows.row(of: vacancy).map { data.companyName(ofVacancy: $0) } ?? ""
        buffer.put(" \(vacancy) \(v?.title ?? "") — \(company)", x: l.header.x, y: l.header.y, style: Style.normal.bolded, maxWidth: l.header.width)
        let stateStyle: Style = s.state == .returned ? .warn : s.state == .approved || s.state == .sent ? .good : .normal
        buffer.put(" Shortlist: \(s.state.rawValue) · version \(s.version) · \(Format.plural(s.items.count, "candidate"))",
                   x: l.header.x, y: l.header.y + 1, style: stateStyle, maxWidth: l.header.width)
        var third = ""
        var thirdStyle = Style.dim
        if s.state == .returned || s.state == .approved, let by = s.lastChange {
            let who = env.users.user(by.user)?.name ?? by.user
            third = " \(s.state == .returned ? "Returned" : "Approved") by \(who)" + (s.comment.isEmpty ? "" : ": “\(s.comment)”")
            thirdStyle = s.state == .returned ? .warn : .normal
        } else if let by = s.lastChange {
            third = " Last change: \(env.users.user(by.user)?.name ?? by.user) \(by.summary)"
        } else {
            third = " Empty — a in a vacancy's Ranking adds the selected candidate here"
        }
        buffer.put(third, x: l.header.x, y: l.header.y + 2, style: thirdStyle, maxWidth: l.header.width)

        let work = env.work.work(for: vacancy)
        let table = ListTable(Self.columns, width: l.list.width - 1)
        let shown = ListView.draw(table, into: &buffer, rect: l.list, count: s.items.count, cursor: list, focused: note == nil,
                                  empty: "No candidates on the shortlist.") { i in
            let item = s.items[i]
            return Row(place: i + 1, item: item, label: access.label(item.candidate, data: data),
                       home: data.candidate(id: item.candidate).map { data.municipalityName($0.municipality) } ?? "?",
                       triage: work.current(for: item.candidate)?.verdict.rawValue ?? "by hand")
        }
        guard l.detail.height > 0 else { return }
        if let note {
            let prompt = " Note for \(s.items.indices.contains(shown.selected) ? s.items[shown.selected].candidate : ""): "
            let x = buffer.put(prompt, x: l.detail.x, y: l.detail.y, style: .accent, maxWidth: l.detail.width)
            buffer.put(note.text, x: l.detail.x + x, y: l.detail.y, maxWidth: max(0, l.detail.width - x))
            return
        }
        guard s.items.indices.contains(shown.selected) else { return }
        let id = s.items[shown.selected].candidate
        let reasons = ReviewQueue.entry(for: vacancy, in: env.work).candidates.first { $0.candidate == id }?.decisionSummary ?? ""
        buffer.put(" Triage: \(reasons)", x: l.detail.x, y: l.detail.y, style: .dim, maxWidth: l.detail.width)
        if l.detail.height > 1, let contact = access.contact(id, data: data) {
            buffer.put(" Name hidden (no consent) — ask \(contact)", x: l.detail.x, y: l.detail.y + 1, style: .dim, maxWidth: l.detail.width)
        }
    }
}
