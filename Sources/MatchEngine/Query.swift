import JobMatchCore

/// A parsed candidate search, shared by the CLI (`jobmatch search`) and the TUI filter
/// line. Every term is a condition the candidate must meet; see docs/matching.md.
///
///     comp:weld.mig>=3 lic:CE cert:forklift lang:de>=B1 near:0860/45
///     avail:<=2026-12-15 jobtype:wage-subsidy muni:0813,0810 occ:welder status:any "søren"
public struct Query: Sendable, Equatable {
    /// The text as typed; term offsets point into it.
    public var text: String
    public var terms: [QueryTerm]

    public init(text: String, terms: [QueryTerm]) { self.text = text; self.terms = terms }
}

public struct QueryTerm: Sendable, Equatable {
    public var condition: Condition
    /// Where the token starts in the query, in characters (0-based), and how long it is.
    public var offset: Int
    public var length: Int

    public init(condition: Condition, offset: Int, length: Int) {
        self.condition = condition; self.offset = offset; self.length = length
    }

    public enum Condition: Sendable, Equatable {
        /// `comp:NAME[>=LEVEL]`: holds the competence (id, Danish or English label, or alias)
        /// at the level or above (any level when none is given).
        case competence(String, minLevel: Int?)
        /// `lic:B,CE`: holds every listed driving licence.
        case licence([String])
        /// `cert:forklift,welding-cert`: holds every listed certificate (id or label).
        case certificate([String])
        /// `lang:de>=B1`: speaks the language (code or label) at the CEFR level or above.
        case language(String, minLevel: String?)
        /// `near:0860/45`: lives within the minutes of the municipality (code or name); without
        /// minutes, within the candidate's own maximum commute.
        case near(String, minutes: Int?)
        /// `avail:<=2026-12-15`: available from that day or earlier.
        case availableBy(Day)
        /// `jobtype:wage-subsidy`: eligible for the job type today.
        case jobType(String)
        /// `muni:0813,0810`: lives in one of the municipalities (codes or names).
        case municipality([String])
        /// `occ:welder`: wishes the occupation (id or label).
        case occupation(String)
        /// `status:active|paused|placed|any`: default active.
        case status(CandidateStatus?)
        /// `car:yes`: has her own car (`car:no`: has not).
        case car(Bool)
        /// `shift:evening,night`: willing to work every listed kind of hours.
        case shifts([Shift])
        /// `"søren"` or a bare word: in the name or in a label of a held competence or wished occupation.
        case text(String)
    }
}

/// A query that cannot be run, pointing at the token at fault.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Start of the offending text in the query, in characters (0-based).
    public var offset: Int
    /// Its length in characters (at least 1).
    public var length: Int
    public var message: String

    public init(offset: Int, length: Int, message: String) {
        self.offset = offset; self.length = max(1, length); self.message = message
    }

    /// "column 12: unknown key 'foo' …" (1-based column).
    public var description: String { "column \(offset + 1): \(message)" }

    /// The query with a caret line under the offending token, for a terminal:
    ///
    ///     comp:weld.mig>=7 lic:CE
    ///                   ^
    public func pointer(in query: String) -> String {
        query + "\n" + String(repeating: " ", count: offset) + String(repeating: "^", count: length)
    }
}
