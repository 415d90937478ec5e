import Foundation
import JobMatchCore
import Testing

/// The review queue, the role rules and the company export, on small hand-made fixtures.
@Suite("Shortlists: review queue, roles, export")
struct ShortlistReviewTests {
    static let users = UserDirectory([
        User(id: "mette.frh", name: "Mette Holm", role: .consultant, municipality: "0813", phone: "+45 24 46 70 55"),
        User(id: "trine.aal", name: "Trine Petersen", role: .consultant, municipality: "0851", phone: "+45 60 83 72 13"),
        User(id: "grethe.vend", name: "Grethe Rasmussen", role: .supervisor, municipality: "0810", phone: "+45 21 04 67 64"),
    ])

    static func candidate(_ id: String, owner: String, consent: Bool, consultant: String = "") -> Candidate {
        Candidate(id: id, name: "Name of \(id)", email: "\(id.lowercased())@example.dk", phone: "+45 11 22 33 \(id.suffix(2))",
                  municipality: owner, postcode: "9000", competences: [], desiredOccupations: [], education: "",
                  birthYear: 1980, singleProvider: false, flexJobApproved: false, licences: [], certificates: [], languages: [],
                  availableFrom: Day(year: 2026, month: 11, day: 1)!, hoursPerWeek: 37, maxCommuteMinutes: 60, benefit: "dagpenge",
                  matchCategory: "", unemployedSince: Day(year: 2026, month: 1, day: 1)!, consentToShare: consent,
                  ownerMunicipality: owner, consultant: consultant, status: .active)
    }

    static let vacancy = Vacancy(id: "V000001", company: "12345678", occupation: "occ.x", title: "Truckfører", requirements: [],
                                 licences: [], certificates: [], languages: [], jobType: "ordinary", hoursPerWeek: 37, positions: 1,
                                 startDate: Day(year: 2026, month: 12, day: 1)!, postedDate: Day(year: 2026, month: 11, day: 1)!,
                                 expiryDate: Day(year: 2026, month: 12, day: 20)!, municipality: "0813", publicEmployer: false,
                                 status: .open)

    /// Applies payloads in order as `user`, numbering them.
    static func state(_ steps: [(String, JournalPayload)]) throws -> JournalState {
        var s = JournalState()
        for (user, p) in steps {
            try s.apply(JournalEntry(sequence: s.lastSequence + 1, time: "t\(s.lastSequence + 1)", user: user, payload: p))
        }
        return s
    }

    @Test("the queue holds submitted lists only, oldest submission first, with the decisions behind each candidate")
    func queueOrder() throws {
        let s = try Self.state([
            ("mette.frh", .shortlistChange(vacancy: "V2", basedOn: 0, change: .add(candidate: "K1", note: ""))),
            ("mette.frh", .shortlistChange(vacancy: "V1", basedOn: 0, change: .add(candidate: "K2", note: "ok"))),
            ("trine.aal", .triageDecision(vacancy: "V1", candidate: "K3", verdict: .maybe, reason: "", note: "usikker")),
            ("trine.aal", .shortlistChange(vacancy: "V1", basedOn: 1, change: .add(candidate: "K3", note: ""))),
            ("trine.aal", .shortlistState(vacancy: "V1", basedOn: 2, state: .submitted, comment: "")),
            ("mette.frh", .shortlistState(vacancy: "V2", basedOn: 1, state: .submitted, comment: "")),
            ("mette.frh", .shortlistChange(vacancy: "V3", basedOn: 0, change: .add(candidate: "K9", note: ""))),
        ])
        let queue = ReviewQueue.submitted(in: s)
        #expect(queue.map(\.vacancy) == ["V1", "V2"])
        #expect(queue[0].consultant == "trine.aal")
        #expect(queue[0].candidates.map(\.candidate) == ["K2", "K3"])
        let k3 = queue[0].candidates[1]
        #expect(k3.decisions.map(\.verdict) == [.maybe] && k3.decisionSummary.contains("maybe by trine.aal: usikker"))
    }

    @Test("a supervisor's queue holds her cooperation's vacancies only (Vendsyssel's supervisor never sees Trekantområdet's lists)")
    func queuePerCooperation() throws {
        let json = #"{"version":"t","municipalities":[],"participating":["0813","0810","0510","0851"],"cooperations":["#
            + #"{"id":"vendsyssel","name":"Vendsyssel","members":["0810","0813"],"partners":["0851"]},"#
            + #"{"id":"trekant","name":"Trekantområdet","members":["0510"],"partners":[]}]}"#
        let registry = try JSONDecoder().decode(MunicipalityRegistry.self, from: Data(json.utf8))
        let s = try Self.state([
            ("mette.frh", .shortlistChange(vacancy: "V1", basedOn: 0, change: .add(candidate: "K1", note: ""))),
            ("mette.frh", .shortlistState(vacancy: "V1", basedOn: 1, state: .submitted, comment: "")),
            ("ole.mid", .shortlistChange(vacancy: "V2", basedOn: 0, change: .add(candidate: "K2", note: ""))),
            ("ole.mid", .shortlistState(vacancy: "V2", basedOn: 1, state: .submitted, comment: "")),
        ])
        let place = ["V1": "0813", "V2": "0510"]
        func queue(_ m: String) -> [String] {
            ReviewQueue.submitted(in: s, reviewedFrom: m, registry: registry, municipalityOf: { place[$0] }).map(\.vacancy)
        }
        #expect(queue("0810") == ["V1"])
        #expect(queue("0510") == ["V2"])
        #expect(queue("0851") == [], "a partner reviews its own municipality's lists only")
    }

    @Test("a returned list goes back to the consultant who submitted it, not to whoever edited it last")
    func returnedToSubmitter() throws {
        let s = try Self.state([
            ("trine.aal", .shortlistChange(vacancy: "V1", basedOn: 0, change: .add(candidate: "K2", note: ""))),
            ("mette.frh", .shortlistState(vacancy: "V1", basedOn: 1, state: .submitted, comment: "")),
            ("grethe.vend", .shortlistState(vacancy: "V1", basedOn: 2, state: .returned, comment: "for få")),
        ])
        #expect(ReviewQueue.returned(to: "mette.frh", in: s).map(\.vacancy) == ["V1"])
        #expect(ReviewQueue.returned(to: "trine.aal", in: s).isEmpty)
        #expect(ReviewQueue.returned(to: "mette.frh", in: s)[0].shortlist.comment == "for få")
        #expect(ReviewQueue.submitted(in: s).isEmpty)
    }

    @Test("approve and return only by a supervisor, editing, submit and send only by a consultant; no roles without users.json")
    func roles() {
        #expect(ShortlistRole.refusal(moving: .approved, by: "mette.frh", users: Self.users)?.contains("only a supervisor may approve") == true)
        #expect(ShortlistRole.refusal(moving: .returned, by: "mette.frh", users: Self.users)?.contains("only a supervisor may return") == true)
        #expect(ShortlistRole.refusal(moving: .approved, by: "grethe.vend", users: Self.users) == nil)
        #expect(ShortlistRole.refusal(moving: .submitted, by: "grethe.vend", users: Self.users)?.contains("only a consultant may submit") == true)
        #expect(ShortlistRole.refusal(moving: .sent, by: "grethe.vend", users: Self.users)?.contains("only a consultant may send") == true)
        #expect(ShortlistRole.refusal(moving: .submitted, by: "mette.frh", users: Self.users) == nil)
        #expect(ShortlistRole.editRefusal(by: "grethe.vend", users: Self.users) != nil)
        #expect(ShortlistRole.editRefusal(by: "mette.frh", users: Self.users) == nil)
        #expect(ShortlistRole.refusal(moving: .approved, by: "anyone", users: UserDirectory([])) == nil)
    }

    @Test("every export format shows a hidden candidate by pseudonym, home and owning consultant, never her name, e-mail or phone")
    func exportAccess() {
        let mine = Self.candidate("K000001", owner: "0813", consent: false)
        let hiddenOwned = Self.candidate("K000002", owner: "0851", consent: false, consultant: "trine.aal")
        let hiddenUnknown = Self.candidate("K000003", owner: "0851", consent: false, consultant: "nobody.listed")
        let consented = Self.candidate("K000004", owner: "0851", consent: true)
        let all = [mine, hiddenOwned, hiddenUnknown, consented]
        var list = Shortlist()
        list.items = all.map { ShortlistItem(candidate: $0.id, note: $0.id == "K000002" ? "=HYPERLINK(\"x\")" : "") }
        let export = ShortlistExport(vacancy: Self.vacancy, companyName: "Firma A/S", shortlist: list,
                                     user: UserContext(user: "mette.frh", municipality: "0813"), users: Self.users,
                                     candidate: { id in all.first { $0.id == id } },
                                     municipalityName: { ["0813": "Frederikshavn", "0851": "Aalborg"][$0] ?? $0 })
        #expect(export.detailsShown == ["K000001", "K000004"])
        for format in ShortlistExportFormat.allCases {
            let text = export.render(format)
            for hidden in [hiddenOwned, hiddenUnknown] {
                #expect(!text.contains(hidden.name) && !text.contains(hidden.email) && !text.contains(hidden.phone), "\(format)")
                #expect(text.contains(hidden.id), "\(format)")
            }
            #expect(text.contains("Trine Petersen, +45 60 83 72 13"), "\(format): owning consultant by her consultant id")
            #expect(text.contains("Trine Petersen, +45 60 83 72 13 (Aalborg job centre)"), "\(format): a consultant of the owning centre")
            for shown in [mine, consented] { #expect(text.contains(shown.name) && text.contains(shown.email), "\(format)") }
            #expect(text.contains("Aalborg"), "\(format)")
        }
        #expect(export.render(.csv).contains("\"'=HYPERLINK(\"\"x\"\")\""), "a note cannot become a spreadsheet formula")
        #expect(export.render(.csv).contains("\"+45 11 22 33 01\""), "a phone number keeps its +")
    }

    @Test("the export names the same person to ask as the screens, also where only a supervisor is listed for her job centre")
    func exportAsksWhomTheScreensAsk() throws {
        // Brønderslev (0810) has only its supervisor in users.json; Vejle (0630) no one.
        let atSupervisorsCentre = Self.candidate("K000005", owner: "0810", consent: false, consultant: "gone.brs")
        let nobody = Self.candidate("K000006", owner: "0630", consent: false)
        let all = [atSupervisorsCentre, nobody]
        var list = Shortlist()
        list.items = all.map { ShortlistItem(candidate: $0.id, note: "") }
        let names = { (code: String) in ["0810": "Brønderslev", "0630": "Vejle"][code] ?? code }
        let export = ShortlistExport(vacancy: Self.vacancy, companyName: "Firma A/S", shortlist: list,
                                     user: UserContext(user: "mette.frh", municipality: "0813"), users: Self.users,
                                     candidate: { id in all.first { $0.id == id } }, municipalityName: names)
        #expect(export.rows.map(\.contact) == ["Grethe Rasmussen, +45 21 04 67 64 (Brønderslev job centre)", "the Vejle job centre"])
        // The screens' line ("ask Grethe Rasmussen, +45 21 04 67 64 (Brønderslev job centre, …)") names the same person.
        for (row, c) in zip(export.rows, all) {
            let screens = OwnerContact(for: c, users: Self.users, jobCentre: names(c.ownerMunicipality))
            let person = screens.user.map { "\($0.name), \($0.phone)" } ?? "the \(names(c.ownerMunicipality)) job centre"
            #expect(try #require(row.contact).hasPrefix(person), "\(c.id): \(screens.text)")
            #expect(screens.text.contains(person), "\(c.id): \(screens.text)")
        }
    }
}
