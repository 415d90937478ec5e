#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The field names of one kind of JSON object, in the order the writer puts them. The
/// same table drives writing (fixed key order) and reading (key → field index), so the two
/// cannot drift apart.
struct KeyTable: Sendable {
    let names: [String]
    /// What the writer puts before each value: `{"kind":` for the first field, `,"id":` after.
    let prefixes: [[UInt8]]
    private let bytes: [UInt8]
    private let offsets: [Int]

    init(_ names: [String]) {
        precondition(names.count <= 32, "a key table holds at most 32 fields")
        self.names = names
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        for n in names { bytes += Array(n.utf8); offsets.append(bytes.count) }
        self.bytes = bytes
        self.offsets = offsets
        self.prefixes = names.enumerated().map { i, n in Array(((i == 0 ? "{\"" : ",\"") + n + "\":").utf8) }
    }

    var count: Int { names.count }

    /// Bit mask with one bit per field, for "which fields did the line have".
    var allFields: UInt32 { count == 32 ? ~0 : (1 << UInt32(count)) - 1 }

    /// Index of the key spelled by `count` bytes at `p`. Tries `hint` first: in files the
    /// writer made, keys come in table order, so the first comparison nearly always hits.
    @inline(__always)
    func index(of p: UnsafePointer<UInt8>, count: Int, hint: Int) -> Int? {
        if hint < names.count, matches(hint, p, count) { return hint }
        for i in 0..<names.count where i != hint && matches(i, p, count) { return i }
        return nil
    }

    @inline(__always)
    private func matches(_ i: Int, _ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let start = offsets[i]
        guard offsets[i + 1] - start == count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, p, count) == 0 }
    }

    /// Index of a key given as a String (for keys written with escapes).
    func index(of name: String) -> Int? { names.firstIndex(of: name) }
}

/// The key tables of every record kind and nested object.
final class RecordKeys: Sendable {
    static let shared = RecordKeys()

    let candidate = KeyTable([
        "kind", "id", "version", "name", "email", "phone", "municipality", "postcode", "competences",
        "desiredOccupations", "education", "birthYear", "singleProvider", "flexJobApproved", "licences",
        "certificates", "languages", "availableFrom", "hoursPerWeek", "maxCommuteMinutes", "benefit",
        "matchCategory", "unemployedSince", "consentToShare", "ownerMunicipality", "consultant", "status",
    ])
    let vacancy = KeyTable([
        "kind", "id", "version", "company", "occupation", "title", "requirements", "licences", "certificates",
        "languages", "jobType", "hoursPerWeek", "positions", "startDate", "postedDate", "expiryDate",
        "municipality", "publicEmployer", "status",
    ])
    let company = KeyTable([
        "kind", "id", "version", "name", "industryGroup", "municipalities", "contactName", "contactPhone",
        "contactEmail",
    ])
    let barometer = KeyTable([
        "kind", "id", "version", "company", "municipality", "industryGroup", "visitDate", "needs",
    ])
    let heldCompetence = KeyTable(["id", "level", "years"])
    let language = KeyTable(["code", "level"])
    let requirement = KeyTable(["competence", "minLevel", "essential"])
    let need = KeyTable(["occupation", "in3Months", "in12Months"])
}
