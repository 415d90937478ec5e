import JobMatchCore

/// Folded names → ids for everything a query may name, so "MIG-svejsning", "mig welding"
/// and "weld.mig" find the same competence and "Hjørring", "hjoerring" and "0860" the
/// same municipality.
struct Lexicon: Sendable {
    /// Folded id / label / alias → dense ids (several when a label is shared).
    var competences: [String: [Int32]] = [:]
    /// Every folded name per competence, for substring fallback and free text.
    var competenceNames: [[String]] = []
    var occupations: [String: [Int32]] = [:]
    var occupationNames: [[String]] = []
    var certificates: [String: Int32] = [:]
    var licences: [String: Int32] = [:]
    var languages: [String: Int32] = [:]
    var municipalities: [String: String] = [:]
    var jobTypes: [String: String] = [:]
    /// The same names as UTF-8 bytes, for substring tests without Foundation.
    var competenceNameBytes: [[[UInt8]]] = []
    var occupationNameBytes: [[[UInt8]]] = []

    /// True when one of `names` contains `needle`.
    static func anyContains(_ names: [[UInt8]], _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { n in names.contains { $0.withUnsafeBufferPointer { bytesContain($0, n) } } }
    }

    init(schema: Schema, vocabulary v: Vocabulary, registry: MunicipalityRegistry) {
        competenceNames = v.competences.ids.map { [TextFolding.fold($0)] }
        for c in schema.competences {
            guard let d = v.competences.lookup(c.id) else { continue }
            competenceNames[Int(d)] = unique([c.id, c.da, c.en] + c.aliases)
        }
        for (d, names) in competenceNames.enumerated() {
            for n in names where !(competences[n]?.contains(Int32(d)) ?? false) { competences[n, default: []].append(Int32(d)) }
        }
        occupationNames = v.occupations.ids.map { [TextFolding.fold($0)] }
        for o in schema.occupations {
            guard let d = v.occupations.lookup(o.id) else { continue }
            occupationNames[Int(d)] = unique([o.id, o.da, o.en])
        }
        for (d, names) in occupationNames.enumerated() {
            for n in names where !(occupations[n]?.contains(Int32(d)) ?? false) { occupations[n, default: []].append(Int32(d)) }
        }
        for (i, id) in v.certificates.ids.enumerated() { certificates[TextFolding.fold(id)] = Int32(i) }
        for c in schema.certificates {
            guard let d = v.certificates.lookup(c.id) else { continue }
            for n in [c.da, c.en] + (c.aliases ?? []) where certificates[TextFolding.fold(n)] == nil { certificates[TextFolding.fold(n)] = d }
        }
        for (i, id) in v.licences.ids.enumerated() { licences[TextFolding.fold(id)] = Int32(i) }
        for (i, id) in v.languages.ids.enumerated() { languages[TextFolding.fold(id)] = Int32(i) }
        for l in schema.languages {
            guard let d = v.languages.lookup(l.code) else { continue }
            for n in [l.da, l.en] where languages[TextFolding.fold(n)] == nil { languages[TextFolding.fold(n)] = d }
        }
        for m in registry.municipalities {
            municipalities[m.code] = m.code
            if municipalities[TextFolding.fold(m.name)] == nil { municipalities[TextFolding.fold(m.name)] = m.code }
        }
        competenceNameBytes = competenceNames.map { $0.map { Array($0.utf8) } }
        occupationNameBytes = occupationNames.map { $0.map { Array($0.utf8) } }
        for j in schema.jobTypes {
            for n in [j.id, j.da, j.en] where jobTypes[TextFolding.fold(n)] == nil { jobTypes[TextFolding.fold(n)] = j.id }
        }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for n in names.map(TextFolding.fold) where !n.isEmpty && seen.insert(n).inserted { out.append(n) }
        return out
    }
}
