extension Schema {
    /// Certificate aliases resolve queries (`cert:kranbevis`), so each must name one
    /// certificate: not empty, not another certificate's id, not used twice (case-blind).
    func checkCertificateAliases(_ p: inout SchemaCheckList) {
        let ids = Dictionary(certificates.map { ($0.id.lowercased(), $0.id) }, uniquingKeysWith: { a, _ in a })
        var first: [String: String] = [:]
        for (i, c) in certificates.enumerated() {
            for (k, alias) in (c.aliases ?? []).enumerated() {
                let path = "certificates[\(i)].aliases[\(k)]"
                let key = alias.lowercased()
                if alias.allSatisfy(\.isWhitespace) { p.add(path, "alias is empty"); continue }
                if let other = ids[key], other != c.id {
                    p.add(path, "alias '\(alias)' is the id of another certificate ('\(other)'); an alias must name one certificate")
                } else if let owner = first[key], owner != c.id {
                    p.add(path, "alias '\(alias)' is already an alias of '\(owner)'; an alias must name one certificate")
                } else {
                    first[key] = c.id
                }
            }
            if let y = c.validYears, !(1...50).contains(y) {
                p.add("certificates[\(i)].validYears", "validity of \(y) years is outside 1–50 (leave it out for a certificate that does not expire)")
            }
        }
    }
}
