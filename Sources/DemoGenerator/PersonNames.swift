/// Fake but plausible people: names, e-mail addresses and phone numbers.
///
/// Most names are Danish and full of æ, ø and å (so sorting, searching and column widths
/// are exercised with the letters users actually type); about one in ten comes from the
/// countries many Danish job-centre clients come from, some with diacritics (Łukasz,
/// Ștefan, Eglė, Nguyễn) and a few in CJK script (two terminal columns per character).

/// A name word as displayed and as folded to ASCII for e-mail addresses.
struct NameWord: Sendable {
    let text: String
    let ascii: String
    init(_ text: String, ascii: String? = nil) { self.text = text; self.ascii = ascii ?? asciiFold(text) }
}

/// A name tradition: given names, family names and the language its speakers bring.
struct NameOrigin: Sendable {
    let language: String
    let given: [NameWord]
    let family: [NameWord]
    /// Family name first and no space (CJK).
    let familyFirst: Bool
}

enum PersonNames {
    static let danish = NameOrigin(language: "da", given: words("""
        Søren Jørgen Bjørn Mads Jens Peter Lars Henrik Michael Thomas Niels Jesper Morten Rasmus Anders \
        Martin Kim Jan Per Ole Hans Poul Erik Kasper Frederik Christian Mikkel Jonas Mathias Emil Oliver \
        Magnus Asger Troels Torben Bent Flemming Kåre Jørn Knud Steffen Brian Allan René Bo Aksel Sune \
        Carsten Preben Ove Palle Esben Tobias Villads Nikolaj Bjarke Gørild Mette Anne Kirsten Hanne \
        Susanne Lene Maria Marianne Karen Inge Pia Lone Camilla Louise Charlotte Tina Helle Bente \
        Birgitte Jette Dorthe Gitte Rikke Ida Emma Freja Sofie Julie Cecilie Signe Line Mathilde Astrid \
        Åse Bodil Grethe Solveig Lærke Mie Nanna Trine Malene Sanne Tove Ulla Ellen Jytte Vibeke Sørine \
        Laura Clara Josefine Katrine Maja Sara Anne-Mette Marie-Louise Bjørg Ågot Dagmar
        """), family: words("""
        Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen \
        Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen \
        Mikkelsen Frederiksen Nørgaard Østergaard Kjær Bækgaard Ærø Lauridsen Holm Schmidt Laursen Dahl \
        Bach Søndergaard Vestergaard Nørregaard Damgaard Kjærgaard Lund Høj Brøndum Løvgren Skøtt Bøgh \
        Grøn Svendsen Clausen Iversen Vinther Friis Mølgaard Thygesen Bisgaard Overgaard Højgaard Husted \
        Krogh Bundgaard Ravn Lykke Bertelsen Sloth Toft Åberg Ågaard Årup Kjærsgaard Bønnelykke Østerby
        """), familyFirst: false)

    /// Other origins with their share of the ~10% non-Danish names.
    static let others: [(origin: NameOrigin, weight: Double)] = [
        (origin("pl", "Łukasz Krzysztof Piotr Tomasz Paweł Michał Agnieszka Katarzyna Małgorzata Joanna Magdalena Anna",
                "Nowak Wójcik Woźniak Mazur Krawczyk Kaczmarek Zając Król Wróbel Pawlak"), 20),
        (origin("uk", "Oleksandr Andrii Dmytro Serhii Mykola Olena Iryna Oksana Nataliia Tetiana Yuliia",
                "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Marchenko Lysenko Savchenko"), 15),
        (origin("ar", "Mohammed Ahmad Ali Omar Khaled Youssef Hassan Fatima Aisha Mariam Noor Layla Rania",
                "Al-Sayed Haddad Hussein Ibrahim Khalil Mansour Nasser Saleh Abdullah Darwish"), 14),
        (origin("ro", "Ștefan Andrei Mihai Ion Alexandru Ioana Elena Maria Andreea Cristina",
                "Popescu Ionescu Popa Constantin Stan Dumitru Munteanu Florea Țurcanu Răducanu"), 12),
        (origin("tr", "Mehmet Mustafa Emre Burak Çağlar Ayşe Elif Zeynep Gülşen Özlem",
                "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan"), 11),
        (origin("so", "Abdi Abdirahman Mahad Said Hodan Faadumo Hibaaq Sahra Asha Ayaan",
                "Warsame Farah Hassan Jama Osman Mohamud Yusuf Nur Egal Dirie"), 7),
        (origin("lt", "Jonas Tomas Mantas Darius Lukas Rūta Eglė Agnė Justė",
                "Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas"), 6),
        (origin("fa", "Reza Mehdi Hamid Ali Zahra Maryam Fatemeh Parisa",
                "Hosseini Ahmadi Rahimi Mohammadi Karimi Rezaei Jafari Sadeghi"), 6),
        (origin("vi", "An Lan Minh Hương Thảo Dũng Tuấn Ngọc", "Nguyễn Trần Lê Phạm Hoàng Vũ"), 4),
        (NameOrigin(language: "zh",
                    given: [NameWord("伟", ascii: "wei"), NameWord("娜", ascii: "na"), NameWord("敏", ascii: "min"),
                            NameWord("洋", ascii: "yang"), NameWord("静", ascii: "jing"), NameWord("磊", ascii: "lei"),
                            NameWord("丽", ascii: "li"), NameWord("强", ascii: "qiang")],
                    family: [NameWord("王", ascii: "wang"), NameWord("李", ascii: "li"), NameWord("张", ascii: "zhang"),
                             NameWord("刘", ascii: "liu"), NameWord("陈", ascii: "chen"), NameWord("杨", ascii: "yang")],
                    familyFirst: true), 3),
    ]
    static let otherOrigins = others.map(\.origin)
    static let otherWeights = others.map(\.weight)

    /// Share of people with a non-Danish name.
    static let otherShare = 0.10

    /// A person's origin: Danish about nine times in ten.
    static func origin(_ rng: inout RandomSource) -> NameOrigin {
        rng.chance(otherShare) ? otherOrigins[rng.weightedIndex(otherWeights)] : danish
    }

    /// A full display name and the ASCII local part of an e-mail address for it.
    static func person(_ origin: NameOrigin, _ rng: inout RandomSource) -> (name: String, emailLocal: String) {
        let given = rng.pick(origin.given)
        let family = rng.pick(origin.family)
        if origin.familyFirst {
            return (family.text + given.text, family.ascii + "." + given.ascii)
        }
        // Danes often carry a middle name that is a family name: "Mette Holm Kjær".
        if origin.language == "da", rng.chance(0.15) {
            let middle = rng.pick(origin.family)
            if middle.text != family.text {
                return ("\(given.text) \(middle.text) \(family.text)", "\(given.ascii).\(middle.ascii).\(family.ascii)")
            }
        }
        return ("\(given.text) \(family.text)", "\(given.ascii).\(family.ascii)")
    }

    /// `first.last@example.dk`, sometimes with two digits as real addresses often have.
    static func email(local: String, _ rng: inout RandomSource) -> String {
        rng.chance(0.4) ? "\(local)\(rng.int(10...99))@example.dk" : "\(local)@example.dk"
    }

    /// A Danish mobile number such as `+45 23 45 67 89`.
    static func phone(_ rng: inout RandomSource) -> String {
        let first = [2, 2, 2, 3, 4, 5, 6][rng.below(7)]
        func pair(_ rng: inout RandomSource) -> String { let v = rng.below(100); return v < 10 ? "0\(v)" : "\(v)" }
        return "+45 \(first)\(rng.below(10)) \(pair(&rng)) \(pair(&rng)) \(pair(&rng))"
    }

    private static func origin(_ language: String, _ given: String, _ family: String) -> NameOrigin {
        NameOrigin(language: language, given: words(given), family: words(family), familyFirst: false)
    }

    private static func words(_ list: String) -> [NameWord] {
        list.split(separator: " ").map { NameWord(String($0)) }
    }
}

/// Folds a name to lower-case ASCII for an e-mail address: æ→ae, ø→oe, å→aa, ł→l, ș→s, ễ→e.
func asciiFold(_ text: String) -> String {
    var out = ""
    for scalar in text.lowercased().unicodeScalars {
        if scalar.isASCII {
            let c = Character(scalar)
            if c.isLetter || c.isNumber || c == "." { out.append(c) } else if c == "-" { out.append("-") }
            continue
        }
        switch scalar {
        case "æ": out += "ae"
        case "ø": out += "oe"
        case "å": out += "aa"
        case "ł": out += "l"
        case "ı": out += "i"
        case "đ": out += "d"
        default:
            // Strip the accent (ș → s, ễ → e); letters with no ASCII base are dropped.
            if let base = accentBase[scalar] { out.append(base) }
        }
    }
    return out
}

/// Base letters for the accented letters the name lists use (a table rather than
/// Foundation's transliteration, whose ICU data differs between platforms).
private let accentBase: [Unicode.Scalar: Character] = {
    var map: [Unicode.Scalar: Character] = [:]
    let groups: [(Character, String)] = [
        ("a", "àáâãäāăąạảấầẩẫậắằẳẵặ"), ("c", "çćč"), ("d", "ď"), ("e", "èéêëēęěėẹẻẽếềểễệ"),
        ("g", "ğ"), ("i", "ìíîïīįịỉ"), ("n", "ñńň"), ("o", "òóôõöōőọỏốồổỗộớờởỡợơ"), ("r", "ř"),
        ("s", "śšşș"), ("t", "ţțť"), ("u", "ùúûüūůųưụủứừửữự"), ("y", "ýỳỵỷỹ"), ("z", "źżž"),
    ]
    for (letter, accented) in groups {
        for scalar in accented.unicodeScalars { map[scalar] = letter }
    }
    return map
}()
