/// What a person does in the job centre, which decides which work queues are hers:
/// consultants triage and build shortlists, supervisors review them.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    case consultant, supervisor
}

/// One person in `users.json`: who may act on the data directory, and where she works.
/// `id` is what `--user`, `$JOBMATCH_USER` or the login name must match.
public struct User: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var role: UserRole
    /// The job centre (municipality code) she works for; her default `--municipality`.
    public var municipality: String
    /// Shown to colleagues ("ask Mette Holm, 98 45 50 00"), so hidden-profile notes can name
    /// a person instead of "the job centre".
    public var phone: String

    public init(id: String, name: String, role: UserRole, municipality: String, phone: String) {
        self.id = id; self.name = name; self.role = role; self.municipality = municipality; self.phone = phone
    }
}

/// The users of a data directory, looked up by id. An empty list means the directory has
/// no `users.json` (data written before users existed): then anyone may act, as before.
public struct UserDirectory: Sendable, Equatable {
    public var users: [User]
    private var index: [String: Int]

    public init(_ users: [User]) {
        self.users = users
        var index: [String: Int] = [:]
        for (i, u) in users.enumerated() where index[u.id] == nil { index[u.id] = i }
        self.index = index
    }

    public func user(_ id: String) -> User? { index[id].map { users[$0] } }
    public var isEmpty: Bool { users.isEmpty }
}

/// The rules a `users.json` entry must follow, without I/O (the loader reports them as
/// `users.json:LINE: field: message`; the demo generator's tests use the same rules).
public struct UserValidator: Sendable {
    public let registry: MunicipalityRegistry

    public init(registry: MunicipalityRegistry) { self.registry = registry }

    /// Problems of one user, with field names as in the file.
    public func problems(in user: User) -> [FieldProblem] {
        var out: [FieldProblem] = []
        if user.id.isEmpty || !user.id.unicodeScalars.allSatisfy(Self.idCharacter) {
            out.append(FieldProblem(field: "id", message:
                "\(Problem.quote(user.id)) is not a user id; use letters, digits, '.', '_' or '-' (the login name, e.g. 'mette.frh')"))
        }
        if user.name.allSatisfy(\.isWhitespace) {
            out.append(FieldProblem(field: "name", message: "is empty; give the person's full name"))
        }
        if registry.municipality(user.municipality) == nil {
            out.append(FieldProblem(field: "municipality", message: "unknown municipality code \(Problem.quote(user.municipality))"))
        } else if !registry.participating.contains(user.municipality) {
            let name = registry.municipality(user.municipality)?.name ?? ""
            out.append(FieldProblem(field: "municipality", message:
                "\(user.municipality) \(name) is outside the cooperation (participating: \(registry.participating.joined(separator: " ")))"))
        }
        let digits = user.phone.filter(\.isNumber)
        if digits.count < 8 {
            out.append(FieldProblem(field: "phone", message: "\(Problem.quote(user.phone)) is not a phone number (at least 8 digits)"))
        }
        return out
    }

    private static func idCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "." || c == "_" || c == "-"
    }
}
