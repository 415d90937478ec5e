import Foundation
import Testing

/// The real workbench checks the audit log when it opens, and withholds details it cannot log.
@Suite("Workbench audit under tmux", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct WorkbenchAuditTmuxTests {
    @Test("a damaged audit log is named in the status line when the workbench opens")
    func damagedLogWarnsAtStart() throws {
        let data = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        for _ in 0..<2 {
            let r = try Harness.run(["explain", "V000123", "K000001", "--contact", "--data", data.path,
                                     "--today", "2026-11-24", "--municipality", "0510"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let file = data.appendingPathComponent("audit.jsonl")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "K000001", with: "K000777").write(to: file, atomically: false, encoding: .utf8)
        let tmux = TmuxSession(name: "auditwarn")
        defer { tmux.kill() }
        try tmux.start("\(Harness.binary.path) --data \(data.path) --today 2026-11-24 --user mette.frh --municipality 0813; sleep 60",
                       width: 160, height: 30)
        let screen = try tmux.waitFor(text: "Audit log damaged")
        #expect(screen.contains("audit.jsonl:1: hash: the entry was changed after it was written"))
        try tmux.send("q")
    }
}
