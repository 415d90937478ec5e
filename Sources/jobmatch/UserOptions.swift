import ArgumentParser
import Foundation
import JobMatchCore
import JobStore

/// Who is acting: the same options, variables and defaults for the workbench and every
/// headless command, so the access rule (`UserContext.maySeePersonalDetails`) and the
/// audit log see the same person whichever way she works.
///
/// When the data directory has a `users.json`, the acting user must be listed there (an
/// unknown user is refused before anything opens), her municipality defaults to the one
/// listed for her, and `--municipality` must be one of the cooperation's participating
/// municipalities. A directory without `users.json` (written before users existed) keeps
/// the old rules: any name, any known municipality code, default 0813.
struct UserOptions: ParsableArguments {
    @Option(help: "Who is at the keyboard: a user id from users.json (default: $JOBMATCH_USER, else $USER).")
    var user: String?
    @Option(help: ArgumentHelp(
        "Your job centre's municipality code: whose candidates you may see in full (default: $JOBMATCH_MUNICIPALITY, else your municipality in users.json, else 0813).",
        valueName: "code"))
    var municipality: String?

    /// The acting user of the data directory at `directory`, checked against its `users.json`.
    func context(registry: MunicipalityRegistry, directory: URL, today: Day? = nil,
                 environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserContext {
        let users: [User]
        do {
            users = try DataStore.loadUsers(from: directory, registry: registry)
        } catch {
            DataOptions.report(error, in: directory)
            throw ExitCode.failure
        }
        return try context(registry: registry, users: users, today: today, environment: environment)
    }

    /// The acting user; fails with a message naming the code when the municipality is
    /// unknown or outside the cooperation, or the user is not in a non-empty `users`.
    /// Consent is judged on `today` (the command's `--today`), else on the clock's day.
    func context(registry: MunicipalityRegistry, users: [User], today: Day? = nil,
                 environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserContext {
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        let name = nonEmpty(user) ?? nonEmpty(environment["JOBMATCH_USER"]) ?? nonEmpty(environment["USER"]) ?? "consultant"
        let directory = UserDirectory(users)
        let known = directory.user(name)
        if !users.isEmpty, known == nil {
            let listed = users.prefix(12).map(\.id).joined(separator: ", ") + (users.count > 12 ? ", …" : "")
            throw fail("unknown user '\(name)': users.json lists who may use this data directory (\(listed)). "
                       + "Give your user id with --user ID or $JOBMATCH_USER; nothing was opened")
        }
        let home = nonEmpty(municipality) ?? nonEmpty(environment["JOBMATCH_MUNICIPALITY"]) ?? known?.municipality
            ?? registry.defaultUserMunicipality
        guard let place = registry.municipality(home) else {
            throw fail("unknown municipality code '\(home)'; use a four-digit code such as 0813 (Frederikshavn)")
        }
        if !users.isEmpty, !registry.participating.contains(home) {
            throw fail("municipality \(home) \(place.name) is outside the cooperation of this data directory "
                       + "(participating: \(registry.participating.joined(separator: " "))); nothing was opened")
        }
        return UserContext(user: name, municipality: home, today: today ?? Day.today())
    }
}
