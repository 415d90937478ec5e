import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// `jobmatch review`: the headless twin of the Review screen. Approving and returning are
/// `jobmatch shortlist approve|return`.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The supervisors' review queue of submitted shortlists.",
        subcommands: [ReviewList.self])
}

struct ReviewList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Submitted shortlists of your cooperation's vacancies, oldest submission first, with the triage decisions behind each candidate.",
        discussion: "Approve with `jobmatch shortlist approve V`, return with `jobmatch shortlist return V --comment T`. "
            + "Names are shown only where you may see them, after the view is in the audit log.")
    @OptionGroup var options: TriageOptions

    func run() throws {
        let (dir, dataset) = try options.dataOptions.load()
        let user = try options.acting.context(registry: dataset.registry, users: dataset.users)
        let journal = try options.journal(dir)
        let municipalities = Dictionary(dataset.vacancies.map { ($0.id, $0.municipality) }, uniquingKeysWith: { a, _ in a })
        let queue = ReviewQueue.submitted(in: journal.state, reviewedFrom: user.municipality, registry: dataset.registry,
                                          municipalityOf: { municipalities[$0] })
        let book = NameBook(ids: queue.flatMap { $0.candidates.map(\.candidate) }, dataset: dataset, user: user, directory: dir,
                            recordKind: "review", recordID: "queue", listedBy: "jobmatch review list")
        let vacancies = Dictionary(dataset.vacancies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        if options.json {
            struct Out: Encodable { var user: String, queue: [ReviewEntryJSON], warning: String? }
            print(try JSONOutput.string(Out(user: user.user, queue: queue.map {
                ReviewEntryJSON($0, title: vacancies[$0.vacancy]?.title ?? "", book: book, warning: nil)
            }, warning: journal.tornTail?.description ?? book.notice)))
            return
        }
        if queue.isEmpty { print("No shortlists are waiting for review.") }
        for (i, e) in queue.enumerated() {
            if i > 0 { print("") }
            for line in ReviewText.lines(e, vacancy: vacancies[e.vacancy], book: book) { print(line) }
        }
        for w in [journal.tornTail?.description, book.notice].compactMap({ $0 }) { printError("warning: \(w)") }
    }
}
