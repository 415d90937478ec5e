import DemoGenerator
import Foundation
import JobMatchCore
import MatchEngine
import Testing

/// The demo as `jobmatch generate --seed 2026 --today 2026-11-24` makes it, ranked: a
/// typical vacancy must show a workable list, as in a real cooperation of 12 job centres
/// (docs/demo-data.md reports the distribution).
@Suite("Demo: enough qualified candidates")
struct DemoQualityTests {
    static let today = Day("2026-11-24")!

    static let demo: Dataset = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/JobMatchResources")
        let schema = try! JSONDecoder().decode(Schema.self, from: Data(contentsOf: root.appendingPathComponent("schema.json")))
        let registry = try! JSONDecoder().decode(MunicipalityRegistry.self,
                                                 from: Data(contentsOf: root.appendingPathComponent("municipalities.json")))
        return DemoGenerator.generate(schema: schema, registry: registry,
                                      options: DemoOptions(seed: 2026, today: today, candidates: 3_000, vacancies: 450))
    }()

    @Test("a typical open vacancy has 5–40 qualifying candidates (median, and at least 45% of them)")
    func typicalVacancy() {
        let index = MatchIndex(dataset: Self.demo)
        let open = Self.demo.vacancies.filter { $0.status == .open }
        let rankings = open.map { index.rank(vacancy: $0, top: 0, today: Self.today) }
        let counts = rankings.map(\.qualified).sorted()
        var reasons: [String: Int] = [:]
        for r in rankings { for e in r.excluded { reasons[e.requirement.rawValue, default: 0] += e.count } }
        print("excluded in total: \(reasons.sorted { $0.key < $1.key })")
        let median = counts[counts.count / 2]
        let inBand = counts.filter { (5...40).contains($0) }.count
        let q1 = counts[counts.count / 4], q3 = counts[counts.count * 3 / 4]
        print("qualified per open vacancy: n \(counts.count), min \(counts.first!), q1 \(q1), median \(median), q3 \(q3), max \(counts.last!), 0: \(counts.filter { $0 == 0 }.count), 5–40: \(inBand)")
        #expect((5...40).contains(median))
        // Before vacancies could ask for a car or odd hours (issue #11) 219 of 414 were in the
        // band; the care, hospitality, retail and production jobs that now ask for them thin
        // their lists (their candidates missing one kind of hours are near misses instead),
        // leaving 199 (48%). The floor is 45%: a demo where most lists are unworkable fails.
        #expect(inBand * 100 >= counts.count * 45, "\(inBand) of \(counts.count) in 5–40")
    }
}
