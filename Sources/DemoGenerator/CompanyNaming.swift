import JobMatchCore

/// Danish-sounding company names built from parts ("Nordjysk Stål ApS", "Kjær Transport A/S",
/// "Hjørring Kommune, Hjemmeplejen"), unique within one data set.
struct CompanyNaming {
    private var taken = Set<String>()

    /// A name for a company of `kind` at `sites` (the first is its seat), not used before in
    /// this data set. Regional words are chosen only where they fit every site.
    mutating func name(kind: EmployerKind, sites: [Municipality], _ rng: inout RandomSource) -> String {
        let seat = sites[0]
        func draw(_ rng: inout RandomSource) -> String {
            let word = kind.words.isEmpty ? "" : rng.pick(kind.words)
            switch kind.style {
            case .company: return CompanyNaming.privateName(core: word, sites: sites, &rng)
            case .department:
                // "Københavns Kommune"; every other municipality is "<name> Kommune".
                let owner = seat.name == "København" ? "Københavns" : seat.name
                return "\(owner) Kommune, \(word)"
            case .institution: return "\(word) \(rng.pick(CompanyNaming.placeNames))"
            case .siteNamed: return word == "Sygehus" ? "Sygehus \(seat.seat)" : "\(seat.seat) \(word)"
            case .perSite: return kind.name(at: seat.code) ?? "Staten, \(seat.seat)"
            }
        }
        for _ in 0..<12 {
            let candidate = draw(&rng)
            if taken.insert(candidate).inserted { return candidate }
        }
        // Crowded name space (a second police station, national scale): tell the twins
        // apart by town, then by number.
        let base = draw(&rng)
        var candidate = "\(base) (\(seat.seat))"
        var n = 2
        while !taken.insert(candidate).inserted { candidate = "\(base) (\(seat.seat) \(n))"; n += 1 }
        return candidate
    }

    private static func privateName(core: String, sites: [Municipality], _ rng: inout RandomSource) -> String {
        let form = forms[rng.weightedIndex(formWeights)]
        let regional = RegionalNames.fitting(sites)
        switch rng.below(10) {
        case 0...3 where !regional.isEmpty: return "\(rng.pick(regional)) \(core) \(form)"
        case 0...5: return "\(sites[0].seat) \(core) \(form)"
        case 6...7: return "\(rng.pick(PersonNames.danish.family).text) \(core) \(form)"
        case 8: return "Brdr. \(rng.pick(PersonNames.danish.family).text) \(core) \(form)"
        default: return "\(rng.pick(PersonNames.danish.family).text) & Søn \(core) ApS"
        }
    }

    private static let forms = ["ApS", "A/S", "I/S", "K/S"]
    private static let formWeights = [0.58, 0.28, 0.1, 0.04]

    /// Farm and street names used for institutions ("Plejecenter Solgården").
    static let placeNames = [
        "Solgården", "Lærkehøj", "Engbakken", "Kildemarken", "Bøgely", "Skovbrynet", "Åbakken", "Møllehøj",
        "Fjordglimt", "Rosenhaven", "Egely", "Strandgården", "Nørrevang", "Østervang", "Birkelund", "Søhøj",
    ]
}
