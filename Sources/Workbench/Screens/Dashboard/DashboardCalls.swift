import Foundation
import JobMatchCore
import TerminalUI

/// The Dashboard's follow-up call queue (issue #9, "Follow-up calls"): the cooperation's
/// open vacancies whose ad expires within five days, with the company's contact and phone,
/// how many candidates are shortlisted, and the last outcome with who and when. One key per
/// outcome records it on the selected row through the journal (durable and audited before
/// the row changes); `L` shows the company's call log. The rules are `CallQueue`'s, the
/// same as `jobmatch calls`.
extension DashboardScreen {
    /// A row of the queue: the vacancy's row in the dataset and its queue item.
    struct CallRow: Sendable {
        var row: Int
        var item: CallQueueItem
        var today: Day
    }

    /// The outcome keys, in the order the help lists them.
    static let outcomeKeys: [(key: Character, action: ActionName, outcome: CallOutcome, label: String)] = [
        ("F", "callFilled", .filled, "the position is filled"),
        ("H", "callStillNeedsHelp", .stillNeedsHelp, "the company still needs help"),
        ("E", "callExtendAd", .extendAd, "extend the ad"),
        ("X", "callCancelled", .cancelled, "the vacancy is cancelled"),
        ("A", "callNoAnswer", .noAnswer, "no answer — call again the next working day"),
    ]

    static var callKeys: [KeyTable.Triple] {
        outcomeKeys.map { ([.char($0.key)], $0.action, "Call queue: record the call — \($0.label)") }
            + [([.char("L")], "callLog", "Call queue: the call log of the selected row's company")]
    }

    /// The queue now: `WorkbenchData.expiringSoon` (the cooperation's open ads expiring
    /// within five days) with the journal's calls and shortlists, in `CallQueue` order.
    static func callRows(_ env: ScreenEnv) -> [CallRow] {
        let data = env.data
        let rows = data.expiringSoon.map { r -> CallRow in
            let row = Int(r), v = data.dataset.vacancies[row], c = data.vacancyCompany[row]
            return CallRow(row: row, item: CallQueue.item(vacancy: v, company: c >= 0 ? data.dataset.companies[Int(c)] : nil,
                                                          work: env.work.work(for: v.id), today: data.today),
                           today: data.today)
        }
        let order = Dictionary(uniqueKeysWithValues: CallQueue.sorted(rows.map(\.item)).enumerated().map { ($1.vacancy.id, $0) })
        return rows.sorted { order[$0.item.vacancy.id, default: 0] < order[$1.item.vacancy.id, default: 0] }
    }

    /// "OVERDUE 2d", "today", "in 3 d", "done": readable without colour.
    static func dueText(_ r: CallRow) -> String {
        switch r.item.status {
        case .done: return "done"
        case .overdue: return "OVERDUE \(r.item.due.map { $0.days(until: r.today) } ?? 0)d"
        case .due: return r.item.due.map { Format.relative($0, today: r.today) } ?? ""
        }
    }

    /// "no-answer · mette.frh 24/11 09:00".
    static func lastCallText(_ call: CallRecord?) -> String {
        guard let call else { return "–" }
        let t = Array(call.time)
        let when = t.count >= 16 ? "\(String(t[8..<10]))/\(String(t[5..<7])) \(String(t[11..<16]))" : call.time
        return "\(call.outcome.rawValue) · \(call.user) \(when)"
    }

    /// The selected call in one line, whatever columns the width leaves out:
    /// "V000101 Hansen Stål A/S · Per Hansen 98 00 00 01 · 1 shortlisted · last: no-answer · anna 24/11 09:00".
    static func callDetail(_ r: CallRow) -> String {
        let i = r.item
        return "\(i.vacancy.id) \(i.companyName) · \(i.contactName) \(i.contactPhone) · \(i.shortlisted) shortlisted · last: "
            + (i.lastCall == nil ? "not called yet" : lastCallText(i.lastCall))
    }

    static let callColumns: [ListColumn<CallRow>] = [
        ListColumn("Call", width: 10, priority: 10, style: { $0.item.status == .overdue ? .bad : $0.item.status == .done ? .dim : nil }) {
            dueText($0)
        },
        ListColumn("Expires", width: 9, min: 8, priority: 4) { Format.relative($0.item.vacancy.expiryDate, today: $0.today) },
        ListColumn("Vacancy", width: 7, priority: 9) { $0.item.vacancy.id },
        ListColumn("Company", width: 20, min: 10, flexible: true, priority: 5) { $0.item.companyName },
        ListColumn("Contact", width: 16, min: 10, flexible: true, priority: 7) { $0.item.contactName },
        ListColumn("Phone", width: 15, min: 11, priority: 8) { $0.item.contactPhone },
        ListColumn("SL", width: 2, priority: 6, alignRight: true) { String($0.item.shortlisted) },
        ListColumn("Last call", width: 30, min: 12, flexible: true, priority: 3) { lastCallText($0.item.lastCall) },
        ListColumn("Title", width: 20, min: 10, flexible: true, priority: 2) { $0.item.vacancy.title },
    ]

    /// An outcome key or `L` on the queue; nil for any other action.
    mutating func reduceCall(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? {
        guard case .screen(let name) = action else { return nil }
        let outcome = Self.outcomeKeys.first { $0.action == name }?.outcome
        guard outcome != nil || name == "callLog" else { return nil }
        guard focus == .expiring else {
            env.say("Tab to the call queue first, then choose a vacancy")
            return []
        }
        let rows = Self.callRows(env)
        guard expiring.selected < rows.count else { env.say("No call to record"); return [] }
        let item = rows[expiring.selected].item
        guard let outcome else {
            env.navigation.append(.push(CallLogScreen(company: item.vacancy.company)))
            return []
        }
        callRequest = env.requestID()
        // The session's day (`--today`), the day the queue is judged on, not the clock's.
        return [.journal(.callOutcome(vacancy: item.vacancy.id, outcome: outcome, note: "", day: env.data.today), requestID: callRequest)]
    }

    /// The journal's answer to a recorded call: what was recorded, by whom, or why not.
    mutating func receiveCall(_ action: Action, _ env: inout ScreenEnv) {
        guard case .journalFinished(let id, let result) = action, id == callRequest, id != 0 else { return }
        callRequest = 0
        switch result {
        case .written(let e):
            guard case let .callOutcome(v, outcome, _, _) = e.payload else { return }
            let when = String(e.time.prefix(16)).replacingOccurrences(of: "T", with: " ")
            var text = "\(v): \(outcome.rawValue) — recorded by \(e.user) at \(when) UTC"
            if outcome == .noAnswer, let again = Self.callRows(env).first(where: { $0.item.vacancy.id == v })?.item.due {
                text += "; call again \(again)"
            }
            env.say(text)
        case .refused(let why):
            env.say("Call not recorded: \(why)", isError: true)
        }
    }
}
