import JobMatchCore

/// Everything the engine needs to rank, explain and search, built once from a `Dataset`
/// and immutable afterwards, so any number of threads may use it at once.
///
/// Candidates live in struct-of-arrays columns in id order; an inverted index lists, for
/// every competence, the candidates who hold it; travel minutes between all municipalities
/// are a precomputed matrix. Ranking one vacancy walks the shortest posting list of its
/// essential competences (or every candidate when it has none) and keeps the best K in a
/// heap: it decodes nothing and allocates nothing per candidate.
public final class MatchIndex: Sendable {
    public let schema: Schema
    public let registry: MunicipalityRegistry
    /// The travel times used for every commute check and commute score.
    public let travel: TravelMatrix
    let vocabulary: Vocabulary
    let columns: CandidateColumns
    /// The candidates as given, for messages that quote their values.
    let candidates: [Candidate]
    /// Competence → active candidate rows holding it (ascending), with the level held.
    let postings: Rows<Posting>
    /// Travel-matrix municipality → candidate rows living there (ascending).
    let residents: Rows<Int32>
    /// Travel-matrix municipality → active candidates living there.
    let activeResidents: [Int]
    /// Active candidates in total.
    let activeCount: Int
    /// Competence X → competences that cover part of X, with the share they cover.
    let relatedTo: [[Related]]
    /// Occupation → substitutable occupations (overlap ≥ the schema's threshold), best first.
    let substituteTable: [[Substitute]]
    let weights: CentiWeights
    let vacanciesByID: [String: Vacancy]
    let lexicon: Lexicon
    /// Per row, the bigram mask of the folded name (see `bigramMask`).
    let nameBigrams: [UInt64]
    let rowByCandidateID: [String: Int32]
    let competenceByID: [String: Competence]
    let occupationByID: [String: Occupation]
    let jobTypeByID: [String: JobType]
    /// Smallest `unemployedSince` in the data: the origin of the packed ranking key.
    let unemployedOrigin: Int32

    /// Builds the index. `travelTimes` overrides the coordinate estimate for the pairs it
    /// lists (the lead loads it from `<data>/travel-times.json` when present).
    public init(dataset: Dataset, travelTimes: TravelTimeTable? = nil) {
        let schema = dataset.schema
        self.schema = schema
        self.registry = dataset.registry
        self.candidates = dataset.candidates
        let vocabulary = Vocabulary(schema: schema, candidates: dataset.candidates, vacancies: dataset.vacancies)
        self.vocabulary = vocabulary
        let extra = dataset.candidates.map(\.municipality) + dataset.vacancies.map(\.municipality)
        let travel = TravelMatrix(registry: dataset.registry, model: schema.travel, table: travelTimes,
                                  extraCodes: Array(Set(extra)).sorted())
        self.travel = travel
        var postcodeMunicipality: [String: String] = [:]
        for m in dataset.registry.municipalities { for p in m.postcodes where postcodeMunicipality[p] == nil { postcodeMunicipality[p] = m.code } }
        let columns = CandidateColumns(candidates: dataset.candidates, vocabulary: vocabulary, travel: travel,
                                       postcodeMunicipality: postcodeMunicipality)
        self.columns = columns
        self.postings = Self.buildPostings(columns, competenceCount: vocabulary.competences.count)
        let (residents, active) = Self.buildResidents(columns, municipalityCount: travel.codes.count)
        self.residents = residents
        self.activeResidents = active
        self.activeCount = columns.hot.count { $0.status == 0 }
        self.relatedTo = Self.buildRelated(schema, vocabulary)
        self.substituteTable = Self.buildSubstitutes(schema, vocabulary)
        self.weights = CentiWeights(schema.scoring)
        var byID: [String: Vacancy] = [:]
        for v in dataset.vacancies where byID[v.id] == nil { byID[v.id] = v }
        self.vacanciesByID = byID
        self.lexicon = Lexicon(schema: schema, vocabulary: vocabulary, registry: dataset.registry)
        self.nameBigrams = (0..<columns.count).map { bigramMask(columns.names.values[columns.names.range($0)]) }
        var rowByID: [String: Int32] = [:]
        rowByID.reserveCapacity(columns.count)
        for (row, id) in columns.ids.enumerated() where rowByID[id] == nil { rowByID[id] = Int32(row) }
        self.rowByCandidateID = rowByID
        self.competenceByID = Dictionary(schema.competences.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.occupationByID = Dictionary(schema.occupations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.jobTypeByID = Dictionary(schema.jobTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var origin = Int32.max
        for h in columns.hot where h.unemployedSince < origin { origin = h.unemployedSince }
        self.unemployedOrigin = origin == .max ? 0 : origin
    }

    /// Number of candidates indexed (all statuses).
    public var candidateCount: Int { columns.count }

    /// The vacancy with this id, as loaded.
    public func vacancy(id: String) -> Vacancy? { vacanciesByID[id] }

    /// The candidate with this id, as loaded.
    public func candidate(id: String) -> Candidate? {
        rowByCandidateID[id].map { candidates[Int(columns.source[Int($0)])] }
    }

    // MARK: - Labels used in explanations

    /// Danish label of a competence, or its id when the schema does not know it.
    public func competenceLabel(_ id: String) -> String { competenceByID[id]?.da ?? id }
    func competenceLabel(dense: Int32) -> String { competenceLabel(vocabulary.competences.ids[Int(dense)]) }

    /// "Frederikshavn (0813)", or the bare code for an unknown municipality.
    public func municipalityLabel(_ code: String) -> String {
        registry.municipality(code).map { "\($0.name) (\(code))" } ?? code
    }

    // MARK: - Building

    /// Active candidates only: rankings consider no one else.
    private static func buildPostings(_ c: CandidateColumns, competenceCount: Int) -> Rows<Posting> {
        var counts = [Int32](repeating: 0, count: competenceCount + 1)
        for row in 0..<c.count where c.hot[row].status == 0 {
            for k in c.held(row) { counts[Int(c.competences[k].competence) + 1] += 1 }
        }
        for i in 0..<competenceCount { counts[i + 1] += counts[i] }
        var fill = counts
        var values = [Posting](repeating: Posting(row: 0, level: 0), count: Int(counts[competenceCount]))
        for row in 0..<c.count where c.hot[row].status == 0 {
            for k in c.held(row) {
                let e = c.competences[k]
                values[Int(fill[Int(e.competence)])] = Posting(row: Int32(row), level: e.level)
                fill[Int(e.competence)] += 1
            }
        }
        return Rows(offsets: counts, values: values)
    }

    private static func buildResidents(_ c: CandidateColumns, municipalityCount n: Int) -> (Rows<Int32>, [Int]) {
        var counts = [Int32](repeating: 0, count: n + 1)
        var active = [Int](repeating: 0, count: n)
        for row in 0..<c.count where c.hot[row].home >= 0 {
            counts[Int(c.hot[row].home) + 1] += 1
            if c.hot[row].status == 0 { active[Int(c.hot[row].home)] += 1 }
        }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var fill = counts
        var values = [Int32](repeating: 0, count: Int(counts[n]))
        for row in 0..<c.count where c.hot[row].home >= 0 {
            values[Int(fill[Int(c.hot[row].home)])] = Int32(row)
            fill[Int(c.hot[row].home)] += 1
        }
        return (Rows(offsets: counts, values: values), active)
    }

    /// Similarity is declared on a competence ("holding Y covers s of X"); where only the
    /// other side declares the pair, the relation is taken as symmetric.
    private static func buildRelated(_ schema: Schema, _ v: Vocabulary) -> [[Related]] {
        var table = [[Related]](repeating: [], count: v.competences.count)
        var declared = Set<[Int32]>()
        for c in schema.competences {
            guard let x = v.competences.lookup(c.id) else { continue }
            for r in c.related {
                guard let y = v.competences.lookup(r.id), y != x, r.similarity > 0 else { continue }
                if declared.insert([x, y]).inserted {
                    table[Int(x)].append(Related(competence: y, similarity: min(1, r.similarity)))
                }
            }
        }
        for c in schema.competences {
            guard let x = v.competences.lookup(c.id) else { continue }
            for r in c.related {
                guard let y = v.competences.lookup(r.id), y != x, r.similarity > 0 else { continue }
                if declared.insert([y, x]).inserted {
                    table[Int(y)].append(Related(competence: x, similarity: min(1, r.similarity)))
                }
            }
        }
        return table.map { $0.sorted { $0.competence < $1.competence } }
    }
}

struct Posting: Sendable { var row: Int32; var level: Int32 }
struct Related: Sendable { var competence: Int32; var similarity: Double }
