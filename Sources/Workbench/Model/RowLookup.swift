/// Finds a record's row by id without hashing 250,000 ids at start-up: ids such as
/// `K000123` are usually the 123rd record, so that guess is tried first; a table of all
/// ids is built in the background for the others. Until it is ready, a lookup scans the
/// ids (a few milliseconds at national scale) rather than wait for it.
final class RowLookup<Record: Identifiable & Sendable>: Sendable where Record.ID == String {
    private let records: [Record]
    private let table: Deferred<[String: Int32]>

    init(_ records: [Record]) {
        self.records = records
        self.table = Deferred {
            var t: [String: Int32] = [:]
            t.reserveCapacity(records.count)
            for (i, r) in records.enumerated() where t[r.id] == nil { t[r.id] = Int32(i) }
            return t
        }
    }

    func row(of id: String) -> Int? {
        if let n = Int(id.dropFirst()), n >= 1, n <= records.count, records[n - 1].id == id { return n - 1 }
        if let table = table.valueIfReady { return table[id].map(Int.init) }
        return records.firstIndex { $0.id == id }
    }

    /// Blocks until the id table is built (tests, benchmarks).
    func waitUntilBuilt() { table.wait() }
}
