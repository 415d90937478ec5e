import DemoGenerator
import JobMatchCore

/// Data sets shared by the tests (generated once per test run).
enum Generated {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let options = DemoOptions(seed: 2026, today: today, candidates: 3_000, vacancies: 450)
    /// The demo set as `jobmatch generate` makes it by default.
    static let demo = DemoGenerator.generate(schema: TestSchema.schema, registry: TestRegistry.registry, options: options)

    static func generate(seed: UInt64 = 2026, candidates: Int, vacancies: Int,
                         companies: Int? = nil, barometerVisits: Int? = nil) -> Dataset {
        DemoGenerator.generate(schema: TestSchema.schema, registry: TestRegistry.registry, options: DemoOptions(
            seed: seed, today: today, candidates: candidates, vacancies: vacancies,
            companies: companies, barometerVisits: barometerVisits))
    }

    /// Share of `items` satisfying `predicate`.
    static func share<T>(_ items: [T], _ predicate: (T) -> Bool) -> Double {
        items.isEmpty ? 0 : Double(items.filter(predicate).count) / Double(items.count)
    }
}
