import Foundation
import Testing

/// Issue 7 through the built binary: read-only commands never create or overwrite data,
/// `init` is the only way to a new data directory, and a killed write leaves the old data
/// or the new data, never something in between.
@Suite("CLI: trusting the data directory")
struct CLIStoreTests {
    private static let readOnly: [[String]] = [
        ["stats"], ["validate"], ["match", "V000001"], ["explain", "V000001", "K000001"], ["search", "welder"],
    ]

    private func file(_ dir: URL, _ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent(name)) }

    @Test("a mistyped --data fails with 'no data directory at' and creates nothing")
    func typoFails() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let typo = root.appendingPathComponent("jobmacth")
        for args in Self.readOnly {
            let r = try Harness.run(args + ["--data", typo.path])
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains("no data directory at \(typo.path)"), "\(args): \(r.stderr)")
            #expect(r.stderr.contains("jobmatch init --data"), "\(args): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: typo.path), "\(args) created \(typo.path)")
        }
    }

    @Test("with a reference file missing, no read-only command touches the records, and each says how to restore it")
    func missingReferenceNeverOverwrites() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let candidates = try file(dir, "candidates.jsonl")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("municipalities.json"))
        for args in Self.readOnly {
            let r = try Harness.run(args + ["--data", dir.path])
            #expect(r.status == 1, "\(args)")
            let said = r.stdout + r.stderr
            #expect(said.contains("municipalities.json: missing"), "\(args): \(said)")
            #expect(said.contains("jobmatch init --schema-only --data \(dir.path)"), "\(args): \(said)")
            #expect(!said.contains("generate --out") && !said.contains("once to set it up"), "\(args) advises a command that replaces data")
            #expect(try file(dir, "candidates.jsonl") == candidates, "\(args) changed candidates.jsonl")
        }
        let restore = try Harness.run(["init", "--schema-only", "--data", dir.path])
        #expect(restore.status == 0, "\(restore.stderr)")
        #expect(try file(dir, "candidates.jsonl") == candidates)
        let v = try Harness.run(["validate", "--data", dir.path])
        #expect(v.status == 0, "\(v.stdout)\(v.stderr)")
    }

    @Test("a dangling link in place of a reference file is refused, not replaced with demo data")
    func danglingLink() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let candidates = try file(dir, "candidates.jsonl")
        let schema = dir.appendingPathComponent("schema.json")
        try FileManager.default.removeItem(at: schema)
        try FileManager.default.createSymbolicLink(atPath: schema.path, withDestinationPath: "/nonexistent/share/schema.json")
        let r = try Harness.run(["stats", "--data", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("schema.json is a symbolic link"), "\(r.stderr)")
        #expect(try file(dir, "candidates.jsonl") == candidates)
    }

    @Test("init --demo honours --today (it reproduces the committed demo) and never writes into a directory with data")
    func initDemo() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = root.appendingPathComponent("new")
        let r = try Harness.run(["init", "--demo", "--today", "2026-11-24", "--data", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("demo data for 2026-11-24"))
        let demo = Harness.repoRoot.appendingPathComponent("data/demo")
        #expect(Harness.demoJournalEntries > 0 && r.stdout.contains("\(Harness.demoJournalEntries) company visits"), "\(r.stdout)")
        for name in ["candidates.jsonl", "vacancies.jsonl", "manifest.json", "courses.jsonl", "recruitments.jsonl", "journal.jsonl"] {
            #expect(try file(dir, name) == file(demo, name), "\(name) differs from data/demo")
        }
        let again = try Harness.run(["init", "--demo", "--data", dir.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not empty"), "\(again.stderr)")
        #expect(try file(dir, "candidates.jsonl") == file(demo, "candidates.jsonl"))
    }

    @Test("a directory every user can read is refused with the chmod that fixes it")
    func worldReadable() throws {
        let dir = try Harness.demoCopy()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        chmod(dir.path, 0o755)
        let r = try Harness.run(["stats", "--data", dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("chmod -R o-rwx \(dir.path)"), "\(r.stderr)")
        try Harness.shell("chmod -R o-rwx '\(dir.path)'")
        #expect(try Harness.run(["stats", "--data", dir.path]).status == 0)
    }

    /// The short kill run (the long one is tools/kill-harness.sh): the process SIGKILLs
    /// itself at a chosen step of its write; what is left must load as the old data or the
    /// new data, or (for a new directory) not exist as a data directory at all.
    @Test("21 kills at every step of install, generate and save leave the old or the new data")
    func killedWrites() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let gen = ["--today", "2026-11-24", "--candidates", "30", "--vacancies", "10"]
        let old = root.appendingPathComponent("old"), new = root.appendingPathComponent("new")
        #expect(try Harness.run(["generate", "--seed", "1"] + gen + ["--out", old.path]).status == 0)
        #expect(try Harness.run(["generate", "--seed", "2"] + gen + ["--out", new.path]).status == 0)
        let oldDigest = try Harness.run(["kill-probe", "digest", "--data", old.path]).stdout
        let newDigest = try Harness.run(["kill-probe", "digest", "--data", new.path]).stdout
        var kills = 0
        let work = root.appendingPathComponent("d")
        for step in stride(from: 1, through: 15, by: 2) {   // install into a new directory
            try? FileManager.default.removeItem(at: work)
            let r = try Harness.run(["generate", "--seed", "2"] + gen + ["--out", work.path], environment: ["JOBMATCH_CRASH_AT": "\(step)"])
            if r.status != 0 { kills += 1 }
            let d = try Harness.run(["kill-probe", "digest", "--data", work.path])
            if d.status == 0 { #expect(d.stdout == newDigest, "install step \(step)") }
            else { #expect(d.stderr.contains("no data directory at"), "install step \(step): \(d.stderr)") }
        }
        for step in stride(from: 2, through: 14, by: 2) {   // generate over existing data
            try? FileManager.default.removeItem(at: work)
            try FileManager.default.copyItem(at: old, to: work)
            let r = try Harness.run(["generate", "--seed", "2"] + gen + ["--out", work.path], environment: ["JOBMATCH_CRASH_AT": "\(step)"])
            if r.status != 0 { kills += 1 }
            let d = try Harness.run(["kill-probe", "digest", "--data", work.path])
            #expect(d.status == 0 && (d.stdout == oldDigest || d.stdout == newDigest), "generate step \(step): \(d.stdout)\(d.stderr)")
        }
        for step in stride(from: 1, through: 11, by: 2) {   // three saves, 4 steps each
            try? FileManager.default.removeItem(at: work)
            try FileManager.default.copyItem(at: old, to: work)
            let r = try Harness.run(["kill-probe", "saves", "--count", "3", "--data", work.path], environment: ["JOBMATCH_CRASH_AT": "\(step)"])
            if r.status != 0 { kills += 1 }
            let c = try Harness.run(["kill-probe", "check-saves", "--count", "3", "--reference", old.path, "--data", work.path])
            #expect(c.status == 0 && c.stdout.hasPrefix("ok "), "save step \(step): \(c.stdout)\(c.stderr)")
        }
        #expect(kills == 21)
    }
}

/// The very first run of the bare `jobmatch` may set up demo data — only at the default
/// location, and it says so; a named directory is never created.
@Suite("Workbench first run", .enabled(if: TmuxSession.available, "tmux is not installed (.ci/run installs it)"))
struct FirstRunTests {
    @Test("with no data directory anywhere the workbench sets one up at the default location and says so")
    func firstRunAtDefaultLocation() throws {
        let home = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let session = TmuxSession(name: "firstrun")
        defer { session.kill() }
        try session.start("env -u JOBMATCH_DATA -u XDG_DATA_HOME HOME=\(home.path) \(Harness.binary.path) --today 2026-11-24; sleep 60",
                          width: 100, height: 30)
        let screen = try session.waitFor(text: "First run")
        #expect(screen.contains("First run"))
        let data = home.appendingPathComponent(".local/share/jobmatch")
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("manifest.json").path))
    }

    @Test("a directory named by $JOBMATCH_DATA that does not exist is not created")
    func namedDirectoryIsNotCreated() throws {
        let root = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let named = root.appendingPathComponent("shared-typo")
        let session = TmuxSession(name: "namedrun")
        defer { session.kill() }
        try session.start("JOBMATCH_DATA=\(named.path) \(Harness.binary.path); sleep 60", width: 100, height: 30)
        let screen = try session.waitFor(text: "no data directory at")
        #expect(screen.contains("jobmatch init"))
        #expect(!FileManager.default.fileExists(atPath: named.path))
    }
}
