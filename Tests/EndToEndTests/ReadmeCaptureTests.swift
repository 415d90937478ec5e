import Foundation
import Testing

/// The README's screen captures are what the program draws: each block marked
/// `<!-- capture NAME -->` is compared with a tmux capture of the real workbench at 100×30
/// on a private copy of the demo, reached with the keys the README names.
///
/// Two things differ from run to run and are compared loosely: the data directory in the
/// status line (the README shows `/tmp/cap`) and the ranking's time ("· 31 ms ·" and what the
/// line has room for after it). `JOBMATCH_UPDATE_README=1 swift test --filter
/// ReadmeCaptureTests` writes the program's captures into README.md instead of failing.
@Suite("README captures", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct ReadmeCaptureTests {
    static let readme = Harness.repoRoot.appendingPathComponent("README.md")
    static let shownPath = "/tmp/cap"

    /// The marked blocks: name and the range of the block's lines (between the fences).
    static func blocks(_ lines: [String]) -> [(name: String, body: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        for (i, line) in lines.enumerated() {
            guard let m = line.firstMatch(of: /^<!-- capture ([a-z]+) -->$/), i + 1 < lines.count, lines[i + 1] == "```",
                  let end = lines[(i + 2)...].firstIndex(of: "```") else { continue }
            out.append((String(m.1), (i + 2)..<end))
        }
        return out
    }

    /// What must match: trailing blanks and the ranking's time left out.
    static func comparable(_ lines: [String]) -> [String] {
        var out = lines.map { line in
            line.replacing(/\ · [0-9,]+ ms · .*$/, with: " · N ms · …").replacing(/\ +$/, with: "")
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out
    }

    @Test("README's Dashboard, Ranking and Candidate captures are what the program draws at 100×30")
    func capturesMatchTheProgram() throws {
        let data = try Harness.demoCopy("readme")
        defer { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        let tmux = TmuxSession(name: "readme")
        defer { tmux.kill() }
        // The command the README gives, on the private copy, in colour (`swift test` sets
        // NO_COLOR=1, under which the gauges are drawn as #####-----).
        try tmux.start("\(Harness.binary.path) --data \(data.path) --today 2026-11-24 --user mette.frh --municipality 0813; sleep 120",
                       width: 100, height: 30, environment: ["NO_COLOR": ""])
        var captured: [String: String] = [:]
        captured["dashboard"] = try tmux.waitForSettled(timeout: 90, "the Dashboard, ready") { $0.contains("Ready: Enter on a vacancy") }
        try tmux.send(":"); try tmux.type("open V000123"); try tmux.send("Enter")
        captured["ranking"] = try tmux.waitForSettled(timeout: 90, "the Ranking of V000123") { $0.contains("Ranking V000123") && $0.contains("qualify") }
        try tmux.send("Enter")
        captured["candidate"] = try tmux.waitForSettled(timeout: 90, "the Candidate screen") { $0.contains("Score for V000123") }

        var lines = try String(contentsOf: Self.readme, encoding: .utf8).components(separatedBy: "\n")
        let blocks = Self.blocks(lines)
        #expect(Set(blocks.map(\.name)) == ["dashboard", "ranking", "candidate"], "README marks its captures")
        let update = ProcessInfo.processInfo.environment["JOBMATCH_UPDATE_README"] == "1"
        // From the last block up, so the earlier ranges stay valid while replacing.
        for block in blocks.reversed() {
            let screen = try #require(captured[block.name])
            var program = screen.components(separatedBy: "\n").map { $0.replacingOccurrences(of: data.path, with: Self.shownPath) }
            while program.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { program.removeLast() }
            program = program.map { $0.replacing(/\ +$/, with: "") }
            if update {
                lines.replaceSubrange(block.body, with: program)
                continue
            }
            let readme = Self.comparable(Array(lines[block.body])), drawn = Self.comparable(program)
            let first = zip(readme, drawn).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? (readme.count == drawn.count ? nil : min(readme.count, drawn.count))
            #expect(first == nil, """
                README's \(block.name) capture differs from the program at its line \(first.map { $0 + 1 } ?? 0):
                  README:  \(first.flatMap { readme.indices.contains($0) ? readme[$0] : nil } ?? "(none)")
                  program: \(first.flatMap { drawn.indices.contains($0) ? drawn[$0] : nil } ?? "(none)")
                Run JOBMATCH_UPDATE_README=1 swift test --filter ReadmeCaptureTests to take the program's, then check the text around it.
                The program draws:
                \(program.joined(separator: "\n"))
                """)
        }
        if update { try lines.joined(separator: "\n").write(to: Self.readme, atomically: true, encoding: .utf8) }
    }
}
