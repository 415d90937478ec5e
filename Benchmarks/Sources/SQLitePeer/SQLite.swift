import CSQLite

/// A value bound to a `?` of a statement. Numbers are bound, never printed into the SQL,
/// so a Double reaches SQLite with exactly the bits the engine computes with.
public enum SQLValue: Sendable {
    case int(Int64)
    case double(Double)
    case text(String)
}

/// A minimal SQLite connection: enough to load tables and run one query at a time.
/// Errors stop the benchmark with the statement and SQLite's message: a wrong query is a
/// bug in the peer, not a condition to handle.
final class SQLiteConnection {
    private(set) var db: OpaquePointer?
    /// Prepared statements by their text: every number is a parameter, so vacancies with
    /// the same shape (counts of requirements, licences…) share one statement.
    private var statements: [String: OpaquePointer] = [:]

    init() {
        guard sqlite3_open(":memory:", &db) == SQLITE_OK else { fatalError("sqlite3_open failed") }
    }

    deinit {
        for stmt in statements.values { sqlite3_finalize(stmt) }
        sqlite3_close(db)
    }

    func exec(_ sql: String) {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            fatalError("SQL error: \(String(cString: sqlite3_errmsg(db)))\n\(sql)")
        }
    }

    func prepare(_ sql: String) -> OpaquePointer? {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
            fatalError("SQL error: \(String(cString: sqlite3_errmsg(db)))\n\(sql)")
        }
        return stmt
    }

    /// Binds `values` to the statement's parameters 1…n (`?1`…`?n`, or `?` in order).
    func bind(_ stmt: OpaquePointer?, _ values: [SQLValue]) {
        for (i, v) in values.enumerated() {
            let index = Int32(i + 1)
            switch v {
            case .int(let x): sqlite3_bind_int64(stmt, index, x)
            case .double(let x): sqlite3_bind_double(stmt, index, x)
            case .text(let s): sqlite3_bind_text(stmt, index, s, -1, SQLITE_TRANSIENT_SWIFT)
            }
        }
    }

    /// Runs a statement that returns no rows, and finalizes it.
    func finish(_ stmt: OpaquePointer?) {
        defer { sqlite3_finalize(stmt) }
        guard sqlite3_step(stmt) == SQLITE_DONE else { fatalError("SQL error: \(String(cString: sqlite3_errmsg(db)))") }
    }

    /// Inserts every row with one prepared statement inside one transaction.
    func insert(_ sql: String, _ rows: [[SQLValue]]) {
        exec("BEGIN")
        let stmt = prepare(sql)
        for row in rows {
            bind(stmt, row)
            guard sqlite3_step(stmt) == SQLITE_DONE else {
                fatalError("insert failed: \(String(cString: sqlite3_errmsg(db)))\n\(sql)")
            }
            sqlite3_reset(stmt)
        }
        sqlite3_finalize(stmt)
        exec("COMMIT")
    }

    /// Runs a query and returns, per row, the first column as text and the second as an integer.
    func textAndInt(_ sql: String, _ values: [SQLValue]) -> [(String, Int)] {
        let stmt: OpaquePointer?
        if let cached = statements[sql] {
            stmt = cached
        } else {
            stmt = prepare(sql)
            statements[sql] = stmt
        }
        defer { sqlite3_reset(stmt); sqlite3_clear_bindings(stmt) }
        bind(stmt, values)
        var out: [(String, Int)] = []
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { fatalError("query failed: \(String(cString: sqlite3_errmsg(db)))\n\(sql)") }
            out.append((String(cString: sqlite3_column_text(stmt, 0)), Int(sqlite3_column_int64(stmt, 1))))
        }
        return out
    }

    /// The query plan, one line per step (for the docs and for checking index use).
    func plan(_ sql: String, _ values: [SQLValue]) -> [String] {
        let stmt = prepare("EXPLAIN QUERY PLAN " + sql)
        defer { sqlite3_finalize(stmt) }
        bind(stmt, values)
        var out: [String] = []
        while sqlite3_step(stmt) == SQLITE_ROW { out.append(String(cString: sqlite3_column_text(stmt, 3))) }
        return out
    }
}

/// `SQLITE_TRANSIENT` (a C macro Swift cannot import): SQLite copies the bound text.
let SQLITE_TRANSIENT_SWIFT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
