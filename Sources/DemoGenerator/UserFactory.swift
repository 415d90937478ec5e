import JobMatchCore

/// The demo's `users.json`: a consultant in every participating municipality and a
/// supervisor per cooperation (in its first participating member), with Danish names and
/// mobile numbers. Drawn from their own random stream, so adding users changed no other
/// record of the demo.
///
/// Ids are login-style: the given name and the municipality's first three letters
/// (`mette.frh`); Frederikshavn's consultant is always Mette Holm, `mette.frh`, the user
/// the documentation's examples act as.
enum UserFactory {
    static func make(registry: MunicipalityRegistry, seed: UInt64) -> [User] {
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
        return users
    }
}
