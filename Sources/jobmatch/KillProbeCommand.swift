import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch kill-probe` (hidden): the save loop and the checks that `tools/kill-harness.sh`
/// and the end-to-end tests run around SIGKILLs. It goes through the same `DataStore` calls
/// as every other command; it exists because no user-facing command saves single records yet.
struct KillProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kill-probe",
        abstract: "Test support for tools/kill-harness.sh (saves in a loop; checks what survived a kill).",
        shouldDisplay: false)

    enum Action: String, ExpressibleByArgument { case saves, checkSaves = "check-saves", digest }

    @Argument(help: "saves | check-saves | digest") var action: Action
    @OptionGroup var dataOptions: DataOptions
    @Option(help: "How many candidates the save loop changes.") var count = 20
    @Option(help: "check-saves: a copy of the directory before the saves.") var reference: String?

    func run() throws {
        let dir = dataOptions.directory
        switch action {
        case .saves:
            let start = try DataStore.load(from: dir).candidates.sorted { $0.id < $1.id }
            for (i, c) in start.prefix(count).enumerated() {
                var changed = c
                changed.name = "Probe save \(i + 1)"
                try DataStore.save(candidate: changed, expectedVersion: c.version, in: dir)
            }
        case .checkSaves:
            guard let reference else { throw ValidationError("check-saves needs --reference DIR") }
            let before = try DataStore.load(from: URL(fileURLWithPath: reference)).candidates.sorted { $0.id < $1.id }
            let after = try loadOrReport(dir).candidates.sorted { $0.id < $1.id }
            guard before.map(\.id) == after.map(\.id) else { throw fail("MIX: the candidate ids changed") }
            var saved = 0
            for (i, (b, a)) in zip(before, after).enumerated() {
                var expected = b
                expected.name = "Probe save \(i + 1)"
                expected.version = b.version + 1
                if a == expected, saved == i, i < count { saved += 1; continue }
                guard a == b else { throw fail("MIX: candidate \(a.id) is neither its old nor its saved state") }
            }
            print("ok \(saved) of \(count) saves applied")
        case .digest:
            let d = try loadOrReport(dir)
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ s: String) { for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 } }
            for c in d.candidates { mix("\(c.id)|\(c.version)|\(c.name)|\(c.municipality)\n") }
            for v in d.vacancies { mix("\(v.id)|\(v.version)|\(v.title)|\(v.startDate)\n") }
            for c in d.companies { mix("\(c.id)|\(c.version)|\(c.name)\n") }
            for b in d.barometer { mix("\(b.id)|\(b.version)|\(b.visitDate)\n") }
            print("\(d.candidates.count) \(d.vacancies.count) \(d.companies.count) \(d.barometer.count) \(String(h, radix: 16))")
        }
    }

    private func loadOrReport(_ dir: URL) throws -> Dataset {
        do { return try DataStore.load(from: dir) } catch {
            for p in error.problems { printError(p.description) }
            throw ExitCode.failure
        }
    }
}
