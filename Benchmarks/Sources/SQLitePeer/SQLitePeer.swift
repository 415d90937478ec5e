import JobMatchCore
import MatchEngine

/// The matching data in an in-memory SQLite database, laid out the way an SQLite expert
/// would for this query, and `rank`, the SQL that returns the engine's exact ranking: the
/// same hard requirements, the same score to the hundredth, the same tie-breaks.
///
/// Tables (all with the indexes their look-ups need, so every access is an index seek):
/// - `held(candidate, competence, level, years)`, `WITHOUT ROWID`, keyed by (candidate,
///   competence) for the per-candidate look-ups, plus a covering index on (competence,
///   level, candidate) for intersecting the essential competences;
/// - `candidate` (one row per candidate, what the hard checks and the score read),
///   `licence`, `certificate`, `language`, `desired`;
/// - `travel(src, dst, minutes)`: the engine's travel matrix as a table;
/// - `related(competence, via, similarity)`, and `substitute(occupation, substitute,
///   overlap)` computed in SQL from the occupation profiles (Jaccard overlap).
///
/// Years are stored as the engine holds them (32-bit floats): with them as 64-bit the
/// experience share of a few candidates differs in the last bits and rounds to another
/// hundredth.
/// Use from one thread at a time (one connection, cached statements).
public final class SQLitePeer: @unchecked Sendable {
    let sql: SQLiteConnection
    let schema: Schema
    /// Competence id → the integer stored in `held`.
    let competenceID: [String: Int64]
    let jobTypes: [String: JobType]
    let cefrRank: [String: Int]
    /// Rows in `held`.
    public let heldRows: Int

    /// Loads `dataset`; `travel` is the travel matrix the engine uses (`MatchIndex.travel`).
    public init(dataset: Dataset, travel: TravelMatrix) {
        let schema = dataset.schema
        self.schema = schema
        sql = SQLiteConnection()
        var ids: [String: Int64] = [:]
        func intern(_ id: String) -> Int64 {
            if let x = ids[id] { return x }
            let x = Int64(ids.count); ids[id] = x; return x
        }
        for c in schema.competences { _ = intern(c.id) }
        var rank: [String: Int] = [:]
        for (i, level) in schema.cefrLevels.enumerated() { rank[level] = i + 1 }
        cefrRank = rank
        var types: [String: JobType] = [:]
        for t in schema.jobTypes where types[t.id] == nil { types[t.id] = t }
        jobTypes = types
        let withoutUpper = Set(schema.educationLevels.filter { !$0.upperSecondary }.map(\.id))
        let registryCodes = Set(dataset.registry.municipalities.map(\.code))
        var postcodeMunicipality: [String: String] = [:]
        for m in dataset.registry.municipalities {
            for p in m.postcodes where postcodeMunicipality[p] == nil { postcodeMunicipality[p] = m.code }
        }

        sql.exec("""
            CREATE TABLE candidate(row INTEGER PRIMARY KEY, id TEXT NOT NULL, active INTEGER NOT NULL,
                home TEXT NOT NULL, max_commute INTEGER NOT NULL, available_from INTEGER NOT NULL,
                unemployed_since INTEGER NOT NULL, birth_year INTEGER NOT NULL, benefit TEXT NOT NULL,
                single_provider INTEGER NOT NULL, flex_approved INTEGER NOT NULL, no_upper_secondary INTEGER NOT NULL,
                hours INTEGER NOT NULL);
            CREATE TABLE held(candidate INTEGER NOT NULL, competence INTEGER NOT NULL, level INTEGER NOT NULL,
                years REAL NOT NULL, PRIMARY KEY(candidate, competence)) WITHOUT ROWID;
            CREATE TABLE licence(candidate INTEGER NOT NULL, code TEXT NOT NULL);
            CREATE TABLE certificate(candidate INTEGER NOT NULL, code TEXT NOT NULL);
            CREATE TABLE language(candidate INTEGER NOT NULL, code TEXT NOT NULL, rank INTEGER NOT NULL);
            CREATE TABLE desired(candidate INTEGER NOT NULL, occupation TEXT NOT NULL);
            CREATE TABLE travel(src TEXT NOT NULL, dst TEXT NOT NULL, minutes INTEGER NOT NULL,
                PRIMARY KEY(dst, src)) WITHOUT ROWID;
            CREATE TABLE related(competence INTEGER NOT NULL, via INTEGER NOT NULL, similarity REAL NOT NULL,
                PRIMARY KEY(competence, via)) WITHOUT ROWID;
            CREATE TABLE profile(occupation TEXT NOT NULL, competence TEXT NOT NULL, PRIMARY KEY(occupation, competence)) WITHOUT ROWID;
            CREATE TABLE substitute(occupation TEXT NOT NULL, substitute TEXT NOT NULL, overlap REAL NOT NULL,
                PRIMARY KEY(occupation, substitute)) WITHOUT ROWID;
            """)

        var candidates: [[SQLValue]] = [], held: [[SQLValue]] = [], licences: [[SQLValue]] = []
        var certificates: [[SQLValue]] = [], languages: [[SQLValue]] = [], desired: [[SQLValue]] = []
        for (i, c) in dataset.candidates.enumerated() {
            let row = SQLValue.int(Int64(i))
            let home = registryCodes.contains(c.municipality) ? c.municipality : (postcodeMunicipality[c.postcode] ?? c.municipality)
            candidates.append([row, .text(c.id), .int(c.status == .active ? 1 : 0), .text(home),
                               .int(Int64(Int16(clamping: c.maxCommuteMinutes))), .int(Int64(c.availableFrom.daysSinceEpoch)),
                               .int(Int64(c.unemployedSince.daysSinceEpoch)), .int(Int64(Int16(clamping: c.birthYear))),
                               .text(c.benefit), .int(c.singleProvider ? 1 : 0), .int(c.flexJobApproved ? 1 : 0),
                               .int(withoutUpper.contains(c.education) ? 1 : 0),
                               .int(Int64(UInt8(clamping: c.hoursPerWeek)))])
            // A competence listed twice counts once, at its highest level and years.
            var merged: [Int64: (level: Int, years: Float)] = [:]
            for h in c.competences {
                let x = intern(h.id), years = Float(max(0, h.years))
                let old = merged[x] ?? (0, 0)
                merged[x] = (max(old.level, h.level), max(old.years, years))
            }
            for (x, h) in merged { held.append([row, .int(x), .int(Int64(h.level)), .double(Double(h.years))]) }
            for l in c.licences { licences.append([row, .text(l)]) }
            for x in c.certificates { certificates.append([row, .text(x)]) }
            for l in c.languages { languages.append([row, .text(l.code), .int(Int64(rank[l.level] ?? 0))]) }
            for o in c.desiredOccupations { desired.append([row, .text(o)]) }
        }
        sql.insert("INSERT INTO candidate VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", candidates)
        sql.insert("INSERT INTO held VALUES (?,?,?,?)", held)
        sql.insert("INSERT INTO licence VALUES (?,?)", licences)
        sql.insert("INSERT INTO certificate VALUES (?,?)", certificates)
        sql.insert("INSERT INTO language VALUES (?,?,?)", languages)
        sql.insert("INSERT INTO desired VALUES (?,?)", desired)
        heldRows = held.count

        var minutes: [[SQLValue]] = []
        for a in travel.codes {
            for b in travel.codes { if let m = travel.minutes(from: a, to: b) { minutes.append([.text(a), .text(b), .int(Int64(m))]) } }
        }
        sql.insert("INSERT INTO travel VALUES (?,?,?)", minutes)

        // "Holding Y covers s of X", declared on X; a pair declared only on Y's side is symmetric.
        var related: [[SQLValue]] = [], declared = Set<[Int64]>()
        for pass in 0..<2 {
            for c in schema.competences {
                guard let x = ids[c.id] else { continue }
                for r in c.related {
                    guard let y = ids[r.id], y != x, r.similarity > 0 else { continue }
                    let pair = pass == 0 ? [x, y] : [y, x]
                    if declared.insert(pair).inserted { related.append([.int(pair[0]), .int(pair[1]), .double(min(1, r.similarity))]) }
                }
            }
        }
        sql.insert("INSERT INTO related VALUES (?,?,?)", related)
        var profile: [[SQLValue]] = [], seen = Set<String>()
        for o in schema.occupations where seen.insert(o.id).inserted {
            for c in Set(o.essential.map(\.competence) + o.optional.map(\.competence)) { profile.append([.text(o.id), .text(c)]) }
        }
        sql.insert("INSERT INTO profile VALUES (?,?)", profile)
        let substitutes = sql.prepare("""
            INSERT INTO substitute
            WITH size(occupation, n) AS (SELECT occupation, COUNT(*) FROM profile GROUP BY occupation),
                 shared(a, b, common) AS (SELECT p.occupation, q.occupation, COUNT(*) FROM profile p
                     JOIN profile q ON q.competence = p.competence AND q.occupation <> p.occupation
                     GROUP BY p.occupation, q.occupation)
            SELECT a, b, CAST(common AS REAL) / (sa.n + sb.n - common) AS overlap
            FROM shared JOIN size sa ON sa.occupation = a JOIN size sb ON sb.occupation = b
            WHERE overlap >= ?1
            """)
        sql.bind(substitutes, [.double(schema.scoring.substitutableOverlap)])
        sql.finish(substitutes)

        sql.exec("""
            CREATE INDEX held_by_competence ON held(competence, level, candidate);
            CREATE INDEX licence_by_candidate ON licence(candidate, code);
            CREATE INDEX certificate_by_candidate ON certificate(candidate, code);
            CREATE INDEX language_by_candidate ON language(candidate, code, rank);
            CREATE INDEX desired_by_candidate ON desired(candidate, occupation);
            ANALYZE;
            """)
        competenceID = ids
    }
}
