/// The formats a shortlist can be handed to a company in.
public enum ShortlistExportFormat: String, Sendable, CaseIterable {
    case csv, md, json
}

/// One candidate of an exported shortlist. `name`, `email` and `phone` are set only where
/// the access rule lets the exporting user see them; a hidden candidate carries her
/// pseudonym, home municipality and `contact` (the owning consultant to ask) instead.
public struct ShortlistExportRow: Sendable, Equatable {
    public var place: Int
    public var candidate: String
    public var name: String?
    public var email: String?
    public var phone: String?
    /// Home municipality name.
    public var home: String
    public var note: String
    /// For a hidden candidate: "Mette Holm, +45 24 46 70 55" (whom the company should call).
    public var contact: String?
    /// The same as `contact`, as `--json` writes it everywhere (`"hidden": {"ask", "phone", …}`).
    public var hidden: HiddenNote?

    public var showsDetails: Bool { name != nil }
}

/// A shortlist prepared for the company, holding only what the access rule
/// (`UserContext.maySeePersonalDetails`) lets the exporting user see. The caller must write
/// an audit `view` entry for every id in `detailsShown` before the text leaves the program
/// (printed or written to a file), and export nothing when it cannot (fail closed).
public struct ShortlistExport: Sendable, Equatable {
    public var vacancy: String
    public var title: String
    public var company: String
    public var state: ShortlistState
    public var version: Int
    public var rows: [ShortlistExportRow]

    /// Builds the export. `candidate` looks up a record (nil: not in the data any more, then
    /// she appears by id only); `municipalityName` gives a code's name.
    public init(vacancy: Vacancy, companyName: String, shortlist: Shortlist, user: UserContext, users: UserDirectory,
                candidate: (String) -> Candidate?, municipalityName: (String) -> String) {
        self.vacancy = vacancy.id; title = vacancy.title; company = companyName
        state = shortlist.state; version = shortlist.version
        rows = shortlist.items.enumerated().map { i, item in
            guard let c = candidate(item.candidate) else {
                return ShortlistExportRow(place: i + 1, candidate: item.candidate, home: "?", note: item.note,
                                          contact: "not in the data any more")
            }
            let home = municipalityName(c.municipality)
            if user.maySeePersonalDetails(of: c) {
                return ShortlistExportRow(place: i + 1, candidate: c.id, name: c.name, email: c.email, phone: c.phone,
                                          home: home, note: item.note)
            }
            return ShortlistExportRow(place: i + 1, candidate: c.id, home: home, note: item.note,
                                      contact: OwnerContact(for: c, users: users, municipalityName: municipalityName).whomToCall,
                                      hidden: HiddenNote(OwnerContact(for: c, users: users, municipalityName: municipalityName)))
        }
    }

    /// The candidates whose name and contact the export shows: each needs its audit entry first.
    public var detailsShown: [String] { rows.filter(\.showsDetails).map(\.candidate) }

    public func render(_ format: ShortlistExportFormat) -> String {
        switch format {
        case .csv: return csv
        case .md: return markdown
        case .json: return json
        }
    }

    /// RFC 4180 with a header line; every field quoted. A field a spreadsheet would run as a
    /// formula (starting with `=`, `@`, or `+`/`-` not followed by a digit or space) gets a
    /// leading `'`, so a note cannot become a formula in the company's spreadsheet. Phone
    /// numbers ("+45 …") stay as they are.
    var csv: String {
        func cell(_ s: String) -> String {
            var v = s
            if let f = v.first, f == "=" || f == "@" || f == "\t" || f == "\r"
                || ((f == "+" || f == "-") && !(v.dropFirst().first.map { $0.isNumber || $0 == " " } ?? false)) {
                v = "'" + v
            }
            return "\"" + v.replacing("\"", with: "\"\"") + "\""
        }
        var lines = [["place", "candidate", "name", "email", "phone", "home_municipality", "note", "contact"].map(cell).joined(separator: ",")]
        for r in rows {
            lines.append([String(r.place), r.candidate, r.name ?? "", r.email ?? "", r.phone ?? "", r.home, r.note,
                          r.contact.map { "contact: \($0)" } ?? ""].map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    var markdown: String {
        func cell(_ s: String) -> String {
            s.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("\r\n", with: " ").replacing("\n", with: " ")
        }
        var out = ["# Shortlist \(vacancy): \(cell(title))", "",
                   "Company: \(cell(company)) · state: \(state.rawValue) · version \(version) · \(rows.count) candidate\(rows.count == 1 ? "" : "s")",
                   "", "| # | Candidate | Home | Contact | Note |", "|---|---|---|---|---|"]
        for r in rows {
            let who = r.name.map { "\(cell($0)) (\(r.candidate))" } ?? r.candidate
            let contact = r.showsDetails ? [r.email, r.phone].compactMap { $0 }.map(cell).joined(separator: ", ")
                : "contact: " + cell(r.contact ?? "")
            out.append("| \(r.place) | \(who) | \(cell(r.home)) | \(contact) | \(cell(r.note)) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Keys sorted, hidden candidates without the `name`/`email`/`phone` keys at all.
    var json: String {
        func str(_ s: String) -> String { JSONText.quoted(s) }
        let items = rows.map { r -> String in
            var fields: [(String, String)] = [("candidate", str(r.candidate)), ("home", str(r.home)), ("note", str(r.note)),
                                              ("place", String(r.place))]
            if let n = r.name { fields.append(("name", str(n))) }
            if let e = r.email { fields.append(("email", str(e))) }
            if let p = r.phone { fields.append(("phone", str(p))) }
            if let c = r.contact { fields.append(("contact", str(c))) }
            if let h = r.hidden {
                let parts = [("ask", h.ask), ("consultant", h.consultant), ("jobCentre", h.jobCentre), ("phone", h.phone)]
                fields.append(("hidden", "{" + parts.compactMap { k, v in v.map { "\"\(k)\": \(str($0))" } }.joined(separator: ", ") + "}"))
            }
            return "    {" + fields.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "{\n  \"candidates\": [" + (items.isEmpty ? "]" : "\n" + items.joined(separator: ",\n") + "\n  ]")
            + ",\n  \"company\": \(str(company)),\n  \"state\": \(str(state.rawValue)),\n  \"title\": \(str(title)),\n"
            + "  \"vacancy\": \(str(vacancy)),\n  \"version\": \(version)\n}\n"
    }
}

/// JSON string literals without Foundation (JobMatchCore does no I/O and imports nothing).
public enum JSONText {
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
