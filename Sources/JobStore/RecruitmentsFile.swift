import Foundation
import JobMatchCore

extension DataStore {
    public static let recruitmentsFile = "recruitments.jsonl"

    /// The optional recruitment projects `<data>/recruitments.jsonl`, one a line
    /// (`{"kind":"recruitment","id":"R001",…}`; docs/data-format.md), checked against the
    /// loaded records; empty when the file is absent. Problems are reported as
    /// `recruitments.jsonl:LINE: field: message` and then nothing is returned.
    /// With `dataset` nil only the lines themselves are checked (the workbench reads the
    /// file before the records and checks the projects against them once they are loaded).
    public static func loadRecruitments(from directory: URL, dataset: Dataset?) throws(LoadError) -> [RecruitmentProject] {
        let bytes: [UInt8]
        do throws(StoreError) {
            guard let b = try DirectoryHandle.open(directory.path).read(recruitmentsFile) else { return [] }
            bytes = b
        } catch {
            throw LoadError(problems: [Problem(file: recruitmentsFile, line: 0, field: "", message: error.description)])
        }
        return try decodeRecruitments(bytes, dataset: dataset)
    }

    /// Decodes and checks project lines (see `loadRecruitments`).
    public static func decodeRecruitments(_ bytes: [UInt8], dataset: Dataset?) throws(LoadError) -> [RecruitmentProject] {
        var problems: [Problem] = []
        var out: [RecruitmentProject] = []
        var firstLine: [String: Int] = [:]
        let vacancies = Dictionary((dataset?.vacancies ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let companies = Set((dataset?.companies ?? []).map(\.id))
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if !bytes.isEmpty, bytes.last != UInt8(ascii: "\n") {
            problems.append(Problem(file: recruitmentsFile, line: lines.count, field: "", message: "the last line has no newline: the file was cut off"))
        }
        let decoder = JSONDecoder()
        for (i, line) in lines.enumerated() {
            let n = i + 1
            func problem(_ field: String, _ message: String) { problems.append(Problem(file: recruitmentsFile, line: n, field: field, message: message)) }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                problem("", "not a JSON object"); continue
            }
            let fields = ["kind", "id", "title", "company", "coordinator", "deadline", "vacancies", "quotas"]
            if let extra = object.keys.filter({ !fields.contains($0) }).sorted().first { problem(extra, "unknown field '\(extra)'"); continue }
            if let missing = fields.first(where: { object[$0] == nil }) { problem(missing, "missing field '\(missing)'"); continue }
            guard object["kind"] as? String == "recruitment" else { problem("kind", "must be \"recruitment\""); continue }
            let project: RecruitmentProject
            do {
                project = try decoder.decode(RecruitmentProject.self, from: Data(line.utf8))
            } catch let error as DecodingError {
                let p = Self.problem(from: error, file: recruitmentsFile)
                problem(p.field, p.message); continue
            } catch {
                problem("", "\(error)"); continue
            }
            for p in dataset.map({ project.problems(vacancies: vacancies, companies: companies, registry: $0.registry, users: $0.users) }) ?? [] {
                problem(p.field, p.message)
            }
            if let first = firstLine[project.id] {
                problem("id", "duplicate recruitment id '\(project.id)' (first on line \(first))")
            } else {
                firstLine[project.id] = n
            }
            out.append(project)
        }
        guard problems.isEmpty else { throw LoadError(problems: Array(problems.prefix(LoadError.cap)), totalCount: problems.count) }
        return out
    }

    /// One project as its line (with the newline), keys in a fixed order.
    public static func recruitmentLine(_ p: RecruitmentProject) -> String {
        func json(_ s: String) -> String { String(decoding: try! JSONEncoder().encode(s), as: UTF8.self) }
        let quotas = p.quotas.map { "{\"municipality\":\(json($0.municipality)),\"positions\":\($0.positions)}" }.joined(separator: ",")
        return "{\"kind\":\"recruitment\",\"id\":\(json(p.id)),\"title\":\(json(p.title)),\"company\":\(json(p.company)),"
            + "\"coordinator\":\(json(p.coordinator)),\"deadline\":\"\(p.deadline)\",\"vacancies\":[\(p.vacancies.map(json).joined(separator: ","))],"
            + "\"quotas\":[\(quotas)]}\n"
    }

    /// Writes the projects durably (temp, fsync, rename, fsync of the directory). Demo generator only.
    public static func writeRecruitments(_ projects: [RecruitmentProject], to directory: URL) throws(StoreError) {
        try writeWhole(recruitmentsFile, Array(projects.map(recruitmentLine).joined().utf8), to: directory)
    }

    /// A whole small file written durably next to the records, with the directory's mode.
    static func writeWhole(_ name: String, _ bytes: [UInt8], to directory: URL) throws(StoreError) {
        let dir = try DirectoryHandle.open(directory.path)
        let temp = ".\(name).tmp"
        let fd = try dir.createFile(temp)
        var failure: StoreError?
        bytes.withUnsafeBytes { raw in
            do throws(StoreError) { try PosixFile.writeAll(fd, raw, name: name) } catch { failure = error }
        }
        if failure == nil, fsync(fd) != 0 { failure = .io(file: name, operation: "fsync", errno: errno) }
        if let failure { close(fd); dir.remove(temp); throw failure }
        close(fd)
        try dir.rename(temp, to: name)
        try dir.sync()
    }
}
