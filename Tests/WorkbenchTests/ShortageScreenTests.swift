import Foundation
import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Shortage screen (issue P7) on the in-memory terminal, with Tiny's data counted by hand:
/// in Vendsyssel 4 open welder positions (V000101 ×2, V000103, V000104) against K000001,
/// K000002 and K000003 within reach; K000005 wants the job one level short.
@Suite struct ShortageScreenTests {
    @Test(":shortage opens on the user's cooperation with its shortage first and the numbers behind it")
    func opens() {
        let h = Harness()
        h.press(.char(":")).type("shortage").press(.enter)
        #expect(h.state.screen == ScreenID("shortage"))
        #expect(h.text.contains("Vendsyssel (0813 0810 0860 0849) · 1 shortage · 0 paradox"), "\(h.text)")
        let welder = h.line(containing: "Svejser")
        #expect(welder?.contains("shortage") == true, "\(h.text)")
        #expect(welder?.contains("wrong competences") == true, "\(h.text)")
        #expect(h.line(containing: "Social- og sundheds")?.contains("good-prospects") == true, "\(h.text)")
        #expect(h.text.contains("Demand 4: 4 open positions + 0 expected hires"), "\(h.text)")
        #expect(h.text.contains("Supply 3 qualified within reach"))
        #expect(h.text.contains("Likely cause: wrong competences; 1 positions short"))
        #expect(h.text.contains("MIG-svejsning 3: 3"))
    }

    @Test("m moves to the next area, a lists occupations without demand too; nothing personal is shown or logged")
    func areasAndPrivacy() {
        let h = Harness()
        h.press(.char(":")).type("shortage").press(.enter)
        h.press(.char("m"))
        #expect(h.text.contains("Aalborg (0851)"), "\(h.text)")
        h.press(.char("M"), .char("M"))
        #expect(h.text.contains("Jammerbugt (0849)"), "\(h.text)")
        // V000103's one position; K000001–3 commute there within their 90 minutes: 3 ≥ 3 × 1.
        #expect(h.line(containing: "Svejser")?.contains("fewer-prospects") == true, "\(h.text)")
        h.press(.char("a"))
        #expect(h.messageLine.contains("with or without demand"))
        for c in Tiny.candidates {
            #expect(!h.text.contains(c.name) && !h.text.contains(c.id))
        }
        #expect(h.audit.events.isEmpty)
    }

    @Test("the screen fits 80×24 with the status column and the detail pane")
    func smallTerminal() {
        let h = Harness(width: 80, height: 24)
        h.press(.char(":")).type("shortage").press(.enter)
        #expect(h.lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(h.text.contains("Status") && h.text.contains("Demand"))
        #expect(h.text.contains("Svejser — shortage"), "\(h.text)")
    }
}
