import Foundation
import JobMatchCore
import MatchEngine
import Testing

/// Runs the worked example printed in docs/matching.md: the input is the JSON block in the
/// document and the expected points are its table, so the document cannot drift from the code.
@Suite struct WorkedExampleTests {
    static let document: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/matching.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The lines after `<!-- worked-example: NAME -->`: the fenced block, or the table.
    static func section(_ name: String) -> [String] {
        let lines = document.components(separatedBy: "\n")
        guard let marker = lines.firstIndex(of: "<!-- worked-example: \(name) -->") else { return [] }
        var out: [String] = []
        var fenced = false
        for line in lines[(marker + 1)...] {
            if line.hasPrefix("```") { if fenced { break }; fenced = true; continue }
            if !fenced && line.isEmpty { if out.isEmpty { continue } else { break } }
            out.append(line)
        }
        return out
    }

    static func example() throws -> (MatchIndex, Vacancy, Day) {
        let json = section("input").joined(separator: "\n")
        let input = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var schema = Fixture.schemaObject(scoring: input["scoring"] as! [String: Any])
        schema["travel"] = input["travel"]
        schema["competences"] = (input["competences"] as! [[String: Any]]).map { c in
            c.merging(["aliases": [String](), "groups": [String]()]) { a, _ in a }
        }
        schema["occupations"] = (input["occupations"] as! [[String: Any]]).map { o in
            func items(_ key: String) -> [[String: Any]] { (o[key] as! [[Any]]).map { ["competence": $0[0], "level": $0[1]] } }
            return ["id": o["id"]!, "da": o["da"]!, "en": o["id"]!, "isco": "7212", "group": "G1",
                    "essential": items("essential"), "optional": items("optional")]
        }
        var jobType = input["jobType"] as! [String: Any]
        jobType["da"] = jobType["en"]
        jobType["rules"] = (jobType["rules"] as! [[String: Any]]).map { $0.merging(["da": "", "en": ""]) { a, _ in a } }
        schema["jobTypes"] = [jobType]
        let municipalities = (input["municipalities"] as! [[String: Any]]).map { m in
            Fixture.decode(Municipality.self, m.merging(["region": "Nordjylland", "population": 1, "seat": m["name"]!]) { a, _ in a })
        }
        let registry = MunicipalityRegistry(version: "example", municipalities: municipalities, cooperations: [],
                                            participating: municipalities.map(\.code))
        let candidates = (input["candidates"] as! [[String: Any]]).map { c in
            Fixture.candidate(
                c["id"] as! String, name: c["name"] as! String, municipality: c["municipality"] as! String,
                competences: (c["competences"] as! [[Any]]).map {
                    HeldCompetence(id: $0[0] as! String, level: $0[1] as! Int, years: ($0[2] as! NSNumber).doubleValue)
                },
                desired: c["desired"] as! [String], birthYear: c["birthYear"] as! Int,
                singleProvider: c["singleProvider"] as! Bool, licences: c["licences"] as! [String],
                availableFrom: Day(c["availableFrom"] as! String)!, maxCommute: c["maxCommute"] as! Int,
                benefit: c["benefit"] as! String, unemployedSince: Day(c["unemployedSince"] as! String)!)
        }
        let v = input["vacancy"] as! [String: Any]
        let vacancy = Fixture.vacancy(
            v["id"] as! String, occupation: v["occupation"] as! String,
            requirements: (v["requirements"] as! [[Any]]).map {
                Requirement(competence: $0[0] as! String, minLevel: $0[1] as! Int, essential: $0[2] as! Bool)
            },
            licences: v["licences"] as! [String], jobType: v["jobType"] as! String,
            start: Day(v["startDate"] as! String)!, municipality: v["municipality"] as! String)
        let dataset = Dataset(schema: Fixture.decode(Schema.self, schema), registry: registry, candidates: candidates,
                              vacancies: [vacancy], companies: [], barometer: [])
        return (MatchIndex(dataset: dataset), vacancy, Day(input["today"] as! String)!)
    }

    @Test("the document's example input and expected table are present")
    func documentHasExample() {
        #expect(!Self.section("input").isEmpty)
        #expect(Self.section("expected").count >= 7)
    }

    @Test("the worked example in docs/matching.md ranks and scores exactly as printed")
    func workedExample() throws {
        let (index, vacancy, today) = try Self.example()
        let ranking = index.rank(vacancy: vacancy, top: 10, today: today)
        let rows = Self.section("expected").filter { $0.hasPrefix("| K") }.map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        try #require(rows.count == 5)
        let rankedRows = rows.filter { $0[8] != "" }
        #expect(ranking.candidates.map(\.candidateID) == rankedRows.map { $0[1] })
        for row in rows {
            let id = row[1]
            let explanation = try index.explain(vacancy: vacancy, candidateID: id, today: today)
            if row[9].isEmpty {
                #expect(explanation.qualifies, "\(id)")
                let b = explanation.breakdown
                #expect(b.components.map(\.points.description) == Array(row[2...7]), "\(id)")
                #expect(b.total.description == row[8], "\(id)")
                #expect(ranking.candidates.first { $0.candidateID == id } == b)
            } else {
                #expect(explanation.failed.first?.requirement.rawValue == row[9], "\(id)")
            }
        }
        #expect(ranking.summary == Self.section("summary").first)
        #expect(ranking.candidates.first?.summary == Self.section("line").first)
        #expect(index.travel.minutes(from: "0813", to: "0860") == 40)
        #expect(index.travel.minutes(from: "0810", to: "0860") == 26)
    }
}
