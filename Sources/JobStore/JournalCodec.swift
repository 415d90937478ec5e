import JobMatchCore

/// One journal entry as one JSON line, and back.
///
/// `{"seq":12,"time":"…","user":"mette.frh","kind":"triageDecision","vacancy":"V000123",…,"crc":"1c291ca3"}`:
/// the common fields first, then the payload's, then `crc`, the CRC-32 of the line's bytes
/// up to (not including) `,"crc":`. Lines are flat objects of strings and whole numbers, so
/// replay needs no general JSON decoder (100,000 entries in well under a second).
enum JournalCodec {
    static func encode(_ e: JournalEntry) -> [UInt8] {
        var w = JSONLineWriter(capacity: 256)
        func key(_ k: String, first: Bool = false) { w.bytes.append(contentsOf: Array(((first ? "{" : ",") + "\"\(k)\":").utf8)) }
        func str(_ k: String, _ v: String) { key(k); w.string(v) }
        func int(_ k: String, _ v: Int) { key(k); w.int(v) }
        key("seq", first: true); w.int(e.sequence)
        str("time", e.time)
        str("user", e.user)
        str("kind", e.payload.kind)
        str("vacancy", e.payload.vacancy)
        switch e.payload {
        case let .triageDecision(_, candidate, verdict, reason, note):
            str("candidate", candidate); str("decision", verdict.rawValue); str("reason", reason); str("note", note)
        case let .undo(_, target), let .redo(_, target):
            int("target", target)
        case let .shortlistChange(_, basedOn, change):
            int("basedOn", basedOn)
            str("candidate", change.candidate)
            switch change {
            case .add(_, let note): str("note", note)
            case .remove: break
            case .move(_, let position): int("position", position)
            case .note(_, let text): str("note", text)
            }
        case let .shortlistState(_, basedOn, state, comment):
            int("basedOn", basedOn); str("state", state.rawValue); str("comment", comment)
        case let .callOutcome(_, outcome, note, day):
            str("outcome", outcome.rawValue); str("note", note); str("day", day.description)
        case let .savedSearch(name, query, action, day):
            str("name", name); str("query", query); str("action", action.rawValue); str("day", day.description)
        case let .courseEnrolment(course, candidate, capacity):
            str("course", course); str("candidate", candidate); int("capacity", capacity)
        case let .courseWithdrawal(course, candidate):
            str("course", course); str("candidate", candidate)
        case let .companyVisit(v):
            str("company", v.company); str("date", v.date.description); str("jobCentres", v.jobCentres.joined(separator: ","))
            str("purpose", v.purpose.rawValue); str("outcome", v.outcome); str("followUps", v.followUps.joined(separator: "\n"))
        }
        let crc = CRC32.hex(CRC32.checksum(w.bytes))
        str("crc", crc)
        w.bytes.append(contentsOf: Array("}\n".utf8))
        return w.bytes
    }

    enum Value { case string(String), int(Int) }

    /// Decodes one line (without its newline). Throws the problem's field and message.
    static func decode(_ line: UnsafeBufferPointer<UInt8>) throws(LineProblem) -> JournalEntry {
        // `,"crc":"xxxxxxxx"}` is the last 18 bytes of every line this version writes.
        let n = line.count
        let suffix = Array(",\"crc\":\"".utf8)
        guard n > 18, line[n - 1] == UInt8(ascii: "}"), line[n - 2] == UInt8(ascii: "\""),
              line[(n - 18)..<(n - 10)].elementsEqual(suffix) else {
            throw LineProblem(field: "crc", message: "the line has no checksum at its end (it was cut or edited)")
        }
        let stored = String(decoding: line[(n - 10)..<(n - 2)], as: UTF8.self)
        let actual = CRC32.hex(CRC32.checksum(line[0..<(n - 18)]))
        guard stored == actual else {
            throw LineProblem(field: "crc", message: "checksum mismatch (stored \(stored), computed \(actual)): the line was changed after it was written")
        }
        return try entry(try fields(line))
    }

    /// The fields of one flat JSON object (strings and whole numbers only), as journal and
    /// snapshot lines are written. Throws the column of a syntax error.
    static func fields(_ line: UnsafeBufferPointer<UInt8>) throws(LineProblem) -> [String: Value] {
        let n = line.count
        var fields: [String: Value] = [:]
        do throws(SyntaxError) {
            var c = JSONCursor(base: line.baseAddress!, start: 0, end: n)
            c.skipWhitespace()
            try c.expect(UInt8(ascii: "{"), "'{'")
            repeat {
                guard case .success(let k) = try c.string() else { throw c.expected("a field name") }
                c.skipWhitespace()
                try c.expect(UInt8(ascii: ":"), "':'")
                c.skipWhitespace()
                if c.peek() == UInt8(ascii: "\"") {
                    guard case .success(let s) = try c.string() else { throw c.expected("a string") }
                    fields[k] = .string(s)
                } else {
                    guard case .success(let i) = try c.int() else { throw c.expected("a string or a whole number") }
                    fields[k] = .int(i)
                }
                c.skipWhitespace()
            } while c.consume(UInt8(ascii: ","))
            try c.expect(UInt8(ascii: "}"), "',' or '}'")
        } catch {
            throw LineProblem(field: "", message: "malformed JSON at column \(error.offset + 1): \(error.message)")
        }
        return fields
    }

    private static func entry(_ f: [String: Value]) throws(LineProblem) -> JournalEntry {
        var used: Set<String> = ["crc"]
        func str(_ k: String) throws(LineProblem) -> String {
            used.insert(k)
            guard let v = f[k] else { throw LineProblem(field: k, message: "missing field '\(k)'") }
            guard case .string(let s) = v else { throw LineProblem(field: k, message: "expected a string") }
            return s
        }
        func int(_ k: String) throws(LineProblem) -> Int {
            used.insert(k)
            guard let v = f[k] else { throw LineProblem(field: k, message: "missing field '\(k)'") }
            guard case .int(let i) = v else { throw LineProblem(field: k, message: "expected a whole number") }
            return i
        }
        /// The writer's working day (`day`); entries written before that field existed
        /// (callOutcome, savedSearch) worked on the UTC day of their `time`.
        func day(orDayOf time: String) throws(LineProblem) -> Day {
            let text = f["day"] == nil ? String(time.prefix(10)) : try str("day")
            guard let d = Day(text) else { throw LineProblem(field: "day", message: "\(Problem.quote(text)) is not a date YYYY-MM-DD") }
            return d
        }
        func oneOf<E: RawRepresentable & CaseIterable>(_ k: String, _: E.Type) throws(LineProblem) -> E where E.RawValue == String {
            let s = try str(k)
            guard let e = E(rawValue: s) else {
                throw LineProblem(field: k, message: "\(Problem.quote(s)) is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return e
        }
        let seq = try int("seq"), time = try str("time"), user = try str("user"), kind = try str("kind"), v = try str("vacancy")
        let payload: JournalPayload
        switch kind {
        case "triageDecision":
            payload = .triageDecision(vacancy: v, candidate: try str("candidate"), verdict: try oneOf("decision", TriageVerdict.self),
                                      reason: try str("reason"), note: try str("note"))
        case "undo": payload = .undo(vacancy: v, target: try int("target"))
        case "redo": payload = .redo(vacancy: v, target: try int("target"))
        case "shortlistAdd":
            payload = .shortlistChange(vacancy: v, basedOn: try int("basedOn"), change: .add(candidate: try str("candidate"), note: try str("note")))
        case "shortlistRemove":
            payload = .shortlistChange(vacancy: v, basedOn: try int("basedOn"), change: .remove(candidate: try str("candidate")))
        case "shortlistMove":
            payload = .shortlistChange(vacancy: v, basedOn: try int("basedOn"),
                                       change: .move(candidate: try str("candidate"), position: try int("position")))
        case "shortlistNote":
            payload = .shortlistChange(vacancy: v, basedOn: try int("basedOn"), change: .note(candidate: try str("candidate"), text: try str("note")))
        case "shortlistState":
            payload = .shortlistState(vacancy: v, basedOn: try int("basedOn"), state: try oneOf("state", ShortlistState.self),
                                      comment: try str("comment"))
        case "callOutcome":
            payload = .callOutcome(vacancy: v, outcome: try oneOf("outcome", CallOutcome.self), note: try str("note"),
                                   day: try day(orDayOf: time))
        case "savedSearch":
            payload = .savedSearch(name: try str("name"), query: try str("query"), action: try oneOf("action", SavedSearchAction.self),
                                   day: try day(orDayOf: time))
        case "courseEnrolment":
            payload = .courseEnrolment(course: try str("course"), candidate: try str("candidate"), capacity: try int("capacity"))
        case "courseWithdrawal":
            payload = .courseWithdrawal(course: try str("course"), candidate: try str("candidate"))
        case "companyVisit":
            payload = .companyVisit(try decodeVisit(company: try str("company"), date: try str("date"), jobCentres: try str("jobCentres"),
                                                    purpose: try oneOf("purpose", VisitPurpose.self), outcome: try str("outcome"),
                                                    followUps: try str("followUps")))
        default:
            throw LineProblem(field: "kind", message: "unknown entry kind \(Problem.quote(kind)) (written by a newer jobmatch?)")
        }
        if let extra = f.keys.filter({ !used.contains($0) }).sorted().first {
            throw LineProblem(field: extra, message: "unknown field '\(extra)' for a \(kind) entry")
        }
        return JournalEntry(sequence: seq, time: time, user: user, payload: payload)
    }
}

/// A company visit from the fields a `companyVisit` journal line and a snapshot's `visit` line
/// both write: one reading for both, so a compacted journal gives back the very same visits
/// (follow-ups are joined by line breaks, and an empty one stays).
func decodeVisit(company: String, date dateText: String, jobCentres: String, purpose: VisitPurpose, outcome: String,
                 followUps: String) throws(LineProblem) -> CompanyVisit {
    guard let date = Day(dateText) else { throw LineProblem(field: "date", message: "\(Problem.quote(dateText)) is not a date YYYY-MM-DD") }
    let centres = jobCentres.split(separator: ",").map(String.init)
    guard !centres.isEmpty else { throw LineProblem(field: "jobCentres", message: "a visit names at least one job centre") }
    return CompanyVisit(company: company, date: date, jobCentres: centres, purpose: purpose, outcome: outcome,
                        followUps: followUps.isEmpty ? [] : followUps.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
}

/// What is wrong with one journal line (the caller adds file and line).
struct LineProblem: Error {
    var field: String
    var message: String
}
