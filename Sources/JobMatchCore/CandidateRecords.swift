/// The parts of a candidate's record a consultant reads before she calls an employer:
/// where the person worked, what she trained as, which certificates she holds and until
/// when, how she gets to work, which hours she can take, and what she agreed to share.
/// Each is a small value with its own field table (RecordFieldTables.swift), so the store
/// reads and writes them like competences.

/// One job the candidate held. `to` is nil while it lasts (a part-time job beside the
/// benefit); periods are whole days so "how long" is exact.
public struct WorkPeriod: Sendable, Equatable, Hashable {
    public var employer: String
    public var title: String
    public var from: Day
    public var to: Day?
    public init(employer: String, title: String, from: Day, to: Day?) {
        self.employer = employer; self.title = title; self.from = from; self.to = to
    }

    /// Whole months from `from` to `to` (or to `today` while it lasts), for "4 years 2 months".
    public func months(until today: Day) -> Int {
        let end = to ?? today
        let a = from.civil, b = end.civil
        return max(0, (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day ? 1 : 0))
    }
}

/// What kind of qualification an education gave. A closed list so the profile and the
/// demo speak the job centre's words: a svendebrev ends a vocational education, a degree
/// a higher education, an authorisation is the state's permission to practise (nurse,
/// SOSU assistant), a course is a short AMU course or similar.
public enum EducationKind: String, Sendable, Equatable, CaseIterable {
    case primary = "grundskole", upperSecondary = "gymnasial", svendebrev, degree, authorisation, course
}

/// One named education: "Tømrer (svendebrev)", "Sygeplejerske (professionsbachelor)".
/// `country` is where it was taken (ISO 3166-1 alpha-2); outside DK it is a foreign
/// qualification, and `recognised` says whether a Danish authority assessed it as
/// equivalent (a consultant may not treat an unassessed foreign degree as the Danish one).
public struct Education: Sendable, Equatable, Hashable {
    public var kind: EducationKind
    public var title: String
    /// The schema's education level this education gives (`erhvervsfaglig`, …).
    public var level: String
    /// Year completed.
    public var year: Int
    public var country: String
    public var recognised: Bool
    public init(kind: EducationKind, title: String, level: String, year: Int, country: String = "DK", recognised: Bool = true) {
        self.kind = kind; self.title = title; self.level = level; self.year = year
        self.country = country; self.recognised = recognised
    }

    /// Taken abroad.
    public var isForeign: Bool { country != "DK" }
}

/// A certificate the candidate holds, with its dates. A certificate with an `expires`
/// date is held only on the days before it: from that day on it counts as not held, in
/// eligibility, score and queries alike ("expired 2026-03-01").
public struct HeldCertificate: Sendable, Equatable, Hashable {
    /// The schema's certificate id (never an alias: aliases are for people typing queries).
    public var id: String
    public var issued: Day
    public var expires: Day?
    public init(id: String, issued: Day, expires: Day? = nil) { self.id = id; self.issued = issued; self.expires = expires }

    /// Whether the certificate is in force on `day`.
    public func isValid(on day: Day) -> Bool { expires.map { day < $0 } ?? true }
}

/// How the candidate gets to work. Only `car` lets a job that needs one (home care,
/// sales, early shifts far from a bus) count on it.
public enum Transport: String, Sendable, Equatable, CaseIterable {
    case car, publicTransport = "public-transport", bicycle
}

/// Hours outside the ordinary day a candidate is willing to work.
public enum Shift: String, Sendable, Equatable, CaseIterable {
    case evening, night, weekend
}

/// A candidate's consent to be shown in full to other job centres of the cooperation:
/// when she gave it, who in the job centre recorded it, what it covers, and when she
/// withdrew it. A record is kept after withdrawal (the log of what she agreed to when);
/// only a record in force counts (`isInForce`).
public struct ConsentRecord: Sendable, Equatable, Hashable {
    /// The scope covering every participating municipality.
    public static let cooperation = "cooperation"

    public var given: Day
    /// User id of the person who recorded the consent (the candidate gives it; the record
    /// says who took it, for the audit).
    public var recordedBy: String
    /// What it covers: `cooperation` (every participating municipality) and/or
    /// municipality codes.
    public var scope: [String]
    public var withdrawn: Day?
    public init(given: Day, recordedBy: String, scope: [String] = [ConsentRecord.cooperation], withdrawn: Day? = nil) {
        self.given = given; self.recordedBy = recordedBy; self.scope = scope; self.withdrawn = withdrawn
    }

    /// Given on or before `day` and not withdrawn by then (withdrawn on `day` means not in force).
    public func isInForce(on day: Day) -> Bool { given <= day && (withdrawn.map { day < $0 } ?? true) }

    /// In force on `day` and covering `municipality`.
    public func allows(_ municipality: String, on day: Day) -> Bool {
        isInForce(on: day) && (scope.contains(Self.cooperation) || scope.contains(municipality))
    }
}
