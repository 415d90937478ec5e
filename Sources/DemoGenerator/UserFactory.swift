import JobMatchCore

/// The demo's `users.json`: a consultant in every participating municipality and a
/// supervisor per cooperation (in its first participating member), with Danish names and
/// mobile numbers. Drawn from their own random stream, so adding users changed no other
/// record of the demo.
///
/// Ids are login-style: the given name and the municipality's first three letters
/// (`mette.frh`); Frederikshavn's consultant is always Mette Holm, `mette.frh`, the user
/// the documentation's examples act as.
///
/// After them come the consultants the candidates are recorded with (`Candidate.consultant`,
/// such as `rikke.frk`), each a consultant of the municipality whose candidates she holds,
/// so a hidden candidate's note names her own consultant and phone rather than some
/// colleague of her job centre. They are drawn from a stream of their own
/// ("candidate consultants"), so the users before them and every other record keep their values.
enum UserFactory {
    static func make(registry: MunicipalityRegistry, geography: Geography, seed: UInt64) -> [User] {
        var rng = RandomSource(seed: seed, stream: "users")
        var users: [User] = []
        var taken: Set<String> = []
        func unique(_ base: String) -> String {
            var id = base, n = 2
            while taken.contains(id) { id = base + String(n); n += 1 }
            taken.insert(id)
            return id
        }
        func short(_ code: String) -> String {
            String(asciiFold(registry.municipality(code)?.name ?? code).lowercased().filter { $0.isLetter }.prefix(3))
        }
        let participating = registry.participating.filter { registry.municipality($0) != nil }
        for code in participating {
            let phone = PersonNames.phone(&rng)
            if code == "0813" {
                users.append(User(id: unique("mette.frh"), name: "Mette Holm", role: .consultant, municipality: code, phone: phone))
                continue
            }
            let given = rng.pick(PersonNames.danish.given), family = rng.pick(PersonNames.danish.family)
            users.append(User(id: unique("\(given.ascii.lowercased()).\(short(code))"), name: "\(given.text) \(family.text)",
                              role: .consultant, municipality: code, phone: phone))
        }
        for cooperation in registry.cooperations {
            guard let home = cooperation.members.first(where: participating.contains) else { continue }
            let phone = PersonNames.phone(&rng)
            let given = rng.pick(PersonNames.danish.given), family = rng.pick(PersonNames.danish.family)
            users.append(User(id: unique("\(given.ascii.lowercased()).\(cooperation.id.prefix(4))"), name: "\(given.text) \(family.text)",
                              role: .supervisor, municipality: home, phone: phone))
        }
        users += candidateConsultants(geography: geography, participating: Set(participating), seed: seed, after: users)
        return users
    }

    /// A user for every consultant id `geography` gives candidates, in municipality order:
    /// the given name the id was made from, a family name and a phone. An id some earlier
    /// user already has is not listed twice. Only participating municipalities' consultants:
    /// users.json lists the cooperation's staff, so in a national-scale set the candidates
    /// elsewhere keep a consultant id that is no user (their notes then name the job centre).
    static func candidateConsultants(geography: Geography, participating: Set<String>, seed: UInt64,
                                     after existing: [User]) -> [User] {
        var rng = RandomSource(seed: seed, stream: "candidate consultants")
        var taken = Set(existing.map(\.id))
        var users: [User] = []
        for (m, municipality) in geography.municipalities.enumerated() {
            for (id, given) in zip(geography.consultants[m], geography.consultantGivenNames[m]) {
                let family = rng.pick(PersonNames.danish.family), phone = PersonNames.phone(&rng)
                guard participating.contains(municipality.code), taken.insert(id).inserted else { continue }
                users.append(User(id: id, name: "\(given) \(family.text)", role: .consultant,
                                  municipality: municipality.code, phone: phone))
            }
        }
        return users
    }
}
