import JobMatchCore

/// What kind of employer a generated company is, and so which occupations it hires: a
/// "Stål ApS" hires welders and CNC operators, "Hjørring Kommune, Jobcenter" employment
/// consultants, "Nordjyllands Politi" police officers. Police, defence and customs are
/// state employers with fixed sites; fire services are regional; a municipal department
/// hires what it does. Occupations are named by schema id without the `occ.` prefix; ids
/// the schema lacks are ignored, and a kind left with none falls back to its group's pool.
struct EmployerKind: Sendable {
    enum Owner: Sendable { case privateCompany, municipality, region, state }
    enum Style: Sendable {
        /// "<region word | town | family> <word> ApS"
        case company
        /// "<Municipality> Kommune, <word>"
        case department
        /// "<word> <place name>" (a municipal institution: "Plejecenter Solgården")
        case institution
        /// "<word> <site town>" for regional and state bodies ("Sygehus Kolding")
        case siteNamed
        /// A name per site, from `siteNames` (police districts, garrisons, fire services)
        case perSite
    }

    let section: Character
    let owner: Owner
    let style: Style
    let words: [String]
    let occupations: [String]
    /// For `.perSite`: municipality code → the body's name there; only these sites are used.
    var siteNames: [String: String] = [:]
    /// For `.siteNamed`: where such bodies are (empty: any municipality).
    var sites: [String] = []

    var isPublic: Bool { owner != .privateCompany }
}

extension EmployerKind {
    // Police districts (politikredse) by municipality, for the municipalities in the demo's
    // cooperations and the big cities; others take their region's district.
    private static let police: [String: String] = [
        "0810": "Nordjyllands Politi", "0813": "Nordjyllands Politi", "0849": "Nordjyllands Politi",
        "0851": "Nordjyllands Politi", "0860": "Nordjyllands Politi",
        "0410": "Fyns Politi", "0461": "Fyns Politi",
        "0510": "Syd- og Sønderjyllands Politi", "0530": "Sydøstjyllands Politi", "0575": "Syd- og Sønderjyllands Politi",
        "0607": "Sydøstjyllands Politi", "0621": "Sydøstjyllands Politi", "0630": "Sydøstjyllands Politi",
        "0561": "Syd- og Sønderjyllands Politi", "0751": "Østjyllands Politi", "0101": "Københavns Politi",
    ]
    private static let garrisons: [String: String] = [
        "0851": "Forsvaret, Aalborg Kaserner", "0813": "Forsvaret, Flådestation Frederikshavn",
        "0607": "Forsvaret, Ryes Kaserne", "0510": "Forsvaret, Haderslev Kaserne",
        "0661": "Forsvaret, Dragonkasernen", "0779": "Forsvaret, Skive Kaserne", "0791": "Forsvaret, Viborg Kaserne",
        "0330": "Forsvaret, Antvorskov Kaserne", "0390": "Forsvaret, Vordingborg Kaserne",
    ]
    private static let customs: [String: String] = [
        "0813": "Toldstyrelsen, Frederikshavn", "0860": "Toldstyrelsen, Hirtshals", "0851": "Toldstyrelsen, Aalborg",
        "0580": "Toldstyrelsen, Padborg", "0561": "Toldstyrelsen, Esbjerg", "0621": "Toldstyrelsen, Kolding",
        "0751": "Toldstyrelsen, Aarhus", "0185": "Toldstyrelsen, Københavns Lufthavn", "0530": "Toldstyrelsen, Billund Lufthavn",
    ]
    private static let fireServices: [String: String] = [
        "0810": "Nordjyllands Beredskab", "0813": "Nordjyllands Beredskab", "0849": "Nordjyllands Beredskab",
        "0860": "Nordjyllands Beredskab", "0851": "Aalborg Brand og Redning",
        "0410": "Trekantområdets Brandvæsen", "0530": "Trekantområdets Brandvæsen", "0575": "Trekantområdets Brandvæsen",
        "0607": "Trekantområdets Brandvæsen", "0621": "Trekantområdets Brandvæsen", "0630": "Trekantområdets Brandvæsen",
        "0510": "Brand & Redning Sønderjylland", "0461": "Beredskab Fyn", "0751": "Østjyllands Brandvæsen",
        "0101": "Hovedstadens Beredskab", "0561": "Sydvestjysk Brandvæsen",
    ]
    /// Larger hospitals (the region's name is put in front).
    private static let hospitals = ["0851", "0860", "0813", "0621", "0630", "0607", "0561", "0461", "0751", "0101", "0510"]

    /// Every kind, by DB07 section.
    static let all: [EmployerKind] = [
        // A agriculture, forestry, fishing
        .init(section: "A", owner: .privateCompany, style: .company, words: ["Landbrug", "Kvæg", "Agro"],
              occupations: ["livestock-worker", "cattle-stockman", "pig-farm-worker", "crop-worker", "agri-machine-operator"]),
        .init(section: "A", owner: .privateCompany, style: .company, words: ["Svineproduktion"],
              occupations: ["pig-farm-worker", "livestock-worker"]),
        .init(section: "A", owner: .privateCompany, style: .company, words: ["Maskinstation"],
              occupations: ["agri-machine-operator", "crop-worker", "forestry-machine-operator"]),
        .init(section: "A", owner: .privateCompany, style: .company, words: ["Gartneri", "Planteskole"],
              occupations: ["horticulture-worker", "crop-worker"]),
        .init(section: "A", owner: .privateCompany, style: .company, words: ["Fiskeri", "Dambrug"],
              occupations: ["fisherman", "aquaculture-worker"]),
        // B, C industry
        .init(section: "B", owner: .privateCompany, style: .company, words: ["Offshore"],
              occupations: ["welder", "industrial-mechanic", "industrial-electrician"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Stål", "Smedie", "Metal"],
              occupations: ["welder", "sheet-metal-worker", "cnc-operator", "industrial-mechanic", "quality-controller", "machine-assembler"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Maskinfabrik", "Automation"],
              occupations: ["cnc-operator", "machine-assembler", "industrial-mechanic", "industrial-electrician", "welder", "quality-controller"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Plast", "Emballage"],
              occupations: ["plastics-operator", "machine-operator", "packer", "quality-controller"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Fødevarer"],
              occupations: ["food-process-operator", "packer", "machine-operator", "quality-controller"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Mejeri"],
              occupations: ["dairy-operator", "food-process-operator", "packer"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Slagteri"],
              occupations: ["butcher", "slaughterhouse-worker", "packer", "food-process-operator"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Fiskeindustri", "Fiskeeksport"],
              occupations: ["fish-industry-worker", "packer", "food-process-operator"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Bageri"], occupations: ["baker", "packer"]),
        .init(section: "C", owner: .privateCompany, style: .company, words: ["Møbler", "Snedkeri"],
              occupations: ["cabinet-maker", "machine-operator", "packer"]),
        // D, E energy and utilities
        .init(section: "D", owner: .privateCompany, style: .company, words: ["Vind", "Energi"], occupations: ["wind-technician"]),
        .init(section: "D", owner: .municipality, style: .department, words: ["Fjernvarme"], occupations: ["waterworks-operator"]),
        .init(section: "E", owner: .privateCompany, style: .company, words: ["Renovation"],
              occupations: ["refuse-collector", "refuse-truck-driver"]),
        .init(section: "E", owner: .privateCompany, style: .company, words: ["Genbrug", "Miljø"],
              occupations: ["recycling-worker", "refuse-truck-driver"]),
        .init(section: "E", owner: .municipality, style: .department, words: ["Forsyning"],
              occupations: ["waterworks-operator", "wastewater-operator"]),
        .init(section: "E", owner: .municipality, style: .department, words: ["Genbrugspladserne"],
              occupations: ["recycling-worker"]),
        // F construction
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Byg", "Entreprise"],
              occupations: ["carpenter", "bricklayer", "concrete-worker", "construction-worker", "scaffolder", "crane-operator"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Tømrer"],
              occupations: ["carpenter", "floor-layer", "roofer", "insulation-worker"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Murer"], occupations: ["bricklayer", "construction-worker"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["VVS"], occupations: ["plumber", "insulation-worker"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["El-service", "El-installation"], occupations: ["electrician"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Anlæg", "Entreprenør"],
              occupations: ["excavator-operator", "construction-worker", "concrete-worker", "crane-operator"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Tag"], occupations: ["roofer", "insulation-worker"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Maler"], occupations: ["painter", "floor-layer"]),
        .init(section: "F", owner: .privateCompany, style: .company, words: ["Stillads"], occupations: ["scaffolder"]),
        // G trade
        .init(section: "G", owner: .privateCompany, style: .company, words: ["Supermarked", "Isenkram", "Byggemarked", "Tøj", "Cykler"],
              occupations: ["shop-assistant", "cashier", "store-manager"]),
        .init(section: "G", owner: .privateCompany, style: .company, words: ["Engros", "Handel"], occupations: ["sales-representative"]),
        .init(section: "G", owner: .privateCompany, style: .company, words: ["Auto", "Autoværksted"],
              occupations: ["car-mechanic", "sales-representative"]),
        // H transport
        .init(section: "H", owner: .privateCompany, style: .company, words: ["Transport", "Vognmandsforretning", "Fragt"],
              occupations: ["truck-driver", "dangerous-goods-driver", "delivery-driver", "dispatcher"]),
        .init(section: "H", owner: .privateCompany, style: .company, words: ["Logistik", "Lager", "Spedition"],
              occupations: ["warehouse-worker", "order-picker", "forklift-driver", "dispatcher", "truck-driver"]),
        .init(section: "H", owner: .privateCompany, style: .company, words: ["Bus", "Turistbusser"], occupations: ["bus-driver", "dispatcher"]),
        .init(section: "H", owner: .privateCompany, style: .company, words: ["Taxa"], occupations: ["taxi-driver", "dispatcher"]),
        .init(section: "H", owner: .municipality, style: .department, words: ["Havnen"], occupations: ["dock-worker", "forklift-driver"]),
        // I hotels and restaurants
        .init(section: "I", owner: .privateCompany, style: .company, words: ["Kro", "Hotel"],
              occupations: ["cook", "head-chef", "kitchen-assistant", "waiter", "bartender", "hotel-receptionist", "room-attendant", "dishwasher"]),
        .init(section: "I", owner: .privateCompany, style: .company, words: ["Restaurant", "Café"],
              occupations: ["cook", "head-chef", "waiter", "bartender", "kitchen-assistant", "dishwasher"]),
        .init(section: "I", owner: .privateCompany, style: .company, words: ["Catering", "Kantine"],
              occupations: ["cook", "kitchen-assistant", "dishwasher"]),
        // J information and communication
        .init(section: "J", owner: .privateCompany, style: .company, words: ["IT", "Data", "Software"],
              occupations: ["software-developer", "web-developer", "it-supporter", "network-technician", "system-administrator", "data-analyst"]),
        .init(section: "J", owner: .privateCompany, style: .company, words: ["Media", "Kommunikation"],
              occupations: ["graphic-designer", "web-developer", "marketing-assistant"]),
        // K finance
        .init(section: "K", owner: .privateCompany, style: .company, words: ["Sparekasse", "Bank"], occupations: ["bank-adviser", "bank-teller"]),
        .init(section: "K", owner: .privateCompany, style: .company, words: ["Forsikring", "Pension"],
              occupations: ["claims-handler", "insurance-clerk"]),
        // L real estate
        .init(section: "L", owner: .privateCompany, style: .company, words: ["Ejendomme", "Bolig"],
              occupations: ["property-manager", "caretaker", "rental-assistant"]),
        .init(section: "L", owner: .privateCompany, style: .company, words: ["Ejendomsmægler", "Bolighandel"], occupations: ["estate-agent"]),
        .init(section: "L", owner: .privateCompany, style: .company, words: ["Ejendomsservice"], occupations: ["caretaker"]),
        // M knowledge services
        .init(section: "M", owner: .privateCompany, style: .company, words: ["Revision", "Regnskab"],
              occupations: ["bookkeeper", "accounting-assistant"]),
        .init(section: "M", owner: .privateCompany, style: .company, words: ["Ingeniører", "Rådgivende Ingeniører"],
              occupations: ["mechanical-engineer"]),
        .init(section: "M", owner: .privateCompany, style: .company, words: ["Advokater"], occupations: ["legal-secretary"]),
        .init(section: "M", owner: .privateCompany, style: .company, words: ["Laboratorium", "Analyse"], occupations: ["lab-technician"]),
        .init(section: "M", owner: .privateCompany, style: .company, words: ["Reklame", "Marketing"], occupations: ["marketing-assistant"]),
        // N operational services
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Rengøring", "Facility"], occupations: ["cleaner", "window-cleaner"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Vinduespolering"], occupations: ["window-cleaner"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Vagt", "Sikring"], occupations: ["security-guard"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Kundeservice", "Callcenter"], occupations: ["call-centre-agent"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Rejser"], occupations: ["travel-agent"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Anlægsgartner", "Have og Park"],
              occupations: ["landscape-gardener"]),
        .init(section: "N", owner: .privateCompany, style: .company, words: ["Vikarservice", "Rekruttering"],
              occupations: ["recruitment-consultant"]),
        // O public administration, defence, police
        .init(section: "O", owner: .municipality, style: .department, words: ["Jobcenter"],
              occupations: ["employment-consultant", "caseworker", "admin-assistant"]),
        .init(section: "O", owner: .municipality, style: .department, words: ["Borgerservice", "Administration", "Teknik og Miljø"],
              occupations: ["admin-assistant", "caseworker"]),
        .init(section: "O", owner: .municipality, style: .department, words: ["Familieafdelingen", "Socialforvaltningen"],
              occupations: ["social-worker", "caseworker"]),
        .init(section: "O", owner: .municipality, style: .department, words: ["Vej og Park"], occupations: ["landscape-gardener"]),
        .init(section: "O", owner: .municipality, style: .department, words: ["IT-afdeling"], occupations: ["it-supporter", "system-administrator"]),
        .init(section: "O", owner: .state, style: .perSite, words: [], occupations: ["police-officer"], siteNames: police),
        .init(section: "O", owner: .state, style: .perSite, words: [], occupations: ["soldier"], siteNames: garrisons),
        .init(section: "O", owner: .state, style: .perSite, words: [], occupations: ["customs-officer"], siteNames: customs),
        .init(section: "O", owner: .region, style: .perSite, words: [], occupations: ["firefighter"], siteNames: fireServices),
        // P education
        .init(section: "P", owner: .municipality, style: .institution, words: ["Skolen"],
              occupations: ["primary-teacher", "teaching-assistant"]),
        .init(section: "P", owner: .municipality, style: .department, words: ["Skoleafdelingen", "Ungdomsskolen"],
              occupations: ["primary-teacher", "teaching-assistant"]),
        .init(section: "P", owner: .municipality, style: .institution, words: ["Børnehuset", "Dagplejen"],
              occupations: ["pedagogue", "early-years-assistant", "childcare-assistant"]),
        .init(section: "P", owner: .region, style: .siteNamed, words: ["Gymnasium"], occupations: ["upper-secondary-teacher"]),
        .init(section: "P", owner: .region, style: .siteNamed, words: ["Erhvervsskole"], occupations: ["vocational-teacher"]),
        .init(section: "P", owner: .privateCompany, style: .company, words: ["Sprogskole", "Sprogcenter"], occupations: ["language-teacher"]),
        .init(section: "P", owner: .privateCompany, style: .company, words: ["Køreskole"], occupations: ["driving-instructor"]),
        .init(section: "P", owner: .privateCompany, style: .company, words: ["Privatskole"], occupations: ["primary-teacher", "teaching-assistant"]),
        // Q health and social work
        .init(section: "Q", owner: .municipality, style: .department, words: ["Hjemmeplejen", "Ældreplejen"],
              occupations: ["sosu-helper", "sosu-assistant", "nurse", "occupational-therapist"]),
        .init(section: "Q", owner: .municipality, style: .institution, words: ["Plejecenter"],
              occupations: ["sosu-helper", "sosu-assistant", "nurse"]),
        .init(section: "Q", owner: .municipality, style: .department, words: ["Socialpsykiatrien", "Handicapområdet"],
              occupations: ["social-pedagogue", "sosu-assistant", "pedagogue"]),
        .init(section: "Q", owner: .municipality, style: .institution, words: ["Bosted"], occupations: ["social-pedagogue", "pedagogue"]),
        .init(section: "Q", owner: .municipality, style: .department, words: ["Sundhedsplejen", "Genoptræningen"],
              occupations: ["nurse", "physiotherapist", "occupational-therapist"]),
        .init(section: "Q", owner: .municipality, style: .department, words: ["Dagtilbud"],
              occupations: ["pedagogue", "early-years-assistant", "childcare-assistant"]),
        .init(section: "Q", owner: .municipality, style: .department, words: ["Madservice"], occupations: ["cook", "kitchen-assistant"]),
        .init(section: "Q", owner: .region, style: .siteNamed, words: ["Sygehus"],
              occupations: ["nurse", "hospital-porter", "medical-secretary", "physiotherapist", "occupational-therapist"], sites: hospitals),
        .init(section: "Q", owner: .privateCompany, style: .company, words: ["Tandklinik"], occupations: ["dental-assistant"]),
        .init(section: "Q", owner: .privateCompany, style: .company, words: ["Lægehus"], occupations: ["medical-secretary", "nurse"]),
        .init(section: "Q", owner: .privateCompany, style: .company, words: ["Privatpleje", "Hjemmehjælp"],
              occupations: ["sosu-helper", "sosu-assistant"]),
        .init(section: "Q", owner: .privateCompany, style: .company, words: ["Fysioterapi"], occupations: ["physiotherapist", "massage-therapist"]),
        // R, S culture, leisure and other services
        .init(section: "R", owner: .privateCompany, style: .company, words: ["Fitness", "Idrætscenter"],
              occupations: ["fitness-instructor", "sports-coach"]),
        .init(section: "R", owner: .municipality, style: .department, words: ["Bibliotekerne"], occupations: ["library-assistant"]),
        .init(section: "R", owner: .municipality, style: .department, words: ["Idrætsanlæg"], occupations: ["sports-coach", "caretaker"]),
        .init(section: "S", owner: .privateCompany, style: .company, words: ["Frisør"], occupations: ["hairdresser"]),
        .init(section: "S", owner: .privateCompany, style: .company, words: ["Klinik for Skønhed", "Hudpleje"], occupations: ["beautician"]),
        .init(section: "S", owner: .privateCompany, style: .company, words: ["Massage"], occupations: ["massage-therapist"]),
        .init(section: "S", owner: .privateCompany, style: .company, words: ["Vaskeri"], occupations: ["laundry-worker"]),
    ]

    /// The state or regional body's name on `code`'s site, for `.perSite` kinds.
    func name(at code: String) -> String? { siteNames[code] }
}

/// Regional words a company name may carry, and where they fit: a company's every site
/// must lie in the area ("Fynsk Auto ApS" only on Funen).
enum RegionalNames {
    /// word → municipality codes (or region names, matched against `Municipality.region`).
    static let areas: [(word: String, codes: Set<String>, regions: Set<String>)] = [
        ("Nordjysk", [], ["Region Nordjylland"]),
        ("Vendsyssel", ["0810", "0813", "0860", "0849"], []),
        ("Skagerrak", ["0813", "0860"], []),
        ("Jammerbugt", ["0849"], []),
        ("Hanherred", ["0849"], []),
        ("Himmerlands", ["0820", "0840", "0846"], []),
        ("Limfjords", ["0851", "0849", "0773", "0787", "0779", "0820", "0661", "0671"], []),
        ("Thy", ["0787"], []),
        ("Kattegat", ["0813", "0707", "0706", "0751", "0727", "0730", "0846"], []),
        ("Trekantens", ["0410", "0530", "0575", "0607", "0621", "0630"], []),
        ("Lillebælt", ["0410", "0607", "0621"], []),
        ("Sydjysk", ["0510", "0530", "0540", "0550", "0561", "0573", "0575", "0580", "0607", "0621", "0630"], []),
        ("Vestjysk", ["0561", "0573", "0575", "0657", "0661", "0665", "0671", "0760"], []),
        ("Østjysk", ["0615", "0706", "0707", "0710", "0727", "0730", "0746", "0751", "0766"], []),
        ("Midtjysk", [], ["Region Midtjylland"]),
        ("Fynsk", ["0410", "0420", "0430", "0440", "0450", "0461", "0479", "0480", "0482", "0492"], []),
        ("Sjællandsk", [], ["Region Sjælland"]),
        ("Nordsjællands", ["0190", "0201", "0210", "0217", "0219", "0223", "0230", "0250", "0260", "0270"], []),
        ("Bornholms", ["0400"], []),
        ("Øresunds", ["0101", "0147", "0155", "0185", "0217"], []),
    ]

    /// Words that fit every one of `sites`.
    static func fitting(_ sites: [Municipality]) -> [String] {
        areas.filter { area in
            sites.allSatisfy { area.codes.contains($0.code) || area.regions.contains($0.region) }
        }.map(\.word)
    }
}
