import JobMatchCore
import TerminalUI

/// The screens, in the order a consultant usually walks them.
public enum Screen: String, Sendable, Equatable, CaseIterable {
    case dashboard, vacancies, ranking, candidate

    public var title: String {
        switch self {
        case .dashboard: return "Dashboard"
        case .vacancies: return "Vacancies"
        case .ranking: return "Ranking"
        case .candidate: return "Candidate"
        }
    }
}

/// What the keyboard is typing into, if anything.
public enum InputMode: Sendable, Equatable {
    case normal
    /// Incremental search: the selection follows the first match from `origin` as you type.
    case search(LineEditor, origin: Int)
    /// A filter being typed; it applies as you type, Esc restores `original`.
    case filter(LineEditor, original: String)
    /// The `:` command line.
    case command(LineEditor)
}

/// A line for the bottom of the screen until the next key.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// Whether the matching engine is ready (its index is built in the background at start-up).
public enum EngineStatus: Sendable, Equatable {
    case indexing
    case ready
    case failed(String)
}

public struct DashboardState: Sendable, Equatable {
    public enum Pane: Int, Sendable, Equatable, CaseIterable { case municipalities, expiring }
    public var focus: Pane = .municipalities
    public var municipalities = ListCursor()
    public var expiring = ListCursor()
}

public struct VacanciesState: Sendable, Equatable {
    public enum Pane: Sendable, Equatable { case list, detail }
    public var filter = VacancyFilter()
    public var sort: VacancySort = .expiry
    public var descending = false
    /// Rows into `dataset.vacancies`, filtered and sorted.
    public var rows: [Int32] = []
    /// Open vacancies before the filter.
    public var total = 0
    public var list = ListCursor()
    public var focus: Pane = .list
    public var detail = ScrollOffset()
    public var lastSearch = ""
}

public struct RankingState: Sendable, Equatable {
    public enum Pane: Sendable, Equatable { case table, preview }
    public var vacancyRow: Int
    public var requestID: Int
    /// nil while the background ranking runs.
    public var outcome: RankingOutcome?
    public var filter = RankingFilter()
    /// Indices into `outcome.rows` that pass the filter.
    public var rows: [Int] = []
    public var list = ListCursor()
    public var focus: Pane = .table
    public var preview = ScrollOffset()
    public var lastSearch = ""
    /// Names in the list and preview: withheld until the audit log holds the listing.
    public var names: DetailsVisibility = .awaitingLog
}

public struct CandidateState: Sendable, Equatable {
    public enum Pane: Sendable, Equatable { case profile, score }
    public var candidateRow: Int
    /// The vacancy the candidate was opened from, whose score breakdown is shown.
    public var vacancyRow: Int?
    public var requestID: Int
    /// nil while loading; `.some(nil)` when the engine has no breakdown.
    public var breakdown: CandidateScore??
    /// Name and contact: hidden by the access rule, withheld until the audit log holds the
    /// view (or because it could not be written), or shown.
    public var details: DetailsVisibility
    public var showsPersonalDetails: Bool { details == .shown }
    public var focus: Pane = .profile
    public var profile = ScrollOffset()
    public var score = ScrollOffset()
}

/// Everything the screens show. Rendering is a pure function of this value; every change
/// goes through `Reducer.reduce`.
public struct AppState: Sendable, Equatable {
    public let data: WorkbenchData
    public let context: WorkbenchContext
    public var size: TerminalSize
    /// Screens from the dashboard to the current one; Esc pops.
    public var stack: [Screen] = [.dashboard]
    public var dashboard = DashboardState()
    public var vacancies = VacanciesState()
    public var ranking: RankingState?
    public var candidate: CandidateState?
    public var mode: InputMode = .normal
    /// The help overlay for the current screen, when open.
    public var help: HelpOverlay?
    public var message: StatusMessage?
    /// The last search in the dashboard lists.
    public var dashboardSearch = ""
    public var engine: EngineStatus = .indexing
    /// How many candidates a ranking asks for.
    public var rankingDepth = 300
    public var nextRequestID = 1
    public var quit = false

    public init(data: WorkbenchData, context: WorkbenchContext, size: TerminalSize) {
        self.data = data
        self.context = context
        self.size = size
        self.message = context.notice.map { StatusMessage($0) }
        let all = data.openVacancies(sortedBy: .expiry)
        vacancies.rows = all
        vacancies.total = all.count
    }

    public var screen: Screen { stack.last ?? .dashboard }

    public static func == (a: AppState, b: AppState) -> Bool {
        a.data === b.data && a.context == b.context && a.size == b.size && a.stack == b.stack
            && a.dashboard == b.dashboard && a.vacancies == b.vacancies && a.ranking == b.ranking
            && a.candidate == b.candidate && a.mode == b.mode && a.help == b.help && a.message == b.message && a.dashboardSearch == b.dashboardSearch
            && a.engine == b.engine && a.rankingDepth == b.rankingDepth && a.nextRequestID == b.nextRequestID && a.quit == b.quit
    }
}
