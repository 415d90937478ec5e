import JobMatchCore
import MatchEngine
import Testing

@Suite struct QueryParserTests {
    @Test("the issue's example query parses into one condition per token")
    func exampleQuery() throws {
        let text = #"comp:weld.mig>=3 lic:CE cert:forklift lang:de>=B1 near:0860/45 avail:<=2026-12-15 jobtype:wage-subsidy muni:0813,0810 "søren""#
        let q = try QueryParser.parse(text)
        #expect(q.terms.map(\.condition) == [
            .competence("weld.mig", minLevel: 3), .licence(["CE"]), .certificate(["forklift"]),
            .language("de", minLevel: "B1"), .near("0860", minutes: 45), .availableBy(Day("2026-12-15")!),
            .jobType("wage-subsidy"), .municipality(["0813", "0810"]), .text("søren"),
        ])
        #expect(q.terms[1].offset == 17 && q.terms[1].length == 6)
    }

    @Test("quoted names, bare words, optional levels and other forms")
    func otherForms() throws {
        let q = try QueryParser.parse(#"comp:"mig svejsning">=2 comp:truck lang:en near:Hjørring avail:2026-01-31 status:any occ:welder hansen "anna marie""#)
        #expect(q.terms.map(\.condition) == [
            .competence("mig svejsning", minLevel: 2), .competence("truck", minLevel: nil), .language("en", minLevel: nil),
            .near("Hjørring", minutes: nil), .availableBy(Day("2026-01-31")!), .status(nil), .occupation("welder"),
            .text("hansen"), .text("anna marie"),
        ])
        #expect(try QueryParser.parse("   ").terms.isEmpty)
        #expect(try QueryParser.parse("STATUS:Paused LANG:de>=b2").terms.map(\.condition) == [.status(.paused), .language("de", minLevel: "B2")])
    }

    /// Each kind of malformed token, the column it points at and the length it underlines.
    @Test("a malformed token is reported at its position", arguments: [
        ("comp:weld.mig foo:bar", 14, 4, "unknown key 'foo'"),
        ("lic:", 0, 4, "'lic:' needs a value"),
        ("comp:weld.mig>=x", 15, 1, "'x' is not a level"),
        ("comp:weld.mig>=", 13, 2, "missing level after >="),
        ("comp:weld.mig<3", 13, 2, "use >= followed by a level"),
        ("comp:>=3", 5, 3, "needs a name before the comparison"),
        ("lang:de>=B7", 9, 2, "'B7' is not a CEFR level"),
        ("near:0860/far", 10, 3, "'far' is not a number of minutes"),
        ("near:/45", 5, 1, "near: needs a municipality"),
        ("avail:<=2026-13-01", 8, 10, "'2026-13-01' is not a date"),
        ("lic:B,,CE", 6, 1, "empty item in the list"),
        ("status:retired", 7, 7, "status must be active, paused, placed or any"),
        ("x \"søren", 2, 6, "unterminated quote"),
        ("\"søren\"x", 7, 1, "unexpected text after the closing quote"),
        ("\"\"", 0, 2, "empty quotes"),
        ("jobtype:ws>=2", 10, 3, "unexpected '>=2' after the job type"),
        ("ab\"c d\"", 2, 1, "quotes must surround the whole text"),
    ])
    func malformed(query: String, offset: Int, length: Int, message: String) {
        #expect {
            try QueryParser.parse(query)
        } throws: { error in
            guard let e = error as? QueryError else { return false }
            #expect(e.offset == offset, "\(e)")
            #expect(e.length == length, "\(e)")
            #expect(e.message.contains(message), "\(e)")
            return true
        }
    }

    @Test("the error pointer underlines the offending token")
    func pointer() {
        let e = QueryError(offset: 14, length: 4, message: "unknown key 'foo'")
        #expect(e.pointer(in: "comp:weld.mig foo:bar") == "comp:weld.mig foo:bar\n              ^^^^")
        #expect(e.description == "column 15: unknown key 'foo'")
    }
}
