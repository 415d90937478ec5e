/// A Danish municipality (kommune) with its official four-digit code.
public struct Municipality: Codable, Sendable, Equatable {
    /// Official code, e.g. `0813` Frederikshavn. Always four digits, leading zero kept.
    public var code: String
    public var name: String
    public var region: String
    /// Town-hall (seat) coordinate, used for travel-time estimates.
    public var lat: Double
    public var lon: Double
    public var population: Int
    public var seat: String
    /// Postcodes in the municipality (the main ones; used to place candidates).
    public var postcodes: [String]
    /// Where each postcode's town lies (GeoNames), so travel is estimated from the town a
    /// candidate lives in rather than the town hall; absent: postcodes are not placed.
    public var places: [PostcodePlace]? = nil

    public init(code: String, name: String, region: String, lat: Double, lon: Double, population: Int, seat: String,
                postcodes: [String], places: [PostcodePlace]? = nil) {
        self.code = code; self.name = name; self.region = region; self.lat = lat; self.lon = lon
        self.population = population; self.seat = seat; self.postcodes = postcodes; self.places = places
    }
}

/// A postcode's town and its coordinate.
public struct PostcodePlace: Codable, Sendable, Equatable {
    public var postcode: String
    public var town: String
    public var lat: Double
    public var lon: Double

    public init(postcode: String, town: String, lat: Double, lon: Double) {
        self.postcode = postcode; self.town = town; self.lat = lat; self.lon = lon
    }
}

/// Job centres that recruit across their borders as one labour market.
public struct Cooperation: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var members: [String]
    /// Municipalities invited for joint visits but not members.
    public var partners: [String]
}

/// `municipalities.json`: all municipalities, the cooperations, and which ones take part
/// in this data directory.
public struct MunicipalityRegistry: Codable, Sendable, Equatable {
    public var version: String
    public var municipalities: [Municipality]
    public var cooperations: [Cooperation]
    /// Codes of the municipalities whose job centres share this data directory.
    public var participating: [String]

    public init(version: String, municipalities: [Municipality], cooperations: [Cooperation], participating: [String]) {
        self.version = version; self.municipalities = municipalities
        self.cooperations = cooperations; self.participating = participating
    }

    public func municipality(_ code: String) -> Municipality? {
        municipalities.first { $0.code == code }
    }
}
