import JobMatchCore
import MatchEngine
import PropertyBased
import Testing
import TestSupport

@Suite struct SearchTests {
    /// A random query over the fixture vocabulary, as text, with the conditions it stands for.
    struct RandomQuery: Sendable, CustomStringConvertible {
        var text: [String] = []
        var competences: [(String, Int)] = []
        var licences: [String] = []
        var certificate: String?
        var language: (String, String)?
        var near: (String, Int)?
        var availableBy: Day?
        var jobType: String?
        var municipalities: [String]?
        var occupation: String?
        var status: CandidateStatus? = .active
        var words: [String] = []
        var description: String { text.joined(separator: " ") }
    }

    /// Random queries over the fixture vocabulary, from the property library's generators
    /// so a failing query shrinks (fewer conditions, earlier values). The conditions are
    /// written in a random order.
    static let query: Generator<RandomQuery, some SendableSequenceType> = zip(
        zip(zip(Gen.int(in: 0...(Fixture.competenceIDs.count - 1)), Gen.int(in: 1...3)).array(of: 0...2),
            Gens.maybe(30, Gens.pick(["B", "C"])), Gens.chance(20), Gens.maybe(30, Gens.pick(["B1", "C1"])),
            Gens.maybe(30, zip(Gens.pick(Fixture.municipalityCodes), Gens.pick([10, 30, 45, 90]))), Gens.chance(30),
            Gens.maybe(30, Gens.pick(["wage-subsidy", "flex-job"])), Gens.maybe(30, Gens.subset(Fixture.municipalityCodes, max: 3)),
            Gens.maybe(20, Gens.pick(Fixture.occupationIDs)), Gens.chance(20)),
        zip(Gens.maybe(30, Gens.pick(["SOEREN", "søren", "hansen", "svejs", "mølle", "ærenlund", "pleje", "a", "z", "en"])),
            Gen.int(in: 0...1_000_000))
    ).map { a, b in
        var q = RandomQuery()
        let ids = Fixture.competenceIDs
        for (c, level) in a.0 where !q.competences.contains(where: { $0.0 == ids[c] }) {
            q.competences.append((ids[c], level)); q.text.append("comp:\(ids[c])>=\(level)")
        }
        if let l = a.1 { q.licences = [l]; q.text.append("lic:\(l)") }
        if a.2 { q.certificate = "forklift"; q.text.append("cert:forklift") }
        if let level = a.3 { q.language = ("da", level); q.text.append("lang:da>=\(level)") }
        if let (muni, minutes) = a.4 { q.near = (muni, minutes); q.text.append("near:\(muni)/\(minutes)") }
        if a.5 { q.availableBy = Fixture.today.adding(days: 10); q.text.append("avail:<=\(q.availableBy!)") }
        if let jt = a.6 { q.jobType = jt; q.text.append("jobtype:\(jt)") }
        if let ms = a.7, !ms.isEmpty { q.municipalities = ms; q.text.append("muni:" + ms.joined(separator: ",")) }
        if let o = a.8 { q.occupation = o; q.text.append("occ:\(o)") }
        if a.9 { q.status = nil; q.text.append("status:any") }
        if let w = b.0 { q.words = [w]; q.text.append("\"\(w)\"") }
        var rng = SplitMix(seed: UInt64(b.1))
        q.text.shuffle(using: &rng)
        return q
    }

    /// Straightforward evaluation over `Candidate` values, independent of the index's columns.
    static func reference(_ q: RandomQuery, _ data: Dataset, _ index: MatchIndex) -> [String] {
        let schema = data.schema
        let cefr = schema.cefrLevels
        func labels(competence id: String) -> [String] {
            let c = schema.competences.first { $0.id == id }!
            return [c.id, c.da, c.en] + c.aliases
        }
        func labels(occupation id: String) -> [String] {
            let o = schema.occupations.first { $0.id == id }!
            return [o.id, o.da, o.en]
        }
        var kept: [(Candidate, Int, Int)] = []
        for c in data.candidates {
            if let s = q.status, c.status != s { continue }
            var levelSum = 0, tenths = 0, ok = true
            for (id, level) in q.competences {
                guard let h = c.competences.first(where: { $0.id == id }), h.level >= level else { ok = false; break }
                levelSum += h.level; tenths += Int((min(h.years, 10) * 10).rounded())
            }
            guard ok, q.licences.allSatisfy(c.licences.contains) else { continue }
            if let cert = q.certificate, !c.certificates.contains(cert) { continue }
            if let (code, level) = q.language,
               !c.languages.contains(where: { $0.code == code && cefr.firstIndex(of: $0.level)! >= cefr.firstIndex(of: level)! }) { continue }
            if let (muni, minutes) = q.near, index.travel.minutes(from: c.municipality, to: muni)! > minutes { continue }
            if let by = q.availableBy, c.availableFrom > by { continue }
            if let jt = q.jobType {
                let v = Fixture.vacancy("probe", jobType: jt, start: Fixture.today, municipality: c.municipality)
                var probe = c; probe.status = .active; probe.availableFrom = Fixture.today
                let e = try! MatchIndex(dataset: Fixture.dataset([probe])).explain(vacancy: v, candidateID: c.id, today: Fixture.today)
                if e.failed.contains(where: { $0.requirement == .eligibility }) { continue }
            }
            if let ms = q.municipalities, !ms.contains(c.municipality) { continue }
            if let o = q.occupation, !c.desiredOccupations.contains(o) { continue }
            let words = q.words.map(TextFolding.fold)
            let texts = [c.name] + c.competences.flatMap { labels(competence: $0.id) } + c.desiredOccupations.flatMap(labels(occupation:))
            if !words.allSatisfy({ w in texts.contains { TextFolding.fold($0).contains(w) } }) { continue }
            kept.append((c, levelSum, tenths))
        }
        kept.sort { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            if a.0.unemployedSince != b.0.unemployedSince { return a.0.unemployedSince < b.0.unemployedSince }
            return a.0.id < b.0.id
        }
        return kept.map(\.0.id)
    }

    @Test("search finds exactly the candidates a plain scan finds, in the documented order")
    func searchMatchesReference() async {
        await propertyCheck(count: 25, input: Gens.dataset(candidates: 20...150, vacancies: 0...0), Self.query.array(of: 1...8)) { data, queries in
            let index = MatchIndex(dataset: data)
            for q in queries {
                let text = q.text.joined(separator: " ")
                let result = try! index.search(text, top: 20, today: Fixture.today, viewer: Self.viewer)
                let expected = Self.reference(q, data, index)
                #expect(result.matched == expected.count, "\(text)")
                #expect(result.hits.map(\.candidateID) == Array(expected.prefix(20)), "\(text)")
            }
        }
    }

    /// A consultant at Hjørring; the fixture's candidates all consented, so she may see every name.
    static let viewer = UserContext(user: "anna", municipality: "0860")

    @Test("a name is matched only where the access rule lets the searcher see it")
    func hiddenNamesAreNotSearchable() throws {
        var hidden = Fixture.candidate("K1", name: "Åse Bøgh", municipality: "0810")
        hidden.consentToShare = false
        var own = Fixture.candidate("K2", name: "Åse Bøgh Nielsen", municipality: "0860")
        own.consentToShare = false
        let index = MatchIndex(dataset: Fixture.dataset([hidden, own]))
        #expect(try index.search("åse bøgh", top: 10, today: Fixture.today, viewer: Self.viewer).hits.map(\.candidateID) == ["K2"])
        let frederikshavn = UserContext(user: "mette", municipality: "0813")
        #expect(try index.search("åse bøgh", top: 10, today: Fixture.today, viewer: frederikshavn).matched == 0)
        #expect(try index.search("\"aase\"", top: 10, today: Fixture.today).matched == 0, "no viewer, no names")
    }

    @Test("names match whatever the spelling of æ, ø, å and accents")
    func foldedNames() throws {
        let people = [Fixture.candidate("K1", name: "Søren Ærenlund"), Fixture.candidate("K2", name: "René Åberg"),
                      Fixture.candidate("K3", name: "Soren Smith")]
        let index = MatchIndex(dataset: Fixture.dataset(people))
        for query in ["søren", "SOEREN", "\"Soeren\"", "aerenlund"] {
            #expect(try index.search(query, top: 10, today: Fixture.today, viewer: Self.viewer).hits.map(\.candidateID) == ["K1"], "\(query)")
        }
        #expect(try index.search("rene aaberg", top: 10, today: Fixture.today, viewer: Self.viewer).hits.map(\.candidateID) == ["K2"])
        #expect(try index.search("soren", top: 10, today: Fixture.today, viewer: Self.viewer).hits.map(\.candidateID) == ["K3"])
        // One letter, matching no competence or occupation label: found by the single-byte scan.
        #expect(try index.search("q", top: 10, today: Fixture.today, viewer: Self.viewer).matched == 0)
        let zoe = MatchIndex(dataset: Fixture.dataset(people + [Fixture.candidate("K4", name: "Zoë Quist")]))
        #expect(try zoe.search("q", top: 10, today: Fixture.today, viewer: Self.viewer).hits.map(\.candidateID) == ["K4"])
        #expect(try zoe.search("status:any w", top: 10, today: Fixture.today, viewer: Self.viewer).hits.isEmpty)
    }

    @Test("competences are found by id, Danish or English label or alias, case- and accent-insensitively")
    func competenceNames() throws {
        let welder = Fixture.candidate("K1", competences: [HeldCompetence(id: "weld.mig", level: 3, years: 4)])
        let carer = Fixture.candidate("K2", competences: [HeldCompetence(id: "care.elderly", level: 2, years: 1)])
        let index = MatchIndex(dataset: Fixture.dataset([welder, carer]))
        for query in ["comp:weld.mig", "comp:MIG-svejsning>=3", #"comp:"mig welding""#, "comp:co2-svejsning", "comp:MIG"] {
            #expect(try index.search(query, top: 5, today: Fixture.today).hits.map(\.candidateID) == ["K1"], "\(query)")
        }
        #expect(try index.search("comp:aeldrepleje", top: 5, today: Fixture.today).hits.map(\.candidateID) == ["K2"])
        #expect(try index.search("comp:ÆLDREPLEJE", top: 5, today: Fixture.today).hits.map(\.candidateID) == ["K2"])
        // Free text reaches competence labels too.
        #expect(try index.search("svejsning", top: 5, today: Fixture.today).hits.map(\.candidateID) == ["K1"])
        #expect(try index.search("comp:weld.mig>=4", top: 5, today: Fixture.today).matched == 0)
    }

    /// Names that do not resolve are errors at the token, not empty results.
    @Test("unknown names in a query point at their token", arguments: [
        ("lic:B comp:welding.robot", 6, "unknown competence 'welding.robot'"),
        ("comp:svejsning", 0, "'svejsning' matches several competences"),
        ("comp:weld.mig>=5", 0, "level 5 is outside the schema's levels 1–4"),
        ("lic:Z", 0, "unknown driving licence 'Z'"),
        ("cert:diving", 0, "unknown certificate 'diving'"),
        ("lang:klingon", 0, "unknown language 'klingon'"),
        ("near:Atlantis/30", 0, "unknown municipality 'Atlantis'"),
        ("jobtype:astronaut", 0, "unknown job type 'astronaut'"),
        ("occ:astronaut", 0, "unknown occupation 'astronaut'"),
    ])
    func unknownNames(query: String, offset: Int, message: String) {
        let index = MatchIndex(dataset: Fixture.dataset([Fixture.candidate("K1")]))
        #expect {
            try index.search(query, top: 5, today: Fixture.today)
        } throws: { error in
            guard let e = error as? QueryError else { return false }
            #expect(e.offset == offset && e.message.contains(message), "\(e)")
            return true
        }
    }

    @Test("near without minutes uses each candidate's own maximum; muni names work")
    func nearAndMunicipalityNames() throws {
        let close = Fixture.candidate("K1", municipality: "0810", maxCommute: 45)
        let strict = Fixture.candidate("K2", municipality: "0810", maxCommute: 15)
        let index = MatchIndex(dataset: Fixture.dataset([close, strict]))
        let hits = try index.search("near:hjoerring", top: 5, today: Fixture.today).hits
        #expect(hits.map(\.candidateID) == ["K1"])
        #expect(hits[0].commuteMinutes == index.travel.minutes(from: "0810", to: "0860"))
        #expect(try index.search("muni:Brønderslev", top: 5, today: Fixture.today).matched == 2)
    }
}
