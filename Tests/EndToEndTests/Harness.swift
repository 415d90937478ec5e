import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `jobmatch` binary, as a user would, and reads what it prints.
enum Harness {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `jobmatch` built next to the test bundle (`swift test` builds it), else `.build/debug`.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for dir in [besideTests, besideTests.deletingLastPathComponent(), repoRoot.appendingPathComponent(".build/debug")] {
            let candidate = dir.appendingPathComponent("jobmatch")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repoRoot.appendingPathComponent(".build/debug/jobmatch")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `jobmatch args…` with a clean environment (no terminal) and waits for it.
    static func run(_ args: [String], environment extra: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["JOBMATCH_DATA"] = nil
        env["JOBMATCH_USER"] = "mette.frh"  // the demo's users.json lists her (0813 Frederikshavn)
        for (k, v) in extra { env[k] = v }
        let (status, out, err) = try spawn(binary, args, environment: env)
        return Result(status: status, stdout: out, stderr: err)
    }

    /// Runs a program with its output going to temporary files, not pipes. Tests run in
    /// parallel and some start a tmux server, which would inherit (and hold open) any pipe
    /// another test was reading at that moment, so that reading to end-of-file never ends.
    static func spawn(_ executable: URL, _ args: [String], environment: [String: String]? = nil)
        throws -> (status: Int32, stdout: String, stderr: String) {
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("jm-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("jm-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = args
        if let environment { process.environment = environment }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close(); try err.close()
        return (process.terminationStatus,
                String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory(_ name: String = #function) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("jobmatch-e2e-\(name.filter(\.isLetter))-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        chmod(dir.path, 0o700)   // jobmatch refuses data in a directory every user can read
        return dir
    }

    /// A private copy of the committed demo data directory.
    static func demoCopy(_ name: String = #function) throws -> URL {
        let dir = try temporaryDirectory(name).appendingPathComponent("data")
        try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("data/demo"), to: dir)
        // A checkout is world-readable (git keeps no read bits) and jobmatch refuses a data
        // directory every user can read, so the copy is made private as a real one would be.
        try shell("chmod -R go-rwx '\(dir.path)'")
        return dir
    }

    /// The entries the demo's journal starts with: its half year of company visits
    /// (docs/demo-data.md, "Company visits"). The first entry a test writes into a copy of
    /// the demo is the one after them.
    static let demoJournalEntries: Int = {
        let data = (try? Data(contentsOf: repoRoot.appendingPathComponent("data/demo/journal.jsonl"))) ?? Data()
        return data.count { $0 == UInt8(ascii: "\n") }
    }()

    /// The number the next journal entry gets in a fresh copy of the demo, `n` entries on.
    static func demoEntry(_ n: Int) -> Int { demoJournalEntries + n }

    /// Replaces a data file by hand, as a person with an editor would: the manifest goes
    /// (a hand-made directory is loaded without the manifest check) and the file stays private.
    static func handEdit(_ dir: URL, _ name: String, _ data: Data) throws {
        try? FileManager.default.removeItem(at: dir.appendingPathComponent("manifest.json"))
        try data.write(to: dir.appendingPathComponent(name))
        chmod(dir.appendingPathComponent(name).path, 0o600)
    }

    /// One private copy of the committed demo, shared by tests that only read it.
    static let sharedDemo: URL = {
        (try? demoCopy("shared")) ?? repoRoot.appendingPathComponent("data/demo")
    }()

    /// Runs a shell command and returns its exit status and output (stdout and stderr).
    ///
    /// Uses posix_spawn and waitpid rather than Foundation's `Process`: on Linux `Process`
    /// learns that a child ended when a socket the child inherited closes, and a tmux
    /// server started by the command inherits that socket too and lives on, so the
    /// wait would never end.
    @discardableResult
    static func shell(_ command: String) throws -> (status: Int32, output: String) {
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("jm-sh-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outURL) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard rc == 0 else { throw TmuxError.failed("posix_spawn failed: \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? Data(contentsOf: outURL)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return (exitStatus, output)
    }
}
