import ArgumentParser
import Foundation
import JobMatchCore

/// Who is acting: the same options, variables and defaults for the workbench and every
/// headless command, so the access rule (`UserContext.maySeePersonalDetails`) and the
/// audit log see the same person whichever way she works.
struct UserOptions: ParsableArguments {
    @Option(help: "Who is at the keyboard, for the audit log (default: $JOBMATCH_USER, else $USER).")
    var user: String?
    @Option(help: ArgumentHelp(
        "Your job centre's municipality code: whose candidates you may see in full (default: $JOBMATCH_MUNICIPALITY, else 0813).",
        valueName: "code"))
    var municipality: String?

    /// The acting user; fails with a message naming the code when the municipality is unknown.
    func context(registry: MunicipalityRegistry, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> UserContext {
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        let home = nonEmpty(municipality) ?? nonEmpty(environment["JOBMATCH_MUNICIPALITY"]) ?? registry.defaultUserMunicipality
        guard registry.municipality(home) != nil else {
            throw fail("unknown municipality code '\(home)'; use a four-digit code such as 0813 (Frederikshavn)")
        }
        let name = nonEmpty(user) ?? nonEmpty(environment["JOBMATCH_USER"]) ?? nonEmpty(environment["USER"]) ?? "consultant"
        return UserContext(user: name, municipality: home)
    }
}
