import JobMatchCore

/// One thing wrong in an imported spreadsheet, where a spreadsheet user finds it:
/// `answers.csv:14:6: headcount: expected a whole number, found '12,5'`. Lines count from
/// 1 (the header is line 1); columns are field numbers counting from 1 (A = 1).
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }
    public var description: String {
        // Always one line, like `Problem`: control characters from the data become escapes.
        Problem(file: "\(file):\(line):\(column)", line: 0, field: "", message: message).description
    }
}

/// Everything wrong with an import, in file order; nothing was written.
public struct BarometerImportError: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]
    /// The data directory could not be read or written (locked, unreadable…): nothing to
    /// do with the spreadsheet.
    public var store: StoreError?
    public init(_ problems: [ImportProblem]) { self.problems = problems; store = nil }
    public init(store: StoreError) { problems = []; self.store = store }
    public var description: String { store?.description ?? problems.map(\.description).joined(separator: "\n") }
}

/// Barometer answers read from a spreadsheet export, not yet checked against the schema
/// or the stored answers (`DataStore.importBarometer` does that under the writer lock).
public struct BarometerImport: Sendable {
    /// One answer per company and round, with `id` empty (the store numbers them).
    public var answers: [BarometerAnswer]
    /// Per answer: the line of its first row, and the line of each need's row.
    public var lines: [(first: Int, needs: [Int])]
    /// Column number of each field name (`round`, `occupation`, …) present in the file.
    public var columns: [String: Int]
    public var file: String
}

/// Reads barometer answers collected elsewhere, as Danish spreadsheet programs export
/// them: `;` between fields, an optional UTF-8 byte order mark, dates `dd-mm-yyyy`,
/// numbers with a decimal comma (`2,0`) and `.` between thousands (`1.200`), fields in
/// double quotes when they hold a `;`, a quote or a line break.
///
/// The first line names the columns (in any order, case and spaces ignored; Danish names
/// accepted, see `columnNames`). Each further line is one occupation of one company's
/// answer: the lines with the same round and company form one answer, and their
/// company-level fields must agree. A line with an empty occupation is an answer that
/// expects no change. Municipality codes that lost their leading zero in the spreadsheet
/// (`813`) are read as `0813`.
public enum BarometerCSV {
    /// Field name → accepted header spellings (folded: lower case, no spaces, `_` or `-`).
    public static let columnNames: [(field: String, names: [String], required: Bool)] = [
        ("round", ["round", "runde"], true),
        ("company", ["company", "cvr", "virksomhed"], true),
        ("municipality", ["municipality", "kommune"], true),
        ("industryGroup", ["industrygroup", "branchegruppe", "branche"], true),
        ("visitDate", ["visitdate", "besøgsdato", "dato"], true),
        ("headcount", ["headcount", "ansatte", "antalansatte"], true),
        ("jobCentre", ["jobcentre", "jobcenter"], true),
        ("consultant", ["consultant", "konsulent"], false),
        ("occupation", ["occupation", "stilling", "fag"], true),
        ("in3Months", ["in3months", "3mdr", "om3måneder"], true),
        ("in12Months", ["in12months", "12mdr", "om12måneder"], true),
        ("hardToRecruit", ["hardtorecruit", "svær", "svaerat", "sværatrekruttere", "rekrutteringsproblemer"], false),
    ]

    public static func parse(_ bytes: [UInt8], file: String) throws(BarometerImportError) -> BarometerImport {
        var problems: [ImportProblem] = []
        func fail(_ line: Int, _ column: Int, _ message: String) {
            problems.append(ImportProblem(file: file, line: line, column: column, message: message))
        }
        let records: [CSVRecord]
        switch CSVRecord.split(bytes) {
        case .success(let r): records = r
        case .failure(let p): throw BarometerImportError([ImportProblem(file: file, line: p.line, column: p.column, message: p.message)])
        }
        guard let header = records.first(where: { !$0.isBlank }) else {
            throw BarometerImportError([ImportProblem(file: file, line: 1, column: 1, message: "the file is empty: the first line must name the columns ("
                                                      + columnNames.map(\.field).joined(separator: ";") + ")")])
        }
        var columns: [String: Int] = [:]
        for (i, name) in header.fields.enumerated() {
            let folded = fold(name)
            if folded.isEmpty { continue }
            guard let known = columnNames.first(where: { $0.names.contains(folded) }) else {
                fail(header.line, i + 1, "unknown column '\(name)' (known: \(columnNames.map(\.field).joined(separator: ", ")))")
                continue
            }
            if let first = columns[known.field] {
                fail(header.line, i + 1, "column '\(name)' repeats column \(first) (\(known.field))")
            } else { columns[known.field] = i + 1 }
        }
        for c in columnNames where c.required && columns[c.field] == nil {
            fail(header.line, header.fields.count + 1, "missing column '\(c.field)'")
        }
        if !problems.isEmpty { throw BarometerImportError(problems) }

        var out = BarometerImport(answers: [], lines: [], columns: columns, file: file)
        var byKey: [String: Int] = [:]
        for record in records where record.line > header.line && !record.isBlank {
            if record.fields.count > header.fields.count, record.fields[header.fields.count...].contains(where: { !$0.isEmpty }) {
                fail(record.line, header.fields.count + 1, "the line has \(record.fields.count) fields, the header \(header.fields.count)")
                continue
            }
            var cells = Cells(record: record, columns: columns)
            let round = cells.text("round").uppercased()
            let company = cells.text("company")
            let municipality = padded(cells.text("municipality"), to: 4)
            let group = padded(cells.text("industryGroup"), to: 2)
            let visit = cells.date("visitDate")
            let headcount = cells.number("headcount")
            let centre = padded(cells.text("jobCentre"), to: 4)
            let consultant = columns["consultant"] == nil ? "" : cells.text("consultant")
            let occupation = cells.text("occupation")
            let in3 = occupation.isEmpty ? 0 : cells.number("in3Months")
            let in12 = occupation.isEmpty ? 0 : cells.number("in12Months")
            let hard = columns["hardToRecruit"] == nil ? false : cells.yesNo("hardToRecruit")
            for p in cells.problems { fail(record.line, p.column, p.message) }
            guard cells.problems.isEmpty, let visit, let headcount, let in3, let in12, let hard else { continue }
            let need = occupation.isEmpty ? nil : LabourNeed(occupation: occupation, in3Months: in3, in12Months: in12, hardToRecruit: hard)
            let key = round + "|" + company
            if let i = byKey[key] {
                let a = out.answers[i], firstLine = out.lines[i].first
                let pairs: [(String, String, String)] = [("municipality", a.municipality, municipality), ("industryGroup", a.industryGroup, group),
                                                         ("visitDate", a.visitDate.description, visit.description),
                                                         ("headcount", String(a.headcount), String(headcount)), ("jobCentre", a.jobCentre, centre),
                                                         ("consultant", a.consultant, consultant)]
                var agrees = true
                for (field, was, now) in pairs where was != now {
                    agrees = false
                    fail(record.line, columns[field] ?? 1, "\(field) '\(now)' differs from line \(firstLine) ('\(was)') for company \(company) in round \(round)")
                }
                guard agrees else { continue }
                if let need {
                    out.answers[i].needs.append(need)
                    out.lines[i].needs.append(record.line)
                } else {
                    fail(record.line, columns["occupation"] ?? 1, "empty occupation (no change) for company \(company), which has other lines in round \(round) (first on line \(firstLine))")
                }
            } else {
                byKey[key] = out.answers.count
                out.answers.append(BarometerAnswer(id: "", round: round, company: company, municipality: municipality, industryGroup: group,
                                                   visitDate: visit, headcount: headcount, jobCentre: centre, consultant: consultant,
                                                   needs: need.map { [$0] } ?? []))
                out.lines.append((record.line, need == nil ? [] : [record.line]))
            }
        }
        if out.answers.isEmpty && problems.isEmpty { fail(header.line + 1, 1, "no answers below the header line") }
        if !problems.isEmpty { throw BarometerImportError(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) }
        return out
    }

    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { !" _-.\t".unicodeScalars.contains($0) }.map(Character.init))
    }

    /// `813` → `0813`: spreadsheets drop leading zeros of codes they take for numbers.
    public static func padded(_ s: String, to n: Int) -> String {
        s.count < n && !s.isEmpty && s.allSatisfy(\.isASCIIDigit) ? String(repeating: "0", count: n - s.count) + s : s
    }

    /// The cells of one line, read by field name; problems carry the column.
    struct Cells {
        let record: CSVRecord
        let columns: [String: Int]
        var problems: [(column: Int, message: String)] = []

        init(record: CSVRecord, columns: [String: Int]) { self.record = record; self.columns = columns }

        func raw(_ field: String) -> (String, Int) {
            guard let c = columns[field] else { return ("", 1) }
            return (c - 1 < record.fields.count ? record.fields[c - 1].trimmingSpaces : "", c)
        }
        func text(_ field: String) -> String { raw(field).0 }

        mutating func date(_ field: String) -> Day? {
            let (s, c) = raw(field)
            let parts = s.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 3, parts[0].count <= 2, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
               let day = Day(year: y, month: m, day: d) { return day }
            if parts.count == 3, parts[0].count == 4, let day = Day(s) { return day }
            problems.append((c, "\(field): expected a date dd-mm-yyyy, found \(Problem.quote(s))"))
            return nil
        }

        /// A whole number: `12`, `-3`, `−3`, `1.200`, `2,0`.
        mutating func number(_ field: String) -> Int? {
            let (s, c) = raw(field)
            if let n = BarometerCSV.wholeNumber(s) { return n }
            let fraction = s.contains(",") && Double(s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) != nil
            problems.append((c, "\(field): expected a whole number" + (fraction ? " of people" : "") + ", found \(Problem.quote(s))"))
            return nil
        }

        mutating func yesNo(_ field: String) -> Bool? {
            let (s, c) = raw(field)
            switch s.lowercased() {
            case "", "nej", "n", "no", "0", "false", "falsk": return false
            case "ja", "j", "yes", "y", "1", "x", "true", "sand": return true
            default:
                problems.append((c, "\(field): expected ja or nej, found \(Problem.quote(s))"))
                return nil
            }
        }
    }

    /// Danish spreadsheet integers: optional sign, `.` between thousands, a decimal comma
    /// followed only by zeros.
    package static func wholeNumber(_ s: String) -> Int? {
        var t = Substring(s)
        var negative = false
        if t.hasPrefix("-") || t.hasPrefix("−") { negative = true; t = t.dropFirst() } else if t.hasPrefix("+") { t = t.dropFirst() }
        if let comma = t.firstIndex(of: ",") {
            let decimals = t[t.index(after: comma)...]
            guard !decimals.isEmpty, decimals.allSatisfy({ $0 == "0" }) else { return nil }
            t = t[..<comma]
        }
        let groups = t.split(separator: ".", omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.count <= (groups.count > 1 ? 3 : 9),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let n = Int(groups.joined()) else { return nil }
        return negative ? -n : n
    }
}

/// One record of a `;`-separated file, and the physical line it starts on.
struct CSVRecord {
    var line: Int
    var fields: [String]
    var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }

    struct SplitProblem: Error { var line: Int; var column: Int; var message: String }

    /// Splits the bytes into records: a leading BOM is skipped, CRLF and LF end lines, quoted
    /// fields may hold `;`, `""` and line breaks. The text must be UTF-8.
    static func split(_ input: [UInt8]) -> Result<[CSVRecord], SplitProblem> {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // The first line that is not UTF-8 (a file saved as "CSV" in Latin-1, say).
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            return .failure(SplitProblem(line: bad + 1, column: 1, message: "the line is not UTF-8 text: save the file from the spreadsheet as \"CSV UTF-8\""))
        }
        var records: [CSVRecord] = []
        var fields: [String] = [], field = "", quoted = false, atFieldStart = true
        var line = 1, recordLine = 1, quoteLine = 1, column = 1
        var chars = Array(text.unicodeScalars)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    if c != "\r" || (i + 1 < chars.count && chars[i + 1] != "\n") { field.unicodeScalars.append(c) }
                }
            } else if c == "\"" && atFieldStart {
                quoted = true; quoteLine = line
            } else if c == ";" {
                fields.append(field); field = ""; column += 1; atFieldStart = true; i += 1; continue
            } else if c == "\n" {
                fields.append(field)
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []; field = ""; line += 1; recordLine = line; column = 1; atFieldStart = true; i += 1; continue
            } else if c == "\r" {
                // part of CRLF
            } else {
                field.unicodeScalars.append(c)
            }
            atFieldStart = false
            i += 1
        }
        if quoted { return .failure(SplitProblem(line: quoteLine, column: column, message: "a quoted field is never closed (a \" is missing)")) }
        return .success(records)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
