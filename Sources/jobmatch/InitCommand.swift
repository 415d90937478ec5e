import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch init`: the only command that creates a data directory, and the way to restore
/// its reference files or record a deliberate change made outside jobmatch.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a data directory (empty or with demo data), or repair its reference files.",
        discussion: """
            Without options: creates the data directory with the bundled schema.json and \
            municipalities.json and empty record files. --demo fills it with the demo data \
            (3,000 candidates, 450 vacancies) generated for --today. Both only work where \
            nothing is yet — a path that does not exist, or an empty directory — and never \
            touch existing data.
            --schema-only restores a missing schema.json or municipalities.json in an existing \
            data directory from the copies shipped with jobmatch; record files are never touched.
            --accept-changes records the files as they are now in manifest.json, after you \
            changed them on purpose outside jobmatch (the directory must load without problems).
            """)

    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Fill the new directory with demo data.") var demo = false
    @Flag(help: "Only restore missing schema.json / municipalities.json; never touches record files.") var schemaOnly = false
    @Flag(help: "Record deliberate changes made outside jobmatch in manifest.json.") var acceptChanges = false
    @Option(help: "With --demo: the day the demo data is generated for (YYYY-MM-DD). Default: today.") var today: Day?

    func validate() throws {
        guard [demo, schemaOnly, acceptChanges].filter({ $0 }).count <= 1 else {
            throw ValidationError("--demo, --schema-only and --accept-changes cannot be combined")
        }
        guard today == nil || demo else { throw ValidationError("--today only applies to --demo") }
    }

    func run() throws {
        let dir = dataOptions.directory
        do {
            if schemaOnly {
                let restored = try DataDirectory.restoreReferenceFiles(at: dir)
                print(restored.isEmpty ? "\(dir.path): schema.json and municipalities.json are present; nothing to restore."
                      : "\(dir.path): restored \(restored.joined(separator: " and ")) from the copies shipped with jobmatch; record files untouched.")
            } else if acceptChanges {
                try DataDirectory.acceptChanges(at: dir)
                print("\(dir.path): recorded the current files in manifest.json.")
            } else if demo {
                print(try DemoInstaller.install(into: dir, today: today ?? Day.today()).capitalizedFirst)
            } else {
                let (schema, registry) = try DataStore.bundledReference()
                try DataStore(directory: dir).create(Dataset(schema: schema, registry: registry, candidates: [],
                                                             vacancies: [], companies: [], barometer: []))
                print("Set up \(dir.path) with the bundled schema and municipality list and no records.")
            }
        } catch let error as StoreError {
            throw fail(error.description)
        } catch let error as LoadError {
            for problem in error.problems { printError(problem.description) }
            throw ExitCode.failure
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
