import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The field names of one kind of JSON object, in the order the writer puts them, taken
/// from its `FieldTable`. It drives writing (fixed key order) and reading (key → field
/// index), so the two cannot drift apart.
///
/// The bytes live in one allocation that is never freed (the tables are created once per
/// process), so the hot path compares raw memory without reference counting.
struct KeyTable: @unchecked Sendable {
    let names: [String]
    /// What the writer puts before each value: `{"kind":` for the first field, `,"id":` after.
    let prefixes: [[UInt8]]
    /// All prefixes back to back, and where each starts (count + 1 entries).
    private let bytes: UnsafePointer<UInt8>
    private let offsets: UnsafePointer<Int>
    let count: Int
    /// Did-you-mean for unknown field names, built once per table.
    let suggester: IdSuggester
    /// One bit per field a line must have (every field but the optional ones).
    let requiredFields: UInt32

    init(_ names: [String], optional: [Bool] = []) {
        precondition(names.count <= 32, "a key table holds at most 32 fields")
        self.names = names
        var required: UInt32 = 0
        for i in names.indices where !(i < optional.count && optional[i]) { required |= 1 << UInt32(i) }
        requiredFields = required
        suggester = IdSuggester(names)
        self.count = names.count
        prefixes = names.enumerated().map { i, n in Array(((i == 0 ? "{\"" : ",\"") + n + "\":").utf8) }
        let flat = prefixes.flatMap { $0 }
        let b = UnsafeMutablePointer<UInt8>.allocate(capacity: flat.count)
        b.initialize(from: flat, count: flat.count)
        var starts = [0]
        for p in prefixes { starts.append(starts.last! + p.count) }
        let o = UnsafeMutablePointer<Int>.allocate(capacity: starts.count)
        o.initialize(from: starts, count: starts.count)
        bytes = UnsafePointer(b)
        offsets = UnsafePointer(o)
    }

    /// Bit mask with one bit per field, for "which fields did the line have".
    var allFields: UInt32 { count == 32 ? ~0 : (1 << UInt32(count)) - 1 }

    /// Length of field `i`'s prefix if the bytes at `p` (at most `available`) are exactly
    /// that prefix — the separator, the quoted name and the colon, as the writer puts them —
    /// else 0. One comparison reads the separator, the key and the colon of a canonical line.
    @inline(__always)
    func prefixLength(_ i: Int, at p: UnsafePointer<UInt8>, available: Int) -> Int {
        let start = offsets[i], n = offsets[i + 1] - start
        return n <= available && memcmp(bytes + start, p, n) == 0 ? n : 0
    }

    /// Index of the key spelled by `count` bytes at `p` (without quotes).
    func index(of p: UnsafePointer<UInt8>, count: Int, hint: Int) -> Int? {
        if hint < self.count, matches(hint, p, count) { return hint }
        for i in 0..<self.count where i != hint && matches(i, p, count) { return i }
        return nil
    }

    @inline(__always)
    private func matches(_ i: Int, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        // The name sits between the two-byte `,"` / `{"` and the two-byte `":`.
        let start = offsets[i] + 2
        guard offsets[i + 1] - 2 - start == n else { return false }
        return memcmp(bytes + start, p, n) == 0
    }

    /// Index of a key given as a String (for keys written with escapes).
    func index(of name: String) -> Int? { names.firstIndex(of: name) }
}

/// A record kind's field table (from JobMatchCore, the one list of its fields) together
/// with the key bytes derived from it, built once per process. A class, so that handing it
/// to the reader for every line costs one reference count, not a copy of the table's blank
/// record and key arrays (about 1% of a whole `validate` in callgrind).
final class RecordFormat<Record: Sendable>: Sendable {
    let table: FieldTable<Record>
    let keys: KeyTable

    init(_ table: FieldTable<Record>) {
        self.table = table
        keys = KeyTable(table.names, optional: table.optionalNames)
    }
}

/// The formats of every record kind and nested object.
final class RecordKeys: Sendable {
    static let shared = RecordKeys()

    let candidate = RecordFormat(Candidate.fields)
    let vacancy = RecordFormat(Vacancy.fields)
    let company = RecordFormat(Company.fields)
    let barometer = RecordFormat(BarometerAnswer.fields)
    let heldCompetence = RecordFormat(HeldCompetence.fields)
    let language = RecordFormat(LanguageSkill.fields)
    let requirement = RecordFormat(Requirement.fields)
    let need = RecordFormat(LabourNeed.fields)
    let certificate = RecordFormat(HeldCertificate.fields)
    let education = RecordFormat(Education.fields)
    let work = RecordFormat(WorkPeriod.fields)
    let consent = RecordFormat(ConsentRecord.fields)

    /// The keys of a record kind's lines (`kind`, `id` and `version` come first in every one).
    func table(for kind: RecordKind) -> KeyTable {
        switch kind {
        case .candidate: candidate.keys
        case .vacancy: vacancy.keys
        case .company: company.keys
        case .barometer: barometer.keys
        }
    }
}
