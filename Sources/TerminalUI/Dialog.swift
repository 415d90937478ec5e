/// A modal question with buttons ("Submit shortlist?  [Submit] [Cancel]").
///
/// ←/→/Tab move between buttons, Enter chooses, Esc cancels, and a button's first
/// letter (case-insensitive) chooses it directly, so "y"/"n" work for Yes/No.
public struct Dialog: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// The key moved the selection or was swallowed (dialogs are modal).
        case pending
        /// A button was chosen (its index).
        case chosen(Int)
        case cancelled
    }

    public var title: String
    public var message: String
    public var buttons: [String]
    public var selectedButton: Int

    public init(title: String, message: String, buttons: [String] = ["OK"], selectedButton: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .backTab, .char("h"):
            selectedButton = (selectedButton - 1 + buttons.count) % max(1, buttons.count)
        case .right, .tab, .char("l"):
            selectedButton = (selectedButton + 1) % max(1, buttons.count)
        case .enter:
            return buttons.isEmpty ? .cancelled : .chosen(min(max(0, selectedButton), buttons.count - 1))
        case .escape, .ctrl("c"):
            return .cancelled
        case .char(let c):
            let lower = String(c).lowercased()
            if let i = buttons.firstIndex(where: { $0.first.map { String($0).lowercased() } == lower }) { return .chosen(i) }
        default:
            break
        }
        return .pending
    }

    /// The box the dialog occupies when centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let buttonsWidth = buttons.reduce(0) { $0 + DisplayWidth.of($1) + 5 }
        let width = min(area.width - 2, max(30, buttonsWidth + 4, min(60, DisplayWidth.of(message) + 4), DisplayWidth.of(title) + 6))
        let lines = TextWrap.wrap(message, width: max(1, width - 4))
        return area.centered(width: max(0, width), height: min(area.height, lines.count + 4))
    }

    /// Draws the box, the wrapped message and the buttons (the selected one reversed).
    public func render(into buffer: inout ScreenBuffer, rect area: Rect) {
        let box = frame(in: area)
        guard box.width >= 6, box.height >= 3 else { return }
        Border.draw(into: &buffer, rect: box, title: title, style: .dialog)
        let lines = TextWrap.wrap(message, width: box.width - 4)
        for (i, line) in lines.prefix(max(0, box.height - 4)).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + i, style: .dialog, maxWidth: box.width - 4)
        }
        let labels = buttons.map { "[ \($0) ]" }
        let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, labels.count - 1)
        var x = box.x + max(2, (box.width - total) / 2)
        let y = box.maxY - 2
        for (i, label) in labels.enumerated() {
            let style = i == selectedButton ? Style(.dialog, bold: true, reverse: true) : Style.dialog
            x += buffer.put(label, x: x, y: y, style: style, maxWidth: box.maxX - 1 - x) + 1
        }
    }
}
