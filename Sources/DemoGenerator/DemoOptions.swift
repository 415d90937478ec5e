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
    /// Barometer answers per survey round (each from a different company); nil for 800–900
    /// a round, as the real barometer asks. Companies that post no vacancies are added when
    /// the posting ones are too few.
    public var barometerVisits: Int?
    /// Survey rounds, the last one the half year `today` is in (`2026-H2`), each before it
    /// half a year earlier.
    public var barometerRounds: Int

    public init(seed: UInt64, today: Day, candidates: Int, vacancies: Int,
                companies: Int? = nil, barometerVisits: Int? = nil, barometerRounds: Int = 3) {
        self.seed = seed; self.today = today; self.candidates = candidates; self.vacancies = vacancies
        self.companies = companies; self.barometerVisits = barometerVisits; self.barometerRounds = barometerRounds
    }

    /// Companies to generate: enough that each posts a few vacancies.
    public var companyCount: Int { max(0, companies ?? max(150, vacancies / 3)) }

    /// The most answers one round can have (800–900 when `barometerVisits` is nil): the
    /// data set holds at least this many companies when there are rounds to answer.
    public var barometerCompaniesNeeded: Int {
        barometerRounds <= 0 ? 0 : max(0, barometerVisits ?? 900)
    }
}
