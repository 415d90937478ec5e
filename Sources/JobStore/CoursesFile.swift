import Foundation
import JobMatchCore

extension DataStore {
    public static let coursesFile = "courses.jsonl"

    /// The optional course catalogue `<data>/courses.jsonl`, one course a line
    /// (`{"kind":"course","id":"C0001",…}`; docs/data-format.md). Empty when the file is
    /// absent. Every problem is reported as `courses.jsonl:LINE: field: message` and then
    /// nothing is returned. Kept apart from the `Dataset` like `travel-times.json`: the
    /// catalogue is reference data the commands that plan upskilling read.
    public static func loadCourses(from directory: URL, schema: Schema, registry: MunicipalityRegistry) throws(LoadError) -> [Course] {
        let bytes: [UInt8]
        do throws(StoreError) {
            guard let b = try DirectoryHandle.open(directory.path).read(coursesFile) else { return [] }
            bytes = b
        } catch {
            throw LoadError(problems: [Problem(file: coursesFile, line: 0, field: "", message: error.description)])
        }
        return try decodeCourses(bytes, schema: schema, registry: registry)
    }

    /// Decodes and checks catalogue bytes (see `loadCourses`).
    public static func decodeCourses(_ bytes: [UInt8], schema: Schema, registry: MunicipalityRegistry) throws(LoadError) -> [Course] {
        var problems: [Problem] = []
        var courses: [Course] = []
        var firstLine: [String: Int] = [:]
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if !bytes.isEmpty, bytes.last != UInt8(ascii: "\n") {
            problems.append(Problem(file: coursesFile, line: lines.count, field: "",
                                    message: "the last line has no newline: the file was cut off"))
        }
        for (i, line) in lines.enumerated() {
            let n = i + 1
            func problem(_ field: String, _ message: String) { problems.append(Problem(file: coursesFile, line: n, field: field, message: message)) }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { problem("", "empty line"); continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                problem("", "not a JSON object"); continue
            }
            let fields = ["kind", "id", "title", "provider", "municipality", "gives", "durationDays", "startDate", "endDate", "capacity"]
            if let extra = object.keys.filter({ !fields.contains($0) }).sorted().first { problem(extra, "unknown field '\(extra)'"); continue }
            if let missing = fields.first(where: { object[$0] == nil }) { problem(missing, "missing field '\(missing)'"); continue }
            guard object["kind"] as? String == "course" else { problem("kind", "must be \"course\""); continue }
            func string(_ k: String) -> String? {
                guard let s = object[k] as? String else { problem(k, "expected a string"); return nil }
                return s
            }
            func int(_ k: String) -> Int? {
                guard let i = object[k] as? Int else {
                    problem(k, "expected a whole number"); return nil
                }
                return i
            }
            func day(_ k: String) -> Day? {
                guard let s = string(k) else { return nil }
                guard let d = Day(s) else { problem(k, "'\(s)' is not a date (YYYY-MM-DD)"); return nil }
                return d
            }
            var gives: [CourseCompetence]? = []
            if let list = object["gives"] as? [[String: Any]] {
                for (j, g) in list.enumerated() {
                    guard let c = g["competence"] as? String, let l = g["level"] as? Int, g.count == 2 else {
                        problem("gives[\(j)]", "expected {\"competence\": ID, \"level\": 1–4}"); gives = nil; break
                    }
                    gives?.append(CourseCompetence(competence: c, level: l))
                }
            } else {
                problem("gives", "expected a list of {\"competence\", \"level\"}"); gives = nil
            }
            let before = problems.count
            let id = string("id"), title = string("title"), provider = string("provider"), municipality = string("municipality")
            let duration = int("durationDays"), start = day("startDate"), end = day("endDate"), capacity = int("capacity")
            guard problems.count == before, let id, let title, let provider, let municipality, let gives, let duration,
                  let start, let end, let capacity else { continue }
            let course = Course(id: id, title: title, provider: provider, municipality: municipality, gives: gives,
                                durationDays: duration, startDate: start, endDate: end, capacity: capacity)
            for p in course.problems(schema: schema, registry: registry) { problem(p.field, p.message) }
            if let first = firstLine[id] {
                problem("id", "duplicate course id '\(id)' (first on line \(first))")
            } else {
                firstLine[id] = n
            }
            courses.append(course)
        }
        guard problems.isEmpty else { throw LoadError(problems: Array(problems.prefix(LoadError.cap)), totalCount: problems.count) }
        return courses
    }

    /// One course as its catalogue line (with the newline).
    public static func courseLine(_ c: Course) -> String {
        let gives = c.gives.map { "{\"competence\":\(json($0.competence)),\"level\":\($0.level)}" }.joined(separator: ",")
        return "{\"kind\":\"course\",\"id\":\(json(c.id)),\"title\":\(json(c.title)),\"provider\":\(json(c.provider)),"
            + "\"municipality\":\(json(c.municipality)),\"gives\":[\(gives)],\"durationDays\":\(c.durationDays),"
            + "\"startDate\":\"\(c.startDate)\",\"endDate\":\"\(c.endDate)\",\"capacity\":\(c.capacity)}\n"
    }

    private static func json(_ s: String) -> String {
        String(decoding: try! JSONEncoder().encode(s), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
    }

    /// Writes the catalogue durably (temp file, fsync, rename, fsync of the directory), with
    /// the directory's file mode. Used by the demo generator; replaces an existing catalogue.
    public static func writeCourses(_ courses: [Course], to directory: URL) throws(StoreError) {
        let dir = try DirectoryHandle.open(directory.path)
        let temp = ".\(coursesFile).tmp"
        let fd = try dir.createFile(temp)
        let bytes = Array(courses.map(courseLine).joined().utf8)
        var failure: StoreError?
        bytes.withUnsafeBytes { raw in
            do throws(StoreError) { try PosixFile.writeAll(fd, raw, name: coursesFile) } catch { failure = error }
        }
        if failure == nil, fsync(fd) != 0 { failure = .io(file: coursesFile, operation: "fsync", errno: errno) }
        if let failure { close(fd); dir.remove(temp); throw failure }
        close(fd)
        try dir.rename(temp, to: coursesFile)
        try dir.sync()
    }
}
