import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// `jobmatch visits`: company visits and joint visits (sambesøg), issue P7.
struct Visits: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Company visits and joint visits: whom to invite, record a visit, list them.",
        subcommands: [VisitsSuggest.self, VisitsRecord.self, VisitsList.self])
}

/// `jobmatch visits suggest V000123|COMPANY`.
struct VisitsSuggest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Rank the other job centres by their strong candidates for a vacancy or a company's open vacancies.",
        discussion: """
            The job centres weighed are the members and partners of the host's cooperation \
            (e.g. Aalborg for Vendsyssel). A candidate is strong when she meets every hard \
            requirement of one of the vacancies and scores at least --strong; each counts once. \
            Jobcentres with at least \(VisitSuggestion.minimumStrong) strong candidates are proposed, the best three. \
            Counts only: no candidate is named.
            """)

    @Argument(help: "A vacancy id (V000123) or a company id (8 digits) or its exact name.") var subject: String
    @Option(help: "The score (0–100) from which a qualified candidate counts as strong.") var strong = 70
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func validate() throws {
        if !(0...100).contains(strong) { throw ValidationError("--strong takes a score from 0 to 100") }
    }

    func run() throws {
        let (dir, dataset, index) = try engine.open()
        _ = try acting.context(registry: index.registry, directory: dir)
        let today = engine.day
        let companyID: String
        let vacancies: [Vacancy]
        if let v = index.vacancy(id: subject) {
            if let note = v.notOpenNote(today: today) { throw fail("\(v.id) is \(note); suggest a visit for an open vacancy or the company \(v.company)") }
            companyID = v.company
            vacancies = [v]
        } else if let c = dataset.companies.first(where: { $0.id == subject || $0.name.lowercased() == subject.lowercased() }) {
            companyID = c.id
            vacancies = dataset.vacancies.filter { $0.company == c.id && $0.notOpenNote(today: today) == nil }.sorted { $0.id < $1.id }
            if vacancies.isEmpty { throw fail("\(c.name) (\(c.id)) has no open vacancy today; nothing to match candidates against") }
        } else {
            throw fail("'\(subject)' is neither a vacancy id (V000123) nor a company id or name in companies.jsonl")
        }
        let s = index.visitSuggestion(subject: subject, company: companyID, vacancies: vacancies, today: today,
                                      strongScore: Points(hundredths: strong * 100))
        if engine.json { print(try JSONOutput.string(s)); return }
        let name = dataset.companies.first { $0.id == companyID }?.name ?? companyID
        print("\(name) (\(companyID)): \(vacancies.count) open vacanc\(vacancies.count == 1 ? "y" : "ies") "
              + "(\(vacancies.map(\.id).prefix(6).joined(separator: ", "))\(vacancies.count > 6 ? ", …" : "")) · strong = score ≥ \(strong)")
        let label = { (code: String) in index.municipalityLabel(code) }
        print(s.invite.isEmpty
              ? "No other job centre holds \(VisitSuggestion.minimumStrong) or more strong candidates: a visit by \(s.hosts.map(label).joined(separator: ", ")) alone."
              : s.invite.map { code in
                  let c = s.centres.first { $0.municipality == code }!
                  return "Invite Jobcenter \(index.registry.municipality(code)?.name ?? code) on the visit: \(c.strong) strong, \(c.qualified) qualified candidates"
              }.joined(separator: "\n"))
        print("")
        print(Table.render(header: ["job centre", "role", "strong", "qualified", "best score"],
                           rows: s.centres.map { [label($0.municipality), $0.role, "\($0.strong)", "\($0.qualified)", $0.best.map { "\($0)" } ?? "–"] },
                           rightAligned: [2, 3, 4]))
        let past = (try? Journal.open(directory: dir))?.state.visits.visits(to: companyID) ?? []
        if let last = past.first {
            print("")
            print("Last visit: \(last.visit.date) \(last.visit.purpose.rawValue) with \(last.visit.jobCentres.map(label).joined(separator: ", ")): \(last.visit.outcome)")
        }
    }
}

/// `jobmatch visits record`.
struct VisitsRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a company visit (durable in the journal, audited).",
        discussion: "Example: jobmatch visits record 12345678 --date 2026-11-20 --centres 0813,0851 --purpose recruitment "
            + "--outcome '3 welders wanted by February' --follow-up 'send shortlist by 1 Dec'")

    @Argument(help: "Company id (8 digits, as in companies.jsonl).") var company: String
    @Option(help: "The day of the visit (YYYY-MM-DD).") var date: String
    @Option(help: ArgumentHelp("Municipality codes of the job centres that took part, comma-separated (two or more: a joint visit).", valueName: "codes"))
    var centres: String
    @Option(help: "recruitment, upskilling, retention or barometer.") var purpose: String
    @Option(help: "What came of it.") var outcome: String
    @Option(name: .customLong("follow-up"), help: "A follow-up (repeat for more).") var followUps: [String] = []
    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var acting: UserOptions

    func validate() throws {
        guard Day(date) != nil else { throw ValidationError("--date '\(date)' is not a date; write YYYY-MM-DD, e.g. 2026-11-20") }
        guard VisitPurpose(rawValue: purpose) != nil else {
            throw ValidationError("--purpose '\(purpose)' is not one of " + VisitPurpose.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if outcome.contains("\n") || followUps.contains(where: { $0.contains("\n") }) {
            throw ValidationError("--outcome and --follow-up take one line each; repeat --follow-up for more")
        }
    }

    func run() throws {
        let (dir, dataset) = try dataOptions.load()
        let user = try acting.context(registry: dataset.registry, users: dataset.users)
        guard dataset.companies.contains(where: { $0.id == company }) else {
            throw fail("no company with id '\(company)' in companies.jsonl; `jobmatch visits suggest V000123` names a vacancy's company")
        }
        let codes = centres.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !codes.isEmpty else { throw fail("--centres names no job centre; give municipality codes such as 0813,0851") }
        for code in codes where dataset.registry.municipality(code) == nil {
            throw fail("unknown municipality code '\(code)' in --centres; use four-digit codes such as 0813 (Frederikshavn)")
        }
        let visit = CompanyVisit(company: company, date: Day(date)!, jobCentres: codes, purpose: VisitPurpose(rawValue: purpose)!,
                                 outcome: outcome, followUps: followUps)
        var journal: Journal
        do { journal = try Journal.open(directory: dir) } catch { throw fail(error.description) }
        let entry: JournalEntry
        do { entry = try journal.append(.companyVisit(visit), user: user.user) } catch { throw fail(error.description) }
        do {
            try AuditLog(directory: dir).append(JournalPayload.companyVisit(visit).auditEvent(by: user, entry: entry.sequence))
        } catch {
            throw fail("the visit is recorded (journal entry \(entry.sequence)) but the audit log could not be written: \(error)")
        }
        if json {
            print(try JSONOutput.string(VisitRecord(sequence: entry.sequence, time: entry.time, user: entry.user, visit: visit)))
        } else {
            print("\(visit.isJoint ? "Joint visit" : "Visit") to \(company) on \(visit.date) recorded as journal entry \(entry.sequence) by \(user.user)")
        }
    }
}

/// `jobmatch visits list`.
struct VisitsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List recorded company visits, newest first.")

    @Option(help: "Only visits to this company id.") var company: String?
    @OptionGroup var dataOptions: DataOptions
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (dir, dataset) = try dataOptions.load()
        _ = try acting.context(registry: dataset.registry, users: dataset.users)
        let state: JournalState
        do { state = try Journal.open(directory: dir).state } catch { throw fail(error.description) }
        let records = state.visits.records.filter { company == nil || $0.visit.company == company }
            .sorted { ($0.visit.date, $0.sequence) > ($1.visit.date, $1.sequence) }
        if json { print(try JSONOutput.string(records)); return }
        let names = Dictionary(dataset.companies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let muni = { (code: String) in dataset.registry.municipality(code)?.name ?? code }
        print("\(records.count) visit\(records.count == 1 ? "" : "s") (\(records.filter(\.visit.isJoint).count) joint)")
        guard !records.isEmpty else { return }
        print("")
        print(Table.render(header: ["date", "company", "purpose", "job centres", "outcome", "follow-ups"],
                           rows: records.map { r in
                               [r.visit.date.description, "\(names[r.visit.company] ?? r.visit.company) (\(r.visit.company))",
                                r.visit.purpose.rawValue, r.visit.jobCentres.map(muni).joined(separator: ", "), r.visit.outcome,
                                r.visit.followUps.joined(separator: "; ")]
                           }))
    }
}
