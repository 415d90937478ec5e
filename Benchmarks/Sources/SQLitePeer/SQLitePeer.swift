import JobMatchCore
import MatchEngine

/// The matching data in an in-memory SQLite database, laid out the way an SQLite expert
/// would for this query, and `rank`, the SQL that returns the engine's exact ranking: the
/// same hard requirements, the same score to the hundredth, the same tie-breaks.
///
/// Tables (all with the indexes their look-ups need, so every access is an index seek):
/// - `held(candidate, competence, level, tenths)`, `WITHOUT ROWID`, keyed by (candidate,
///   competence) for the per-candidate look-ups, plus a covering index on (competence,
///   level, candidate) for intersecting the essential competences; years in whole tenths,
///   as records hold them;
/// - `candidate` (one row per candidate, what the hard checks and the score read, with
///   `place`: where the candidate's commute starts), `licence`, `certificate`, `language`,
///   `desired`;
/// - `travel(src, dst, minutes)`: minutes from every place a candidate can travel from
///   (a municipality's seat, or a postcode town the registry places) to every
///   municipality, read at load from the travel matrix the engine was built with (the
///   coordinate model and `travel-times.json`, docs/matching.md "Travel time"): a
///   precomputed place → site table, as a relational design would keep it;
/// - `related(competence, via, similarity)` with similarities in ten-thousandths, and
///   `substitute(occupation, substitute, common, size)` computed in SQL from the
///   occupation profiles (Jaccard overlap common ÷ size, kept as the two whole numbers).
///
/// Scores are computed in SQLite's 64-bit integer arithmetic on exact fractions, as the
/// engine does (docs/matching.md "The score"): levels, ten-thousandths, tenths of years,
/// minutes and days, each component rounded half away from zero.
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

    /// Loads `dataset`; `travel` is the travel matrix the engine was built with
    /// (`MatchIndex.travel`), the source of the `travel` table.
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
        var postcodeMunicipality: [String: String] = [:]
        for m in dataset.registry.municipalities {
            for p in m.postcodes where postcodeMunicipality[p] == nil { postcodeMunicipality[p] = m.code }
        }
        // Places a commute can start from: every municipality code the matrix knows (its
        // seat), then every postcode town the registry places (first listing wins), with
        // the municipality it lies in.
        var placeOf: [String: Int64] = [:]
        for code in travel.codes where placeOf[code] == nil { placeOf[code] = Int64(placeOf.count) }
        var towns: [(postcode: String, municipality: String, place: Int64)] = []
        var townOf: [String: (municipality: String, place: Int64)] = [:]
        for m in dataset.registry.municipalities {
            for p in m.places ?? [] where townOf[p.postcode] == nil {
                let place = Int64(placeOf.count + towns.count)
                townOf[p.postcode] = (m.code, place)
                towns.append((p.postcode, m.code, place))
            }
        }
        // A home is the recorded municipality when some travel time is known from it,
        // otherwise the municipality listing the candidate's postcode.
        var located = Set<String>()
        for a in travel.codes where travel.codes.contains(where: { travel.minutes(from: a, to: $0) != nil }) { located.insert(a) }

        sql.exec("""
            CREATE TABLE candidate(row INTEGER PRIMARY KEY, id TEXT NOT NULL, active INTEGER NOT NULL,
                home TEXT NOT NULL, place INTEGER NOT NULL, max_commute INTEGER NOT NULL, available_from INTEGER NOT NULL,
                unemployed_since INTEGER NOT NULL, birth_year INTEGER NOT NULL, benefit TEXT NOT NULL,
                single_provider INTEGER NOT NULL, flex_approved INTEGER NOT NULL, no_upper_secondary INTEGER NOT NULL,
                hours INTEGER NOT NULL, own_car INTEGER NOT NULL, shifts INTEGER NOT NULL);
            CREATE TABLE held(candidate INTEGER NOT NULL, competence INTEGER NOT NULL, level INTEGER NOT NULL,
                tenths INTEGER NOT NULL, PRIMARY KEY(candidate, competence)) WITHOUT ROWID;
            CREATE TABLE licence(candidate INTEGER NOT NULL, code TEXT NOT NULL);
            CREATE TABLE certificate(candidate INTEGER NOT NULL, code TEXT NOT NULL, expires INTEGER NOT NULL);
            CREATE TABLE language(candidate INTEGER NOT NULL, code TEXT NOT NULL, rank INTEGER NOT NULL);
            CREATE TABLE desired(candidate INTEGER NOT NULL, occupation TEXT NOT NULL);
            CREATE TABLE travel(src INTEGER NOT NULL, dst TEXT NOT NULL, minutes INTEGER NOT NULL,
                PRIMARY KEY(dst, src)) WITHOUT ROWID;
            CREATE TABLE related(competence INTEGER NOT NULL, via INTEGER NOT NULL, similarity INTEGER NOT NULL,
                PRIMARY KEY(competence, via)) WITHOUT ROWID;
            CREATE TABLE profile(occupation TEXT NOT NULL, competence TEXT NOT NULL, PRIMARY KEY(occupation, competence)) WITHOUT ROWID;
            CREATE TABLE substitute(occupation TEXT NOT NULL, substitute TEXT NOT NULL, common INTEGER NOT NULL,
                size INTEGER NOT NULL, PRIMARY KEY(occupation, substitute)) WITHOUT ROWID;
            """)

        var candidates: [[SQLValue]] = [], held: [[SQLValue]] = [], licences: [[SQLValue]] = []
        var certificates: [[SQLValue]] = [], languages: [[SQLValue]] = [], desired: [[SQLValue]] = []
        for (i, c) in dataset.candidates.enumerated() {
            let row = SQLValue.int(Int64(i))
            let home = located.contains(c.municipality) ? c.municipality : (postcodeMunicipality[c.postcode] ?? c.municipality)
            // From the postcode's town when the registry places it in the home municipality.
            let place = townOf[c.postcode].flatMap { $0.municipality == home ? $0.place : nil } ?? placeOf[home] ?? -1
            candidates.append([row, .text(c.id), .int(c.status == .active ? 1 : 0), .text(home), .int(place),
                               .int(Int64(Int16(clamping: c.maxCommuteMinutes))), .int(Int64(c.availableFrom.daysSinceEpoch)),
                               .int(Int64(c.unemployedSince.daysSinceEpoch)), .int(Int64(Int16(clamping: c.birthYear))),
                               .text(c.benefit), .int(c.singleProvider ? 1 : 0), .int(c.flexJobApproved ? 1 : 0),
                               .int(withoutUpper.contains(c.education) ? 1 : 0),
                               .int(Int64(UInt8(clamping: c.hoursPerWeek))), .int(c.transport == .car ? 1 : 0),
                               .int(Self.shiftBits(c.shifts))])
            // A competence listed twice counts once, at its highest level and years.
            var merged: [Int64: (level: Int32, tenths: Int32)] = [:]
            for h in c.competences {
                let x = intern(h.id), tenths = Int32(clamping: max(0, h.tenths))
                let old = merged[x] ?? (Int32.min, 0)
                merged[x] = (max(old.level, Int32(clamping: h.level)), max(old.tenths, tenths))
            }
            for (x, h) in merged { held.append([row, .int(x), .int(Int64(h.level)), .int(Int64(h.tenths))]) }
            for l in c.licences { licences.append([row, .text(l)]) }
            // One row per certificate record: `expires` is the first day it no longer counts
            // (days since 1970), Int64.max when it never expires; renewed copies each have a row.
            for x in c.heldCertificates {
                certificates.append([row, .text(x.id), .int(x.expires.map { Int64($0.daysSinceEpoch) } ?? Int64.max)])
            }
            for l in c.languages { languages.append([row, .text(l.code), .int(Int64(rank[l.level] ?? 0))]) }
            for o in c.desiredOccupations { desired.append([row, .text(o)]) }
        }
        sql.insert("INSERT INTO candidate VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", candidates)
        sql.insert("INSERT INTO held VALUES (?,?,?,?)", held)
        sql.insert("INSERT INTO licence VALUES (?,?)", licences)
        sql.insert("INSERT INTO certificate VALUES (?,?,?)", certificates)
        sql.insert("INSERT INTO language VALUES (?,?,?)", languages)
        sql.insert("INSERT INTO desired VALUES (?,?)", desired)
        heldRows = held.count

        var minutes: [[SQLValue]] = []
        for a in travel.codes {
            guard let src = placeOf[a] else { continue }
            for b in travel.codes { if let m = travel.minutes(from: a, to: b) { minutes.append([.int(src), .text(b), .int(Int64(m))]) } }
        }
        for t in towns {
            for b in travel.codes {
                if let m = travel.minutes(fromPostcode: t.postcode, municipality: t.municipality, to: b) {
                    minutes.append([.int(t.place), .text(b), .int(Int64(m))])
                }
            }
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
                    if declared.insert(pair).inserted { related.append([.int(pair[0]), .int(pair[1]), .int(Self.tenThousandths(r.similarity))]) }
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
            SELECT a, b, common, sa.n + sb.n - common
            FROM shared JOIN size sa ON sa.occupation = a JOIN size sb ON sb.occupation = b
            WHERE CAST(common AS REAL) / (sa.n + sb.n - common) >= ?1
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

    /// A decimal parameter of the schema in whole ten-thousandths (0.35 → 3,500), the
    /// precision docs/matching.md reads them to; clamped to 0…1.
    /// The kinds of hours as bits (evening 1, night 2, weekend 4), for candidate and vacancy alike.
    static func shiftBits(_ hours: [Shift]) -> Int64 {
        hours.reduce(0) { bits, s in
            bits | (s == .evening ? 1 : s == .night ? 2 : 4)
        }
    }

    static func tenThousandths(_ x: Double) -> Int64 {
        guard x.isFinite else { return 0 }
        return Int64((min(1, max(0, x)) * 10_000).rounded(.toNearestOrAwayFromZero))
    }
}
