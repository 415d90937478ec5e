import TerminalUI

/// Draws the whole screen from the state: title bar, the current screen, the status line,
/// the prompt/message line and the help overlay. A pure function, so every screen is
/// tested as text on the in-memory terminal.
package enum WorkbenchView {
    /// The rows between the title bar and the two bottom lines.
    static func body(_ size: TerminalSize) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }
    /// Where the help overlay may go: everything above the status line, which stays visible.
    static func overlayArea(_ size: TerminalSize) -> Rect { Rect(x: 0, y: 0, width: size.width, height: size.height - 2) }

    /// Renders `state` at `size`. `usesColor` is the theme's (monochrome switches gauges to ASCII).
    package static func render(_ state: AppState, size: TerminalSize, usesColor: Bool = true) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width > 0, size.height > 3 else { return buffer }
        drawTitle(state, into: &buffer)
        let body = body(size)
        state.top.render(into: &buffer, rect: body, env: state.env(), usesColor: usesColor)
        StatusLine.draw(state, into: &buffer, y: size.height - 2)
        StatusLine.drawPrompt(state, into: &buffer, y: size.height - 1)
        if let help = state.help { help.render(into: &buffer, rect: overlayArea(size)) }
        return buffer
    }

    /// "jobmatch │ Vendsyssel … │ Vacancies › Ranking V000123" and the date on the right.
    private static func drawTitle(_ state: AppState, into buffer: inout ScreenBuffer) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .title)
        let env = state.env()
        var crumbs = state.routes.map { $0.screen.crumb(env) }
        let right = " \(state.context.today) "
        let rightWidth = DisplayWidth.of(right)
        let room = max(0, width - rightWidth - 1)
        // When it does not fit, the cooperation goes first, then the oldest screens ("… › Ranking V000101 › …").
        var left = " jobmatch │ " + crumbs.joined(separator: " › ") + " │ " + state.data.cooperationName
        if DisplayWidth.of(left) > room { left = " jobmatch │ " + crumbs.joined(separator: " › ") }
        while DisplayWidth.of(left) > room && crumbs.count > 1 {
            crumbs.removeFirst()
            left = " jobmatch │ … › " + crumbs.joined(separator: " › ")
        }
        buffer.put(left, x: 0, y: 0, style: Style(.title, bold: true), maxWidth: room)
        buffer.put(right, x: width - rightWidth, y: 0, style: .title)
    }
}
