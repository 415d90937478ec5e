import JobMatchCore
import Testing
import TerminalUI
@testable import Workbench

/// The Candidates screen: the engine's query language typed into a line at the top, the
/// results following as you type. The user is anna at Hjørring (0860); K000003 (Åse
/// Bøgh-Ødegård, Brønderslev) did not consent to sharing, so she is hidden from anna.
@Suite struct CandidatesScreenTests {
    func open(_ width: Int = 80, _ height: Int = 24) -> Harness {
        let h = Harness(width: width, height: height)
        h.press(.char("c"))
        return h
    }

    func screen(_ h: Harness) -> CandidatesScreen { h.state.open(CandidatesScreen.self)! }
    func ids(_ h: Harness) -> [String] { screen(h).outcome?.hits.map(\.candidateID) ?? [] }
    /// The rows of the results table as drawn.
    func rows(_ h: Harness) -> [String] {
        let lines = h.lines
        guard let header = lines.firstIndex(where: { $0.hasPrefix(" Candidate ") }) else { return [] }
        return Array(lines[(header + 1)..<(lines.count - 2)]).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test func opensFromTheDashboardWithCAndWithTheCommand() {
        let h = open()
        #expect(h.state.screen == CandidatesScreen.id)
        #expect(h.lines[1].hasPrefix(" Query:"))
        let k = Harness()
        k.press(.char(":")).type("candidates").press(.enter)
        #expect(k.state.screen == CandidatesScreen.id)
    }

    @Test func typingAQueryShowsResultsAndCountsPerMunicipality() {
        let h = open()
        h.type("comp:weld.mig")
        #expect(h.text.contains("4 candidates match"))
        #expect(h.lines.contains { $0.hasPrefix(" Hjørring 2 · Brønderslev 1 · Frederikshavn 1") })
        #expect(rows(h).count == 4)
        #expect(rows(h)[0].contains("Søren Østergård") && rows(h)[0].contains("MIG-svejsning 4"))
        #expect(h.statusBar.contains("4 candidates"))
        // Results follow the typing: one more term narrows them.
        h.type(" muni:Hjørring")
        #expect(h.text.contains("2 candidates match"))
        #expect(h.lines.contains { $0.hasPrefix(" Hjørring 2") && !$0.contains("Brønderslev") })
    }

    @Test func anIncompleteQueryKeepsTheLastResultsAndPointsAtTheToken() throws {
        let h = open()
        h.type("comp:weld.mig lic:")
        #expect(ids(h).count == 4, "the last valid query's results stay")
        #expect(rows(h).count == 4)
        let query = try #require(h.lines.firstIndex { $0.hasPrefix(" Query: comp:weld.mig lic:") })
        let column = h.lines[query].distance(of: "lic:")
        let caret = h.lines[query + 1]
        #expect(caret.distance(of: "^^^^") == column, "the caret is under the token:\n\(h.text)")
        #expect(caret.contains("'lic:' needs a value"))
        #expect(h.text.contains("showing “comp:weld.mig”"))
        // A name the engine does not know is an error at its token too, and keeps the results.
        h.type("ZZ")
        #expect(ids(h).count == 4)
        let line = try #require(h.lines.first { $0.contains("unknown driving licence 'ZZ'") })
        #expect(line.distance(of: "^") == column)
        // Half a key ("li" of "lic:") keeps them as well; finishing the term searches.
        h.press(.ctrl("u")).type("comp:weld.mig li")
        #expect(ids(h).count == 4)
        h.type("c:B")
        #expect(ids(h).count == 4 && screen(h).outcome?.query == "comp:weld.mig lic:B")
    }

    @Test func aDanishWordTypedWithoutTheLettersIsSuggested() {
        let h = open()
        h.type("truckkorsel")
        #expect(h.text.contains("Did you mean Truckkørsel? Tab accepts"))
        h.press(.tab)
        #expect(screen(h).query.text == "Truckkørsel")
        #expect(ids(h) == ["K000003"], "Åse holds Truckkørsel")
        // Inside a key, with a level.
        h.press(.ctrl("u")).type("comp:truckkorsel>=1")
        #expect(h.text.contains("did you mean Truckkørsel? Tab accepts"))
        h.press(.tab)
        #expect(screen(h).query.text == "comp:Truckkørsel>=1")
        #expect(ids(h) == ["K000003"])
    }

    @Test func aHiddenCandidateIsNeverFoundByNameAndAppearsByPseudonym() {
        let h = open()
        h.type("Åse")
        #expect(ids(h).isEmpty)
        h.press(.ctrl("u")).type("bøgh")
        #expect(ids(h).isEmpty)
        #expect(!h.text.contains("Åse") || h.text.contains("Query: Åse"))
        h.press(.ctrl("u")).type("comp:weld.mig")
        #expect(ids(h).contains("K000003"))
        #expect(rows(h).contains { $0.hasPrefix(" K000003 ") })
        #expect(!h.text.contains("Bøgh"))
        // The names listed were audited before they were drawn; the pseudonym is not in the entry.
        let entry = h.audit.events.last { $0.recordKind == "search" }
        #expect(entry?.recordID == "comp:weld.mig")
        #expect(entry?.detail == "names of 3 listed: K000001 K000002 K000005")
        // Her own municipality's candidate is found by name (folded: "soeren" finds Søren).
        h.press(.ctrl("u")).type("soeren")
        #expect(ids(h) == ["K000001"])
        #expect(rows(h).first?.contains("Søren Østergård") == true)
    }

    @Test func namesAreWithheldWhenTheAuditLogCannotBeWritten() {
        struct Full: Error, CustomStringConvertible { var description: String { "No space left on device" } }
        let size = TerminalSize(width: 80, height: 24)
        let session = WorkbenchSession(dataset: Tiny.dataset, context: Tiny.context, size: size,
                                       provider: MatchEngineProvider(dataset: Tiny.dataset), audit: { _ in throw Full() })
        session.handle(.char("c"))
        for c in "comp:weld.mig" { session.handle(.char(c)) }
        let text = session.render(size: size, usesColor: false).text().joined(separator: "\n")
        #expect(!text.contains("Søren") && !text.contains("山田"))
        #expect(text.contains(" K000001 ") && text.contains("4 candidates match"))
        #expect(text.contains("Name and contact not shown"))
    }

    @Test func nearSortsByDistanceOtherwiseByLevel() {
        let h = open()
        h.type("comp:mig")
        #expect(ids(h) == ["K000001", "K000003", "K000002", "K000005"], "highest level first")
        #expect(h.text.contains("highest level first"))
        h.press(.ctrl("u")).type("near:Hjørring/60 comp:mig")
        #expect(ids(h) == ["K000001", "K000005", "K000003", "K000002"], "nearest first")
        #expect(h.text.contains("nearest first"))
        let minutes = rows(h).compactMap { row in row.split(separator: " ").firstIndex(of: "min").map { Int(row.split(separator: " ")[$0 - 1])! } }
        #expect(minutes == [10, 10, 26, 40])
        h.press(.ctrl("u")).type("avail:<=2026-04-01 comp:mig")
        #expect(h.text.contains("earliest available first"))
    }

    @Test func theLayoutFitsAt80x24() {
        let h = open(80, 24)
        h.type("near:Hjørring/60 comp:mig")
        let lines = h.lines
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 })
        #expect(lines[1].hasPrefix(" Query: near:Hjørring/60 comp:mig"))
        #expect(lines[3].contains("4 candidates match · nearest first"))
        #expect(lines[4].hasPrefix(" Hjørring 2 · "))
        #expect(lines[5].contains("Candidate") && lines[5].contains("Lives in") && lines[5].contains("Commute") && lines[5].contains("Matched"))
        #expect(lines[6].contains("Søren Østergård") && lines[6].contains("10 min") && lines[6].contains("MIG-svejsning 4"))
        #expect(h.statusBar.contains("anna@Hjørring") && h.statusBar.contains("4 candidates"))
        #expect(h.messageLine.contains("Enter results") && h.messageLine.contains("Esc back"))
    }

    @Test func enterOpensTheProfileAndEscReturnsToTheResults() {
        let h = open()
        h.type("comp:weld.mig").press(.enter)
        #expect(screen(h).focus == .results)
        #expect(h.messageLine.contains("Enter profile"))
        h.press(.char("j"), .enter)
        #expect(h.state.screen == CandidateScreen.id)
        #expect(h.state.candidate?.candidateRow == 2, "K000003, the second hit")
        h.press(.escape)
        #expect(h.state.screen == CandidatesScreen.id)
        #expect(ids(h).count == 4)
        // e goes back to the query; typed letters (even j, q, v) go into it.
        h.press(.char("e")).type("jqv")
        #expect(screen(h).query.text == "comp:weld.migjqv")
        #expect(h.state.screen == CandidatesScreen.id)
    }

    @Test func matchedTermsAreHighlightedInTheRows() throws {
        let h = open()
        h.type("comp:mig soeren")
        let buffer = h.buffer()
        let lines = buffer.text()
        let y = try #require(lines.firstIndex { $0.contains("Søren Østergård") && $0.contains("MIG-svejsning 4") })
        func styles(_ text: String) -> [Style] {
            let x = lines[y].distance(of: text)
            return (0..<DisplayWidth.of(text)).map { buffer[x + $0, y].style }
        }
        // "soeren" marks "Søren" (folded alike), "mig" marks "MIG" in the matched competence.
        #expect(styles("Søren").allSatisfy { $0.bold && $0.underline })
        #expect(styles(" Østergård").allSatisfy { !$0.underline })
        #expect(styles("MIG").allSatisfy { $0.bold && $0.underline })
        #expect(styles("-svejsning").allSatisfy { !$0.underline })
        #expect(Highlight.marks("Søren Østergård", needles: [Array("soeren".utf8)]) == Array(repeating: true, count: 5) + Array(repeating: false, count: 10))
    }

    @Test func aLateAnswerToAnOlderQueryIsDropped() {
        let h = open()
        h.type("comp:weld.mig")
        let current = screen(h).requestID
        h.session.send(.searchFinished(requestID: current - 1, SearchOutcome(query: "comp:weld", matched: 0, hits: [], byMunicipality: [:])))
        #expect(ids(h).count == 4 && screen(h).outcome?.query == "comp:weld.mig")
    }

    @Test func helpListsTheKeysOfTheFocusedPart() {
        let h = open()
        h.press(.function(1))
        #expect(h.text.contains("Keys — Candidates"))
        #expect(h.text.contains("Accept the suggestion shown"))
        h.press(.escape)
        h.type("comp:weld.mig").press(.enter, .char("?"))
        #expect(h.text.contains("Open the candidate's profile"))
        #expect(h.text.contains("Edit the query"))
    }
}

private extension String {
    /// The display column where `needle` starts, or -1.
    func distance(of needle: String) -> Int {
        guard let r = range(of: needle) else { return -1 }
        return DisplayWidth.of(String(self[..<r.lowerBound]))
    }
}
