import ArgumentParser
import DemoGenerator
import Foundation
import JobMatchCore
import JobStore

/// The `--data DIR` option every subcommand shares, and opening the directory it names.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: "Data directory (default: $JOBMATCH_DATA, else $XDG_DATA_HOME/jobmatch).")
    var data: String?

    var directory: URL {
        DataDirectory.resolve(explicit: data, environment: ProcessInfo.processInfo.environment)
    }

    /// Loads the data directory, setting it up with demo data generated for today when it is
    /// empty. Problems are printed as `file:line: field: message` and end the command with status 1.
    func load(announce: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) throws -> (URL, Dataset) {
        let dir = directory
        if DataDirectory.needsSetUp(dir) {
            let summary = try DemoInstaller.install(into: dir, today: Day.today())
            announce(summary)
        }
        do {
            return (dir, try DataStore.load(from: dir))
        } catch {
            printError(error.description)  // every problem, and "… and N more" past the cap
            if error.totalCount > 1 { printError("\(error.totalCount) problems in \(dir.path); nothing was loaded.") }
            throw ExitCode.failure
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
