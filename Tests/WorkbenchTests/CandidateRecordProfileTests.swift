import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Candidate screen shows the richer record: work history, educations, certificates
/// with expiry (an expired one says so in words), transport and shifts, and the consent
/// log with its dates; employers only where the access rule shows the name.
@Suite struct CandidateRecordProfileTests {
    static func dataset() -> Dataset {
        var data = Tiny.dataset
        func enrich(_ c: inout Candidate) {
            c.birthDate = Day("1984-06-15")!
            c.heldCertificates = [HeldCertificate(id: "forklift", issued: Tiny.day(-2000), expires: Tiny.day(-10)),
                                  HeldCertificate(id: "forklift", issued: Tiny.day(-3000), expires: nil)]
            c.educations = [Education(kind: .svendebrev, title: "Smed (svendebrev)", level: "erhvervsuddannelse", year: 2004)]
            c.workHistory = [WorkPeriod(employer: "Hirtshals Stål A/S", title: "Svejser", from: Tiny.day(-1500), to: Tiny.day(-201))]
            c.transport = .car
            c.shifts = [.night]
            c.consents = [ConsentRecord(given: Tiny.day(-199), recordedBy: "anna", withdrawn: Tiny.day(-5))]
        }
        enrich(&data.candidates[0])   // K000001, Hjørring's own
        enrich(&data.candidates[2])   // K000003, Brønderslev, hidden
        return data
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func ownCandidateShowsTheRecord(size: (Int, Int)) {
        let h = Harness(width: size.0, height: 60, dataset: Self.dataset())
        h.press(.char(":")).type("open K000001").press(.enter)
        let text = h.text
        #expect(text.contains("Born:        1984-06-15"))
        #expect(text.contains("own car · also night"))
        #expect(text.contains("EXPIRED \(Tiny.day(-10)), not counted"))
        #expect(text.contains("does not expire"))
        #expect(text.contains("2004 Smed (svendebrev)"))
        #expect(text.contains("Svejser at Hirtshals Stål A/S"))
        #expect(text.contains("given \(Tiny.day(-199)) by anna"))
        #expect(text.contains("WITHDRAWN") && text.contains("\(Tiny.day(-5))"), "the withdrawal, with its date (wrapped at 80 columns)")
    }

    @Test func hiddenCandidateShowsNoEmployerAndNoBirthDate() {
        let h = Harness(width: 160, height: 60, dataset: Self.dataset())
        h.press(.char(":")).type("open K000003").press(.enter)
        let text = h.text
        #expect(!text.contains("Hirtshals Stål"))
        #expect(!text.contains("1984-06-15"))
        #expect(text.contains("Employers hidden with the name."))
        #expect(text.contains("EXPIRED"))
    }
}
