import JobMatchCore
import TerminalUI

/// The name of a screen: what the route stack, the screen table and tests call it.
package struct ScreenID: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    package var name: String
    package init(_ name: String) { self.name = name }
    package init(stringLiteral value: String) { self.name = value }
    package var description: String { name }
}

/// One screen of the workbench. A screen is one folder under `Screens/`: a value type
/// holding its state that conforms to this protocol (keys, reducer, rendering), and one
/// line in `ScreenTable`. Nothing else changes to add one.
///
/// The app keeps a stack of routes (`AppState.routes`), each carrying its screen's state.
/// The top-level reducer (`Reducer.reduce`) handles what is the same everywhere (quit,
/// help, the `:` command line, going back, prompts and background results) and passes
/// every other action to the screen on top. What the screen does not handle itself falls
/// through to the shared list behaviour (`ListBehaviour`: movement, paging, `/` `n` `N`),
/// driven by the panes the screen describes in `panes(_:)`, and to the shared filter
/// behaviour when the screen is `Filterable`.
package protocol WorkbenchScreen: Sendable, Equatable {
    static var id: ScreenID { get }
    /// "Vacancies", for the help title and the title bar.
    static var title: String { get }
    /// The keys of this screen. Help (`?`) and the hints in the bottom line are generated
    /// from this table, so neither can disagree with what the keys do.
    static var keys: KeyTable { get }
    /// Keeps its state when closed, so reopening it (`v`, `:vacancies`) shows it as it was.
    static var keepsStateWhenClosed: Bool { get }
    /// The keys while the screen's own text field has the focus (`isTyping`): any printable
    /// key not in this table is typed into the field as `.insertText`.
    static var typingKeys: KeyTable { get }

    /// True while a text field of the screen (the Candidates query line) has the focus:
    /// printable keys are typed into it and `typingKeys` replaces `keys`.
    var isTyping: Bool { get }
    /// The crumb in the title bar ("Ranking V000123").
    func crumb(_ env: ScreenEnv) -> String
    /// Handles an action this screen owns; nil when it does not (shared behaviour follows).
    mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]?
    /// The pane that keys move in: a list with a cursor, or a scrolling text.
    func focusedPane(_ env: ScreenEnv) -> Pane<Self>?
    /// Called when the selection of a list moves (to reset a detail pane's scroll).
    mutating func selectionMoved()
    /// Draws the body of the screen (between the title bar and the two bottom lines).
    func render(into buffer: inout ScreenBuffer, rect: Rect, env: ScreenEnv, usesColor: Bool)
    /// "300 candidates": how many candidates the screen shows, for the status bar.
    func candidatesInView(_ env: ScreenEnv) -> String
    /// A short note for the status bar while the screen waits for work ("ranking…").
    func busyNote(_ env: ScreenEnv) -> String?
    /// Work the screen still needs once the engine is ready (the ranking it waits for).
    func pendingEffects(_ env: ScreenEnv) -> [Effect]
    /// A result from background work or the host (the audit log's answer); the screen takes
    /// it if the request id is its own, and may ask for more work (an audit entry).
    mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect]
}

extension WorkbenchScreen {
    package static var keepsStateWhenClosed: Bool { false }
    package static var typingKeys: KeyTable { .prompt }
    package var isTyping: Bool { false }
    package func crumb(_ env: ScreenEnv) -> String { Self.title }
    package mutating func reduce(_ action: Action, _ env: inout ScreenEnv) -> [Effect]? { nil }
    package func focusedPane(_ env: ScreenEnv) -> Pane<Self>? { nil }
    package mutating func selectionMoved() {}
    package func candidatesInView(_ env: ScreenEnv) -> String { Format.plural(env.data.activeCandidates, "candidate") }
    package func busyNote(_ env: ScreenEnv) -> String? { nil }
    package func pendingEffects(_ env: ScreenEnv) -> [Effect] { [] }
    package mutating func receive(_ action: Action, _ env: inout ScreenEnv) -> [Effect] { [] }

    /// Equality across screens of any type (for `Route`'s `Equatable`).
    func isEqual(to other: any WorkbenchScreen) -> Bool { (other as? Self) == self }
}

/// A screen that hides rows with a typed filter (`f`, `:filter …`, `x`). The prompt, its
/// prefill, the error messages and the status-bar segment are shared.
package protocol Filterable: WorkbenchScreen {
    /// The filter as one would type it (prefills the prompt), or nil when the screen cannot
    /// filter right now (the message says why).
    func filterQuery(_ env: ScreenEnv) -> Result<String, FilterError>
    /// Parses and applies a typed filter; returns the parse error, if any (the list then
    /// keeps its previous filter).
    mutating func applyFilter(_ query: String, _ env: inout ScreenEnv) -> FilterError?
    mutating func clearFilter(_ env: inout ScreenEnv)
    /// ("Hjørring · expiring ≤5 d", "12/345") while a filter is on.
    func filterSegment(_ env: ScreenEnv) -> (description: String, counts: String)?
}

/// A pane keys act on: a list (movement, paging, search) or a text (scrolling).
package struct Pane<Screen> {
    package enum Kind {
        /// `count` rows; `matches(i, needles)` says whether row i contains every folded needle.
        case list(WritableKeyPath<Screen, ListCursor>, count: Int, matches: ((Int, [[UInt8]]) -> Bool)?)
        /// `lines` lines of text.
        case text(WritableKeyPath<Screen, ScrollOffset>, lines: Int)
    }
    package var kind: Kind
    /// Rows visible at the current size: the page for PgUp/PgDn and scrolling.
    package var visibleRows: Int
    /// Where `/` `n` `N` keep the last search of this pane.
    package var lastSearch: WritableKeyPath<Screen, String>?

    package static func list(_ cursor: WritableKeyPath<Screen, ListCursor>, count: Int, visibleRows: Int,
                             lastSearch: WritableKeyPath<Screen, String>? = nil,
                             matches: ((Int, [[UInt8]]) -> Bool)? = nil) -> Pane {
        Pane(kind: .list(cursor, count: count, matches: matches), visibleRows: visibleRows, lastSearch: lastSearch)
    }

    package static func text(_ offset: WritableKeyPath<Screen, ScrollOffset>, lines: Int, visibleRows: Int) -> Pane {
        Pane(kind: .text(offset, lines: lines), visibleRows: visibleRows, lastSearch: nil)
    }
}

/// What a screen may read and change outside its own state while reducing.
package struct ScreenEnv {
    package let data: WorkbenchData
    package let context: WorkbenchContext
    package let size: TerminalSize
    package let engine: EngineStatus
    /// How many candidates a ranking asks for.
    package let rankingDepth: Int
    /// The bottom line until the next key.
    package var message: StatusMessage?
    /// What the keyboard types into (a screen may open the search or filter prompt).
    package var mode: InputMode
    /// A `:` command typed in the prompt, run once the screen's state is written back.
    var pendingCommand: String?
    /// Routes to open once the screen's reducer returns, in order.
    package var navigation: [Navigation] = []
    /// The next id for a background request (so late answers can be told apart).
    package var nextRequestID: Int
    /// States of closed screens that keep theirs (`keepsStateWhenClosed`).
    package let parked: [ScreenID: Route]
    /// The journal replayed (triage decisions, shortlists, calls), as of the last refresh.
    package let work: JournalState

    /// The users of the data directory (names and phones for "ask …", roles for queues).
    package var users: UserDirectory { data.users }
    /// The person at the keyboard, when `users.json` knows her.
    package var actingUser: User? { data.users.user(context.user.user) }

    package mutating func requestID() -> Int {
        defer { nextRequestID += 1 }
        return nextRequestID
    }

    /// The state a screen left when it was closed, if it keeps it.
    package func parked<S: WorkbenchScreen>(_ type: S.Type) -> S? { parked[S.id]?.screen as? S }

    package mutating func say(_ text: String, isError: Bool = false) { message = StatusMessage(text, isError: isError) }
}

/// A change of the route stack a screen asks for.
package enum Navigation {
    /// Opens a screen on top (dropping it and anything above it if it is already open).
    case push(any WorkbenchScreen)
    /// Keeps the routes up to and including `below`, then opens the screen on top.
    case replaceAbove(ScreenID, with: any WorkbenchScreen)
    /// Closes the screen on top, as Esc does: for a screen whose own text field takes Esc
    /// first (the Candidates name prompt cancels with it; the query line goes back).
    case back
}

/// One entry of the route stack: a screen and its state.
package struct Route: Sendable, Equatable {
    package var screen: any WorkbenchScreen
    package init(_ screen: any WorkbenchScreen) { self.screen = screen }
    package var id: ScreenID { type(of: screen).id }
    package static func == (a: Route, b: Route) -> Bool { a.screen.isEqual(to: b.screen) }
}
