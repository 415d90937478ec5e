import JobMatchCore
import TerminalUI

/// What the keyboard is typing into, if anything.
package enum InputMode: Sendable, Equatable {
    case normal
    /// Incremental search: the selection follows the first match from `origin` as you type.
    case search(LineEditor, origin: Int)
    /// A filter being typed; it applies as you type, Esc restores `original`.
    case filter(LineEditor, original: String)
    /// The `:` command line.
    case command(LineEditor)

    var editor: LineEditor? {
        switch self {
        case .normal: return nil
        case .search(let e, _), .filter(let e, _), .command(let e): return e
        }
    }
}

/// A line for the bottom of the screen until the next key.
package struct StatusMessage: Sendable, Equatable {
    package var text: String
    package var isError: Bool
    package init(_ text: String, isError: Bool = false) { self.text = text; self.isError = isError }
}

/// Whether the matching engine is ready (its index is built in the background at start-up).
package enum EngineStatus: Sendable, Equatable {
    case indexing
    case ready
    case failed(String)
}

/// Everything the screens show. Rendering is a pure function of this value; every change
/// goes through `Reducer.reduce`.
package struct AppState: Sendable, Equatable {
    package let data: WorkbenchData
    package let context: WorkbenchContext
    /// The screens this workbench has (`ScreenTable.standard`; tests add their own).
    package let screens: ScreenTable
    package var size: TerminalSize
    /// The route stack: the dashboard at the bottom, the screen shown on top; Esc pops.
    /// Each route carries its screen's state.
    package var routes: [Route]
    /// Closed screens that keep their state (`WorkbenchScreen.keepsStateWhenClosed`).
    package var parked: [ScreenID: Route] = [:]
    package var mode: InputMode = .normal
    /// The help overlay for the current screen, when open.
    package var help: HelpOverlay?
    package var message: StatusMessage?
    package var engine: EngineStatus = .indexing
    /// How many candidates a ranking asks for.
    package var rankingDepth = 300
    package var nextRequestID = 1
    /// The journal replayed: triage decisions, shortlists, calls (`WorkJournal`). Refreshed
    /// about once a second, and after every edit this workbench makes.
    package var work = JournalState()
    /// Why the journal cannot be read or written (damage, a torn tail), for the status line.
    package var journalWarning: String?
    package var quit = false
    /// A command submitted from the prompt, run right after (never outlives one reduce).
    var pendingCommand: String?

    package init(data: WorkbenchData, context: WorkbenchContext, size: TerminalSize, screens: ScreenTable = .standard) {
        self.data = data
        self.context = context
        self.size = size
        self.screens = screens
        self.routes = [Route(DashboardScreen())]
        self.message = context.notice.map { StatusMessage($0) }
    }

    /// The screen on top.
    package var screen: ScreenID { routes.last?.id ?? DashboardScreen.id }
    /// The ids of the route stack, bottom first.
    package var stack: [ScreenID] { routes.map(\.id) }
    package var top: any WorkbenchScreen { routes[routes.count - 1].screen }

    /// The topmost open screen of a type.
    package func open<S: WorkbenchScreen>(_ type: S.Type) -> S? {
        routes.last { $0.id == S.id }?.screen as? S
    }

    /// The environment a screen reduces and renders in.
    func env() -> ScreenEnv {
        ScreenEnv(data: data, context: context, size: size, engine: engine, rankingDepth: rankingDepth,
                  message: message, mode: mode, nextRequestID: nextRequestID, parked: parked, work: work)
    }

    package static func == (a: AppState, b: AppState) -> Bool {
        a.data === b.data && a.context == b.context && a.screens == b.screens && a.size == b.size && a.routes == b.routes
            && a.parked == b.parked && a.mode == b.mode && a.help == b.help && a.message == b.message
            && a.engine == b.engine && a.rankingDepth == b.rankingDepth && a.nextRequestID == b.nextRequestID && a.quit == b.quit
            && a.work == b.work && a.journalWarning == b.journalWarning
    }
}
