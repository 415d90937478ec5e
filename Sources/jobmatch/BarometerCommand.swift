import ArgumentParser
import Foundation
import JobMatchCore
import JobStore
import MatchEngine

/// `jobmatch barometer`: the headless twin of the Barometer screen, its HTML report, and
/// the import of answers collected elsewhere.
struct BarometerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "barometer",
        abstract: "The job barometer: expected hires per industry group and occupation at 3 and 12 months.",
        discussion: """
            Shows one survey round (the newest unless --round) for the cooperation, or for one municipality \
            with --municipality. An answer counts in the municipality of the site it is about. Expected hires \
            are the positions companies expect to add; net subtracts expected reductions. A figure behind fewer \
            than \(Barometer.minimumAnswers) company answers is marked "!" (too few to trust).
            """,
        subcommands: [BarometerShow.self, BarometerReportCommand.self, BarometerImportCommand.self],
        defaultSubcommand: BarometerShow.self)
}

struct BarometerShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the barometer (the default).")

    @OptionGroup var dataOptions: DataOptions
    @Option(help: ArgumentHelp("Only this municipality's barometer (four-digit code, e.g. 0860). Here --municipality picks the view; your own job centre comes from users.json or $JOBMATCH_MUNICIPALITY.", valueName: "code"))
    var municipality: String?
    @Option(help: "Survey round, YYYY-H1 or YYYY-H2 (default: the newest).") var round: String?
    @Flag(help: "Print JSON instead of tables.") var json = false
    @Option(help: "Who is at the keyboard: a user id from users.json (default: $JOBMATCH_USER, else $USER).") var user: String?

    func run() throws {
        let (_, dataset) = try dataOptions.load()
        // Company answers only: no personal data, but the user is checked as everywhere.
        _ = try UserOptions.parse(user.map { ["--user", $0] } ?? []).context(registry: dataset.registry, users: dataset.users)
        let barometer = Barometer(dataset: dataset)
        let overview: BarometerOverview
        let side: BarometerSideBySide?
        do {
            overview = try barometer.overview(round: round, municipality: municipality.map { BarometerCSV.padded($0, to: 4) })
            side = municipality == nil ? try barometer.sideBySide(round: overview.round) : nil
        } catch { throw fail(error.description) }
        if json {
            print(try JSONOutput.string(BarometerJSON(rounds: barometer.rounds, overview: overview, sideBySide: side)))
            return
        }
        print(BarometerText.render(overview, side: side, rounds: barometer.rounds))
    }
}

/// `--json` of `jobmatch barometer`.
struct BarometerJSON: Encodable {
    var rounds: [String]
    var overview: BarometerOverview
    var sideBySide: BarometerSideBySide?
}

/// The plain-text tables of `jobmatch barometer`.
enum BarometerText {
    static func render(_ o: BarometerOverview, side: BarometerSideBySide?, rounds: [String]) -> String {
        func mark(_ f: BarometerFigure) -> String { f.tooFew ? "!" : "" }
        func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
        var out: [String] = []
        out.append("Job barometer \(o.round) — \(o.scopeName): \(o.total.in3Months.answers) company answers (rounds: \(rounds.joined(separator: ", ")))")
        out.append("Expected hires = positions companies expect to add; net also subtracts reductions. ! = fewer than \(o.minimumAnswers) answers, too few to trust.")
        out.append("")
        out.append(Table.render(header: ["horizon", "answers", "hires", "net", "growth", "no change", "decline", "hard to recruit"],
                                rows: BarometerHorizon.allCases.map { h in
                                    let f = o.total.figure(h)
                                    return [h.label, "\(f.answers)\(mark(f))", "\(f.hires)", signed(f.net), "\(f.percent(f.growing))%",
                                            "\(f.percent(f.steady))%", "\(f.percent(f.declining))%", "\(f.hardToRecruit)"]
                                }, rightAligned: [1, 2, 3, 4, 5, 6, 7]))
        out.append("Company size: " + SizeBand.allCases.map { "\($0.rawValue): \(o.sizeBands[$0.rawValue] ?? 0)" }.joined(separator: " · "))
        out.append("\nPer industry group")
        out.append(Table.render(header: ["industry group", "answers", "hires 3m", "hires 12m", "net 3m", "net 12m", "growth", "no change", "decline"],
                                rows: o.groups.map { g in
                                    let a = g.in3Months
                                    return ["\(g.key) \(g.label)", "\(a.answers)\(mark(a))", "\(a.hires)", "\(g.in12Months.hires)", signed(a.net),
                                            signed(g.in12Months.net), "\(a.percent(a.growing))%", "\(a.percent(a.steady))%", "\(a.percent(a.declining))%"]
                                }, rightAligned: [1, 2, 3, 4, 5, 6, 7, 8]))
        out.append("\nPer occupation (most expected hires in 3 months first)")
        out.append(Table.render(header: ["occupation", "answers", "hires 3m", "hires 12m", "hard to recruit"],
                                rows: o.occupations.map { r in
                                    ["\(r.label) (\(r.key))", "\(r.in3Months.answers)\(mark(r.in3Months))", "\(r.in3Months.hires)",
                                     "\(r.in12Months.hires)", "\(r.in3Months.hardToRecruit)"]
                                }, rightAligned: [1, 2, 3, 4]))
        if let side {
            out.append("\nMunicipalities side by side")
            out.append(Table.render(header: ["municipality", "answers", "hires 3m", "hires 12m", "growth 3m", "decline 3m"],
                                    rows: side.columns.map { c in
                                        let a = c.total.in3Months
                                        return ["\(c.name) (\(c.code))", "\(a.answers)\(mark(a))", "\(a.hires)", "\(c.total.in12Months.hires)",
                                                "\(a.percent(a.growing))%", "\(a.percent(a.declining))%"]
                                    }, rightAligned: [1, 2, 3, 4, 5]))
        }
        return out.joined(separator: "\n")
    }
}

struct BarometerReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the barometer as one self-contained HTML page (SVG charts, no scripts).",
        discussion: """
            The page has the joint overview, the municipalities side by side and a section per municipality, \
            each with a bar chart per industry group. It is in Danish, with Danish numbers ("2.647", "34,7 %"): \
            it is meant for companies and the municipal board. It is written atomically, readable only by you (0600).
            """)

    @OptionGroup var dataOptions: DataOptions
    @Option(help: "The HTML file to write.") var out: String
    @Option(help: "Survey round, YYYY-H1 or YYYY-H2 (default: the newest).") var round: String?
    @Option(help: "The date printed on the report, YYYY-MM-DD (default: today).") var today: Day?
    @OptionGroup var acting: UserOptions

    func run() throws {
        let (_, dataset) = try dataOptions.load()
        _ = try acting.context(registry: dataset.registry, users: dataset.users)
        let html: String
        do {
            html = try BarometerReport.html(Barometer(dataset: dataset), round: round, generated: today ?? Day.today())
        } catch { throw fail(error.description) }
        do { try ExportFile.write(Array(html.utf8), to: out) } catch { throw fail(error.description) }
        let groups = dataset.schema.industryGroups.count
        print("Wrote \(out): the barometer for \(Barometer(dataset: dataset).municipalities.count + 1) scopes, \(groups) industry-group charts each.")
    }
}

struct BarometerImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add barometer answers from a spreadsheet export (CSV, ';', dd-mm-yyyy).",
        discussion: """
            The first line names the columns: round;company;municipality;industryGroup;visitDate;headcount;\
            jobCentre;consultant;occupation;in3Months;in12Months;hardToRecruit (consultant and hardToRecruit may \
            be left out; Danish names such as runde, cvr, kommune, branchegruppe, dato, ansatte, jobcenter, \
            konsulent, stilling, 3mdr, 12mdr, svær are accepted). One line per occupation; the lines of one \
            company and round form its answer. Problems are printed as FILE:LINE:COLUMN: what is wrong, and \
            nothing is written unless the whole file is valid.
            """)

    @OptionGroup var dataOptions: DataOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var acting: UserOptions

    func run() throws {
        let dir = try dataOptions.prepare()
        let dataset: Dataset
        do { dataset = try DataStore.load(from: dir) } catch {
            DataOptions.report(error, in: dir)
            throw ExitCode.failure
        }
        let user = try acting.context(registry: dataset.registry, users: dataset.users)
        guard let data = FileManager.default.contents(atPath: file) else { throw fail("cannot read \(file)") }
        let added: [BarometerAnswer]
        do {
            let parsed = try BarometerCSV.parse(Array(data), file: file)
            added = try DataStore(directory: dir).importBarometer(parsed)
        } catch {
            if error.store != nil { throw fail(error.description) }
            printError(error.description)
            throw fail("\(error.problems.count) problem\(error.problems.count == 1 ? "" : "s") in \(file); nothing was imported.")
        }
        let range = added.count == 1 ? added[0].id : added.isEmpty ? "" : "\(added.first!.id)–\(added.last!.id)"
        let answers = "\(added.count) answer\(added.count == 1 ? "" : "s")"
        do {
            try AuditLog(directory: dir).append(AuditEvent(
                user: user.user, userMunicipality: user.municipality, action: .change, recordKind: "barometer",
                recordID: range, detail: "imported \(answers) from \((file as NSString).lastPathComponent)"))
        } catch {
            throw fail("the answers are imported (\(range)) but the audit log could not be written: \(error)")
        }
        if json {
            print(try JSONOutput.string(["imported": added.map(\.id)]))
        } else {
            let rounds = Set(added.map(\.round)).sorted().joined(separator: ", ")
            print("Imported \(answers) (\(range)) for round \(rounds) into \(dir.path).")
        }
    }
}
