import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// Where a candidate's details are withheld, the screens say whom to ask: her consultant
/// (or her job centre's) from users.json, with a phone number. The user is anna at Hjørring;
/// K000003 lives in Brønderslev, owned there, and did not consent.
@Suite struct HiddenProfileContactTests {
    static func dataset(_ users: [User]) -> Dataset {
        var d = Tiny.dataset
        d.users = users + [User(id: "anna", name: "Anna Berg", role: .consultant, municipality: "0860", phone: "+45 98 00 00 60")]
        return d
    }

    static let ownConsultant = User(id: "JC0810", name: "Birte Lund", role: .consultant, municipality: "0810", phone: "+45 98 00 00 10")
    static let colleague = User(id: "bo.brd", name: "Bo Kjær", role: .consultant, municipality: "0810", phone: "+45 98 00 00 11")

    @Test func profileNamesTheOwningConsultantAndHerPhone() {
        let h = Harness(width: 120, height: 30, dataset: Self.dataset([Self.colleague, Self.ownConsultant]), provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter, .char("j"), .enter)
        #expect(h.text.contains("K000003"))
        #expect(h.text.contains("ask Birte"), "\(h.text)")
        #expect(h.text.contains("Lund, +45 98 00 00 10 (Brønderslev job centre)"), "\(h.text)")
        #expect(!h.text.contains("Åse"))
    }

    @Test func withoutHerOwnConsultantInUsersTheJobCentresConsultantIsNamed() {
        let h = Harness(width: 200, height: 30, dataset: Self.dataset([Self.colleague]), provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter, .char("j"), .enter)
        #expect(h.text.contains("ask Bo Kjær, +45 98 00 00 11 (Brønderslev job"), "\(h.text)")
        #expect(h.text.contains("centre, her consultant there is JC0810)"), "\(h.text)")
    }

    @Test func rankingPreviewSaysWhomToAsk() {
        let h = Harness(width: 160, height: 48, dataset: Self.dataset([Self.ownConsultant]), provider: FakeProvider())
        h.press(.char(":")).type("open V000101").press(.enter, .char("j"))
        #expect(h.text.contains("Details hidden — ask Birte Lund, +45 98 00"), "\(h.text)")
    }

    @Test func candidatesListSaysWhomToAskForTheSelectedHiddenOne() {
        let h = Harness(width: 100, height: 30, dataset: Self.dataset([Self.ownConsultant]))
        h.press(.char("c")).type("muni:0810").press(.enter)
        #expect(h.text.contains("K000003: details hidden — ask Birte Lund, +45 98 00 00 10"), "\(h.text)")
    }
}
