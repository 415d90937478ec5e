import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch shortlist`: the headless twin of the Shortlist screen. Every change goes
/// through the journal with the version it was based on, is printed only once durable, and
/// is written to the audit log.
struct ShortlistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shortlist",
        abstract: "Build, submit, review and export a vacancy's shortlist (durable, journalled, audited).",
        discussion: """
            States: draft → submitted → approved or returned (with the supervisor's comment) → sent. \
            Consultants edit, submit and send; supervisors (role in users.json) approve and return. \
            Editing commands take --version N: the change is refused, naming who changed what, \
            unless the shortlist is still at version N (exit status 3).
            """,
        subcommands: [ShortlistList.self, ShortlistShow.self, ShortlistExportCommand.self,
                      ShortlistAdd.self, ShortlistRemove.self, ShortlistMove.self, ShortlistNote.self,
                      ShortlistSubmit.self, ShortlistApprove.self, ShortlistReturn.self, ShortlistSend.self])
}

/// The exit status of a change refused because the shortlist changed since the caller read it.
let staleVersionExitCode = ExitCode(3)

/// What the editing subcommands share: the data directory, `--json`, the acting user, and
/// `--version` (the version the caller read).
struct ShortlistEditOptions: ParsableArguments {
    @OptionGroup var options: TriageOptions
    @Option(name: .customLong("version"), help: ArgumentHelp(
        "The shortlist version you read (shortlist show): refused if someone changed it since.", valueName: "N"))
    var expectedVersion: Int?

    enum Change { case items(ShortlistChange), state(ShortlistState, comment: String) }

    /// Checks the role, appends the change based on `--version` (else the current version),
    /// logs it, and prints it once durable. Without `--version` a change that lost a race
    /// (another process appended between this one's read and its append) is rebuilt on the
    /// new state and tried again: the user named no version, so none can be stale.
    func apply(vacancy vacancyID: String, _ make: (Dataset, Shortlist) throws -> Change) throws {
        let (dir, dataset, user, vacancy) = try options.open(vacancy: vacancyID)
        let users = UserDirectory(dataset.users)
        var j = try options.journal(dir)
        var attempt = 0
        while true {
            attempt += 1
            let current = j.state.work(for: vacancy.id).shortlist
            let change = try make(dataset, current)
            let payload: JournalPayload
            let basedOn = expectedVersion ?? current.version
            switch change {
            case .items(let c):
                if let why = ShortlistRole.editRefusal(by: user.user, users: users) { throw fail(why) }
                payload = .shortlistChange(vacancy: vacancy.id, basedOn: basedOn, change: c)
            case let .state(s, comment):
                if let why = ShortlistRole.refusal(moving: s, by: user.user, users: users) { throw fail(why) }
                if s == .approved || s == .returned, let why = ShortlistRole.scopeRefusal(
                    vacancy: vacancy.id, in: vacancy.municipality, by: user.user, users: users, registry: dataset.registry) {
                    throw fail(why)
                }
                payload = .shortlistState(vacancy: vacancy.id, basedOn: basedOn, state: s, comment: comment)
            }
            let entry: JournalEntry
            do throws(JournalError) {
                entry = try j.append(payload, user: user.user)
            } catch {
                guard case .refused(.staleShortlist) = error else { throw fail(error.description) }
                if expectedVersion == nil, attempt < 5 { continue }  // `j` has caught up with the winner
                _ = fail(error.description)
                throw staleVersionExitCode
            }
            return try done(entry, journal: j, dir: dir, user: user, vacancy: vacancy)
        }
    }

    private func done(_ entry: JournalEntry, journal j: Journal, dir: URL, user: UserContext,
                      vacancy: Vacancy) throws {
        do {
            // The same entry the workbench writes for the same change (JournalPayload.auditEvent).
            try AuditLog(directory: dir).append(entry.payload.auditEvent(by: user, entry: entry.sequence))
        } catch {
            throw fail("the change is recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        let after = j.state.work(for: vacancy.id).shortlist
        if options.json {
            print(try JSONOutput.string(ShortlistChangeJSON(entry: entry, shortlist: ShortlistJSON(after, name: { _ in nil }))))
        } else {
            print("\(vacancy.id): \(entry.payload.shortlistSummary) — shortlist \(after.state.rawValue), version \(after.version), "
                  + "\(after.items.count) candidate\(after.items.count == 1 ? "" : "s"); journal entry \(entry.sequence) by \(user.user)")
        }
    }
}

extension JournalPayload {
    /// "added K000017", "set it to submitted": what a change did, for its confirmation line.
    var shortlistSummary: String {
        switch self {
        case .shortlistChange(_, _, let c): return c.summary
        case let .shortlistState(_, _, s, comment): return "set to \(s.rawValue)" + (comment.isEmpty ? "" : " (\(comment))")
        default: return kind
        }
    }
}

/// One change as `--json` prints it: the journal entry and the shortlist after it.
struct ShortlistChangeJSON: Encodable {
    var sequence: Int, time: String, user: String, kind: String, vacancy: String, change: String
    var shortlist: ShortlistJSON
    init(entry e: JournalEntry, shortlist: ShortlistJSON) {
        sequence = e.sequence; time = e.time; user = e.user; kind = e.payload.kind; vacancy = e.payload.vacancy
        change = e.payload.shortlistSummary; self.shortlist = shortlist
    }
}

struct ShortlistAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a candidate at the end of a vacancy's shortlist.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Argument(help: "Candidate id.") var candidateID: String
    @Option(help: "A note for the company kept with her.") var note: String?
    @OptionGroup var edit: ShortlistEditOptions

    func run() throws {
        try edit.apply(vacancy: vacancyID) { dataset, _ in
            guard dataset.candidates.contains(where: { $0.id == candidateID }) else {
                throw fail("no candidate with id '\(candidateID)'; `jobmatch match \(vacancyID)` lists candidates (K000001 …)")
            }
            return .items(.add(candidate: candidateID, note: note ?? ""))
        }
    }
}

struct ShortlistRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a candidate from a vacancy's shortlist.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Argument(help: "Candidate id.") var candidateID: String
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .items(.remove(candidate: candidateID)) } }
}

struct ShortlistMove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "move", abstract: "Move a candidate to another place (1 is the top).")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Argument(help: "Candidate id.") var candidateID: String
    @Argument(help: "Her new place, 1 = first.") var place: Int
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .items(.move(candidate: candidateID, position: place - 1)) } }
}

struct ShortlistNote: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Replace the note kept with a candidate on the shortlist.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Argument(help: "Candidate id.") var candidateID: String
    @Argument(help: "The note (empty to clear it).") var text: String
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .items(.note(candidate: candidateID, text: text)) } }
}

struct ShortlistSubmit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "submit", abstract: "Hand a draft or returned shortlist to a supervisor (consultants).")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Option(help: "A comment for the supervisor.") var comment: String?
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws {
        try edit.apply(vacancy: vacancyID) { _, current in
            guard !current.items.isEmpty else { throw fail("the shortlist for \(vacancyID) is empty; add candidates before submitting it") }
            return .state(.submitted, comment: comment ?? "")
        }
    }
}

struct ShortlistApprove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a submitted shortlist (supervisors).")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Option(help: "A comment for the consultant.") var comment: String?
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .state(.approved, comment: comment ?? "") } }
}

struct ShortlistReturn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", abstract: "Return a submitted shortlist to its consultant with a comment (supervisors).")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Option(help: "What the consultant should change (required).") var comment: String
    @OptionGroup var edit: ShortlistEditOptions
    func validate() throws {
        guard !comment.allSatisfy(\.isWhitespace) else { throw ValidationError("--comment must say what the consultant should change") }
    }
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .state(.returned, comment: comment) } }
}

struct ShortlistSend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send", abstract: "Record that an approved shortlist was sent to the company (consultants).",
        discussion: "Records the state only; `jobmatch shortlist export` makes the file to send.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @OptionGroup var edit: ShortlistEditOptions
    func run() throws { try edit.apply(vacancy: vacancyID) { _, _ in .state(.sent, comment: "") } }
}
