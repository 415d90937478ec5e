import JobMatchCore

/// Where generated people live and companies work: the municipalities in play, weighted by
/// population, with their neighbours and the job-centre consultants of each.
struct Geography: Sendable {
    /// Above this many candidates the data set is a national one and covers every
    /// municipality in the registry, not only the participating ones.
    static let nationalScaleThreshold = 20_000

    /// The municipalities in play, in registry order.
    let municipalities: [Municipality]
    let byPopulation: WeightedTable
    /// For each municipality, the others in play ordered by distance (nearest first, at most 6).
    let neighbours: [[Int]]
    /// Consultant user names per municipality, such as `jens.hdr`.
    let consultants: [[String]]
    /// The given name behind each of `consultants` ("Jens" for `jens.hdr`), so the demo's
    /// users.json can list every consultant a candidate is recorded with.
    let consultantGivenNames: [[String]]

    init(registry: MunicipalityRegistry, candidates: Int, seed: UInt64) {
        let all = registry.municipalities
        let participating = all.filter { registry.participating.contains($0.code) }
        municipalities = candidates > Geography.nationalScaleThreshold || participating.isEmpty ? all : participating
        byPopulation = WeightedTable(municipalities.map { Double(max(1, $0.population)) })

        let places = municipalities
        neighbours = places.indices.map { i in
            let others = places.indices.filter { $0 != i }
            let sorted = others.sorted { a, b in
                let da = Geography.distanceSquared(places[i], places[a]), db = Geography.distanceSquared(places[i], places[b])
                return da != db ? da < db : a < b
            }
            return Array(sorted.prefix(6))
        }

        // Abbreviations come from the whole registry so a municipality's user names do not
        // change when the set of municipalities in play does.
        let abbreviations = Geography.abbreviations(all.map(\.name))
        var abbreviationOf: [String: String] = [:]
        for (m, a) in zip(all, abbreviations) { abbreviationOf[m.code] = a }
        let given = PersonNames.danish.given
        let picks = places.map { m in
            var rng = RandomSource(seed: seed, stream: "consultants " + m.code)
            return rng.distinctIndices(rng.int(3...6), of: given.count)
        }
        consultants = zip(places, picks).map { m, picks in picks.map { "\(given[$0].ascii).\(abbreviationOf[m.code] ?? "jc")" } }
        consultantGivenNames = picks.map { $0.map { given[$0].text } }
    }

    /// Squared distance between two town halls in degrees of latitude, on a flat map
    /// scaled for Denmark (cos 56° ≈ 0.56). Only used to order neighbours; plain arithmetic
    /// keeps the order identical on every platform, which libm's trigonometry need not.
    static func distanceSquared(_ a: Municipality, _ b: Municipality) -> Double {
        let dLat = b.lat - a.lat, dLon = (b.lon - a.lon) * 0.56
        return dLat * dLat + dLon * dLon
    }

    /// Three-letter lower-case abbreviations, unique across the list: the first letter and
    /// two later consonants, the earliest pair not yet taken (Haderslev → `hdr`).
    static func abbreviations(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            let letters = Array(asciiFold(name).filter { $0.isLetter })
            guard let first = letters.first else { return "jc" }
            let consonants = letters.dropFirst().filter { !"aeiouy".contains($0) }
            var options: [String] = []
            for i in consonants.indices { for j in consonants.indices where j > i { options.append("\(first)\(consonants[i])\(consonants[j])") } }
            options.append(String(letters.prefix(3)))
            let chosen = options.first { !taken.contains($0) } ?? "\(String(letters.prefix(3)))\(taken.count)"
            taken.insert(chosen)
            return chosen
        }
    }
}
