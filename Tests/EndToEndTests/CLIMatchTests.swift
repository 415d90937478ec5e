import Foundation
import Testing

/// `match`, `explain` and `search` through the built binary, on the committed demo.
@Suite("CLI: match, explain, search")
struct CLIMatchTests {
    private let data = Harness.sharedDemo.path

    private func run(_ args: [String]) throws -> Harness.Result {
        try Harness.run(args + ["--data", data, "--today", "2026-11-24"])
    }

    @Test("match --json lists ranked candidates whose components add up to the score, identically on every run")
    func matchJSON() throws {
        let a = try run(["match", "V000123", "--top", "5", "--json"])
        let b = try run(["match", "V000123", "--top", "5", "--json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout, "equal input must give byte-identical output")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        let list = try #require(summary["candidates"] as? [[String: Any]])
        #expect(list.count == 5)
        var previous = Double.infinity
        for entry in list {
            let score = try #require(entry["score"] as? Double)
            let components = try #require(entry["components"] as? [String: Double])
            #expect(abs(components.values.reduce(0, +) - score) < 0.005)
            #expect(score <= previous)
            previous = score
            #expect((entry["candidateId"] as? String)?.hasPrefix("K") == true)
            #expect(entry["municipality"] is String && entry["commuteMinutes"] != nil)
            #expect(entry["matched"] is [Any] && entry["missing"] is [Any])
        }
    }

    @Test("match prints a table with the one-line reason, and never a name")
    func matchTable() throws {
        let r = try run(["match", "V000123", "--top", "3"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("qualify"))
        #expect(r.stdout.contains(/meets (\d) of \1 essential/), "the best meet every essential")
        #expect(!r.stdout.contains("Sune Bundgaard"), "the headless commands show pseudonyms only")
    }

    @Test("explain gives the breakdown for a ranked candidate and the failed requirement for another")
    func explain() throws {
        let top = try run(["match", "V000123", "--top", "1", "--json"])
        let first = try #require(((try JSONSerialization.jsonObject(with: Data(top.stdout.utf8)) as? [String: Any])?["candidates"] as? [[String: Any]])?.first)
        let id = try #require(first["candidateId"] as? String)
        let ranked = try run(["explain", "V000123", id])
        #expect(ranked.status == 0)
        #expect(ranked.stdout.contains("Qualifies · score"))
        #expect(ranked.stdout.contains("essential competences"))

        let excluded = try run(["explain", "V000123", "K000001", "--json"])
        #expect(excluded.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(excluded.stdout.utf8)) as? [String: Any])
        #expect(json["qualifies"] as? Bool == false)
        #expect(((json["failed"] as? [[String: Any]])?.count ?? 0) >= 1)
    }

    @Test("unknown ids and malformed queries are user errors: status 1, a message, no crash trace")
    func userErrors() throws {
        let unknown = try run(["match", "V999999"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no vacancy with id 'V999999'"))
        let badCandidate = try run(["explain", "V000123", "K999999"])
        #expect(badCandidate.status == 1)
        #expect(badCandidate.stderr.contains("K999999"))
        let bad = try run(["search", "comp:weld.mig>=x"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("not a level"))
        #expect(bad.stderr.contains("^"), "the message points at the offending token")
        #expect(!bad.stderr.contains("Fatal error"))
    }

    @Test("search finds candidates by competence, place and name, accent-insensitively")
    func search() throws {
        let r = try run(["search", "comp:weld.mig>=2 near:0860/45", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let hits = try #require(json["hits"] as? [[String: Any]])
        #expect(!hits.isEmpty)
        for hit in hits { #expect(((hit["commuteMinutes"] as? Int) ?? 999) <= 45) }
        let folded = try run(["search", "soeren", "--top", "3"])
        let accented = try run(["search", "Søren", "--top", "3"])
        #expect(folded.status == 0 && folded.stdout == accented.stdout)
        #expect(!folded.stdout.hasPrefix("0 candidates"))
    }
}
