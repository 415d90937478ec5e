import JobMatchCore
import MatchEngine
import Testing

/// Whom to invite on a company visit (issue P7), on a hand-made cooperation.
@Suite struct VisitSuggestionTests {
    /// Vendsyssel: Brønderslev, Frederikshavn, Hjørring, Jammerbugt; partner Aalborg. Vejle is
    /// in no cooperation with them.
    static var registry: MunicipalityRegistry {
        var r = Fixture.registry
        r.cooperations = [Fixture.decode(Cooperation.self, ["id": "vendsyssel", "name": "Vendsyssel",
                                                             "members": ["0810", "0813", "0849", "0860"], "partners": ["0851"]])]
        return r
    }

    /// A MIG welder job in Hjørring (0860). Three qualified in Frederikshavn, one in Aalborg,
    /// two in Hjørring itself, one in Vejle (outside the cooperation), and one in Brønderslev
    /// without MIG (not qualified).
    static func data() -> (MatchIndex, Vacancy) {
        let mig = [HeldCompetence(id: "weld.mig", level: 3, years: 4)]
        func c(_ id: String, _ m: String, _ held: [HeldCompetence] = mig) -> Candidate {
            Fixture.candidate(id, municipality: m, competences: held, maxCommute: 600)
        }
        let candidates = [c("K1", "0813"), c("K2", "0813"), c("K3", "0813"), c("K4", "0851"), c("K5", "0860"), c("K6", "0860"),
                          c("K7", "0630"), c("K8", "0810", [])]
        let v = Fixture.vacancy("V1", requirements: [Requirement(competence: "weld.mig", minLevel: 2, essential: true)])
        var dataset = Fixture.dataset(candidates, [v])
        dataset.registry = registry
        return (MatchIndex(dataset: dataset), v)
    }

    @Test("every qualified candidate strong: Frederikshavn (3) is invited, Aalborg (1) is not, the host never")
    func countsAndInvites() {
        let (index, v) = Self.data()
        let s = index.visitSuggestion(subject: "V1", company: v.company, vacancies: [v], today: Fixture.today, strongScore: .zero)
        #expect(s.hosts == ["0860"])
        let byCode = Dictionary(uniqueKeysWithValues: s.centres.map { ($0.municipality, $0) })
        #expect(Set(byCode.keys) == ["0810", "0813", "0849", "0851", "0860"], "Vejle is in no cooperation with Hjørring")
        #expect(byCode["0813"]?.strong == 3 && byCode["0813"]?.role == "member")
        #expect(byCode["0851"]?.strong == 1 && byCode["0851"]?.role == "partner")
        #expect(byCode["0860"]?.strong == 2 && byCode["0860"]?.role == "host")
        #expect(byCode["0810"]?.qualified == 0, "K8 lacks the essential competence")
        #expect(s.centres.first?.municipality == "0813")
        #expect(s.invite == ["0813"])
    }

    @Test("a strong score above everyone's: counted as qualified, nobody strong, nobody invited")
    func nobodyStrong() {
        let (index, v) = Self.data()
        let s = index.visitSuggestion(subject: "V1", company: v.company, vacancies: [v], today: Fixture.today,
                                      strongScore: Points(hundredths: 10_001))
        #expect(s.centres.allSatisfy { $0.strong == 0 })
        #expect(s.centres.first { $0.municipality == "0813" }?.qualified == 3)
        #expect(s.invite.isEmpty)
    }
}
