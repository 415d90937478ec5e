import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The first frame is the loading screen, drawn before any data is read; the Dashboard
/// follows as soon as the data is in.
@Suite struct LoadingTests {
    static let files = [LoadingFile(name: "schema.json", bytes: 120_000), LoadingFile(name: "municipalities.json", bytes: 40_000),
                        LoadingFile(name: "candidates.jsonl", bytes: 58_000_000), LoadingFile(name: "companies.jsonl", bytes: 900_000),
                        LoadingFile(name: "vacancies.jsonl", bytes: 21_000_000), LoadingFile(name: "barometer.jsonl", bytes: 0)]

    @Test func theLoadingScreenShowsEveryFileWithABar() {
        var progress = LoadingProgress(files: Self.files)
        progress.apply(.reading(file: "schema.json"))
        progress.apply(.read(file: "schema.json", records: 1))
        progress.apply(.reading(file: "municipalities.json"))
        progress.apply(.read(file: "municipalities.json", records: 1))
        progress.apply(.reading(file: "candidates.jsonl"))
        let text = LoadingView.render(progress, context: Tiny.context, size: TerminalSize(width: 80, height: 24), usesColor: false)
            .text().joined(separator: "\n")
        #expect(text.contains("Loading /home/anna/jobdata"))
        #expect(text.contains("schema.json") && text.contains("##########"), "a read file has a full bar")
        #expect(text.contains("candidates.jsonl") && text.contains("58 MB") && text.contains("reading…"))
        #expect(text.contains("vacancies.jsonl") && text.contains("waiting"))
        #expect(text.contains("0%"), "1 of 80 MB read rounds to 0%")
        progress.apply(.read(file: "candidates.jsonl", records: 250_000))
        let after = LoadingView.render(progress, context: Tiny.context, size: TerminalSize(width: 80, height: 24), usesColor: false)
            .text().joined(separator: "\n")
        #expect(after.contains("250,000 records"))
    }

    @Test func theDashboardOpensOnceTheDataIsIn() throws {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueueTimeouts(3)
        let loaded = try WorkbenchApp.loadShowingProgress(terminal: terminal, context: Tiny.context, files: Self.files) { report in
            for file in Self.files { report(.reading(file: file.name)); report(.read(file: file.name, records: 1)) }
            return Tiny.dataset
        }
        #expect(loaded.dataset == Tiny.dataset)
        #expect(loaded.data.stats.count == 5)
    }

    @Test func qStopsTheLoadAndAFailureIsHandedBack() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueue(.char("q"))
        let gate = DispatchSemaphore(value: 0)
        defer { gate.signal() }
        #expect(throws: WorkbenchApp.LoadingEnd.self) {
            _ = try WorkbenchApp.loadShowingProgress(terminal: terminal, context: Tiny.context, files: Self.files) { report in
                report(.reading(file: "schema.json"))
                _ = gate.wait(timeout: .now() + 10)
                return Tiny.dataset
            }
        }
        #expect(terminal.screenText.contains("Loading /home/anna/jobdata"), "the first frame was the loading screen")
        struct Broken: Error {}
        let failing = InMemoryTerminal(width: 80, height: 24)
        failing.enqueueTimeouts(2)
        do {
            _ = try WorkbenchApp.loadShowingProgress(terminal: failing, context: Tiny.context, files: Self.files) { _ in throw Broken() }
            Issue.record("a failed load must throw")
        } catch {
            guard case .failed(let e) = error else { Issue.record("\(error)"); return }
            #expect(e is Broken)
        }
    }
}
