import Foundation
import Testing

/// The whole review flow of issue #9 in real workbenches under tmux, keys only: a consultant
/// triages a vacancy from its Ranking (yes, no with a reason, maybe, skip, and the second pass
/// over the maybes), opens the shortlist the yeses made and submits it; the supervisor of the
/// vacancy's cooperation approves it in a second workbench on the same data directory; the
/// consultant's workbench, still running, shows the approval on its own (the journal is read
/// about once a second) on the Shortlist and on the Dashboard.
///
/// Every step waits for the text it expects (with a time limit), never a fixed time, so a
/// loaded machine only makes it slower.
@Suite("Review flow under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct ReviewFlowTmuxTests {
    static let vendsyssel = ["0810", "0813", "0849", "0860"]

    /// The open Vendsyssel vacancies (grethe.vend reviews their shortlists), in id order.
    static func openVendsysselVacancies(in data: URL) throws -> [String] {
        try String(contentsOf: data.appendingPathComponent("vacancies.jsonl"), encoding: .utf8).split(separator: "\n")
            .compactMap { line -> String? in
                guard let v = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let m = v["municipality"] as? String, vendsyssel.contains(m), v["status"] as? String == "open",
                      let expiry = v["expiryDate"] as? String, expiry >= "2026-11-24" else { return nil }
                return v["id"] as? String
            }
    }

    /// The Ranking's status line: "5 candidates + 3 near" → (5, 3); "1 candidate" → (1, 0).
    static func rankingCounts(_ screen: String) -> (Int, Int)? {
        guard let m = screen.firstMatch(of: /│ ([0-9,]+) candidates?(?: \+ ([0-9,]+) near)? *\n/) else { return nil }
        func int(_ s: Substring?) -> Int { Int((s ?? "0").replacingOccurrences(of: ",", with: "")) ?? 0 }
        return (int(m.1), int(m.2))
    }

    /// "Card 3 of 5" → (3, 5).
    static func card(_ screen: String) -> (Int, Int)? {
        screen.firstMatch(of: /Card (\d+) of (\d+)/).map { (Int($0.1)!, Int($0.2)!) }
    }

    /// The journal entry the bottom line reports ("— saved (entry 12)").
    static func entry(_ screen: String) -> Int? {
        screen.firstMatch(of: /saved \(entry (\d+)\)/).map { Int($0.1)! }
    }

    @Test("a consultant triages a vacancy with keys only and submits its shortlist; the cooperation's supervisor approves it in a second workbench; the consultant's running workbench shows it approved")
    func triageSubmitApproveSee() throws {
        let data = try Harness.demoCopy("reviewflow")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let consultant = TmuxSession(name: "flowmette"), supervisor = TmuxSession(name: "flowgrethe")
        defer { consultant.kill(); supervisor.kill() }
        let run = "\(Harness.binary.path) --data \(data.path) --today 2026-11-24"

        // The consultant opens Rankings until one has a few qualifying candidates and 4–8
        // to triage in all (near misses included), so the test follows a regenerated demo.
        try consultant.start("\(run) --user mette.frh; sleep 120", width: 120, height: 40)
        _ = try consultant.waitFor(text: "Expiring within 5 days", timeout: 90)
        var vacancy = ""
        for id in try Self.openVendsysselVacancies(in: data).prefix(40) {
            try consultant.send(":"); try consultant.type("open \(id)"); try consultant.send("Enter")
            let screen = try consultant.waitForSettled(timeout: 60, "the ranking of \(id)") {
                $0.contains("Ranking \(id)") && Self.rankingCounts($0) != nil
            }
            if let (qualified, near) = Self.rankingCounts(screen), qualified >= 1, (4...8).contains(qualified + near) {
                vacancy = id
                break
            }
            try consultant.send("Escape")
            _ = try consultant.waitFor(text: "Expiring within 5 days", timeout: 30)
        }
        try #require(!vacancy.isEmpty, "no open Vendsyssel vacancy with 4–8 candidates to triage among the first 40")
        try consultant.send("t")
        var screen = try consultant.waitForSettled(timeout: 60, "the first card") { $0.contains("Triage \(vacancy)") && Self.card($0) != nil }
        let total = try #require(Self.card(screen)).1
        try #require((4...8).contains(total), "the triage has \(total) cards: \(screen)")

        /// Presses `key` and waits for the bottom line to report the next journal entry.
        var next: Int?
        func decide(_ keys: String..., what: String) throws -> String {
            for key in keys { try consultant.send(key) }
            let screen = try consultant.waitFor(timeout: 30, what) { s in
                guard let e = Self.entry(s) else { return false }
                return next.map { e == $0 } ?? true
            }
            next = Self.entry(screen)! + 1
            return screen
        }
        screen = try decide("y", what: "yes on card 1")
        #expect(Self.card(screen)?.0 == 2 && screen.contains("1/\(total) decided · 1 yes"), "\(screen)")
        try consultant.send("n")
        _ = try consultant.waitFor(text: "Reject — why?", timeout: 30)
        screen = try decide("2", what: "no (too far) on card 2")
        #expect(screen.contains("no (too-far) — saved"), "\(screen)")
        screen = try decide("m", what: "maybe on card 3")
        #expect(screen.contains("maybe — saved"), "\(screen)")
        screen = try decide("s", what: "skip on card 4")
        for n in stride(from: 5, through: total, by: 1) { screen = try decide("y", what: "yes on card \(n)") }
        // The skipped card comes back after every undecided one, then the maybe once more.
        #expect(screen.contains("skipped earlier") && Self.card(screen)?.0 == 4, "\(screen)")
        screen = try decide("y", what: "yes on the skipped card")
        #expect(screen.contains("second pass") && Self.card(screen)?.0 == 3, "\(screen)")
        screen = try decide("y", what: "yes on the maybe in the second pass")
        screen = try consultant.waitFor(text: "Every card is decided", timeout: 30)
        #expect(screen.contains("\(total - 1) yes · 1 no"), "\(screen)")

        // Back to the Ranking, open the shortlist the yeses made, and submit it.
        try consultant.send("q")
        _ = try consultant.waitFor(timeout: 30, "the ranking again") { $0.contains("Ranking \(vacancy)") && !$0.contains("Triage \(vacancy)") }
        try consultant.send("s")
        screen = try consultant.waitFor(text: "Shortlist: draft", timeout: 30)
        #expect(screen.contains("\(total - 1) candidates"), "every yes is on the list: \(screen)")
        try consultant.send("S")
        _ = try consultant.waitFor(text: "Shortlist: submitted", timeout: 30)

        // The cooperation's supervisor, in a second workbench on the same directory.
        try supervisor.start("\(run) --user grethe.vend; sleep 120", width: 100, height: 30)
        _ = try supervisor.waitFor(text: "Waiting for review (1, :review): oldest \(vacancy) from Mette Holm", timeout: 90)
        try supervisor.send(":"); try supervisor.type("review"); try supervisor.send("Enter")
        screen = try supervisor.waitFor(text: "Waiting for review (1), oldest first", timeout: 30)
        #expect(screen.contains(vacancy) && screen.contains("Mette Holm") && screen.contains("triage:"), "\(screen)")
        try supervisor.send("a")
        _ = try supervisor.waitFor(text: "\(vacancy) approved — 0 shortlists left", timeout: 30)

        // The consultant presses nothing: her open Shortlist follows the journal.
        screen = try consultant.waitFor(text: "Shortlist: approved", timeout: 30)
        #expect(screen.contains("Grethe Rasmussen set it to approved — the shortlist is reloaded"), "\(screen)")
        try consultant.send("d")
        _ = try consultant.waitFor(text: "Approved, ready to send (1): \(vacancy) by Grethe Rasmussen", timeout: 30)

        let journal = try String(contentsOf: data.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"user\":\"mette.frh\",\"kind\":\"shortlistState\",\"vacancy\":\"\(vacancy)\""))
        #expect(journal.contains("\"user\":\"grethe.vend\",\"kind\":\"shortlistState\",\"vacancy\":\"\(vacancy)\""))
        #expect(journal.contains("\"state\":\"approved\""))
    }
}
