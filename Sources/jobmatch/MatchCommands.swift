import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine
import TerminalUI

/// `jobmatch match`: the ranking behind the workbench's Ranking screen.
struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank candidates from the participating municipalities for a vacancy.",
        discussion: """
            By default only candidates living in the participating municipalities are ranked, \
            as in the workbench; --all-municipalities ranks everyone, --lives-in chooses. \
            --near N adds up to N near misses: candidates missing exactly one thing (one \
            essential competence or one level of it, a commute a little over their limit, \
            availability a little late, too few hours, one kind of the job's evening, night or \
            weekend hours, or no car where she lives by the job), least missing first. A filled, \
            closed or expired vacancy is not ranked: the command says so and exits with status 1. \
            Candidates are shown by pseudonymous id; names are only shown in the workbench, to \
            those allowed to see them.
            """)

    @Argument(help: "Vacancy id, e.g. V000001.") var vacancyID: String
    @Option(help: "How many candidates to list.") var top = 20
    @Option(help: ArgumentHelp("Also list up to N near misses (candidates missing exactly one thing).", valueName: "N"))
    var near = 0
    @Option(name: .customLong("lives-in"), parsing: .upToNextOption,
            help: ArgumentHelp("Only candidates living in these municipalities (codes, e.g. 0813 0860).", valueName: "code"))
    var municipalities: [String] = []
    @Flag(name: .customLong("all-municipalities"), help: "Rank candidates from every municipality, not only the participating ones.")
    var allMunicipalities = false
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func validate() throws {
        if near < 0 { throw ValidationError("--near takes a count of 0 or more") }
        if allMunicipalities && !municipalities.isEmpty {
            throw ValidationError("--all-municipalities and --lives-in choose the candidates differently; give one of them")
        }
    }

    func run() throws {
        let (_, dataset, index) = try engine.open()
        let user = try acting.context(registry: index.registry, users: dataset.users)
        guard let vacancy = index.vacancy(id: vacancyID) else {
            throw fail("no vacancy with id '\(vacancyID)'; `jobmatch stats` shows what is loaded, ids look like V000001")
        }
        for code in municipalities where index.registry.municipality(code) == nil {
            throw fail("unknown municipality code '\(code)'; use four-digit codes such as 0813 (Frederikshavn)")
        }
        if let note = vacancy.notOpenNote(today: engine.day) {
            throw fail("\(vacancy.id) is \(note); only open vacancies are ranked")
        }
        let scope: Set<String>? = !municipalities.isEmpty ? Set(municipalities)
            : allMunicipalities || index.registry.participating.isEmpty ? nil : Set(index.registry.participating)
        let ranking = index.rank(vacancy: vacancy, top: max(1, top), municipalities: scope, today: engine.day, nearMisses: near)
        if engine.json {
            let ids = ranking.candidates.map(\.candidateID) + ranking.nearMisses.map(\.breakdown.candidateID)
            print(try JSONOutput.string(ranking, hidden: ContactDetails.hiddenNotes(
                ids: ids, dataset: dataset, user: user, municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })))
            return
        }
        let scopeText = scope == nil ? "all municipalities"
            : municipalities.isEmpty ? "the \(scope!.count) participating municipalities" : "the chosen municipalities"
        print("\(vacancy.id) \(vacancy.title) · \(index.municipalityLabel(vacancy.municipality)) · \(vacancy.jobType) · \(vacancy.hoursPerWeek) h/week · starts \(vacancy.startDate)")
        let conditions = WorkingHoursText.jobConditions(car: vacancy.car, hours: vacancy.workingHours)
        if !conditions.isEmpty { print("Requires: \(conditions)") }
        print("\(ranking.summary) (candidates living in \(scopeText))")
        print("")
        print(Table.render(
            header: ["#", "score", "candidate", "lives in", "commute", "hours", "why"],
            rows: ranking.candidates.enumerated().map { i, c in
                ["\(i + 1)", "\(c.total)", c.candidateID, index.municipalityLabel(c.municipality),
                 c.commuteMinutes.map { "\($0) min" } ?? "–", "\(c.hoursWanted) h", c.summary]
            },
            rightAligned: [0, 1, 4, 5]))
        // Whom to ask about the candidates listed whose details are hidden, after both tables.
        defer {
            let ids = ranking.candidates.map(\.candidateID) + ranking.nearMisses.map(\.breakdown.candidateID)
            let ask = ContactDetails.askLines(ids: ids, dataset: dataset, user: user,
                                              municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })
            if !ask.isEmpty { print(""); print(ask.joined(separator: "\n")) }
        }
        guard near > 0 else { return }
        print("")
        print("Near misses, missing one thing: \(ranking.nearMisses.count) of \(ranking.nearMissCount) shown")
        guard !ranking.nearMisses.isEmpty else { return }
        print(Table.render(
            header: ["#", "score", "candidate", "lives in", "commute", "hours", "gap"],
            rows: ranking.nearMisses.enumerated().map { i, n in
                let c = n.breakdown
                return ["\(i + 1)", "\(c.total)", c.candidateID, index.municipalityLabel(c.municipality),
                        c.commuteMinutes.map { "\($0) min" } ?? "–", "\(c.hoursWanted) h", n.gapText]
            },
            rightAligned: [0, 1, 4, 5]))
    }
}

/// `jobmatch explain`: the full breakdown, or the hard requirements that failed.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain one candidate's score for a vacancy, or why she is not ranked.")

    @Argument(help: "Vacancy id.") var vacancyID: String
    @Argument(help: "Candidate id, e.g. K000123.") var candidateID: String
    @Flag(help: "Also print her name, e-mail and phone where you may see them; each time is written to the audit log.")
    var contact = false
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func validate() throws {
        if contact && engine.json { throw ValidationError("--contact prints for a person to read; leave out --json") }
    }

    func run() throws {
        let (dir, dataset, index) = try engine.open()
        let user = try acting.context(registry: index.registry, users: dataset.users, today: engine.day)
        let explanation: Explanation
        do {
            explanation = try index.explain(vacancyID: vacancyID, candidateID: candidateID, today: engine.day)
        } catch {
            throw fail("\(error.description); check the id with `jobmatch match \(vacancyID)` or `jobmatch search`")
        }
        if engine.json {
            print(try JSONOutput.string(explanation, hidden: ContactDetails.hiddenNotes(
                ids: [candidateID], dataset: dataset, user: user, municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })))
            return
        }
        var contactLines: [String] = []
        var refused: String?
        if contact, let candidate = dataset.candidates.first(where: { $0.id == candidateID }) {
            (contactLines, refused) = ContactDetails.lines(for: candidate, user: user, users: dataset.users, log: AuditLog(directory: dir),
                                                           detail: "contact printed by jobmatch explain \(vacancyID)",
                                                           municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })
        }
        if !contact, let candidate = dataset.candidates.first(where: { $0.id == candidateID }), !user.maySeePersonalDetails(of: candidate) {
            // Without --contact, a hidden candidate's explanation still says whom to ask.
            contactLines = [ContactDetails.hiddenNote(candidate, users: dataset.users,
                                                      municipalityName: { dataset.registry.municipality($0)?.name ?? $0 }), ""]
        }
        print((contactLines + [ExplanationText.render(explanation, index: index)]).joined(separator: "\n"))
        if let refused { throw fail(refused) }
    }
}

/// `jobmatch search`: candidates matching a query, ranked.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find candidates with a query.",
        discussion: """
            Example: jobmatch search 'comp:weld.mig>=3 cert:forklift near:0860/45 "søren"'
            Terms: comp:ID|label[>=LEVEL]  lic:B,CE  cert:ID  lang:de[>=B1]  near:CODE/MINUTES
            avail:<=DATE  jobtype:ID  muni:CODE,CODE  occ:ID  status:active  car:yes  shift:night
            and free text. cert: takes aliases (cert:kranbevis) and ignores expired certificates.
            Free text matches competence and occupation names, and the names of the candidates \
            you may see in full (your municipality's, and those who consented to sharing).
            Sorted as the workbench's Candidates screen sorts: by distance with near:, by \
            available-from date with avail:, otherwise by relevance. \
            Saved searches (yours only, kept in the journal): --save NAME keeps the query; \
            --saved NAME runs it and says how many candidates are new since you last opened it \
            (registered as unemployed on or after that day), then resets the count; --list-saved \
            lists them with their new counts. \
            See docs/matching.md for the full language.
            """)

    @Argument(help: "The query (quote it in the shell); left out with --saved or --list-saved.") var query: String?
    @Option(help: "How many candidates to list.") var top = 20
    @Option(help: ArgumentHelp("Save the query under this name (replaces your search of that name).", valueName: "name"))
    var save: String?
    @Option(help: ArgumentHelp("Run your saved search NAME; the count of new candidates starts again.", valueName: "name"))
    var saved: String?
    @Flag(name: .customLong("list-saved"), help: "List your saved searches with how many new candidates match each.")
    var listSaved = false
    @OptionGroup var engine: EngineOptions
    @OptionGroup var acting: UserOptions

    func validate() throws {
        if listSaved {
            guard query == nil, save == nil, saved == nil else { throw ValidationError("--list-saved takes no query, --save or --saved") }
        } else if saved != nil {
            guard query == nil, save == nil else { throw ValidationError("--saved NAME runs the query saved under NAME; give no query or --save with it") }
        } else if query == nil {
            throw ValidationError("give a query (e.g. 'comp:svejsning near:0860/45'), --saved NAME or --list-saved")
        }
        if let save, save.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--save needs a name") }
    }

    func run() throws {
        let (dir, dataset, index) = try engine.open()
        let user = try acting.context(registry: index.registry, users: dataset.users, today: engine.day)
        if listSaved { return try SavedSearchRunner.list(dir: dir, index: index, user: user, today: engine.day, json: engine.json) }
        var savedSearch: SavedSearch?
        if let saved { savedSearch = try SavedSearchRunner.find(saved, dir: dir, user: user) }
        let query = savedSearch?.query ?? self.query ?? ""
        let result: SearchResult
        do {
            // Free text matches only the names this user may see: a hidden candidate
            // cannot be found by her name.
            // Sorted by what the query asks, as the workbench's Candidates screen does:
            // distance for `near:`, date for `avail:`, else relevance.
            let order = SearchOrder.implied(by: try QueryParser.parse(query))
            result = try index.search(query, top: max(1, top), today: engine.day, viewer: user, order: order)
        } catch {
            printError("jobmatch: bad query: \(error.message)")
            for line in error.pointer(in: query).split(separator: "\n") { printError("  \(line)") }
            throw ExitCode.failure
        }
        // Saved searches: written (durable and audited) before anything is printed.
        let note = try SavedSearchRunner.record(save: save, opened: savedSearch, query: query, result: result, dir: dir,
                                                index: index, user: user, today: engine.day)
        if engine.json {
            let hidden = ContactDetails.hiddenNotes(ids: result.hits.map(\.candidateID), dataset: dataset, user: user,
                                                    municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })
            print(try note.map { try JSONOutput.string(SavedSearchRunJSON(note: $0, result: result), hidden: hidden) }
                  ?? JSONOutput.string(result, hidden: hidden))
            return
        }
        if let note { print(note.text) }
        print("\(result.matched) candidate\(result.matched == 1 ? "" : "s") match; showing \(result.hits.count)")
        print("")
        print(Table.render(
            header: ["#", "candidate", "lives in", "commute", "available", "why"],
            rows: result.hits.enumerated().map { i, h in
                ["\(i + 1)", h.candidateID, index.municipalityLabel(h.municipality),
                 h.commuteMinutes.map { "\($0) min" } ?? "–", "\(h.availableFrom)", h.summary]
            },
            rightAligned: [0, 3]))
        let ask = ContactDetails.askLines(ids: result.hits.map(\.candidateID), dataset: dataset, user: user,
                                          municipalityName: { dataset.registry.municipality($0)?.name ?? $0 })
        if !ask.isEmpty { print(""); print(ask.joined(separator: "\n")) }
    }
}
