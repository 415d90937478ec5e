import JobMatchCore

/// What to generate. The same options (and the same schema and registry) always give the
/// same data set, byte for byte, so a demo, a bug report and a benchmark can be rebuilt
/// from four numbers and a date.
public struct DemoOptions: Sendable, Equatable {
    /// Seed of every random draw.
    public var seed: UInt64
    /// The day the data set is "as of": every date (posted, expiry, unemployed since,
    /// barometer visits) is placed relative to it, so the follow-up queue is never empty.
    public var today: Day
    public var candidates: Int
    public var vacancies: Int
    /// Number of companies; nil for `max(150, vacancies / 3)`.
    public var companies: Int?
    /// Number of barometer visits; nil for `max(850, companies)`.
    public var barometerVisits: Int?

    public init(seed: UInt64, today: Day, candidates: Int, vacancies: Int,
                companies: Int? = nil, barometerVisits: Int? = nil) {
        self.seed = seed; self.today = today; self.candidates = candidates; self.vacancies = vacancies
        self.companies = companies; self.barometerVisits = barometerVisits
    }

    /// Companies to generate: enough that each posts a few vacancies.
    public var companyCount: Int { max(0, companies ?? max(150, vacancies / 3)) }

    /// Barometer visits to generate: every company at least once, and enough answers for
    /// the barometer to mean something per municipality.
    public var barometerCount: Int { max(0, barometerVisits ?? max(850, companyCount)) }
}
