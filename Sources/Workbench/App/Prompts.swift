/// The search (`/`), filter (`f`) and command (`:`) prompts: keys while one is open.
/// Search moves the selection of the focused list as you type; a filter applies as you
/// type (a half-typed term keeps the last good filter); Esc restores either.
enum Prompts {
    static func reduce<S: WorkbenchScreen>(_ screen: inout S, _ action: Action, _ env: inout ScreenEnv) -> [Effect] {
        guard var editor = env.mode.editor else { return [] }
        switch action {
        case let edit where editor.apply(edit): break
        case .cancelInput:
            if case .search(_, let origin) = env.mode { ListBehaviour.select(&screen, row: origin, env) }
            if case .filter(_, let original) = env.mode { _ = applyFilter(&screen, original, &env) }
            env.mode = .normal
            env.message = nil
            return []
        case .submitInput:
            return submit(&screen, editor, &env)
        default:
            return []
        }
        switch env.mode {
        case .search(_, let origin):
            env.mode = .search(editor, origin: origin)
            if let hit = ListBehaviour.find(screen, env, query: editor.text, from: origin, forward: true) {
                ListBehaviour.select(&screen, row: hit, env)
                env.message = nil
            } else {
                ListBehaviour.select(&screen, row: origin, env)
                env.message = editor.text.isEmpty ? nil : StatusMessage("No match for “\(editor.text)”", isError: true)
            }
        case .filter(_, let original):
            env.mode = .filter(editor, original: original)
            if let error = applyFilter(&screen, editor.text, &env) { env.say(error.message, isError: true) } else { env.message = nil }
        case .command:
            env.mode = .command(editor)
        case .normal:
            break
        }
        return []
    }

    private static func submit<S: WorkbenchScreen>(_ screen: inout S, _ editor: LineEditor, _ env: inout ScreenEnv) -> [Effect] {
        switch env.mode {
        case .search:
            ListBehaviour.setLastSearch(&screen, editor.text, env)
            env.mode = .normal
            if !editor.text.isEmpty, ListBehaviour.find(screen, env, query: editor.text, from: 0, forward: true) == nil {
                env.say("No match for “\(editor.text)”", isError: true)
            }
        case .filter:
            if let error = applyFilter(&screen, editor.text, &env) {
                env.say(error.message, isError: true)  // keep the prompt open to fix it
            } else {
                env.mode = .normal
                env.message = nil
            }
        case .command:
            env.mode = .normal
            // Run after this screen's state is written back: a command may change the routes.
            env.pendingCommand = editor.text
        case .normal:
            break
        }
        return []
    }

    /// Applies a typed filter to a `Filterable` screen.
    static func applyFilter<S: WorkbenchScreen>(_ screen: inout S, _ query: String, _ env: inout ScreenEnv) -> FilterError? {
        guard var filterable = screen as? any Filterable else { return FilterError(message: "Nothing to filter on this screen") }
        let error = filterable.applyFilter(query, &env)
        screen = filterable as! S
        return error
    }
}
