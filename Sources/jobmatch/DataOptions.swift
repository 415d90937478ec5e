import ArgumentParser
import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// The `--data DIR` option every subcommand shares, and opening the directory it names.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (default: $JOBMATCH_DATA, else $XDG_DATA_HOME/jobmatch, else ~/.local/share/jobmatch).")
    var data: String?

    var directory: URL {
        DataDirectory.resolve(explicit: data, environment: ProcessInfo.processInfo.environment)
    }

    /// True when neither `--data` nor `$JOBMATCH_DATA` named the directory, so it is the
    /// per-user default location (`$XDG_DATA_HOME/jobmatch` or `~/.local/share/jobmatch`).
    var isDefaultLocation: Bool {
        (data ?? "").isEmpty && (ProcessInfo.processInfo.environment["JOBMATCH_DATA"] ?? "").isEmpty
    }

    /// Loads the data directory; never writes to it. A directory that is not there (a
    /// mistyped `--data`) or not set up ends the command with status 1 and says how to
    /// create one; load problems are printed as `file:line: field: message`.
    ///
    /// `firstRunDemo` (only the workbench passes it) sets up demo data for `today` at the
    /// default location when no data directory exists there yet, and says so through
    /// `announce`: that is what lets `swift run jobmatch` show something on a fresh machine.
    /// A path the user named is never set up implicitly.
    func load(firstRunDemo: Bool = false, today: Day? = nil,
              announce: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> (URL, Dataset) {
        let dir = try prepare(firstRunDemo: firstRunDemo, today: today, announce: announce)
        do {
            return (dir, try DataStore.load(from: dir))
        } catch {
            Self.report(error, in: dir)
            throw ExitCode.failure
        }
    }

    /// The directory to load, after the first-run set-up `load` describes; fails with what
    /// to do when there is no data directory. Reads nothing but the directory's state.
    func prepare(firstRunDemo: Bool = false, today: Day? = nil,
                 announce: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> URL {
        let dir = directory
        let state = DataDirectory.state(of: dir)
        if firstRunDemo, isDefaultLocation, state == .missing || state == .empty {
            let summary = try DemoInstaller.install(into: dir, today: today ?? Day.today())
            announce("First run: no data directory existed, so " + summary
                     + " Use `jobmatch init --data DIR` to create an empty one elsewhere.")
        } else {
            try Self.requireDataDirectory(dir, state: state)
        }
        return dir
    }

    /// Prints a data directory's problems as `file:line: field: message` (every problem,
    /// and "… and N more" past the cap) and how many there were.
    static func report(_ error: LoadError, in dir: URL) {
        printError(error.description)
        if error.totalCount > 1 { printError("\(error.totalCount) problems in \(dir.path); nothing was loaded.") }
    }

    /// Fails with what to do unless `dir` holds a data directory.
    static func requireDataDirectory(_ dir: URL, state: DataDirectory.State) throws {
        let error: StoreError
        switch state {
        case .dataDirectory:
            do { try DataDirectory.checkAccess(dir) } catch { throw fail(error.description) }
            return
        case .missing: error = .noDataDirectory(path: dir.path)
        case .empty: error = .emptyDataDirectory(path: dir.path)
        case .other: error = .notADataDirectory(path: dir.path)
        }
        throw fail(error.description)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
