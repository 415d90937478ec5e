import Foundation

/// Case- and accent-insensitive text for search and filter: "Søren" is found by
/// "soren", "Århus" by "arhus", "Æbeltoft" by "aebeltoft", "José" by "jose".
public enum TextFolding {
    /// Lower-cased, accents removed, æ→ae, ø→o, ß→ss. ASCII text takes a fast path.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII { result.append(contentsOf: character.lowercased()); continue }
            switch character {
            case "æ", "Æ": result += "ae"
            case "ø", "Ø": result += "o"
            case "ß": result += "ss"
            case "œ", "Œ": result += "oe"
            case "đ", "Đ": result += "d"
            case "ł", "Ł": result += "l"
            default:
                for scalar in String(character).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
                where scalar.properties.generalCategory != .nonspacingMark {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// True when every whitespace-separated term of `query` occurs in `text` (both folded).
    public static func matches(_ text: String, foldedTerms: [String]) -> Bool {
        guard !foldedTerms.isEmpty else { return true }
        let folded = fold(text)
        return foldedTerms.allSatisfy { folded.contains($0) }
    }

    /// The folded terms of a query, ready for repeated `matches` calls.
    public static func terms(of query: String) -> [String] {
        query.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { fold(String($0)) }
    }
}
