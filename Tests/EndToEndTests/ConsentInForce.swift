/// Whether a candidate line read as JSON has a consent in force covering `municipality`:
/// one not withdrawn whose scope is the cooperation or names it. (The demo dates every
/// consent and withdrawal on or before the day it was generated for, so "not withdrawn"
/// is the state on any later day the commands judge on.)
func consentInForce(_ candidate: [String: Any], covering municipality: String) -> Bool {
    let consents = candidate["consents"] as? [[String: Any]] ?? []
    return consents.contains { c in
        let scope = c["scope"] as? [String] ?? []
        return !(c["withdrawn"] is String) && (scope.contains("cooperation") || scope.contains(municipality))
    }
}
