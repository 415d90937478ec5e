import JobMatchCore

/// Deterministic demo and national-scale data for jobmatch: candidates, companies,
/// vacancies and job-barometer answers that look like the cooperations' own data
/// (Danish names, realistic benefit mix, ads about to expire) and that always validate
/// against the schema and municipality registry they were generated from.
///
/// Pure: returns a `Dataset` and touches no files; `jobmatch generate` writes it with
/// JobStore. See docs/demo-data.md for the distributions and rules.
public enum DemoGenerator {
    /// Generates a data set. The same schema, registry and options always give an equal
    /// `Dataset`, whatever the machine or the number of cores.
    ///
    /// Candidates live in the registry's participating municipalities, spread by
    /// population; above `nationalScaleCandidateThreshold` candidates the set is national
    /// and spreads everyone (candidates and companies) over all municipalities instead.
    /// A schema without occupations or a registry without municipalities yields no records.
    public static func generate(schema: Schema, registry: MunicipalityRegistry, options: DemoOptions) -> Dataset {
        var dataset = Dataset(schema: schema, registry: registry, candidates: [], vacancies: [], companies: [], barometer: [])
        guard !schema.occupations.isEmpty, !schema.competences.isEmpty, !schema.levels.isEmpty,
              !registry.municipalities.isEmpty else { return dataset }

        let index = SchemaIndex(schema: schema)
        let geography = Geography(registry: registry, candidates: options.candidates, seed: options.seed)
        var companies = CompanyFactory.make(count: options.companyCount, index: index, geography: geography, seed: options.seed)

        let people = CandidateFactory(index: index, geography: geography, today: options.today,
                                      demand: companies.demand.contains { $0 > 0 } ? WeightedTable(companies.demand) : nil,
                                      seed: options.seed)
        dataset.candidates = generateInChunks(count: options.candidates, seed: options.seed, stream: "candidates") { i, rng in
            people.make(number: i + 1, &rng)
        }
        if !companies.companies.isEmpty {
            let jobs = VacancyFactory(index: index, geography: geography, companies: companies, today: options.today)
            dataset.vacancies = generateInChunks(count: options.vacancies, seed: options.seed, stream: "vacancies") { i, rng in
                jobs.make(number: i + 1, &rng)
            }
            VacancyConditionsDraw(index: index, seed: options.seed).apply(to: &dataset.vacancies)
        }
        let surveyed = companies.companies.isEmpty ? 0 : options.barometerCompaniesNeeded - companies.companies.count
        CompanyFactory.addSurveyed(count: surveyed, to: &companies, index: index, geography: geography, seed: options.seed)
        dataset.companies = companies.companies
        dataset.barometer = BarometerFactory.make(perRound: options.barometerVisits, rounds: options.barometerRounds, index: index,
                                                  geography: geography, companies: companies, today: options.today, seed: options.seed)
        dataset.users = UserFactory.make(registry: registry, geography: geography, seed: options.seed)
        return dataset
    }

    /// Above this many candidates a data set covers all municipalities, not only the
    /// participating ones (a national-scale set for benchmarks).
    public static let nationalScaleCandidateThreshold = Geography.nationalScaleThreshold
}
