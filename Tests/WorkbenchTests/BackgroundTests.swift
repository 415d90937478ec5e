import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// Ranking and indexing happen off the loop; keys stay live and late answers are dropped.
@Suite struct BackgroundTests {
    final class Calls: @unchecked Sendable {
        let lock = NSLock()
        var vacancies: [String] = []
        func add(_ v: String) { lock.withLock { vacancies.append(v) } }
    }

    func session(provider: @escaping @Sendable () throws -> any MatchProvider) -> (WorkbenchSession, BackgroundWorker) {
        let worker = BackgroundWorker(today: Tiny.today, wake: WakeSignal(), makeProvider: provider)
        let state = AppState(data: WorkbenchData(dataset: Tiny.dataset, today: Tiny.today), context: Tiny.context,
                             size: TerminalSize(width: 80, height: 24))
        return (WorkbenchSession(state: state, runner: worker, audit: { _ in }), worker)
    }

    func screen(_ s: WorkbenchSession) -> String { s.render(size: TerminalSize(width: 80, height: 24), usesColor: false).text().joined(separator: "\n") }

    @Test func keysStayLiveWhileARankingRuns() {
        let (s, worker) = session { FakeProvider(delay: 0.3) }
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(s.state.engine == .ready)
        s.handle(.char("v")); s.handle(.enter)
        #expect(screen(s).contains("Ranking candidates from 5 municipalities…"))
        #expect(screen(s).contains("ranking…"))
        s.handle(.tab); s.handle(.char("?")); s.handle(.escape)
        // The keys were handled while the ranking still runs (it sleeps 0.3 s): they did not wait for it.
        #expect(s.state.ranking?.outcome == nil)
        #expect(s.state.ranking?.focus == .preview, "Tab was handled")
        worker.waitUntilIdle()
        #expect(s.pollBackground())
        #expect(s.state.ranking?.rows.count == 3)
        #expect(screen(s).contains("Søren Østergård"))
    }

    /// Opens V000101, then V000103, then V000102 (Esc and j between them).
    func openThreeInARow(_ s: WorkbenchSession) {
        s.handle(.char("v")); s.handle(.enter)
        s.handle(.escape); s.handle(.char("j")); s.handle(.enter)
        s.handle(.escape); s.handle(.char("j")); s.handle(.enter)
    }

    @Test func rankingsSupersededBeforeTheyStartAreSkipped() {
        let calls = Calls()
        let (s, worker) = session { FakeProvider(rankCalls: { calls.add($0) }) }
        worker.waitUntilIdle()
        s.pollBackground()
        let gate = DispatchSemaphore(value: 0)
        worker.hold(until: gate)
        openThreeInARow(s)
        gate.signal()
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(calls.vacancies == ["V000102"])
        #expect(s.state.ranking?.outcome?.vacancyID == "V000102")
    }

    @Test func aLateRankingForAVacancyNoLongerOnScreenIsDropped() {
        let calls = Calls()
        let gate = DispatchSemaphore(value: 0)
        // The first ranking is still running while the user moves on twice.
        let (s, worker) = session { FakeProvider(rankCalls: { v in calls.add(v); if v == "V000101" { gate.wait() } }) }
        worker.waitUntilIdle()
        s.pollBackground()
        s.handle(.char("v")); s.handle(.enter)
        let deadline = Date().addingTimeInterval(5)
        while calls.vacancies.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
        s.handle(.escape); s.handle(.char("j")); s.handle(.enter)
        s.handle(.escape); s.handle(.char("j")); s.handle(.enter)
        gate.signal()
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(calls.vacancies == ["V000101", "V000102"], "V000103 was superseded before it started")
        #expect(s.state.ranking?.outcome?.vacancyID == "V000102", "V000101's late answer did not replace it")
        #expect(screen(s).contains("V000102  Social- og sundhedshjælper"))
    }

    @Test func indexingInTheBackgroundThenRankingStartsByItself() {
        let gate = DispatchSemaphore(value: 0)
        let (s, worker) = session { gate.wait(); return FakeProvider() }
        #expect(s.state.engine == .indexing)
        #expect(screen(s).contains("indexing…"))
        s.handle(.char("v")); s.handle(.char("j")); s.handle(.char("k"))
        #expect(s.state.vacancies.list.selected == 0, "lists work while indexing")
        s.handle(.enter)
        #expect(screen(s).contains("Building the matching index… the ranking starts as soon as it is ready."))
        gate.signal()
        worker.waitUntilIdle()
        s.pollBackground()   // engine ready → ranking requested
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(s.state.engine == .ready)
        #expect(s.state.ranking?.rows.count == 3)
        #expect(!screen(s).contains("indexing…"))
    }

    @Test func engineThatFailsToBuildSaysSo() {
        struct Broken: Error, CustomStringConvertible { var description: String { "schema has no competences" } }
        let (s, worker) = session { throw Broken() }
        worker.waitUntilIdle()
        s.pollBackground()
        #expect(s.state.engine == .failed("schema has no competences"))
        #expect(screen(s).contains("Matching engine failed: schema has no competences"))
    }

    @Test func fullRunLoopWithBackgroundEngineQuitsCleanly() {
        let terminal = InMemoryTerminal(width: 80, height: 24)
        terminal.enqueue(.char("v"), .char("j"), .escape, .char("q"))
        let audit = AuditLog()
        let reason = WorkbenchApp.run(terminal: terminal, dataset: Tiny.dataset, context: Tiny.context,
                                      makeProvider: { FakeProvider() }, audit: { audit.record($0) })
        #expect(reason == .finished)
        #expect(terminal.screenText.contains("Dashboard"))
    }
}

/// The reducer itself drops answers to requests that are no longer current.
@Suite struct StaleAnswerTests {
    @Test func staleRankingAndExplanationAreIgnored() {
        let h = Harness(provider: FakeProvider())
        h.press(.char(":")).type("open V000102").press(.enter)
        let current = h.state.ranking!
        let stale = RankingOutcome(vacancyID: "V000101", rows: [], considered: 0, eligibleCount: 0, exclusions: [])
        h.session.send(.rankingFinished(requestID: current.requestID - 1, stale))
        #expect(h.state.ranking == current)
        h.press(.enter)
        let candidate = h.state.candidate!
        h.session.send(.explanationFinished(requestID: candidate.requestID + 7, nil))
        #expect(h.state.candidate == candidate)
        h.press(.tab)
        #expect(h.text.contains("Essential competences"))
    }
}
