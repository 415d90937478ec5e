import Foundation
import JobMatchCore
import TerminalUI

/// One company's call log: every follow-up call recorded to its vacancies, oldest first,
/// with who called, when (UTC, as the journal writes it), the outcome and the note, under
/// the company's contact and phone. Opened with `L` from the Dashboard's call queue; the
/// headless twin is `jobmatch calls log COMPANY`. It reads `ScreenEnv.work`, so a call
/// another user records shows up at the next journal refresh.
package struct CallLogScreen: WorkbenchScreen {
    package var company: String
    package var scroll = ScrollOffset()

    package init(company: String) { self.company = company }

    package static let id: ScreenID = "calls"
    package static let title = "Call log"

    package static let keys = KeyTable([
        ([.char("j"), .down], "moveDown", "Scroll down"),
        ([.char("k"), .up], "moveUp", "Scroll up"),
        ([.pageDown, .ctrl("f"), .char(" ")], "pageDown", "Page down"),
        ([.pageUp, .ctrl("b")], "pageUp", "Page up"),
        ([.char("g"), .home], "moveToTop", "Go to the top"),
        ([.char("G"), .end], "moveToBottom", "Go to the bottom"),
        KeyTable.back,
    ] + KeyTable.common,
    hints: [(["showHelp"], "help"), (["moveDown", "moveUp"], "scroll"), (["back"], "back")])

    package func crumb(_ env: ScreenEnv) -> String { "Calls \(company)" }

    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? {
        let body = WorkbenchView.body(env.size)
        return .text(\.scroll, lines: lines(env).wrapped(width: body.width - 2).count, visibleRows: max(1, body.height - 1))
    }

    func lines(_ env: ScreenEnv) -> [PaneLine] {
        let data = env.data
        let c = data.dataset.companies.first { $0.id == company }
        var out = [PaneLine("\(c?.name ?? company) (\(company))", Style.normal.bolded),
                   PaneLine("Contact: \(c.map { "\($0.contactName), \($0.contactPhone)" } ?? "–")"),
                   PaneLine("")]
        let log = CallQueue.log(company: company, vacancies: data.dataset.vacancies, work: env.work)
        if log.isEmpty { out.append(PaneLine("No calls recorded yet.", .dim)) }
        for (v, call) in log {
            let when = String(call.time.prefix(16)).replacingOccurrences(of: "T", with: " ")
            out.append(PaneLine("\(when)  \(call.user)  \(v.id) \(v.title): \(call.outcome.rawValue)"
                                + (call.note.isEmpty ? "" : " — \(call.note)"), call.outcome == .noAnswer ? .warn : .normal))
        }
        return out
    }

    package func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool) {
        Draw.heading("Call log (times in UTC)", into: &buffer, x: rect.x, y: rect.y, width: rect.width, focused: true)
        let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
        Draw.lines(lines(env).wrapped(width: body.width), into: &buffer, rect: body, top: scroll.top)
    }
}
