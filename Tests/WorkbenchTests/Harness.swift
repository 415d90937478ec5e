import Foundation
import JobMatchCore
import MatchEngine
import TerminalUI
@testable import Workbench

/// Collects audit events the session emits.
final class AuditLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [AuditEvent] = []
    var events: [AuditEvent] { lock.withLock { stored } }
    func record(_ e: AuditEvent) { lock.withLock { stored.append(e) } }
}

/// A session on the in-memory screen with the engine running inline: press keys, read text.
final class Harness {
    let session: WorkbenchSession
    let audit = AuditLog()
    var size: TerminalSize

    init(width: Int = 80, height: Int = 24, dataset: Dataset = Tiny.dataset, context: WorkbenchContext = Tiny.context,
         provider: (any MatchProvider)? = nil, journal: (any WorkJournal)? = nil) {
        size = TerminalSize(width: width, height: height)
        let log = audit
        session = WorkbenchSession(dataset: dataset, context: context, size: size,
                                   provider: provider ?? MatchEngineProvider(dataset: dataset), audit: { log.record($0) }, journal: journal)
    }

    init(data: WorkbenchData, context: WorkbenchContext, width: Int, height: Int, provider: any MatchProvider) {
        size = TerminalSize(width: width, height: height)
        let log = audit
        session = WorkbenchSession(data: data, context: context, size: size, provider: provider, audit: { log.record($0) })
    }

    var state: AppState { session.state }

    @discardableResult
    func press(_ keys: Key...) -> Harness { for k in keys { session.handle(k) }; return self }
    @discardableResult
    func type(_ text: String) -> Harness { for c in text { session.handle(.char(c)) }; return self }
    func resize(_ width: Int, _ height: Int) {
        size = TerminalSize(width: width, height: height)
        session.handle(.resize(width: width, height: height))
    }

    func buffer(color: Bool = false) -> ScreenBuffer { session.render(size: size, usesColor: color) }
    var lines: [String] { buffer().text() }
    var text: String { lines.joined(separator: "\n") }
    func line(containing s: String) -> String? { lines.first { $0.contains(s) } }
    /// The bottom two lines: status bar and prompt/message line.
    var statusBar: String { lines[lines.count - 2] }
    var messageLine: String { lines[lines.count - 1] }
}

/// A provider with fixed answers, so screen snapshots do not depend on the engine's scoring.
struct FakeProvider: MatchProvider {
    var delay: Double = 0
    var rankCalls: @Sendable (String) -> Void = { _ in }

    static let rows = [
        RankedRow(candidateID: "K000001", score: 86.5, essentialMet: 2, essentialTotal: 2, optionalMet: 1, optionalTotal: 2,
                  commuteMinutes: 10, gap: ["Truckkørsel level 1"]),
        RankedRow(candidateID: "K000003", score: 73, essentialMet: 2, essentialTotal: 2, optionalMet: 1, optionalTotal: 2,
                  commuteMinutes: 26, gap: ["TIG-svejsning level 2"]),
        RankedRow(candidateID: "K000002", score: 41.2, essentialMet: 2, essentialTotal: 2, optionalMet: 0, optionalTotal: 2,
                  commuteMinutes: 40, gap: ["TIG-svejsning level 2", "Truckkørsel level 1"]),
    ]

    func rank(vacancyID: String, top: Int, municipalities: [String], today: Day) -> RankingOutcome {
        rankCalls(vacancyID)
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        return RankingOutcome(vacancyID: vacancyID, rows: Array(Self.rows.prefix(top)), considered: 5, eligibleCount: 3,
                              exclusions: [.init(reason: "lack an essential competence", count: 2)], milliseconds: 4)
    }

    func explain(vacancyID: String, candidateID: String, today: Day) -> CandidateScore? {
        if candidateID == "K000005" {
            return CandidateScore(total: 52, lines: [], whyNot: ["holds essential MIG-svejsning at level 2, level 3 required"])
        }
        return CandidateScore(total: 86.5, lines: [
            .init(label: "Essential competences", points: 38, maxPoints: 40, details: ["✓ MIG-svejsning: level 4 (needs 3)"]),
            .init(label: "Commute", points: 15, maxPoints: 15, details: ["own municipality, 10 min"]),
        ], whyNot: [], notes: ["Job-type rule ord-2020: no waiting period"])
    }
}

/// The rows of the Vacancies table on screen (between its header and the detail pane).
func tableRows(_ h: Harness) -> [String] {
    let lines = h.lines
    guard let header = lines.firstIndex(where: { $0.hasPrefix(" Vacancy ") }) else { return [] }
    return lines[(header + 1)...].prefix { !$0.contains("Details ─") }.filter { $0.hasPrefix(" V") }
        .map { $0.components(separatedBy: " │").first! }
}
