/// A screen's panes in the order Tab visits them: the order of the cases. Tab moves to the
/// next, Shift-Tab to the previous, both wrapping around, so every screen with a fixed ring
/// of panes (Recruitment, Upskilling) moves the focus the same way; a screen whose panes
/// come and go (the Dashboard's saved searches) keeps its own list.
package protocol PaneCycle: CaseIterable, Equatable {}

extension PaneCycle {
    /// The pane after this one (`forward`, Tab) or before it (Shift-Tab), wrapping around.
    func cycled(forward: Bool) -> Self {
        let ring = Array(Self.allCases)
        let at = ring.firstIndex(of: self) ?? 0
        return ring[(at + (forward ? 1 : ring.count - 1)) % ring.count]
    }

    /// The pane Tab (`nextPane`) or Shift-Tab (`previousPane`) moves to; nil for any other action.
    func cycled(by action: Action) -> Self? {
        switch action {
        case .nextPane: return cycled(forward: true)
        case .previousPane: return cycled(forward: false)
        default: return nil
        }
    }
}
