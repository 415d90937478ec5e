import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch calls`: the headless twin of the Dashboard's follow-up call queue. Outcomes go
/// through the journal (`journal.jsonl`) and are printed only once they are durable.
struct Calls: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The follow-up calls: which companies to phone before their ad expires, and what they said.",
        discussion: """
            The queue holds the cooperation's open vacancies whose ad expires within \(CallQueue.window) days. \
            The call is due \(CallQueue.window) days before expiry; after "no-answer" it is due again the next \
            working day (Monday to Friday); a due day that has passed makes it overdue. Any other outcome settles it.
            """,
        subcommands: [CallsList.self, CallsLog.self, CallsRecord.self])
}

/// What the calls subcommands share: the data directory, `--json`, the day and the acting user.
struct CallsOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Judge what is due as of this day (YYYY-MM-DD), and record a call as made on it. Default: today.") var today: Day?
    @OptionGroup var acting: UserOptions

    var day: Day { today ?? Day.today() }

    func open() throws -> (URL, Dataset, UserContext, Journal) {
        let (dir, dataset) = try dataOptions.load()
        let user = try acting.context(registry: dataset.registry, users: dataset.users)
        let journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        return (dir, dataset, user, journal)
    }

    /// "2026-11-24T08:15:02.123Z" → "2026-11-24 08:15" (UTC, as written in the journal).
    static func when(_ time: String) -> String {
        time.count >= 16 ? String(time.prefix(16)).replacingOccurrences(of: "T", with: " ") : time
    }
}

struct CallsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The call queue: overdue first, with contact, phone, shortlist and last outcome.")
    @OptionGroup var options: CallsOptions

    func run() throws {
        let (_, dataset, _, journal) = try options.open()
        let items = CallQueue.items(vacancies: dataset.vacancies, companies: dataset.companies, work: journal.state,
                                    participating: dataset.registry.participating, today: options.day)
        if options.json {
            print(try JSONOutput.string(CallQueueJSON(today: options.day, items: items.map(CallItemJSON.init))))
            return
        }
        let overdue = items.filter { $0.status == .overdue }.count, due = items.filter { $0.status == .due }.count
        print("Follow-up calls on \(options.day): \(overdue) overdue, \(due) due, \(items.count - overdue - due) done "
              + "(open vacancies of the cooperation expiring within \(CallQueue.window) days)")
        guard !items.isEmpty else { return }
        print("")
        print(Table.render(
            header: ["status", "due", "vacancy", "expires", "company", "contact", "phone", "shortlist", "last call"],
            rows: items.map { i in
                [i.status == .overdue ? "OVERDUE" : i.status.rawValue, i.due.map(\.description) ?? "–", i.vacancy.id,
                 "\(i.vacancy.expiryDate)", i.companyName, i.contactName, i.contactPhone, "\(i.shortlisted)",
                 i.lastCall.map { "\($0.outcome.rawValue) · \($0.user) \(CallsOptions.when($0.time))" } ?? "–"]
            },
            rightAligned: [7]))
        if let torn = journal.tornTail { printError("warning: \(torn.description)") }
    }
}

struct CallsLog: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Every call recorded to one company, oldest first.")
    @Argument(help: "Company id (8 digits) or one of its vacancies (V000123).") var target: String
    @OptionGroup var options: CallsOptions

    func run() throws {
        let (_, dataset, _, journal) = try options.open()
        let companyID: String
        if let v = dataset.vacancies.first(where: { $0.id == target }) {
            companyID = v.company
        } else if dataset.companies.contains(where: { $0.id == target }) {
            companyID = target
        } else {
            throw fail("no company or vacancy with id '\(target)'; `jobmatch calls list` shows vacancy ids (V000123)")
        }
        let company = dataset.companies.first { $0.id == companyID }
        let log = CallQueue.log(company: companyID, vacancies: dataset.vacancies, work: journal.state)
        if options.json {
            print(try JSONOutput.string(CallLogJSON(
                company: companyID, name: company?.name ?? "", contactName: company?.contactName ?? "",
                contactPhone: company?.contactPhone ?? "",
                calls: log.map { CallLogJSON.Row(vacancy: $0.vacancy.id, title: $0.vacancy.title, call: CallJSON($0.call)) })))
            return
        }
        print("\(company?.name ?? companyID) (\(companyID)) — contact \(company?.contactName ?? "–"), \(company?.contactPhone ?? "–")")
        guard !log.isEmpty else { print("No calls recorded."); return }
        print("")
        print(Table.render(header: ["when (UTC)", "by", "vacancy", "outcome", "note"], rows: log.map {
            [CallsOptions.when($0.call.time), $0.call.user, "\($0.vacancy.id) \($0.vacancy.title)", $0.call.outcome.rawValue, $0.call.note]
        }))
    }
}

struct CallsRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record what the company said on the follow-up call.",
        discussion: "Outcomes: " + CallOutcome.allCases.map(\.rawValue).joined(separator: ", ")
            + ". Printed only after the outcome is durable (synced to disk in journal.jsonl) and written to the audit log.")
    @Argument(help: "Vacancy id, e.g. V000123.") var vacancyID: String
    @Argument(help: "filled, still-needs-help, extend-ad, cancelled or no-answer.") var outcome: String
    @Option(help: "A note kept with the call.") var note: String?
    @OptionGroup var options: CallsOptions

    func validate() throws {
        guard CallOutcome(rawValue: outcome) != nil else {
            throw ValidationError("'\(outcome)' is not a call outcome; use " + CallOutcome.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let (dir, dataset, user, opened) = try options.open()
        guard let vacancy = dataset.vacancies.first(where: { $0.id == vacancyID }) else {
            throw fail("no vacancy with id '\(vacancyID)'; `jobmatch calls list` shows the vacancies to call")
        }
        let participating = dataset.registry.participating
        if !participating.isEmpty, !participating.contains(vacancy.municipality) {
            throw fail("\(vacancy.id) is in municipality \(vacancy.municipality), outside the cooperation; its calls are not ours to record")
        }
        guard vacancy.status == .open else {
            throw fail("\(vacancy.id) is \(vacancy.status.rawValue); calls are recorded for open vacancies only")
        }
        let result = CallOutcome(rawValue: outcome)!
        var journal = opened
        let entry: JournalEntry
        // The day the command runs as (`--today`), not the clock's: "no answer" is due again after it.
        let payload = JournalPayload.callOutcome(vacancy: vacancy.id, outcome: result, note: note ?? "", day: options.day)
        do { entry = try journal.append(payload, user: user.user) } catch { throw fail(error.description) }
        do {
            // The same audit entry the workbench writes for a call outcome.
            try AuditLog(directory: dir).append(payload.auditEvent(by: user, entry: entry.sequence))
        } catch {
            throw fail("the call is recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        if options.json {
            print(try JSONOutput.string(CallRecordedJSON(
                vacancy: vacancy.id, call: CallJSON(journal.state.work(for: vacancy.id).calls.last!),
                due: CallQueue.due(expiry: vacancy.expiryDate, calls: journal.state.work(for: vacancy.id).calls))))
            return
        }
        let company = dataset.companies.first { $0.id == vacancy.company }?.name ?? vacancy.company
        var message = "\(vacancy.id) \(company): \(result.rawValue) — recorded as journal entry \(entry.sequence) by \(user.user)"
        if result == .noAnswer, let again = CallQueue.due(expiry: vacancy.expiryDate, calls: journal.state.work(for: vacancy.id).calls) {
            message += "; call again on \(again)"
        }
        print(message)
    }
}

// MARK: JSON shapes

struct CallItemJSON: Encodable {
    var vacancy: String, title: String, municipality: String, expires: String, company: String, companyName: String
    var contactName: String, contactPhone: String, shortlisted: Int, due: String?, status: String, lastCall: CallJSON?
    init(_ i: CallQueueItem) {
        vacancy = i.vacancy.id; title = i.vacancy.title; municipality = i.vacancy.municipality
        expires = i.vacancy.expiryDate.description; company = i.vacancy.company; companyName = i.companyName
        contactName = i.contactName; contactPhone = i.contactPhone; shortlisted = i.shortlisted
        due = i.due?.description; status = i.status.rawValue; lastCall = i.lastCall.map(CallJSON.init)
    }
}

struct CallQueueJSON: Encodable {
    var today: Day
    var items: [CallItemJSON]
}

struct CallLogJSON: Encodable {
    struct Row: Encodable { var vacancy: String, title: String, call: CallJSON }
    var company: String, name: String, contactName: String, contactPhone: String, calls: [Row]
}

struct CallRecordedJSON: Encodable {
    var vacancy: String, call: CallJSON, due: Day?
}
