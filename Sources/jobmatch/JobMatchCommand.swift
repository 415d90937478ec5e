import ArgumentParser

/// `jobmatch`: the workbench and its headless twins. With no subcommand it opens the
/// workbench on the data directory (the very first run, with no data directory at the
/// default location, sets one up there with demo data and says so).
@main
struct JobMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobmatch",
        abstract: "A terminal workbench for job centres that recruit across municipal borders.",
        discussion: """
            The data directory is --data DIR, else $JOBMATCH_DATA, else $XDG_DATA_HOME/jobmatch \
            (~/.local/share/jobmatch). `jobmatch init [--demo] --data DIR` creates one. On the very \
            first run of the workbench, when no data directory exists at the default location, \
            jobmatch sets one up there with demo data and says so; a directory named with --data \
            or $JOBMATCH_DATA is never created implicitly.
            """,
        subcommands: [Open.self, Init.self, Validate.self, Stats.self, Generate.self, Match.self, Explain.self, Search.self, Audit.self, KillProbe.self, Triage.self, ShortlistCommand.self, Review.self, Calls.self, JournalCommand.self, BarometerCommand.self, Shortage.self, Upskilling.self, Recruitment.self, Allocate.self, Visits.self],
        defaultSubcommand: Open.self
    )
}
