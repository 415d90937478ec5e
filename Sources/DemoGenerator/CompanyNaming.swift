import JobMatchCore

/// Danish-sounding company names built from parts ("Nordjysk Stål ApS", "Kjær Transport A/S",
/// "Hjørring Kommune, Hjemmeplejen"), unique within one data set.
struct CompanyNaming {
    private var taken = Set<String>()

    /// A name not used before in this data set. `place` is the seat town of the company's
    /// first site, so a company in Kolding may be called "Kolding Stål ApS".
    mutating func name(sections: [Character], isPublic: Bool, municipality: Municipality,
                       _ rng: inout RandomSource) -> String {
        for _ in 0..<12 {
            let candidate = isPublic
                ? CompanyNaming.publicName(sections: sections, municipality: municipality, &rng)
                : CompanyNaming.privateName(sections: sections, place: municipality.seat, &rng)
            if taken.insert(candidate).inserted { return candidate }
        }
        // Crowded name space (national scale): tell the twins apart by town, then by number.
        let base = isPublic
            ? CompanyNaming.publicName(sections: sections, municipality: municipality, &rng)
            : CompanyNaming.privateName(sections: sections, place: municipality.seat, &rng)
        var candidate = "\(base) (\(municipality.seat))"
        var n = 2
        while !taken.insert(candidate).inserted { candidate = "\(base) (\(municipality.seat) \(n))"; n += 1 }
        return candidate
    }

    private static func privateName(sections: [Character], place: String, _ rng: inout RandomSource) -> String {
        let core = rng.pick(coreWords(sections))
        let form = forms[rng.weightedIndex(formWeights)]
        switch rng.below(10) {
        case 0...3: return "\(rng.pick(regions)) \(core) \(form)"
        case 4...5: return "\(place) \(core) \(form)"
        case 6...7: return "\(rng.pick(PersonNames.danish.family).text) \(core) \(form)"
        case 8: return "Brdr. \(rng.pick(PersonNames.danish.family).text) \(core) \(form)"
        default: return "\(rng.pick(PersonNames.danish.family).text) & Søn \(core) ApS"
        }
    }

    private static func publicName(sections: [Character], municipality: Municipality, _ rng: inout RandomSource) -> String {
        let units = sections.flatMap { publicUnits[$0] ?? [] }
        let unit = units.isEmpty ? "Borgerservice" : rng.pick(units)
        if rng.chance(0.5), let kinds = sections.lazy.compactMap({ institutions[$0] }).first {
            return "\(rng.pick(kinds)) \(rng.pick(placeNames))"
        }
        // "Københavns Kommune"; every other municipality is "<name> Kommune".
        let owner = municipality.name == "København" ? "Københavns" : municipality.name
        return "\(owner) Kommune, \(unit)"
    }

    private static func coreWords(_ sections: [Character]) -> [String] {
        let words = sections.flatMap { privateWords[$0] ?? [] }
        return words.isEmpty ? ["Service", "Gruppen", "Partner"] : words
    }

    private static let forms = ["ApS", "A/S", "I/S", "K/S"]
    private static let formWeights = [0.58, 0.28, 0.1, 0.04]

    private static let regions = [
        "Nordjysk", "Vendsyssel", "Trekantens", "Lillebælt", "Vestjysk", "Sydjysk", "Himmerlands", "Østjysk",
        "Fynsk", "Sjællandsk", "Limfjords", "Kattegat", "Skagerrak", "Thy", "Hanherred", "Jammerbugt",
        "Fjord", "Kyst", "Midtjysk", "Nordsjællands", "Bornholms", "Søndergaards", "Hede", "Øresunds",
    ]

    /// Farm and street names used for institutions ("Plejecenter Solgården").
    private static let placeNames = [
        "Solgården", "Lærkehøj", "Engbakken", "Kildemarken", "Bøgely", "Skovbrynet", "Åbakken", "Møllehøj",
        "Fjordglimt", "Rosenhaven", "Egely", "Strandgården", "Nørrevang", "Østervang", "Birkelund", "Søhøj",
    ]

    private static let privateWords: [Character: [String]] = [
        "A": ["Landbrug", "Maskinstation", "Gartneri", "Planteskole", "Agro", "Kvæg", "Fiskeri"],
        "B": ["Råstoffer", "Grusgrav", "Offshore"],
        "C": ["Stål", "Maskinfabrik", "Smedie", "Plast", "Fødevarer", "Møbler", "Emballage", "Metal", "Automation", "Beton", "Slagteri"],
        "D": ["Energi", "Varme", "Vind"],
        "E": ["Forsyning", "Renovation", "Genbrug", "Vand"],
        "F": ["Byg", "Tømrer", "Murer", "Entreprise", "VVS", "El-service", "Anlæg", "Tag", "Maler"],
        "G": ["Handel", "Auto", "Isenkram", "Supermarked", "Engros", "Byggemarked", "Tøj", "Cykler"],
        "H": ["Transport", "Logistik", "Spedition", "Vognmandsforretning", "Bus", "Fragt", "Lager", "Taxa"],
        "I": ["Kro", "Hotel", "Restaurant", "Catering", "Café", "Kantine"],
        "J": ["IT", "Data", "Media", "Software", "Kommunikation"],
        "K": ["Sparekasse", "Forsikring", "Finans", "Pension"],
        "L": ["Ejendomme", "Bolig", "Ejendomsservice"],
        "M": ["Rådgivning", "Arkitekter", "Ingeniører", "Revision", "Advokater", "Laboratorium"],
        "N": ["Rengøring", "Vikarservice", "Facility", "Vagt", "Service", "Udlejning"],
        "P": ["Sprogskole", "Kursuscenter", "Køreskole", "Privatskole"],
        "Q": ["Tandklinik", "Lægehus", "Privatpleje", "Fysioterapi", "Hjemmehjælp"],
        "R": ["Fitness", "Biograf", "Idrætscenter", "Musikhus", "Sportsklub"],
        "S": ["Frisør", "Vaskeri", "Skrædderi", "Reparation"],
    ]

    private static let publicUnits: [Character: [String]] = [
        "O": ["Borgerservice", "Teknik og Miljø", "Jobcenter", "Vej og Park", "Administration", "IT-afdeling"],
        "P": ["Skoleafdelingen", "Ungdomsskolen", "Dagtilbud", "Musikskolen"],
        "Q": ["Hjemmeplejen", "Ældreplejen", "Socialpsykiatrien", "Sundhedsplejen", "Handicapområdet", "Madservice"],
        "E": ["Forsyning", "Genbrugspladserne"],
        "D": ["Fjernvarme"],
        "R": ["Bibliotekerne", "Idrætsanlæg", "Museum"],
        "H": ["Kørselskontoret", "Havnen"],
    ]

    private static let institutions: [Character: [String]] = [
        "P": ["Skolen", "Børnehuset", "Dagplejen", "Efterskolen"],
        "Q": ["Plejecenter", "Bosted", "Sundhedshus", "Aktivitetscenter"],
    ]
}
