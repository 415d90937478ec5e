import Foundation
import JobMatchCore
import MatchEngine

/// "Did you mean Truckkørsel?" for a Danish word typed without æ, ø and å.
///
/// The engine folds æ→ae, ø→oe, å→aa, so "truckkoersel" finds Truckkørsel but "truckkorsel"
/// (ø typed as o on a foreign keyboard) does not: ø is a letter of its own. This folds both
/// sides *loosely* (æ→a, ø→o, å→a, and the same for ä, ö, ü) and offers the schema's label
/// when a name of the query finds nothing the strict way but a label the loose way.
/// It only ever suggests: the query is changed when the user accepts (Tab).
package struct QuerySuggestion: Sendable, Equatable {
    /// The text to replace in the query (characters) and what to put there.
    package var offset: Int
    package var length: Int
    package var replacement: String
    /// The label offered ("Truckkørsel").
    package var label: String

    /// The query with the suggestion applied.
    func applied(to query: String) -> String {
        var chars = Array(query)
        let end = min(chars.count, offset + length)
        guard offset <= end else { return query }
        chars.replaceSubrange(offset..<end, with: Array(replacement))
        return String(chars)
    }
}

/// The labels a query may name (competences, occupations, certificates), folded both ways.
/// Built once per loaded schema and kept, so a keystroke costs a few dictionary look-ups.
final class SuggestionIndex: @unchecked Sendable {
    struct Label { var label: String; var strict: [UInt8] }
    /// Loose fold → labels with that fold.
    private let exact: [String: [Label]]
    private let all: [(loose: String, label: Label)]

    init(schema: Schema) {
        var labels: [String] = []
        for c in schema.competences { labels += [c.da, c.en] + c.aliases }
        for o in schema.occupations { labels += [o.da, o.en] }
        for c in schema.certificates { labels += [c.da, c.en] + (c.aliases ?? []) }
        var exact: [String: [Label]] = [:], all: [(String, Label)] = []
        var seen = Set<String>()
        for l in labels where !l.isEmpty && seen.insert(l).inserted {
            let label = Label(label: l, strict: TextFolding.foldedUTF8(l))
            let loose = Self.looseFold(l)
            exact[loose, default: []].append(label)
            all.append((loose, label))
        }
        self.exact = exact
        self.all = all
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [ObjectIdentifier: SuggestionIndex] = [:]

    /// The index for a loaded data set (built on first use).
    static func shared(for data: WorkbenchData) -> SuggestionIndex {
        lock.withLock {
            if let index = cache[ObjectIdentifier(data)] { return index }
            let index = SuggestionIndex(schema: data.dataset.schema)
            cache[ObjectIdentifier(data)] = index
            return index
        }
    }

    /// Lower case with the Nordic and German vowels reduced to their base letter
    /// (æ→a, ø→o, å→a, ä→a, ö→o, ü→u), then folded as the engine folds.
    static func looseFold(_ text: some StringProtocol) -> String {
        var out = ""
        for ch in text.lowercased() {
            switch ch {
            case "æ", "ä", "å": out.append("a")
            case "ø", "ö": out.append("o")
            case "ü": out.append("u")
            default: out.append(ch)
            }
        }
        return TextFolding.fold(out)
    }

    /// The label meant by `name` when the strict fold finds no label containing it and the
    /// loose fold finds one equal to it, else one containing it (the shortest such).
    func label(for name: String) -> String? {
        let strict = TextFolding.foldedUTF8(name)
        let loose = Self.looseFold(name)
        guard loose.utf8.count >= 3 else { return nil }
        if all.contains(where: { Self.contains($0.label.strict, strict) }) { return nil }
        if let found = exact[loose]?.first { return found.label }
        return all.filter { $0.loose.contains(loose) }.min { ($0.label.label.count, $0.label.label) < ($1.label.label.count, $1.label.label) }?
            .label.label
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { TextFolding.contains(h, $0) } }
    }

    /// The first suggestion for a name in `query` (competence, occupation, certificate or
    /// free text), or nil. Works on a query with a syntax error too, up to the error.
    func suggestion(for query: String) -> QuerySuggestion? {
        for token in Self.tokens(query) {
            guard let label = label(for: token.name) else { continue }
            let quoted = label.contains(" ") && !token.quoted ? "\"\(label)\"" : label
            return QuerySuggestion(offset: token.offset, length: token.length, replacement: quoted, label: label)
        }
        return nil
    }

    /// The names of a query that name schema labels: the values of `comp:`, `occ:`, `cert:`
    /// and free-text words, each with where it stands (characters) in the query.
    static func tokens(_ query: String) -> [(name: String, offset: Int, length: Int, quoted: Bool)] {
        let chars = Array(query)
        var out: [(String, Int, Int, Bool)] = []
        var i = 0
        while i < chars.count {
            while i < chars.count && chars[i] == " " { i += 1 }
            let start = i
            var inQuote = false
            while i < chars.count && (inQuote || chars[i] != " ") {
                if chars[i] == "\"" { inQuote.toggle() }
                i += 1
            }
            guard start < i else { break }
            let token = String(chars[start..<i])
            var valueStart = start, valueEnd = i
            if let colon = token.firstIndex(of: ":") {
                let key = token[..<colon].lowercased()
                guard ["comp", "occ", "cert"].contains(key) else { continue }
                valueStart = start + token.distance(from: token.startIndex, to: colon) + 1
                if let ge = String(chars[valueStart..<i]).range(of: ">=") {
                    valueEnd = valueStart + String(chars[valueStart..<i]).distance(from: String(chars[valueStart..<i]).startIndex, to: ge.lowerBound)
                }
            }
            var quoted = false
            if valueEnd - valueStart >= 2, chars[valueStart] == "\"", chars[valueEnd - 1] == "\"" {
                quoted = true
                valueStart += 1; valueEnd -= 1
            }
            guard valueStart < valueEnd else { continue }
            let name = String(chars[valueStart..<valueEnd])
            // A comma list (cert:a,b) names several: suggest for the whole only when it has none.
            if name.contains(",") { continue }
            out.append((name, valueStart, valueEnd - valueStart, quoted))
        }
        return out
    }
}
