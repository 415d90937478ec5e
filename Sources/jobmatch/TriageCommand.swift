import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch triage`: the headless twin of a triage session. Every decision goes through
/// the journal (`journal.jsonl`) and is printed only once it is durable.
struct Triage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record and show triage decisions for a vacancy (durable, journalled, audited).",
        subcommands: [TriageDecide.self, TriageUndo.self, TriageRedo.self, TriageStatus.self])
}

/// What the triage subcommands share: the data directory, `--json` and the acting user.
struct TriageOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var acting: UserOptions

    /// The loaded data, the acting user, and the vacancy (which must exist).
    func open(vacancy id: String) throws -> (URL, Dataset, UserContext, Vacancy) {
        let (dir, dataset) = try dataOptions.load()
        let user = try acting.context(registry: dataset.registry, users: dataset.users)
        guard let vacancy = dataset.vacancies.first(where: { $0.id == id }) else {
            throw fail("no vacancy with id '\(id)'; `jobmatch match` and the workbench show vacancy ids (V000001 …)")
        }
        return (dir, dataset, user, vacancy)
    }

    func journal(_ dir: URL) throws -> Journal {
        do { return try Journal.open(directory: dir) } catch { throw fail(error.description) }
    }

    /// Appends, then logs the change; prints nothing itself.
    func record(_ payload: JournalPayload, in dir: URL, user: UserContext, candidate: String, detail: String) throws -> (JournalEntry, Journal) {
        var journal = try journal(dir)
        let entry: JournalEntry
        do { entry = try journal.append(payload, user: user.user) } catch { throw fail(error.description) }
        do {
            try AuditLog(directory: dir).append(AuditEvent(
                user: user.user, userMunicipality: user.municipality, action: .change, recordKind: "candidate",
                recordID: candidate, detail: detail + " (journal entry \(entry.sequence))"))
        } catch {
            throw fail("the decision is recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        return (entry, journal)
    }

    func print(entry e: JournalEntry, message: String) throws {
        if json {
            Swift.print(try JSONOutput.string(DecisionJSON(entry: e)))
        } else {
            Swift.print(message)
        }
    }
}

struct TriageDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a decision on a candidate for a vacancy: yes (shortlist), no, maybe, skip.",
        discussion: "Printed only after the decision is durable (synced to disk in journal.jsonl). Reasons for `no`: "
            + TriageReason.allCases.map(\.rawValue).joined(separator: ", ") + ".")

    @Argument(help: "Vacancy id, e.g. V000123.") var vacancyID: String
    @Argument(help: "Candidate id, e.g. K000017.") var candidateID: String
    @Argument(help: "yes, no, maybe or skip.") var decision: String
    @Option(help: "Why (for `no`): lacks-competence, too-far, not-available, not-eligible, other.") var reason: String?
    @Option(help: "A note kept with the decision.") var note: String?
    @OptionGroup var options: TriageOptions

    func validate() throws {
        guard TriageVerdict(rawValue: decision) != nil else {
            throw ValidationError("'\(decision)' is not a decision; use yes, no, maybe or skip")
        }
        if let reason {
            guard decision == "no" else { throw ValidationError("--reason goes with `no` only") }
            guard TriageReason(rawValue: reason) != nil else {
                throw ValidationError("'\(reason)' is not a reason; use " + TriageReason.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if reason == "other", (note ?? "").isEmpty { throw ValidationError("--reason other needs --note saying why") }
        }
    }

    func run() throws {
        let (dir, dataset, user, vacancy) = try options.open(vacancy: vacancyID)
        guard let candidate = dataset.candidates.first(where: { $0.id == candidateID }) else {
            throw fail("no candidate with id '\(candidateID)'; `jobmatch match \(vacancyID)` lists candidates (K000001 …)")
        }
        let verdict = TriageVerdict(rawValue: decision)!
        let payload = JournalPayload.triageDecision(vacancy: vacancy.id, candidate: candidate.id, verdict: verdict,
                                                    reason: reason ?? "", note: note ?? "")
        let (entry, _) = try options.record(payload, in: dir, user: user, candidate: candidate.id,
                                            detail: "triage \(verdict.rawValue) on \(vacancy.id)")
        try options.print(entry: entry, message: "\(vacancy.id) \(candidate.id): \(verdict.rawValue)"
                          + (reason.map { " (\($0))" } ?? "") + " — recorded as journal entry \(entry.sequence) by \(user.user)")
    }
}

struct TriageUndo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "Take back the latest standing decision on a vacancy.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @OptionGroup var options: TriageOptions

    func run() throws {
        let (dir, _, user, vacancy) = try options.open(vacancy: vacancyID)
        guard let last = try options.journal(dir).state.work(for: vacancy.id).lastUndoable else {
            throw fail("nothing to undo on \(vacancy.id): no standing triage decision")
        }
        let (entry, _) = try options.record(.undo(vacancy: vacancy.id, target: last.sequence), in: dir, user: user,
                                            candidate: last.candidate, detail: "triage undo of entry \(last.sequence) on \(vacancy.id)")
        try options.print(entry: entry, message: "\(vacancy.id) \(last.candidate): \(last.verdict.rawValue) undone "
                          + "(entry \(last.sequence)) — recorded as journal entry \(entry.sequence) by \(user.user)")
    }
}

struct TriageRedo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Restore the decision the latest undo took back.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @OptionGroup var options: TriageOptions

    func run() throws {
        let (dir, _, user, vacancy) = try options.open(vacancy: vacancyID)
        let work = try options.journal(dir).state.work(for: vacancy.id)
        guard let undo = work.redoable.last, let target = work.undoTarget(undo),
              let decision = work.decisions.first(where: { $0.sequence == target }) else {
            throw fail("nothing to redo on \(vacancy.id)")
        }
        let (entry, _) = try options.record(.redo(vacancy: vacancy.id, target: undo), in: dir, user: user,
                                            candidate: decision.candidate, detail: "triage redo of entry \(target) on \(vacancy.id)")
        try options.print(entry: entry, message: "\(vacancy.id) \(decision.candidate): \(decision.verdict.rawValue) restored "
                          + "— recorded as journal entry \(entry.sequence) by \(user.user)")
    }
}

struct TriageStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a vacancy's triage decisions, shortlist and calls.",
        discussion: "Names are shown only where you may see them (your municipality's candidates and those who consented), "
            + "after the view is written to the audit log; everyone else appears by pseudonym.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @OptionGroup var options: TriageOptions

    func run() throws {
        let (dir, dataset, user, vacancy) = try options.open(vacancy: vacancyID)
        let journal = try options.journal(dir)
        let work = journal.state.work(for: vacancy.id)
        let byID = Dictionary(dataset.candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let standing = work.current.values.sorted { $0.sequence < $1.sequence }
        // Names only where the rule allows, and only after the view is logged.
        let named = standing.compactMap { byID[$0.candidate] }.filter { user.maySeePersonalDetails(of: $0) }.map(\.id)
        var namesLogged = named.isEmpty
        var notice: String?
        if !named.isEmpty {
            do {
                try AuditLog(directory: dir).append(AuditEvent(
                    user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "triage", recordID: vacancy.id,
                    detail: "names of \(named.count) listed by jobmatch triage status: " + named.joined(separator: " ")))
                namesLogged = true
            } catch {
                notice = "Names not shown: the audit log could not be written (\(error))"
            }
        }
        func name(_ id: String) -> String? {
            guard namesLogged, let c = byID[id], user.maySeePersonalDetails(of: c) else { return nil }
            return c.name
        }
        func label(_ id: String) -> String {
            let home = byID[id].map { dataset.registry.municipality($0.municipality)?.name ?? $0.municipality } ?? "?"
            return name(id).map { "\($0) (\(id))" } ?? "\(id) · \(home)"
        }
        if options.json {
            let directory = UserDirectory(dataset.users)
            func hidden(_ id: String) -> HiddenNote? {
                guard name(id) == nil, let c = byID[id] else { return nil }
                return HiddenNote(OwnerContact(for: c, users: directory,
                                               jobCentre: dataset.registry.municipality(c.ownerMunicipality)?.name ?? c.ownerMunicipality))
            }
            let out = StatusJSON(
                vacancy: vacancy.id, user: user.user,
                decisions: standing.map { DecisionRow(record: $0, name: name($0.candidate), hidden: hidden($0.candidate)) },
                counts: Dictionary(grouping: standing, by: { $0.verdict.rawValue }).mapValues(\.count),
                undoable: work.lastUndoable?.sequence, redoable: work.redoable.last,
                shortlist: ShortlistJSON(work.shortlist, name: name, hidden: hidden), calls: work.calls.map(CallJSON.init),
                warning: journal.tornTail?.description ?? notice)
            print(try JSONOutput.string(out))
            return
        }
        print("\(vacancy.id) \(vacancy.title) — triage by journal (\(journal.state.entryCount) entries in all)")
        let counts = TriageVerdict.allCases.map { v in "\(standing.filter { $0.verdict == v }.count) \(v.rawValue)" }
        print(counts.joined(separator: " · "))
        if !standing.isEmpty {
            print("")
            print(Table.render(header: ["entry", "candidate", "decision", "reason", "by", "note"], rows: standing.map {
                ["\($0.sequence)", label($0.candidate), $0.verdict.rawValue, $0.reason, $0.user, $0.note]
            }, rightAligned: [0]))
        }
        let s = work.shortlist
        print("")
        print("Shortlist: \(s.state.rawValue), version \(s.version), \(s.items.count) candidates"
              + (s.lastChange.map { " — last change: \($0.user) \($0.summary) at \($0.time)" } ?? ""))
        for (i, item) in s.items.enumerated() { print("  \(i + 1). \(label(item.candidate))" + (item.note.isEmpty ? "" : " — \(item.note)")) }
        if !work.calls.isEmpty {
            print("Calls:")
            for c in work.calls { print("  \(c.time) \(c.user): \(c.outcome.rawValue)" + (c.note.isEmpty ? "" : " — \(c.note)")) }
        }
        for w in [journal.tornTail?.description, notice].compactMap({ $0 }) { printError("warning: \(w)") }
    }
}

// MARK: JSON shapes

struct DecisionJSON: Encodable {
    var sequence: Int, time: String, user: String, kind: String, vacancy: String
    var candidate: String?, decision: String?, reason: String?, note: String?, target: Int?
    init(entry e: JournalEntry) {
        sequence = e.sequence; time = e.time; user = e.user; kind = e.payload.kind; vacancy = e.payload.vacancy
        switch e.payload {
        case let .triageDecision(_, c, v, r, n): candidate = c; decision = v.rawValue; reason = r; note = n
        case let .undo(_, t), let .redo(_, t): target = t
        default: break
        }
    }
}

struct DecisionRow: Encodable {
    var sequence: Int, time: String, user: String, candidate: String, name: String?, hidden: HiddenNote?
    var decision: String, reason: String, note: String
    init(record r: TriageRecord, name: String?, hidden: HiddenNote? = nil) {
        sequence = r.sequence; time = r.time; user = r.user; candidate = r.candidate; self.name = name; self.hidden = hidden
        decision = r.verdict.rawValue; reason = r.reason; note = r.note
    }
}

struct ShortlistJSON: Encodable {
    struct Item: Encodable { var candidate: String, name: String?, hidden: HiddenNote?, note: String }
    var version: Int, state: String, comment: String, items: [Item], lastChangedBy: String?, lastChange: String?
    init(_ s: Shortlist, name: (String) -> String?, hidden: (String) -> HiddenNote? = { _ in nil }) {
        version = s.version; state = s.state.rawValue; comment = s.comment
        items = s.items.map { Item(candidate: $0.candidate, name: name($0.candidate), hidden: hidden($0.candidate), note: $0.note) }
        lastChangedBy = s.lastChange?.user; lastChange = s.lastChange?.summary
    }
}

struct CallJSON: Encodable {
    /// `day`: the day the call was made as its caller worked on it (`--today`); `time`: when it was written.
    var sequence: Int, time: String, user: String, outcome: String, note: String, day: String
    init(_ c: CallRecord) {
        sequence = c.sequence; time = c.time; user = c.user; outcome = c.outcome.rawValue; note = c.note; day = c.day.description
    }
}

struct StatusJSON: Encodable {
    var vacancy: String, user: String, decisions: [DecisionRow], counts: [String: Int]
    var undoable: Int?, redoable: Int?, shortlist: ShortlistJSON, calls: [CallJSON], warning: String?
}
