import ArgumentParser

/// `jobmatch`: the workbench and its headless twins. With no subcommand it opens the
/// workbench on the data directory (setting it up with demo data on first use).
@main
struct JobMatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobmatch",
        abstract: "A terminal workbench for job centres that recruit across municipal borders.",
        discussion: """
            The data directory is --data DIR, else $JOBMATCH_DATA, else $XDG_DATA_HOME/jobmatch \
            (~/.local/share/jobmatch). An empty data directory is set up with demo data on first use.
            """,
        subcommands: [Open.self, Validate.self, Stats.self, Generate.self, Match.self, Explain.self, Search.self, Audit.self],
        defaultSubcommand: Open.self
    )
}
