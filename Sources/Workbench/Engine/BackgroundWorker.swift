import Dispatch
import Foundation
import JobMatchCore
import TerminalUI

/// Runs the reducer's effects somewhere and hands the results back as actions.
protocol EffectRunner: AnyObject {
    /// Starts building the engine; `.engineReady` (or `.engineFailed`) follows.
    func start()
    func perform(_ effect: Effect)
    /// Results that arrived since the last call, oldest first.
    func drain() -> [Action]
}

/// Builds the index and ranks on one background queue; results go to a lock-protected
/// mailbox and raise the run loop's `WakeSignal`, so the loop never waits for the engine.
///
/// A ranking that was superseded before it started (the user opened another vacancy) is
/// skipped; one that finishes late is dropped by the reducer by its request id.
final class BackgroundWorker: EffectRunner, @unchecked Sendable {
    private let queue = DispatchQueue(label: "jobmatch.workbench.engine", qos: .userInitiated)
    private let lock = NSLock()
    private var mailbox: [Action] = []
    private var latestRank = 0
    private var latestExplain = 0
    private var latestSearch = 0
    private var latestRecruitments = 0
    private var started = false
    /// Written once on `queue` before any effect runs there; read only on `queue`.
    private var provider: (any MatchProvider)?
    private let makeProvider: @Sendable () throws -> any MatchProvider
    private let today: Day
    private let wake: WakeSignal

    init(today: Day, wake: WakeSignal, makeProvider: @escaping @Sendable () throws -> any MatchProvider) {
        self.today = today
        self.wake = wake
        self.makeProvider = makeProvider
    }

    /// Starts building the engine (once; later calls do nothing).
    func start() {
        guard lock.withLock({ defer { started = true }; return !started }) else { return }
        queue.async { [self] in
            do {
                provider = try makeProvider()
                post(.engineReady)
            } catch {
                post(.engineFailed("\(error)"))
            }
        }
    }

    func perform(_ effect: Effect) {
        switch effect {
        case .rank(let id, let vacancyID, let top, let municipalities):
            lock.withLock { latestRank = id }
            queue.async { [self] in
                guard lock.withLock({ latestRank == id }), let provider else { return }
                post(.rankingFinished(requestID: id, provider.rank(vacancyID: vacancyID, top: top, municipalities: municipalities, today: today)))
            }
        case .explain(let id, let vacancyID, let candidateID):
            lock.withLock { latestExplain = id }
            queue.async { [self] in
                guard lock.withLock({ latestExplain == id }), let provider else { return }
                post(.explanationFinished(requestID: id, provider.explain(vacancyID: vacancyID, candidateID: candidateID, today: today)))
            }
        case .search(let id, let query, let top, let sort, let user):
            // Typing queues a search per key; only the newest runs, the others are skipped.
            lock.withLock { latestSearch = id }
            queue.async { [self] in
                guard lock.withLock({ latestSearch == id }), let provider else { return }
                post(.searchFinished(requestID: id, provider.search(query, top: top, sort: sort, user: user, today: today)))
            }
        case .suggestVisit(let id, let company):
            queue.async { [self] in
                guard let provider else { return }
                post(.visitSuggestionFinished(requestID: id, provider.suggestVisit(company: company, today: today)))
            }
        case .allocate(let id, let factor, let perCandidate, let municipalities):
            queue.async { [self] in
                guard let provider else { return }
                post(.allocationFinished(requestID: id, provider.allocate(factor: factor, perCandidate: perCandidate,
                                                                          municipalities: municipalities, today: today)))
            }
        case .countSavedSearches(let id, let probes, let user):
            queue.async { [self] in
                guard let provider else { return }
                post(.savedSearchesCounted(requestID: id, probes.map { provider.count($0, user: user, today: today) }))
            }
        case .recruitments(let id, let projects, let work, let courses):
            // Each journal change asks again; only the newest still waiting runs.
            lock.withLock { latestRecruitments = id }
            queue.async { [self] in
                guard lock.withLock({ latestRecruitments == id }), let provider else { return }
                post(.recruitmentsFinished(requestID: id, provider.recruitments(projects, work: work, courses: courses, today: today)))
            }
        case .audit, .journal:
            break  // the session writes audit events itself, synchronously
        }
    }

    func drain() -> [Action] {
        lock.withLock {
            defer { mailbox.removeAll() }
            return mailbox
        }
    }

    /// Blocks until the queue has run everything submitted so far (tests, shutdown).
    func waitUntilIdle() { queue.sync {} }

    /// Holds the queue until `gate` is signalled (tests: to queue work behind a busy engine).
    func hold(until gate: DispatchSemaphore) { queue.async { gate.wait() } }

    private func post(_ action: Action) {
        lock.withLock { mailbox.append(action) }
        wake.wake()
    }
}

/// Runs effects on the calling thread: deterministic tests and text captures.
final class ImmediateRunner: EffectRunner {
    private let provider: any MatchProvider
    private let today: Day
    private var mailbox: [Action] = []

    init(provider: any MatchProvider, today: Day) { self.provider = provider; self.today = today }

    func start() { mailbox.append(.engineReady) }

    func perform(_ effect: Effect) {
        switch effect {
        case .rank(let id, let vacancyID, let top, let municipalities):
            mailbox.append(.rankingFinished(requestID: id, provider.rank(vacancyID: vacancyID, top: top, municipalities: municipalities, today: today)))
        case .explain(let id, let vacancyID, let candidateID):
            mailbox.append(.explanationFinished(requestID: id, provider.explain(vacancyID: vacancyID, candidateID: candidateID, today: today)))
        case .search(let id, let query, let top, let sort, let user):
            mailbox.append(.searchFinished(requestID: id, provider.search(query, top: top, sort: sort, user: user, today: today)))
        case .suggestVisit(let id, let company):
            mailbox.append(.visitSuggestionFinished(requestID: id, provider.suggestVisit(company: company, today: today)))
        case .allocate(let id, let factor, let perCandidate, let municipalities):
            mailbox.append(.allocationFinished(requestID: id, provider.allocate(factor: factor, perCandidate: perCandidate,
                                                                                municipalities: municipalities, today: today)))
        case .countSavedSearches(let id, let probes, let user):
            mailbox.append(.savedSearchesCounted(requestID: id, probes.map { provider.count($0, user: user, today: today) }))
        case .recruitments(let id, let projects, let work, let courses):
            mailbox.append(.recruitmentsFinished(requestID: id, provider.recruitments(projects, work: work, courses: courses, today: today)))
        case .audit, .journal:
            break
        }
    }

    func drain() -> [Action] {
        defer { mailbox.removeAll() }
        return mailbox
    }
}
