import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

struct ShortlistList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the shortlists in the journal: state, size, version and last change.",
        discussion: "Shows vacancy ids, counts and user ids only: no candidate's personal details.")
    @Option(help: "Only shortlists in this state: draft, submitted, approved, returned, sent.") var state: String?
    @OptionGroup var options: TriageOptions

    func validate() throws {
        if let state, ShortlistState(rawValue: state) == nil {
            throw ValidationError("'\(state)' is not a state; use " + ShortlistState.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let (dir, dataset) = try options.dataOptions.load()
        let user = try options.acting.context(registry: dataset.registry, users: dataset.users)
        let journal = try options.journal(dir)
        let titles = Dictionary(dataset.vacancies.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let lists = journal.state.vacancies
            .filter { $0.value.shortlist.version > 0 && (state == nil || $0.value.shortlist.state.rawValue == state) }
            .sorted { $0.key < $1.key }
        if options.json {
            struct Row: Encodable { var vacancy: String, title: String, shortlist: ShortlistJSON, submittedBy: String? }
            struct Out: Encodable { var user: String, shortlists: [Row] }
            print(try JSONOutput.string(Out(user: user.user, shortlists: lists.map {
                Row(vacancy: $0.key, title: titles[$0.key] ?? "", shortlist: ShortlistJSON($0.value.shortlist, name: { _ in nil }),
                    submittedBy: $0.value.shortlist.submission?.user)
            })))
            return
        }
        guard !lists.isEmpty else { print("No shortlists" + (state.map { " in state \($0)" } ?? "") + "."); return }
        print(Table.render(header: ["vacancy", "title", "state", "candidates", "version", "last change"], rows: lists.map { v, w in
            let s = w.shortlist
            return [v, titles[v] ?? "?", s.state.rawValue, "\(s.items.count)", "\(s.version)",
                    s.lastChange.map { "\($0.user) \($0.summary) at \($0.time)" } ?? ""]
        }, rightAligned: [3, 4]))
    }
}

struct ShortlistShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a vacancy's shortlist: state, version, comment, candidates with notes and triage decisions.",
        discussion: "Names are shown only where you may see them, after the view is in the audit log; everyone else "
            + "appears by pseudonym and home municipality, with the owning consultant to contact.")
    @Argument(help: "Vacancy id.") var vacancyID: String
    @OptionGroup var options: TriageOptions

    func run() throws {
        let (dir, dataset, user, vacancy) = try options.open(vacancy: vacancyID)
        let journal = try options.journal(dir)
        let entry = ReviewQueue.entry(for: vacancy.id, in: journal.state)
        let book = NameBook(ids: entry.candidates.map(\.candidate), dataset: dataset, user: user, directory: dir,
                            recordKind: "shortlist", recordID: vacancy.id, listedBy: "jobmatch shortlist show")
        if options.json {
            print(try JSONOutput.string(ReviewEntryJSON(entry, title: vacancy.title, book: book,
                                                        warning: journal.tornTail?.description ?? book.notice)))
            return
        }
        for line in ReviewText.lines(entry, vacancy: vacancy, book: book) { print(line) }
        for w in [journal.tornTail?.description, book.notice].compactMap({ $0 }) { printError("warning: \(w)") }
    }
}

struct ShortlistExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a shortlist for the company as CSV, Markdown or JSON.",
        discussion: """
            Only what the access rule allows: a candidate whose details you may not see appears by pseudonym \
            and home municipality with "contact: <owning consultant, phone>", never her name, e-mail or phone. \
            Every candidate whose details are exported gets a `view` entry in the audit log before anything \
            is printed or written; if the log cannot be written, nothing is exported. --out writes the file \
            atomically with mode 0600.
            """)
    @Argument(help: "Vacancy id.") var vacancyID: String
    @Option(help: "csv, md or json.") var format: String
    @Option(help: "Write to this file (mode 0600) instead of printing.") var out: String?
    @OptionGroup var options: TriageOptions

    func validate() throws {
        guard ShortlistExportFormat(rawValue: format) != nil else {
            throw ValidationError("'\(format)' is not an export format; use csv, md or json")
        }
        if options.json { throw ValidationError("the export's format is --format; use --format json for JSON") }
    }

    func run() throws {
        let (dir, dataset, user, vacancy) = try options.open(vacancy: vacancyID)
        let journal = try options.journal(dir)
        let shortlist = journal.state.work(for: vacancy.id).shortlist
        let byID = Dictionary(dataset.candidates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let company = dataset.companies.first { $0.id == vacancy.company }?.name ?? vacancy.company
        let export = ShortlistExport(vacancy: vacancy, companyName: company, shortlist: shortlist, user: user,
                                     users: UserDirectory(dataset.users), candidate: { byID[$0] },
                                     municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })
        let kind = ShortlistExportFormat(rawValue: format)!
        // Fail closed: every view is in the audit log before one byte of the export leaves.
        let log = AuditLog(directory: dir)
        for id in export.detailsShown {
            do {
                try log.append(AuditEvent(user: user.user, userMunicipality: user.municipality, action: .view, recordKind: "candidate",
                                          recordID: id, detail: "exported on the shortlist for \(vacancy.id) (\(kind.rawValue))"
                                            + (out.map { " to \($0)" } ?? "")))
            } catch {
                throw fail("nothing exported: the view of \(id) could not be written to the audit log (\(error))")
            }
        }
        let text = export.render(kind)
        if let out {
            do { try PrivateFile.write(Array(text.utf8), to: out) } catch { throw fail(error.description) }
            let shown = export.detailsShown.count, hidden = export.rows.count - shown
            printError("Wrote \(out): \(export.rows.count) candidates (\(shown) with name and contact, \(hidden) by pseudonym).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}

/// The plain-text form of one shortlist with the decisions behind it (`shortlist show`, `review list`).
enum ReviewText {
    static func lines(_ e: ReviewEntry, vacancy: Vacancy?, book: NameBook) -> [String] {
        let s = e.shortlist
        var out = ["\(e.vacancy) \(vacancy?.title ?? "?") — shortlist \(s.state.rawValue), version \(s.version), "
                   + "\(s.items.count) candidate\(s.items.count == 1 ? "" : "s")"]
        if let sub = e.submission { out.append("Submitted by \(book.person(sub.user)) at \(sub.time)") }
        if !s.comment.isEmpty, let by = s.lastChange { out.append("Comment (\(by.user), \(s.state.rawValue)): \(s.comment)") }
        if let last = s.lastChange { out.append("Last change: \(last.user) \(last.summary) at \(last.time)") }
        for (i, c) in e.candidates.enumerated() {
            out.append("  \(i + 1). \(book.label(c.candidate))")
            if !c.note.isEmpty { out.append("     note: \(c.note)") }
            out.append("     triage: \(c.decisionSummary)")
        }
        return out
    }
}

struct ReviewEntryJSON: Encodable {
    struct Candidate: Encodable {
        var candidate: String, name: String?, contact: String?, hidden: HiddenNote?, note: String, decisions: [DecisionRow]
    }
    var vacancy: String, title: String, state: String, version: Int, comment: String
    var submittedBy: String?, submittedAt: String?, lastChangedBy: String?, lastChange: String?
    var candidates: [Candidate]
    var warning: String?

    init(_ e: ReviewEntry, title: String, book: NameBook, warning: String?) {
        vacancy = e.vacancy; self.title = title; state = e.shortlist.state.rawValue; version = e.shortlist.version
        comment = e.shortlist.comment; submittedBy = e.submission?.user; submittedAt = e.submission?.time
        lastChangedBy = e.shortlist.lastChange?.user; lastChange = e.shortlist.lastChange?.summary
        candidates = e.candidates.map {
            Candidate(candidate: $0.candidate, name: book.name($0.candidate), contact: book.contact($0.candidate),
                      hidden: book.hidden($0.candidate), note: $0.note,
                      decisions: $0.decisions.map { DecisionRow(record: $0, name: nil) })
        }
        self.warning = warning
    }
}
