#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JobMatchCore

/// A travel-time table supplied by the data directory (`<data>/travel-times.json`):
/// from-municipality code → to-municipality code → minutes. Entries override the
/// estimate from coordinates; a missing direction falls back to the opposite one.
public typealias TravelTimeTable = [String: [String: Int]]

/// Door-to-door minutes from every place a candidate can live to every municipality a job
/// can be in, computed once when the index is built so that the commute check for a
/// candidate is one array read.
///
/// Columns are municipalities; a job is placed at its municipality's seat town. Rows are
/// the same municipalities (for a candidate whose postcode is not placed) followed by one
/// row per placed postcode town (`Municipality.places`), so Skagen to Frederikshavn is
/// estimated from Skagen, not from Frederikshavn's town hall. Minutes come from the
/// travel-time table where it has the municipality pair (either direction), otherwise
/// from the schema's travel model: `fixedMinutes` + great-circle distance × `roadFactor`
/// ÷ `averageKmh`, rounded to the nearest minute, and never less than
/// `sameMunicipalityMinutes`, which is also the time from a municipality's seat (or a town
/// at the same spot) to itself.
public struct TravelMatrix: Sendable {
    /// Municipality codes in matrix (column) order; row i < codes.count is municipality i.
    public let codes: [String]
    let indexOf: [String: Int]
    /// Postcode → row of its placed town.
    let rowOfPostcode: [String: Int]
    /// Row → column of the municipality the row lies in.
    let municipalityOfRow: [Int32]
    /// Row-major minutes, rows × codes.count; -1 where no time is known.
    let minutes: [Int32]
    /// Codes with coordinates or a table entry: places a candidate can be placed in.
    let located: Set<String>

    public init(registry: MunicipalityRegistry, model: TravelModel, table: TravelTimeTable? = nil,
                extraCodes: [String] = []) {
        var codes: [String] = []
        var indexOf: [String: Int] = [:]
        func add(_ code: String) {
            if indexOf[code] == nil { indexOf[code] = codes.count; codes.append(code) }
        }
        for m in registry.municipalities { add(m.code) }
        for c in extraCodes { add(c) }
        if let table {
            for (from, row) in table.sorted(by: { $0.key < $1.key }) {
                add(from)
                for to in row.keys.sorted() { add(to) }
            }
        }
        let n = codes.count
        var coordinate: [(lat: Double, lon: Double)?] = Array(repeating: nil, count: n)
        for m in registry.municipalities { coordinate[indexOf[m.code]!] = (m.lat, m.lon) }
        // Rows: the municipalities, then every placed postcode (first listing wins).
        var rowPoint = coordinate
        var municipalityOfRow = (0..<n).map { Int32($0) }
        var rowOfPostcode: [String: Int] = [:]
        for m in registry.municipalities {
            for place in m.places ?? [] where rowOfPostcode[place.postcode] == nil {
                rowOfPostcode[place.postcode] = rowPoint.count
                rowPoint.append((place.lat, place.lon))
                municipalityOfRow.append(Int32(indexOf[m.code]!))
            }
        }
        var minutes = [Int32](repeating: -1, count: rowPoint.count * n)
        for r in 0..<rowPoint.count {
            let a = Int(municipalityOfRow[r])
            for b in 0..<n {
                if let given = table?[codes[a]]?[codes[b]] ?? table?[codes[b]]?[codes[a]] {
                    minutes[r * n + b] = Int32(clamping: max(0, given))
                } else if r == b {
                    minutes[r * n + b] = Int32(clamping: max(0, model.sameMunicipalityMinutes))
                } else if let p = rowPoint[r], let q = coordinate[b] {
                    minutes[r * n + b] = Int32(clamping: Self.estimate(p, q, model: model))
                }
            }
        }
        self.codes = codes
        var located = Set(registry.municipalities.map(\.code))
        for (from, row) in table ?? [:] { located.insert(from); located.formUnion(row.keys) }
        self.located = located
        self.indexOf = indexOf
        self.rowOfPostcode = rowOfPostcode
        self.municipalityOfRow = municipalityOfRow
        self.minutes = minutes
    }

    /// The row a candidate travels from: their postcode's town when it is placed and lies in
    /// their home municipality `home` (a column), else the municipality itself.
    func row(postcode: String, home: Int) -> Int {
        guard home >= 0 else { return -1 }
        if let r = rowOfPostcode[postcode], Int(municipalityOfRow[r]) == home { return r }
        return home
    }

    /// Minutes from a postcode's town (or, when it is not placed, from `municipality`) to a
    /// municipality.
    public func minutes(fromPostcode postcode: String, municipality: String, to: String) -> Int? {
        guard let home = indexOf[municipality], let b = indexOf[to] else { return nil }
        return minutes(fromIndex: row(postcode: postcode, home: home), toIndex: b)
    }

    /// Minutes from one municipality to another, or nil when neither the table nor
    /// coordinates give a time.
    public func minutes(from: String, to: String) -> Int? {
        guard let a = indexOf[from], let b = indexOf[to] else { return nil }
        return minutes(fromIndex: a, toIndex: b)
    }

    @inline(__always)
    func minutes(fromIndex a: Int, toIndex b: Int) -> Int? {
        guard a >= 0, b >= 0 else { return nil }
        let m = minutes[a * codes.count + b]
        return m < 0 ? nil : Int(m)
    }

    /// The model's estimate between two coordinates in different municipalities.
    public static func estimate(_ p: (lat: Double, lon: Double), _ q: (lat: Double, lon: Double),
                                model: TravelModel) -> Int {
        let km = greatCircleKilometres(p, q)
        guard model.averageKmh > 0 else { return Int(Int32.max) }
        let fixed = max(0, model.fixedMinutes ?? 0)
        let raw = (fixed + km * model.roadFactor / model.averageKmh * 60).rounded()
        return max(model.sameMunicipalityMinutes, Int(min(raw, 1_000_000)))
    }

    /// Haversine distance on a sphere of radius 6,371 km.
    public static func greatCircleKilometres(_ p: (lat: Double, lon: Double), _ q: (lat: Double, lon: Double)) -> Double {
        let r = 6371.0, rad = Double.pi / 180
        let dLat = (q.lat - p.lat) * rad, dLon = (q.lon - p.lon) * rad
        let s1 = sin(dLat / 2), s2 = sin(dLon / 2)
        let h = s1 * s1 + cos(p.lat * rad) * cos(q.lat * rad) * s2 * s2
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
