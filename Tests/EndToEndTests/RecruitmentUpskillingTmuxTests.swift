import Foundation
import Testing

/// The Recruitment and Upskilling screens (issue #10) in the real binary under tmux, against
/// what the headless commands say for the same data directory.
@Suite("Recruitment and upskilling under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct RecruitmentUpskillingTmuxTests {
    private static func json(_ args: [String], _ dir: URL) throws -> [String: Any] {
        let r = try Harness.run(args + ["--json", "--data", dir.path, "--today", "2026-11-24"])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("the Recruitment screen shows the pipeline and coverage `jobmatch recruitment show --json` gives")
    func recruitmentAgreesWithCLI() throws {
        let dir = try Harness.demoCopy("recruittmux")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let s = try Self.json(["recruitment", "show", "R001"], dir)
        let n = { (key: String) in s[key] as? Int ?? -1 }
        let tmux = TmuxSession(name: "recruit")
        defer { tmux.kill() }
        try tmux.start("\(Harness.binary.path) --data \(dir.path) --today 2026-11-24 --user mette.frh; sleep 60", width: 120, height: 40)
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.send(":")
        try tmux.type("recruitment")
        try tmux.send("Enter")
        let pipeline = "Pipeline: \(n("positions")) positions · \(n("proposed")) qualified · \(n("shortlisted")) shortlisted · "
            + "\(n("hired")) hired · \(max(0, n("positions") - n("hired"))) unfilled"  // `unfilled` is derived, not in the JSON
        let screen = try tmux.waitFor(text: pipeline, timeout: 60)
        let lines = screen.split(separator: "\n").map(String.init)
        for m in try #require(s["municipalities"] as? [[String: Any]]) {
            let label = "\(m["name"] as? String ?? "?") (\(m["municipality"] as? String ?? "?"))"
            let found = lines.first { $0.contains(label) }
            let line = try #require(found, "\(label) in\n\(screen)")
            let cells = line.components(separatedBy: label)[1].split(separator: " ").prefix(3).map(String.init)
            #expect(cells == ["\(m["quota"] as? Int ?? -1)", "\(m["qualified"] as? Int ?? -1)", "\(m["shortlisted"] as? Int ?? -1)"], "\(line)")
        }
        for c in try #require(s["competences"] as? [[String: Any]]).prefix(3) {
            let label = try #require(c["label"] as? String)
            let cells = ["\(c["level"] as? Int ?? -1)", "\(c["positions"] as? Int ?? -1)", "\(c["candidates"] as? Int ?? -1)"]
            #expect(lines.contains { $0.contains(label) && $0.components(separatedBy: label)[1].split(separator: " ").prefix(3).map(String.init) == cells },
                    "\(label) \(cells) in\n\(screen)")
        }
    }

    @Test("enrolling from the Upskilling screen lowers the seats left, and `jobmatch upskilling --json` agrees")
    func enrolFromTheScreen() throws {
        let dir = try Harness.demoCopy("upskilltmux")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let plan = try Self.json(["upskilling"], dir)
        let proposals = try #require(plan["proposals"] as? [[String: Any]])
        // The first proposal with a course and a participant of mette.frh's own job centre (0813).
        var pick: (row: Int, course: String, capacity: Int, enrolled: Int, candidate: String)?
        for (i, p) in proposals.enumerated() {
            guard let c = (p["courses"] as? [[String: Any]])?.first, let id = c["course"] as? String,
                  let capacity = c["capacity"] as? Int, let enrolled = c["enrolled"] as? Int, enrolled < capacity,
                  let k = (p["participants"] as? [[String: Any]])?.first(where: { $0["municipality"] as? String == "0813" })?["candidate"] as? String
            else { continue }
            pick = (i, id, capacity, enrolled, k); break
        }
        let (row, course, capacity, enrolled, candidate) = try #require(pick)
        let tmux = TmuxSession(name: "upskill")
        defer { tmux.kill() }
        try tmux.start("\(Harness.binary.path) --data \(dir.path) --today 2026-11-24 --user mette.frh; sleep 60", width: 120, height: 40)
        _ = try tmux.waitFor(text: "Expiring within 5 days")
        try tmux.send(":")
        try tmux.type("upskilling")
        try tmux.send("Enter")
        _ = try tmux.waitFor(text: "Joint courses", timeout: 60)
        for _ in 0..<row { try tmux.send("j") }
        try tmux.send("Tab")
        let before = "\(capacity - enrolled) of \(capacity)"
        _ = try tmux.waitFor("\(course) with \(before) seats") { $0.split(separator: "\n").contains { $0.contains(course) && $0.contains(before) } }
        try tmux.send("Tab")
        _ = try tmux.waitFor(text: "▸ Participants")
        try tmux.send("/")
        try tmux.type(candidate)
        try tmux.send("Enter")
        try tmux.send("e")
        let left = capacity - enrolled - 1
        let screen = try tmux.waitFor(text: "\(candidate) enrolled on \(course) — \(left) of \(capacity) seats left")
        #expect(screen.split(separator: "\n").contains { $0.contains(course) && $0.contains("\(left) of \(capacity)") }, "\(screen)")
        // The command reads the same journal and counts the same way.
        let after = try Self.json(["upskilling"], dir)
        let option = try #require((after["proposals"] as? [[String: Any]])?.compactMap { ($0["courses"] as? [[String: Any]])?.first { $0["course"] as? String == course } }.first)
        #expect((option["capacity"] as? Int ?? 0) - (option["enrolled"] as? Int ?? 0) == left)
        let audit = try String(contentsOf: dir.appendingPathComponent("audit.jsonl"), encoding: .utf8)
        #expect(audit.contains("enrolled on course \(course)"), "the host journal audits the change")
    }
}
