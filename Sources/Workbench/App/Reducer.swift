import JobMatchCore
import TerminalUI

/// The one place where state changes. Pure: the same state and action always give the
/// same new state and effects; background work and the audit log are effects the host runs.
///
/// It handles what every screen shares (quit, help, back, `v`/`d`, the command line,
/// prompts, background results) and passes everything else to the screen on top of the
/// route stack; what that screen leaves alone falls through to `ListBehaviour` and the
/// shared filter keys. It never asks the view to clamp: a resize only records the size,
/// and the view draws every list clamped to the rows that fit.
package enum Reducer {
    /// Applies `action` to `state` and returns the work the host must start.
    package static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let size):
            state.size = size
            return []
        case .engineReady, .engineFailed, .rankingFinished, .explanationFinished, .searchFinished, .auditFinished,
             .journalFinished, .journalChanged, .allocationFinished, .visitSuggestionFinished, .recruitmentsFinished, .savedSearchesCounted:
            return background(&state, action)
        default:
            break
        }
        if state.mode != .normal {
            var effects = withTop(&state) { Prompts.reduce(&$0, action, &$1) }
            if let command = state.pendingCommand {
                state.pendingCommand = nil
                effects += Commands.run(&state, command)
            }
            return effects
        }
        // A key press replaces the last message (the start-up notice stays until then).
        if action != .redraw && action != .suspend { state.message = nil }
        if state.help != nil { helpOverlay(&state, action); return [] }
        switch action {
        case .quit: state.quit = true
        case .showHelp: state.help = help(for: state, withCommands: false)
        case .redraw, .suspend: break
        case .back: back(&state)
        case .goToDashboard: return goTo(&state, DashboardScreen.id)
        case .goToVacancies: return goTo(&state, VacanciesScreen.id)
        case .goToCandidates: return goTo(&state, CandidatesScreen.id)
        case .startCommand: state.mode = .command(LineEditor())
        case .command(let text): return Commands.run(&state, text)
        default: return withTop(&state) { shared(&$0, action, &$1) }
        }
        return []
    }

    /// The key table in force on the top screen.
    package static func keys(_ state: AppState) -> KeyTable {
        state.top.isTyping ? type(of: state.top).typingKeys : type(of: state.top).keys
    }

    /// The action a key triggers in the current state, or nil for an unbound key.
    package static func action(for key: Key, in state: AppState) -> Action? {
        if case .resize(let w, let h) = key { return .resize(TerminalSize(width: w, height: h)) }
        if state.mode != .normal {
            if let name = KeyTable.prompt.action(for: key) { return Action.named[name] }
            if case .char(let c) = key { return .insertText(String(c)) }
            return nil
        }
        if state.help != nil {
            // The overlay scrolls with the movement keys and closes with Esc, q or ?.
            switch key {
            case .escape, .char("q"), .char("?"), .function(1): return .showHelp
            default: break
            }
        }
        if state.top.isTyping {
            // The screen's own text field: its keys, and every other printable key is typed.
            if let name = keys(state).action(for: key) { return Action.named[name] ?? .screen(name) }
            if case .char(let c) = key { return .insertText(String(c)) }
            return nil
        }
        return keys(state).action(for: key).map { Action.named[$0] ?? .screen($0) }
    }

    /// The help overlay for the top screen: its live key table, and with `withCommands`
    /// (`:help`) the `:` commands as well.
    package static func help(for state: AppState, withCommands: Bool) -> HelpOverlay {
        let type = type(of: state.top)
        var entries = keys(state).helpEntries
        if withCommands {
            entries.append(HelpOverlay.Entry(keys: "", description: ""))
            entries += Commands.list(state.screens).map { HelpOverlay.Entry(keys: $0.usage, description: $0.meaning) }
        }
        return HelpOverlay(title: "\(withCommands ? "Keys and commands" : "Keys") — \(type.title) (Esc closes)", entries: entries)
    }

    // MARK: - The top screen

    /// Runs `body` on the top screen's state with its environment, then applies what the
    /// screen asked for (message, prompt, request ids, navigation).
    static func withTop(_ state: inout AppState, _ body: (inout any WorkbenchScreen, inout ScreenEnv) -> [Effect]) -> [Effect] {
        var env = state.env()
        let top = state.routes.count - 1
        var screen = state.routes[top].screen
        let effects = body(&screen, &env)
        state.routes[top].screen = screen
        apply(&state, env)
        return effects
    }

    /// A screen's own handling, then the shared list, search and filter behaviour.
    static func shared<S: WorkbenchScreen>(_ screen: inout S, _ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        if let effects = screen.reduce(action, &env) { return effects }
        if ListBehaviour.move(&screen, action, env) { return [] }
        switch action {
        case .startSearch:
            guard let list = ListBehaviour.searchable(screen, env) else {
                env.say("Search works in lists — this screen has none")
                return []
            }
            env.mode = .search(LineEditor(), origin: list.selected)
        case .searchNext, .searchPrevious:
            ListBehaviour.searchAgain(&screen, forward: action == .searchNext, &env)
        case .startFilter:
            guard let filterable = screen as? any Filterable else { env.say("Nothing to filter on this screen"); return [] }
            switch filterable.filterQuery(env) {
            case .success(let query):
                // Prefilled with the current filter and a space, so typing adds a term.
                env.mode = .filter(LineEditor(query.isEmpty ? "" : query + " "), original: query)
            case .failure(let error):
                env.say(error.message)
            }
        case .clearFilter:
            guard var filterable = screen as? any Filterable else { env.say("Nothing to filter on this screen"); return [] }
            filterable.clearFilter(&env)
            screen = filterable as! S
        default:
            break
        }
        return []
    }

    static func apply(_ state: inout AppState, _ env: ScreenEnv) {
        state.message = env.message
        state.mode = env.mode
        state.nextRequestID = env.nextRequestID
        state.pendingCommand = env.pendingCommand
        for step in env.navigation {
            switch step {
            case .push(let screen):
                let id = type(of: screen).id
                if let i = state.routes.firstIndex(where: { $0.id == id }) { close(&state, from: i) }
                state.routes.append(Route(screen))
            case .back:
                back(&state)
            case .replaceAbove(let below, let screen):
                let keep = (state.routes.firstIndex { $0.id == below } ?? 0) + 1
                close(&state, from: keep)
                state.routes.append(Route(screen))
            }
        }
    }

    /// Closes the routes from index `i` up, parking those that keep their state.
    static func close(_ state: inout AppState, from i: Int) {
        guard i < state.routes.count else { return }
        for route in state.routes[i...] where type(of: route.screen).keepsStateWhenClosed { state.parked[route.id] = route }
        state.routes.removeSubrange(i...)
    }

    private static func back(_ state: inout AppState) {
        guard state.routes.count > 1 else {
            state.message = StatusMessage("This is the dashboard — press q to quit")
            return
        }
        close(&state, from: state.routes.count - 1)
    }

    /// `v`, `d`, `:vacancies`: the Dashboard, with the screen on top as it was left.
    static func goTo(_ state: inout AppState, _ id: ScreenID) -> [Effect] {
        close(&state, from: 1)
        guard id != DashboardScreen.id, let entry = state.screens.entry(id), let make = entry.make else { return [] }
        let env = state.env()
        state.routes.append(state.parked[id] ?? Route(make(env)))
        // A screen made here has had no chance to ask for work: `.opened` gives it one, and
        // a screen that needs the engine (Allocation) asks for it as soon as it opens.
        var opened = state.env()
        var effects = state.routes[state.routes.count - 1].screen.receive(.opened, &opened)
        apply(&state, opened)
        effects += state.routes[state.routes.count - 1].screen.pendingEffects(state.env())
        return effects
    }

    private static func helpOverlay(_ state: inout AppState, _ action: Action) {
        guard var help = state.help else { return }
        let key: Key?
        switch action {
        case .moveDown: key = .down
        case .moveUp: key = .up
        case .pageDown: key = .pageDown
        case .pageUp: key = .pageUp
        case .moveToTop: key = .home
        case .moveToBottom: key = .end
        case .showHelp, .back: state.help = nil; return
        case .quit where state.screen == DashboardScreen.id: state.help = nil; return
        default: key = nil
        }
        if let key { _ = help.handle(key, area: WorkbenchView.overlayArea(state.size)); state.help = help }
    }

    // MARK: - Background results

    private static func background(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .engineReady:
            state.engine = .ready
            let env = state.env()
            return state.routes.flatMap { $0.screen.pendingEffects(env) }
        case .engineFailed(let message):
            state.engine = .failed(message)
            state.message = StatusMessage("Matching engine failed: \(message)", isError: true)
        default:
            var env = state.env()
            var effects: [Effect] = []
            for i in state.routes.indices { effects += state.routes[i].screen.receive(action, &env) }
            // A screen may answer a result with a message, a prompt or a new screen.
            apply(&state, env)
            return effects
        }
        return []
    }
}
