/// The per-municipality counts a job centre reads first: its caseload and the work on offer.
/// One definition for `jobmatch stats` and the workbench Dashboard, so the two never disagree.
///
/// - Candidates: **active** candidates (not paused, not placed), counted at the job centre
///   that **owns** the case (`ownerMunicipality`), which is where a consultant works with
///   them; a candidate who moved keeps her job centre until the case is transferred.
/// - Sharing: of those, the ones who consented to being shown to other municipalities.
/// - Vacancies and positions: **open** vacancies (status `open`), counted at the
///   **work-place** municipality.
/// - Expiring: open vacancies whose ad expires within five days (`needsFollowUp`), when a
///   day is given.
///
/// Until this type existed, `stats` counted every candidate record by home municipality
/// and every vacancy whatever its status, while the Dashboard counted as above (demo data:
/// Frederikshavn 201 / 23 in `stats`, 184 / 20 on the Dashboard).
public struct MunicipalityCounts: Sendable, Equatable, Encodable {
    public var code: String
    public var candidates = 0
    public var sharing = 0
    public var vacancies = 0
    public var positions = 0
    public var expiring = 0

    public init(code: String) { self.code = code }

    /// Counts for every municipality code that has a candidate or a vacancy, and for every
    /// code in `including` (zero if none), keyed by code. `today` enables `expiring`.
    public static func count(_ dataset: Dataset, today: Day? = nil, including: [String] = []) -> [String: MunicipalityCounts] {
        // Codes are four digits: a table by number avoids hashing 250,000 strings.
        var byNumber = [MunicipalityCounts?](repeating: nil, count: 10_000)
        var other: [String: MunicipalityCounts] = [:]
        func update(_ code: String, _ change: (inout MunicipalityCounts) -> Void) {
            if let n = fourDigits(code) {
                var c = byNumber[n] ?? MunicipalityCounts(code: code)
                change(&c)
                byNumber[n] = c
            } else {
                change(&other[code, default: MunicipalityCounts(code: code)])
            }
        }
        for code in including { update(code) { _ in } }
        for c in dataset.candidates where c.status == .active {
            update(c.ownerMunicipality) { counts in
                counts.candidates += 1
                if c.consentToShare { counts.sharing += 1 }
            }
        }
        for v in dataset.vacancies where v.status == .open {
            update(v.municipality) { counts in
                counts.vacancies += 1
                counts.positions += v.positions
                if let today, v.needsFollowUp(today: today) { counts.expiring += 1 }
            }
        }
        for case let c? in byNumber { other[c.code] = c }
        return other
    }

    private static func fourDigits(_ code: String) -> Int? {
        var n = 0, digits = 0
        for b in code.utf8 {
            guard b >= 48, b <= 57, digits < 4 else { return nil }
            n = n * 10 + Int(b - 48)
            digits += 1
        }
        return digits == 4 ? n : nil
    }
}
