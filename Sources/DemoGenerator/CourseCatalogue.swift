import JobMatchCore

/// The demo's course catalogue (`courses.jsonl`): AMU-style courses (arbejdsmarkeds-
/// uddannelser) with titles as the AMU centres publish them, for competences the demo's
/// occupations ask for. Each course runs at a provider in each cooperation, on dates after
/// `today`. Deterministic: no randomness, so the catalogue does not shift the other files.
public enum CourseCatalogue {
    /// (title, competence, level, teaching days, seats).
    static let titles: [(String, String, Int, Int, Int)] = [
        ("MIG/MAG-svejsning, plade, grundlæggende", "weld.mig", 2, 10, 12),
        ("MAG-svejsning af kantsømme i plade", "weld.mag", 3, 10, 12),
        ("TIG-svejsning af rustfast stål, plade", "weld.tig", 2, 10, 10),
        ("Svejsecertifikat, MIG/MAG, stumpsømme", "weld.mig", 3, 15, 10),
        ("Tegningslæsning for smede", "metal.drawings", 2, 5, 16),
        ("CNC-fræsning, programmering og opstilling", "cnc.programming", 2, 15, 10),
        ("Hydraulik, grundlæggende fejlfinding", "mech.hydraulics", 2, 5, 12),
        ("Gaffeltruck, certifikatkursus (B)", "logistics.forklift", 3, 5, 12),
        ("Gaffeltruck, dagligt eftersyn og vedligehold", "logistics.forklift-inspection", 2, 1, 16),
        ("Lagerstyring og WMS i praksis", "logistics.wms", 2, 3, 16),
        ("Tårnkran, certifikatkursus", "crane.tower", 3, 20, 8),
        ("Mobilkran, certifikat op til 25 tm", "crane.mobile", 3, 15, 8),
        ("Anhugning, certifikatkursus", "crane.signals", 2, 3, 16),
        ("Lastbil, EU-efteruddannelse (grundlæggende kvalifikation)", "drive.truck", 2, 25, 12),
        ("Godshåndtering og lastsikring", "drive.cargo-securing", 2, 2, 16),
        ("ADR, grundkursus (farligt gods)", "drive.dangerous-goods", 2, 4, 16),
        ("Kør- og hviletidsregler og takograf", "drive.road-law", 2, 2, 20),
        ("Distributionskørsel og pakkeudbringning", "drive.delivery", 2, 3, 16),
        ("Hygiejne i fødevarevirksomheder (hygiejnebevis)", "food.hygiene", 2, 2, 20),
        ("Egenkontrol og HACCP i fødevareproduktion", "food.haccp", 2, 3, 16),
        ("Madlavning i professionelle køkkener", "cook.cooking", 3, 10, 12),
        ("Råvarekendskab og forberedelse i køkkenet", "cook.prep", 2, 5, 14),
        ("Kost til ældre og syge, diætkost og allergener", "cook.diet", 2, 5, 14),
        ("Storkøkkendrift og kantineproduktion", "cook.large-scale", 3, 10, 12),
        ("Forflytning, personlig hjælp og omsorg", "care.transfer", 2, 3, 16),
        ("Medicinhåndtering i praksis", "care.medication", 2, 5, 16),
        ("Demens, omsorg og kommunikation", "care.dementia", 2, 5, 16),
        ("Personlig pleje og hygiejne i ældreplejen", "care.personal-hygiene", 2, 5, 16),
        ("Ældrepleje, grundlæggende (SOSU-forløb)", "care.elderly", 2, 15, 16),
        ("Hygiejne og infektionsforebyggelse i sundhedssektoren", "care.infection", 2, 2, 20),
        ("Førstehjælp på erhvervsuddannelser", "care.first-aid", 2, 1, 20),
        ("Erhvervsrengøring, grundlæggende", "clean.surfaces", 2, 5, 16),
        ("Rengøringsmaskiner, betjening og vedligehold", "clean.machines", 2, 3, 12),
        ("Kundeservice og konflikthåndtering i butik", "sales.customer-service", 2, 3, 16),
        ("Telefonbetjening og kundehenvendelser i callcenter", "sales.inquiries", 2, 3, 16),
        ("Kassebetjening og betalingssystemer", "retail.cash", 2, 2, 16),
        ("Opsøgende salg, B2B", "sales.b2b", 3, 5, 14),
        ("Stilladsmontør, systemstillads", "build.scaffolding", 3, 5, 12),
        ("Sikkerhed på byggepladsen (byggepladskursus)", "build.safety", 2, 2, 20),
        ("Gravemaskine, certifikatkursus", "build.excavator", 3, 15, 8),
        ("Murerarbejde, facader og reparation", "build.bricklaying", 3, 10, 10),
        ("Isolering af bygninger, energirenovering", "build.insulation", 3, 5, 12),
        ("Arbejde i højder og redning fra vindmøller (GWO)", "energy.heights", 2, 4, 12),
        ("Vagt- og sikkerhedsuddannelsen", "security.patrol", 2, 15, 16),
        ("Konflikthåndtering for servicefag", "security.conflict", 2, 2, 20),
        ("Microsoft Office i administrationen", "office.ms-office", 2, 5, 16),
        ("Bogføring og økonomisystemer", "acc.bookkeeping", 2, 10, 14),
        ("Anlægsgartner, belægning og pleje af grønne områder", "garden.landscaping", 3, 10, 12),
        ("Svinepasning og fodring", "agri.pigs", 2, 5, 12),
        ("Fodring af husdyr, foderplaner", "agri.feeding", 3, 5, 12),
        ("Kontorarbejde og administration, grundlæggende", "office.admin", 2, 5, 16),
        ("Forsikringsprodukter og skadesforløb", "fin.insurance-types", 2, 5, 14),
        ("Professionel telefonbetjening", "sales.telephone", 2, 2, 16),
        ("CRM-systemer i salg og kundeservice", "sales.crm", 2, 3, 16),
        ("Defensiv kørsel, lastbil og bus", "drive.defensive", 3, 2, 12),
        ("Digitale navigationssystemer i transport", "drive.gps", 2, 1, 16),
        ("Journalisering og digital dokumenthåndtering", "office.documents", 2, 3, 16),
        ("Skadebehandling i forsikring", "fin.claims", 3, 5, 12),
        ("El-installationer, stikkontakter og afbrydere i boliger", "elec.sockets", 3, 5, 12),
        ("Vinduespolering med rentvandsanlæg", "clean.water-fed", 2, 2, 12),
    ]

    /// A provider per cooperation with its municipality; courses alternate between the two.
    static let providers: [(name: String, municipality: String)] = [
        ("AMU Nordjylland", "0851"), ("EUC Nord", "0813"),
        ("AMU Syd", "0621"), ("EUC Lillebælt", "0607"),
    ]

    /// The catalogue for `schema` (competences it does not know are left out) and `registry`
    /// (providers in municipalities it does not know are left out), starting after `today`.
    public static func make(schema: Schema, registry: MunicipalityRegistry, today: Day) -> [Course] {
        let known = Set(schema.competences.map(\.id))
        let places = providers.filter { registry.municipality($0.municipality) != nil }
        guard !places.isEmpty else { return [] }
        var out: [Course] = []
        for (i, t) in titles.enumerated() where known.contains(t.1) {
            // Two runs of each course: one in the north and one in the south (when both exist).
            let runs = places.count >= 4 ? [places[i % 2], places[2 + i % 2]] : [places[i % places.count]]
            for (r, p) in runs.enumerated() {
                let start = today.adding(days: 14 + 7 * ((i + 3 * r) % 8))
                // Teaching days on weekdays: 5 a week.
                let end = start.adding(days: (t.3 - 1) / 5 * 7 + (t.3 - 1) % 5)
                out.append(Course(id: courseID(out.count + 1), title: t.0, provider: p.name, municipality: p.municipality,
                                  gives: [CourseCompetence(competence: t.1, level: t.2)], durationDays: t.3,
                                  startDate: start, endDate: end, capacity: t.4))
            }
        }
        return out
    }
}

/// "C0007".
private func courseID(_ n: Int) -> String {
    let digits = "\(n)"
    return "C" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
