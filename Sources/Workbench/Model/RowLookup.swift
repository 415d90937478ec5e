import Foundation

/// Finds a record's row by id without hashing 250,000 ids at start-up: ids such as
/// `K000123` are usually the 123rd record, so that guess is tried first; a dictionary is
/// built on the first id that breaks the pattern (once, under a lock).
final class RowLookup<Record: Identifiable & Sendable>: @unchecked Sendable where Record.ID == String {
    private let records: [Record]
    private let lock = NSLock()
    private var table: [String: Int32]?

    init(_ records: [Record]) { self.records = records }

    func row(of id: String) -> Int? {
        if let n = Int(id.dropFirst()), n >= 1, n <= records.count, records[n - 1].id == id { return n - 1 }
        return lock.withLock {
            if table == nil {
                var t: [String: Int32] = [:]
                t.reserveCapacity(records.count)
                for (i, r) in records.enumerated() where t[r.id] == nil { t[r.id] = Int32(i) }
                table = t
            }
            return table![id].map(Int.init)
        }
    }
}
