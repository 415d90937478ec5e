import DemoGenerator
import JobMatchCore
import Testing

/// The demo's users.json: the users the documentation acts as, and every consultant a
/// candidate is recorded with, so a hidden candidate's note names her own consultant.
@Suite struct DemoUsersTests {
    static let users = Generated.demo.users
    static let directory = UserDirectory(users)

    @Test("the users the documentation and tests act as keep their ids, names, roles and municipalities")
    func earlierUsersAreKept() {
        let expected: [(String, String, UserRole, String)] = [
            ("tina.mid", "Tina Krogh", .consultant, "0410"), ("astrid.had", "Astrid Lykke", .consultant, "0510"),
            ("bo.bil", "Bo Bertelsen", .consultant, "0530"), ("bodil.vej", "Bodil Brøndum", .consultant, "0575"),
            ("kirsten.fre", "Kirsten Bønnelykke", .consultant, "0607"), ("grethe.kol", "Grethe Poulsen", .consultant, "0621"),
            ("palle.vej", "Palle Andersen", .consultant, "0630"), ("maria.bro", "Maria Clausen", .consultant, "0810"),
            ("mette.frh", "Mette Holm", .consultant, "0813"), ("kirsten.jam", "Kirsten Svendsen", .consultant, "0849"),
            ("trine.aal", "Trine Petersen", .consultant, "0851"), ("aase.hjo", "Åse Kjær", .consultant, "0860"),
            ("grethe.vend", "Grethe Rasmussen", .supervisor, "0810"), ("asger.trek", "Asger Frederiksen", .supervisor, "0410"),
        ]
        #expect(Self.users.prefix(expected.count).map { [$0.id, $0.name, $0.role.rawValue, $0.municipality] }
                == expected.map { [$0.0, $0.1, $0.2.rawValue, $0.3] })
        #expect(Self.users.first { $0.id == "mette.frh" }?.phone == "+45 24 46 70 55")
        #expect(Set(Self.users.map(\.id)).count == Self.users.count, "user ids are unique")
        let validator = UserValidator(registry: Generated.registry)
        for u in Self.users { #expect(validator.problems(in: u).isEmpty, "\(u)") }
    }

    @Test("every consultant named on a demo candidate is a consultant user of the candidate's municipality, with a phone")
    func everyCandidatesConsultantIsAUser() {
        #expect(Generated.demo.candidates.count == 3_000)
        var missing: [String] = []
        for c in Generated.demo.candidates {
            guard let u = Self.directory.user(c.consultant), u.role == .consultant, u.municipality == c.ownerMunicipality,
                  u.phone.hasPrefix("+45 "), !u.name.isEmpty else { missing.append("\(c.id): \(c.consultant)"); continue }
        }
        #expect(missing.isEmpty, "\(missing.prefix(10))")
        // Her name is made from the id ("rikke.frk" is Rikke …), so the note and the id agree.
        for u in Self.users where Set(Generated.demo.candidates.map(\.consultant)).contains(u.id) {
            let given = u.id.split(separator: ".")[0]
            #expect(asciiLower(String(u.name.split(separator: " ")[0])) == given, "\(u.id): \(u.name)")
        }
    }

    @Test("a hidden candidate's note names her own consultant and phone, not a colleague of her job centre")
    func hiddenNoteNamesHerOwnConsultant() throws {
        let hidden = try #require(Generated.demo.candidates.first { $0.ownerMunicipality == "0813" && !$0.consentToShare })
        let own = try #require(Self.directory.user(hidden.consultant))
        let contact = OwnerContact(for: hidden, users: Self.directory, jobCentre: "Frederikshavn")
        #expect(contact.text == "ask \(own.name), \(own.phone) (Frederikshavn job centre)")
        #expect(!contact.text.contains("her consultant there is"))
    }

    /// "Søren" → "soeren", as the generator spells given names in user ids.
    func asciiLower(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "oe")
            .replacingOccurrences(of: "å", with: "aa").replacingOccurrences(of: "é", with: "e")
    }
}
