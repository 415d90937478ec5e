import Foundation
import JobMatchCore

/// `<data>/users.json`: who may act on the data directory. A JSON array of objects with
/// exactly the fields `id`, `name`, `role`, `municipality` and `phone`, written one user
/// per line so problems can name a line (`users.json:4: role: …`); any JSON layout is read.
enum UsersFile {
    static let fileName = DataStore.usersFile

    /// One user per line, in the order given.
    static func encode(_ users: [User]) -> [UInt8] {
        var w = JSONLineWriter(capacity: 128 * users.count + 4)
        w.bytes.append(contentsOf: Array("[\n".utf8))
        for (i, u) in users.enumerated() {
            func field(_ k: String, _ v: String, first: Bool = false) {
                w.bytes.append(contentsOf: Array(((first ? "{" : ",") + "\"\(k)\":").utf8))
                w.string(v)
            }
            field("id", u.id, first: true)
            field("name", u.name)
            field("role", u.role.rawValue)
            field("municipality", u.municipality)
            field("phone", u.phone)
            w.bytes.append(contentsOf: Array((i + 1 < users.count ? "},\n" : "}\n").utf8))
        }
        w.bytes.append(contentsOf: Array("]\n".utf8))
        return w.bytes
    }

    /// Parses and checks the file against the registry: either every user or the problems.
    static func decode(_ bytes: [UInt8], registry: MunicipalityRegistry?) -> (users: [User], problems: [Problem]) {
        func problem(_ line: Int, _ field: String, _ message: String) -> Problem {
            Problem(file: fileName, line: line, field: field, message: message)
        }
        let data = Data(bytes)
        guard let top = try? JSONSerialization.jsonObject(with: data) else {
            let why = (try? JSONSerialization.jsonObject(with: data)) == nil ? syntaxMessage(data) : ""
            return ([], [problem(0, "", "malformed JSON: \(why)")])
        }
        guard top is [Any] else { return ([], [problem(0, "", "expected a JSON array of users ([{\"id\": …}, …])")]) }
        var users: [User] = []
        var problems: [Problem] = []
        var firstLine: [String: Int] = [:]
        let validator = registry.map(UserValidator.init)
        for (line, range) in elements(bytes) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(bytes[range])) as? [String: Any] else {
                problems.append(problem(line, "", "expected an object with id, name, role, municipality and phone"))
                continue
            }
            var fieldProblems: [(String, String)] = []
            func text(_ k: String) -> String {
                guard let v = object[k] else { fieldProblems.append((k, "missing field '\(k)'")); return "" }
                guard let s = v as? String else { fieldProblems.append((k, "expected a string")); return "" }
                return s
            }
            let id = text("id"), name = text("name"), roleText = text("role"), municipality = text("municipality"), phone = text("phone")
            for k in object.keys.sorted() where !["id", "name", "role", "municipality", "phone"].contains(k) {
                fieldProblems.append((k, "unknown field '\(k)'"))
            }
            let role = UserRole(rawValue: roleText)
            if role == nil, object["role"] is String {
                fieldProblems.append(("role", "unknown role \(Problem.quote(roleText)); use one of \(UserRole.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            let user = User(id: id, name: name, role: role ?? .consultant, municipality: municipality, phone: phone)
            if fieldProblems.isEmpty, let validator {
                fieldProblems += validator.problems(in: user).map { ($0.field, $0.message) }
            }
            if let first = firstLine[id], !id.isEmpty {
                fieldProblems.append(("id", "duplicate user id \(Problem.quote(id)) (first on line \(first))"))
            } else if !id.isEmpty {
                firstLine[id] = line
            }
            problems += fieldProblems.map { problem(line, $0.0, $0.1) }
            users.append(user)
        }
        return problems.isEmpty ? (users, []) : ([], problems)
    }

    /// The byte range and starting line of each top-level array element of valid JSON.
    private static func elements(_ b: [UInt8]) -> [(line: Int, range: Range<Int>)] {
        var out: [(Int, Range<Int>)] = []
        var line = 1, depth = 0, inString = false, escaped = false
        var start: Int?, startLine = 0
        for (i, c) in b.enumerated() {
            if c == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if c == UInt8(ascii: "\\") { escaped = true } else if c == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1, start == nil { start = i; startLine = line }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if depth == 1, start == nil { start = i; startLine = line }
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 1, let s = start { out.append((startLine, s..<(i + 1))); start = nil }
                if depth == 0, let s = start { out.append((startLine, s..<i)); start = nil }
            case UInt8(ascii: ","):
                if depth == 1, let s = start { out.append((startLine, s..<i)); start = nil }
            case 0x20, 0x09, 0x0A, 0x0D: break
            default:
                if depth == 1, start == nil { start = i; startLine = line }
            }
        }
        return out
    }

    private static func syntaxMessage(_ data: Data) -> String {
        do { _ = try JSONSerialization.jsonObject(with: data); return "" } catch {
            let info = (error as NSError).userInfo
            return (info["NSDebugDescription"] as? String) ?? "\(error.localizedDescription)"
        }
    }
}

extension DataStore {
    /// `users.json` alone, checked against the manifest and the registry: what a command
    /// needs to know who may act before it loads the records. Empty when the directory has
    /// no users file (written before users existed). Never writes.
    public static func loadUsers(from directory: URL, registry: MunicipalityRegistry) throws(LoadError) -> [User] {
        let store = DataStore(directory: directory)
        let bytes: [UInt8]
        do throws(StoreError) {
            let dir = try DirectoryHandle.open(directory.path)
            let manifest = try Manifest.read(from: dir)
            let entry = manifest?.files[usersFile]
            var found = try dir.read(usersFile)
            if let manifest, let entry, found.map({ Manifest.entry(for: [$0]) }) != entry,
               let staged = try dir.read(Manifest.stagedName(usersFile, generation: manifest.generation)),
               Manifest.entry(for: [staged]) == entry {
                found = staged  // committed but not yet renamed by a crashed writer
            }
            guard let found else {
                if entry != nil { throw StoreError.unreadable(LoadError(problems: [missingFileProblem(usersFile, directory: directory.path)])) }
                return []
            }
            if let manifest {
                guard let entry else { throw StoreError.unreadable(LoadError(problems: [store.unrecordedProblem(usersFile, generation: manifest.generation)])) }
                if Manifest.entry(for: [found]) != entry {
                    throw StoreError.unreadable(LoadError(problems: [store.mismatchProblem(usersFile, entry: entry, generation: manifest.generation, found: found.count)]))
                }
            }
            bytes = found
        } catch {
            if case .unreadable(let e) = error { throw e }
            throw LoadError(problems: [problem(from: error, directory: directory.path)])
        }
        let decoded = UsersFile.decode(bytes, registry: registry)
        if !decoded.problems.isEmpty { throw LoadError(problems: decoded.problems) }
        return decoded.users
    }
}
