import JobMatchCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `<data>/journal.snapshot`: the journal's state after entry N, written by compaction
/// (`JournalCompaction`) through the data directory's manifest commit, so the manifest
/// records its size and SHA-256 like any data file (see docs/data-format.md, "journal.jsonl").
///
/// JSON Lines, flat objects of strings and whole numbers like the journal's own lines. The
/// first line is the header: `{"format":1,"seq":N,"crc":"<crc of journal line N>","entries":E}`.
/// Then, per vacancy (sorted by id), a `work` line and the vacancy's decisions, undo
/// entries, redoable undos, shortlist (state, last change, items), the shortlist places a
/// triage `yes` gave, and calls, each a line with `vacancy` and `kind`; then the work that
/// belongs to no vacancy (`vacancy` "", as in the journal): every user's saved searches, the
/// course enrolments and the company visits. Replaying a journal then starts from this state
/// and skips the journal's lines up to N, checking that line N has the recorded CRC (so a
/// snapshot is never combined with a journal it was not made from).
struct JournalSnapshot: Sendable, Equatable {
    static let fileName = "journal.snapshot"
    static let format = 1

    /// N: the last entry the snapshot holds.
    var sequence: Int
    /// The `crc` field of journal line N.
    var crc: String
    var state: JournalState
    /// Size and SHA-256 from the manifest: which snapshot this is.
    var size = 0
    var sha256 = ""

    // MARK: Writing

    static func encode(_ state: JournalState, crc: String) -> [UInt8] {
        var w = JSONLineWriter(capacity: 256 + state.entryCount * 160)
        func key(_ k: String, first: Bool = false) { w.bytes.append(contentsOf: Array(((first ? "{" : ",") + "\"\(k)\":").utf8)) }
        func str(_ k: String, _ v: String) { key(k); w.string(v) }
        func int(_ k: String, _ v: Int) { key(k); w.int(v) }
        func end() { w.bytes.append(contentsOf: [UInt8(ascii: "}"), UInt8(ascii: "\n")]) }
        func line(_ v: String, _ kind: String) { key("vacancy", first: true); w.string(v); str("kind", kind) }

        key("format", first: true); w.int(format)
        int("seq", state.lastSequence); str("crc", crc); int("entries", state.entryCount)
        end()
        for (v, work) in state.vacancies.sorted(by: { $0.key < $1.key }) {
            line(v, "work"); end()
            for d in work.decisions {
                line(v, "decision")
                int("seq", d.sequence); str("time", d.time); str("user", d.user); str("candidate", d.candidate)
                str("decision", d.verdict.rawValue); str("reason", d.reason); str("note", d.note); int("undone", d.undone ? 1 : 0)
                end()
            }
            for p in work.undoPairs { line(v, "undo"); int("seq", p.undo); int("target", p.target); end() }
            for s in work.redoable { line(v, "redoable"); int("seq", s); end() }
            let s = work.shortlist
            if s != Shortlist.empty {
                line(v, "shortlist"); int("version", s.version); str("state", s.state.rawValue); str("comment", s.comment); end()
                if let c = s.lastChange {
                    line(v, "lastChange"); int("seq", c.sequence); str("user", c.user); str("time", c.time); str("summary", c.summary); end()
                }
                if let c = s.submission {
                    line(v, "submission"); int("seq", c.sequence); str("user", c.user); str("time", c.time); str("summary", c.summary); end()
                }
                for item in s.items { line(v, "item"); str("candidate", item.candidate); str("note", item.note); end() }
            }
            for c in work.placedByTriage.sorted() { line(v, "placedByTriage"); str("candidate", c); end() }
            for c in work.calls {
                line(v, "call")
                int("seq", c.sequence); str("time", c.time); str("user", c.user); str("outcome", c.outcome.rawValue); str("note", c.note)
                str("day", c.day.description)
                end()
            }
        }
        // Work that belongs to no vacancy, with `vacancy` "" as in the journal's own lines.
        for (user, searches) in state.savedSearches.byUser.sorted(by: { $0.key < $1.key }) {
            for s in searches {
                line("", "savedSearch")
                str("user", user); str("name", s.name); str("query", s.query); str("savedAt", s.savedAt); str("lastOpened", s.lastOpened)
                str("day", s.lastOpenedDay.description)
                end()
            }
        }
        for (course, list) in state.enrolments.byCourse.sorted(by: { $0.key < $1.key }) {
            for e in list {
                line("", "enrolment")
                str("course", course); str("candidate", e.candidate); int("seq", e.sequence); str("time", e.time); str("user", e.user)
                end()
            }
        }
        for r in state.visits.records {
            line("", "visit")
            int("seq", r.sequence); str("time", r.time); str("user", r.user); str("company", r.visit.company)
            str("date", r.visit.date.description); str("jobCentres", r.visit.jobCentres.joined(separator: ","))
            str("purpose", r.visit.purpose.rawValue); str("outcome", r.visit.outcome); str("followUps", r.visit.followUps.joined(separator: "\n"))
            end()
        }
        return w.bytes
    }

    // MARK: Reading

    /// Decodes a snapshot's bytes; problems are `journal.snapshot:LINE: field: message`.
    static func decode(_ bytes: [UInt8]) throws(JournalError) -> JournalSnapshot {
        var builder = Builder()
        var problems: [Problem] = []
        bytes.withUnsafeBufferPointer { buf in
            var start = 0, lineNumber = 0
            while start < buf.count, problems.count < LoadError.cap {
                lineNumber += 1
                let nl = buf[start...].firstIndex(of: UInt8(ascii: "\n"))
                let line = UnsafeBufferPointer(rebasing: buf[start..<(nl ?? buf.count)])
                start = (nl ?? buf.count) + 1
                do throws(LineProblem) {
                    guard nl != nil else { throw LineProblem(field: "", message: "the last line is incomplete (the file was cut)") }
                    try builder.add(try JournalCodec.fields(line), first: lineNumber == 1)
                } catch {
                    problems.append(Problem(file: fileName, line: lineNumber, field: error.field, message: error.message))
                }
            }
            if lineNumber == 0 { problems.append(Problem(file: fileName, line: 1, field: "", message: "is empty (the header line is missing)")) }
        }
        guard problems.isEmpty, let header = builder.header else { throw .damaged(problems) }
        let vacancies = builder.vacancies.mapValues { p in
            VacancyWork(decisions: p.decisions, undoPairs: p.undoPairs, redoable: p.redoable,
                        shortlist: p.shortlist ?? .empty, placedByTriage: p.placed, calls: p.calls)
        }
        return JournalSnapshot(sequence: header.seq, crc: header.crc,
                               state: JournalState(vacancies: vacancies, savedSearches: SavedSearchBook(byUser: builder.searches),
                                                   enrolments: CourseEnrolments(byCourse: builder.enrolments),
                                                   visits: VisitLog(records: builder.visits),
                                                   lastSequence: header.seq, entryCount: header.entries))
    }

    /// The snapshot the manifest records, or nil when there is none. Its bytes must match
    /// the manifest's size and SHA-256; a committed snapshot still under its staged name (a
    /// compaction interrupted between the commit and its rename) is taken from there.
    static func read(_ dir: DirectoryHandle) throws(JournalError) -> JournalSnapshot? {
        for attempt in 0..<5 {
            let manifest: Manifest?
            do { manifest = try Manifest.read(from: dir) } catch { throw .store(error) }
            guard let manifest, let entry = manifest.files[fileName] else { return nil }
            var found: [UInt8]?
            do throws(StoreError) {
                for name in [fileName, Manifest.stagedName(fileName, generation: manifest.generation)] {
                    if let b = try dir.read(name), b.count == entry.size, Manifest.entry(for: [b]) == entry { found = b; break }
                }
            } catch { throw .store(error) }
            guard let found else {
                // Another writer may be finishing the rename of a staged copy: look again.
                if attempt < 4 { usleep(5_000); continue }
                throw .damaged([Problem(file: fileName, line: 0, field: "", message:
                    "is not what the last compaction left (manifest.json, generation \(manifest.generation): \(entry.size) bytes, "
                    + "sha256 \(entry.sha256.prefix(12))…). It was changed, cut or removed outside jobmatch; the entries it holds "
                    + "are no longer in journal.jsonl, so restore journal.snapshot and journal.jsonl together from a backup")])
            }
            var snapshot = try decode(found)
            snapshot.size = entry.size
            snapshot.sha256 = entry.sha256
            return snapshot
        }
        return nil
    }

    /// The `crc` field of a complete journal line (without its newline), as written.
    static func storedCRC(_ line: UnsafeBufferPointer<UInt8>) -> String {
        line.count > 10 ? String(decoding: line[(line.count - 10)..<(line.count - 2)], as: UTF8.self) : ""
    }
}

/// Collects a snapshot's lines into the parts of each vacancy's work.
private struct Builder {
    struct Header { var seq: Int; var crc: String; var entries: Int }
    struct Parts {
        var decisions: [TriageRecord] = []
        var undoPairs: [(undo: Int, target: Int)] = []
        var redoable: [Int] = []
        var shortlist: Shortlist?
        var placed: Set<String> = []
        var calls: [CallRecord] = []
    }
    var header: Header?
    var vacancies: [String: Parts] = [:]
    /// Work that belongs to no vacancy.
    var searches: [String: [SavedSearch]] = [:]
    var enrolments: [String: [Enrolment]] = [:]
    var visits: [VisitRecord] = []

    mutating func add(_ f: [String: JournalCodec.Value], first: Bool) throws(LineProblem) {
        func str(_ k: String) throws(LineProblem) -> String {
            guard let v = f[k] else { throw LineProblem(field: k, message: "missing field '\(k)'") }
            guard case .string(let s) = v else { throw LineProblem(field: k, message: "expected a string") }
            return s
        }
        func int(_ k: String) throws(LineProblem) -> Int {
            guard let v = f[k] else { throw LineProblem(field: k, message: "missing field '\(k)'") }
            guard case .int(let i) = v else { throw LineProblem(field: k, message: "expected a whole number") }
            return i
        }
        func oneOf<E: RawRepresentable & CaseIterable>(_ k: String, _: E.Type) throws(LineProblem) -> E where E.RawValue == String {
            let s = try str(k)
            guard let e = E(rawValue: s) else {
                throw LineProblem(field: k, message: "\(Problem.quote(s)) is not one of \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return e
        }
        /// The working day a line keeps (`day`); a snapshot written before that field existed:
        /// the UTC day of `time`.
        func day(orDayOf time: String) throws(LineProblem) -> Day {
            let text = f["day"] == nil ? String(time.prefix(10)) : try str("day")
            guard let d = Day(text) else { throw LineProblem(field: "day", message: "\(Problem.quote(text)) is not a date YYYY-MM-DD") }
            return d
        }
        if first {
            let format = try int("format")
            guard format == JournalSnapshot.format else {
                throw LineProblem(field: "format", message: "format \(format) is not one this jobmatch knows (\(JournalSnapshot.format)); use a newer jobmatch")
            }
            header = Header(seq: try int("seq"), crc: try str("crc"), entries: try int("entries"))
            return
        }
        let v = try str("vacancy")
        switch try str("kind") {
        case "savedSearch":
            // A snapshot written before `day` existed: the day of the last opening's time.
            let lastOpened = try str("lastOpened")
            searches[try str("user"), default: []].append(SavedSearch.restored(name: try str("name"), query: try str("query"),
                                                                              savedAt: try str("savedAt"), lastOpened: lastOpened,
                                                                              lastOpenedDay: try day(orDayOf: lastOpened)))
            return
        case "enrolment":
            let course = try str("course")
            enrolments[course, default: []].append(Enrolment.restored(course: course, candidate: try str("candidate"), sequence: try int("seq"),
                                                                      time: try str("time"), user: try str("user")))
            return
        case "visit":
            let visit = try decodeVisit(company: try str("company"), date: try str("date"), jobCentres: try str("jobCentres"),
                                        purpose: try oneOf("purpose", VisitPurpose.self), outcome: try str("outcome"),
                                        followUps: try str("followUps"))
            visits.append(VisitRecord(sequence: try int("seq"), time: try str("time"), user: try str("user"), visit: visit))
            return
        default:
            break
        }
        var p = vacancies.removeValue(forKey: v) ?? Parts()
        defer { vacancies[v] = p }
        switch try str("kind") {
        case "work": break
        case "decision":
            p.decisions.append(TriageRecord.restored(sequence: try int("seq"), time: try str("time"), user: try str("user"),
                                            candidate: try str("candidate"), verdict: try oneOf("decision", TriageVerdict.self),
                                            reason: try str("reason"), note: try str("note"), undone: try int("undone") != 0))
        case "undo": p.undoPairs.append((undo: try int("seq"), target: try int("target")))
        case "redoable": p.redoable.append(try int("seq"))
        case "shortlist":
            p.shortlist = Shortlist.restored(version: try int("version"), state: try oneOf("state", ShortlistState.self),
                                             comment: try str("comment"))
        case "lastChange":
            guard p.shortlist != nil else { throw LineProblem(field: "kind", message: "a lastChange line before its shortlist line") }
            p.shortlist!.lastChange = ShortlistStamp.restored(sequence: try int("seq"), user: try str("user"), time: try str("time"),
                                                     summary: try str("summary"))
        case "submission":
            guard p.shortlist != nil else { throw LineProblem(field: "kind", message: "a submission line before its shortlist line") }
            p.shortlist!.submission = ShortlistStamp.restored(sequence: try int("seq"), user: try str("user"), time: try str("time"),
                                                     summary: try str("summary"))
        case "item":
            guard p.shortlist != nil else { throw LineProblem(field: "kind", message: "an item line before its shortlist line") }
            p.shortlist!.items.append(ShortlistItem(candidate: try str("candidate"), note: try str("note")))
        case "placedByTriage": p.placed.insert(try str("candidate"))
        case "call":
            let time = try str("time")
            p.calls.append(CallRecord.restored(sequence: try int("seq"), time: time, user: try str("user"),
                                      outcome: try oneOf("outcome", CallOutcome.self), note: try str("note"),
                                      day: try day(orDayOf: time)))
        case let other:
            throw LineProblem(field: "kind", message: "unknown snapshot line \(Problem.quote(other)) (written by a newer jobmatch?)")
        }
    }
}

/// What `jobmatch journal status` says about the snapshot a journal starts from.
public struct JournalSnapshotInfo: Sendable, Equatable {
    /// N: the journal's entries up to N are in the snapshot, not in `journal.jsonl`.
    public var sequence: Int
    /// How many entries the snapshot holds (all entries up to N).
    public var entries: Int
    public var bytes: Int
    public var sha256: String
}
