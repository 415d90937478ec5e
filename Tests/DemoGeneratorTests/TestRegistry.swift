import JobMatchCore

/// The two cooperations' twelve municipalities (codes, seats, populations from Statistics
/// Denmark / GeoNames) plus 86 made-up ones, so the registry has Denmark's 98.
enum TestRegistry {
    static let registry: MunicipalityRegistry = {
        var list: [[String: Any]] = real.map { m in
            ["code": m.code, "name": m.name, "region": m.region, "lat": m.lat, "lon": m.lon,
             "population": m.population, "seat": m.seat, "postcodes": m.postcodes]
        }
        for i in 0..<(98 - real.count) {
            // Spread over a grid roughly the size of Denmark; codes 0101–0186 are not used by `real`.
            list.append(["code": "01\(i < 10 ? "0" : "")\(i)", "name": "Prøvekommune \(i)", "region": "Region Prøve",
                         "lat": 54.8 + Double(i % 10) * 0.25, "lon": 8.3 + Double(i / 10) * 0.5,
                         "population": 20_000 + (i * 7_919) % 90_000, "seat": "Prøveby \(i)",
                         "postcodes": ["\(1000 + i * 10)"]])
        }
        return TestSchema.decode([
            "version": "test-1",
            "municipalities": list,
            "cooperations": [
                ["id": "vendsyssel", "name": "Vendsyssel", "members": ["0813", "0810", "0860", "0849"], "partners": ["0851"]],
                ["id": "trekant", "name": "Trekantområdet", "members": ["0410", "0607", "0621", "0630", "0530", "0575", "0510"],
                 "partners": [String]()],
            ],
            "participating": real.map(\.code),
        ])
    }()

    static let real: [(code: String, name: String, region: String, population: Int, seat: String, lat: Double, lon: Double, postcodes: [String])] = [
        ("0813", "Frederikshavn", "Nordjylland", 59_987, "Frederikshavn", 57.44073, 10.53661, ["9900", "9990", "9981", "9982"]),
        ("0810", "Brønderslev", "Nordjylland", 36_047, "Brønderslev", 57.27021, 9.94102, ["9700", "9330"]),
        ("0860", "Hjørring", "Nordjylland", 66_484, "Hjørring", 57.46417, 9.98229, ["9800", "9850", "9760"]),
        ("0849", "Jammerbugt", "Nordjylland", 38_175, "Åbybro", 57.16249, 9.72996, ["9440", "9460", "9490", "9690"]),
        ("0851", "Aalborg", "Nordjylland", 217_094, "Aalborg", 57.048, 9.9187, ["9000", "9200", "9210", "9220", "9400"]),
        ("0410", "Middelfart", "Syddanmark", 37_913, "Middelfart", 55.50591, 9.73054, ["5500"]),
        ("0607", "Fredericia", "Syddanmark", 50_180, "Fredericia", 55.56568, 9.75257, ["7000"]),
        ("0621", "Kolding", "Syddanmark", 89_556, "Kolding", 55.4904, 9.47216, ["6000"]),
        ("0630", "Vejle", "Syddanmark", 107_567, "Vejle", 55.70927, 9.5357, ["7100"]),
        ("0530", "Billund", "Syddanmark", 26_434, "Grindsted", 55.75726, 8.9275, ["7190", "7200"]),
        ("0575", "Vejen", "Syddanmark", 42_869, "Vejen", 55.48117, 9.13795, ["6600"]),
        ("0510", "Haderslev", "Syddanmark", 56_029, "Haderslev", 55.24943, 9.48771, ["6100"]),
    ]
}
