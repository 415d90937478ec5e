import Foundation
import Testing

/// Two real workbenches on one data directory (two tmux sessions): a consultant builds and
/// submits a shortlist with keys only, a supervisor approves it in hers, and the
/// consultant's Dashboard shows the approval.
@Suite("Shortlists under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct ShortlistTmuxTests {
    @Test("consultant adds and submits, supervisor approves in a second workbench, the consultant's Dashboard shows it")
    func submitApproveSee() throws {
        let data = try Harness.demoCopy("shortlisttmux")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let consultant = TmuxSession(name: "slmette"), supervisor = TmuxSession(name: "slgrethe")
        defer { consultant.kill(); supervisor.kill() }
        let run = "\(Harness.binary.path) --data \(data.path) --today 2026-11-24"
        try consultant.start("\(run) --user mette.frh; sleep 60")
        _ = try consultant.waitFor(text: "Expiring within 5 days")
        try consultant.send("v")
        _ = try consultant.waitFor(text: "open vacancies")
        try consultant.send("Enter")
        _ = try consultant.waitFor(timeout: 30, "a ranking") { $0.contains("Ranking V") && ($0.contains("qualify") || $0.contains("near miss")) }
        try consultant.send("a")
        var screen = try consultant.waitFor(text: "on the shortlist for V")
        let vacancy = try #require(screen.firstMatch(of: /on the shortlist for (V\d{6})/).map { String($0.1) })
        try consultant.send("s")
        _ = try consultant.waitFor(text: "Shortlist: draft · version 1 · 1 candidate")
        try consultant.send("S")
        _ = try consultant.waitFor(text: "Shortlist: submitted")

        // Each cooperation's supervisor reviews its own vacancies' lists.
        let vendsyssel = ["0810", "0813", "0849", "0860"]
        let inVendsyssel = try String(contentsOf: data.appendingPathComponent("vacancies.jsonl"), encoding: .utf8)
            .split(separator: "\n").contains { line in
                line.contains("\"id\":\"\(vacancy)\"") && vendsyssel.contains { m in line.contains("\"municipality\":\"\(m)\"") }
            }
        let (reviewer, reviewerName) = inVendsyssel ? ("grethe.vend", "Grethe Rasmussen") : ("asger.trek", "Asger Frederiksen")
        try supervisor.start("\(run) --user \(reviewer); sleep 60")
        screen = try supervisor.waitFor(text: "Waiting for review (1, :review): oldest \(vacancy) from Mette Holm")
        try supervisor.send(":")
        try supervisor.type("review")
        try supervisor.send("Enter")
        screen = try supervisor.waitFor(text: "Waiting for review (1), oldest first")
        #expect(screen.contains(vacancy) && screen.contains("triage:"))
        try supervisor.send("a")
        _ = try supervisor.waitFor(text: "\(vacancy) approved — 0 shortlists left")

        // The consultant's workbench reads the journal about once a second.
        try consultant.send("Escape")
        try consultant.send("d")
        screen = try consultant.waitFor(text: "Approved, ready to send (1): \(vacancy) by \(reviewerName)")
        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"user\":\"mette.frh\",\"kind\":\"shortlistState\",\"vacancy\":\"\(vacancy)\",\"basedOn\":1,\"state\":\"submitted\""))
        #expect(journal.contains("\"user\":\"\(reviewer)\",\"kind\":\"shortlistState\",\"vacancy\":\"\(vacancy)\",\"basedOn\":2,\"state\":\"approved\""))
        let audit = try String(contentsOf: data.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("shortlist \(vacancy) set to approved"))
    }
}
