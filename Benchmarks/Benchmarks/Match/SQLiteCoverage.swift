import CSQLite
import Foundation
import JobMatchCore

/// The same data in an in-memory SQLite database — a candidate–competence table with an
/// index on (competence, level, candidate) — and the competence-coverage queries a
/// relational design would run: `GROUP BY candidate ORDER BY score LIMIT 50`.
///
/// The SQL computes only the competence parts of the score (essential, optional at their
/// level shares, experience) and the essential filter; the engine additionally checks
/// licences, certificates, languages, commute, availability, eligibility and scores commute,
/// wishes, availability and related competences. The comparison favours SQLite.
final class SQLiteCoverage: @unchecked Sendable {
    /// Loaded from `MatchData.shared` on first use, so only the SQLite benchmarks pay for it.
    static let shared: SQLiteCoverage = {
        let clock = ContinuousClock()
        let start = clock.now
        let db = SQLiteCoverage(MatchData.shared.dataset)
        print("SQLite: \(db.rows) candidate–competence rows loaded and indexed in \(clock.now - start)")
        return db
    }()

    private var db: OpaquePointer?
    private let competenceID: [String: Int]
    let rows: Int

    init(_ dataset: Dataset) {
        var ids: [String: Int] = [:]
        for (i, c) in dataset.schema.competences.enumerated() { ids[c.id] = i }
        guard sqlite3_open(":memory:", &db) == SQLITE_OK else { fatalError("sqlite3_open failed") }
        Self.exec(db, "CREATE TABLE cc(candidate INTEGER NOT NULL, competence INTEGER NOT NULL, level INTEGER NOT NULL, years REAL NOT NULL)")
        Self.exec(db, "BEGIN")
        var insert: OpaquePointer?
        sqlite3_prepare_v2(db, "INSERT INTO cc VALUES (?, ?, ?, ?)", -1, &insert, nil)
        var n = 0
        for (row, c) in dataset.candidates.enumerated() where c.status == .active {
            for h in c.competences {
                guard let comp = ids[h.id] else { continue }
                sqlite3_bind_int64(insert, 1, Int64(row))
                sqlite3_bind_int64(insert, 2, Int64(comp))
                sqlite3_bind_int64(insert, 3, Int64(h.level))
                sqlite3_bind_double(insert, 4, h.years)
                guard sqlite3_step(insert) == SQLITE_DONE else { fatalError("insert failed") }
                sqlite3_reset(insert)
                n += 1
            }
        }
        sqlite3_finalize(insert)
        Self.exec(db, "COMMIT")
        Self.exec(db, "CREATE INDEX cc_competence ON cc(competence, level, candidate)")
        Self.exec(db, "ANALYZE")
        competenceID = ids
        rows = n
    }

    deinit { sqlite3_close(db) }

    /// The vacancy's competence coverage, top `limit` candidate rows.
    func rank(_ v: Vacancy, limit: Int) -> [Int64] {
        let reqs = v.requirements.compactMap { r in competenceID[r.competence].map { (id: $0, r: r) } }
        guard !reqs.isEmpty else { return [] }
        let nE = reqs.count { $0.r.essential }, nO = reqs.count - nE
        var met: [String] = [], score: [String] = []
        for (id, r) in reqs {
            let part = r.essential ? 4000.0 / Double(max(1, nE)) : 1500.0 / Double(max(1, nO))
            let experience = 1000.0 / Double(reqs.count)
            if r.essential { met.append("WHEN competence = \(id) AND level >= \(r.minLevel) THEN 1") }
            score.append("WHEN competence = \(id) AND level >= \(r.minLevel) THEN \(part) * MIN(1.0, 0.8 + 0.1 * (level - \(r.minLevel))) + \(experience) * MIN(years, 10.0) / 10.0")
            if !r.essential { score.append("WHEN competence = \(id) THEN \(part) * 0.8 * level / \(r.minLevel)") }
        }
        let sql = """
            SELECT candidate, SUM(CASE \(met.isEmpty ? "WHEN 1 THEN 0" : met.joined(separator: " ")) ELSE 0 END) AS met,
                   SUM(CASE \(score.joined(separator: " ")) ELSE 0 END) AS score
            FROM cc WHERE competence IN (\(reqs.map { String($0.id) }.joined(separator: ",")))
            GROUP BY candidate HAVING met = \(nE)
            ORDER BY score DESC, candidate LIMIT \(limit)
            """
        return query(sql)
    }

    /// The search-equivalent: candidates holding every (competence, minimum level), by level sum.
    func search(_ terms: [(String, Int)], limit: Int) -> [Int64] {
        let conds = terms.compactMap { t in competenceID[t.0].map { "(competence = \($0) AND level >= \(t.1))" } }
        let sql = """
            SELECT candidate, SUM(level) AS s, SUM(MIN(years, 10.0)) AS y FROM cc
            WHERE \(conds.joined(separator: " OR "))
            GROUP BY candidate HAVING COUNT(*) = \(conds.count)
            ORDER BY s DESC, y DESC, candidate LIMIT \(limit)
            """
        return query(sql)
    }

    private func query(_ sql: String) -> [Int64] {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
            fatalError("SQL error: \(String(cString: sqlite3_errmsg(db)))\n\(sql)")
        }
        defer { sqlite3_finalize(stmt) }
        var out: [Int64] = []
        while sqlite3_step(stmt) == SQLITE_ROW { out.append(sqlite3_column_int64(stmt, 0)) }
        return out
    }

    private static func exec(_ db: OpaquePointer?, _ sql: String) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            fatalError("SQL error: \(String(cString: sqlite3_errmsg(db)))\n\(sql)")
        }
    }
}
