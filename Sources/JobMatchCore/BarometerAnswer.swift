/// One company's answer to one round of the job barometer (jobbarometer): a consultant
/// from a job centre visits or phones the company and asks how its staff will change in 3
/// and 12 months, per occupation, and which occupations are hard to recruit.
///
/// A company answers at most once per round (the loader refuses a second answer, see
/// `BarometerAnswer.repeatedCompanies`): the barometer counts *companies*, so a figure
/// such as "40% expect to grow" means 40% of the companies asked.
public struct BarometerAnswer: Sendable, Equatable, Identifiable {
    public var id: String
    public var version: Int
    /// The survey round, `YYYY-H1` or `YYYY-H2` (see `BarometerRound`).
    public var round: String
    /// Company id from `companies.jsonl`.
    public var company: String
    /// The municipality of the site the answer is about: where the jobs will be.
    public var municipality: String
    /// One of the schema's 16 job-barometer industry groups.
    public var industryGroup: String
    public var visitDate: Day
    /// Staff at the site today; the size band is derived from it (`sizeBand`).
    public var headcount: Int
    /// The job centre (municipality code) whose consultant asked.
    public var jobCentre: String
    /// Initials of the consultant who asked (may be empty for answers imported from elsewhere).
    public var consultant: String
    /// Expected change per occupation; empty when the company expects no change at all.
    public var needs: [LabourNeed]

    public init(id: String, version: Int = 1, round: String, company: String, municipality: String, industryGroup: String,
                visitDate: Day, headcount: Int, jobCentre: String, consultant: String, needs: [LabourNeed]) {
        self.id = id; self.version = version; self.round = round; self.company = company
        self.municipality = municipality; self.industryGroup = industryGroup; self.visitDate = visitDate
        self.headcount = headcount; self.jobCentre = jobCentre; self.consultant = consultant; self.needs = needs
    }

    /// The size band of the site, from its headcount (kept derived, so the two can never disagree).
    public var sizeBand: SizeBand { SizeBand(headcount: headcount) }

    /// The company's expected change in staff over all occupations at a horizon.
    public func netChange(_ horizon: BarometerHorizon) -> Int {
        needs.reduce(0) { $0 + $1.change(horizon) }
    }

    /// For every answer that repeats a company already answering the same round: its index
    /// and the index of the first answer. Used by the loader, the save path and the import.
    public static func repeatedCompanies(_ answers: [BarometerAnswer]) -> [(index: Int, first: Int)] {
        var first: [String: Int] = [:]
        first.reserveCapacity(answers.count)
        var out: [(index: Int, first: Int)] = []
        for (i, a) in answers.enumerated() {
            let key = a.round + "|" + a.company
            if let f = first[key] { out.append((i, f)) } else { first[key] = i }
        }
        return out
    }

    /// The message for a repeated company, naming the first line.
    public static func repeatedMessage(company: String, round: String, firstLine: Int) -> String {
        "company \(Problem.quote(company)) already answered round \(round) (first on line \(firstLine)); one answer per company per round"
    }
}

/// The expected change in one occupation at one company.
public struct LabourNeed: Sendable, Equatable, Hashable {
    public var occupation: String
    /// Expected change in headcount (negative = fewer).
    public var in3Months: Int
    public var in12Months: Int
    /// The company finds (or expects to find) this occupation hard to recruit.
    public var hardToRecruit: Bool
    public init(occupation: String, in3Months: Int, in12Months: Int, hardToRecruit: Bool = false) {
        self.occupation = occupation; self.in3Months = in3Months; self.in12Months = in12Months
        self.hardToRecruit = hardToRecruit
    }

    public func change(_ horizon: BarometerHorizon) -> Int {
        horizon == .threeMonths ? in3Months : in12Months
    }
}

/// How far ahead a barometer figure looks.
public enum BarometerHorizon: String, Sendable, Equatable, CaseIterable, Codable {
    case threeMonths = "3m", twelveMonths = "12m"

    public var label: String { self == .threeMonths ? "3 months" : "12 months" }
}

/// Company size bands as Statistics Denmark counts them.
public enum SizeBand: String, Sendable, Equatable, CaseIterable, Codable, Comparable {
    case micro = "1-9", small = "10-49", medium = "50-249", large = "250+"

    public init(headcount: Int) {
        switch headcount {
        case ..<10: self = .micro
        case 10..<50: self = .small
        case 50..<250: self = .medium
        default: self = .large
        }
    }

    public static func < (a: SizeBand, b: SizeBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A survey round of the barometer: a half year, written `2026-H2`. Rounds sort by time.
public struct BarometerRound: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1 (January–June) or 2 (July–December).
    public var half: Int

    public init(year: Int, half: Int) { self.year = year; self.half = half }

    /// Parses `YYYY-H1` / `YYYY-H2`; nil for anything else.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count == 7, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "H") || u[5] == UInt8(ascii: "h"),
              u[6] == UInt8(ascii: "1") || u[6] == UInt8(ascii: "2"),
              u[0..<4].allSatisfy({ $0 >= 48 && $0 <= 57 }), let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
              y >= 1900 else { return nil }
        year = y; half = Int(u[6] - 48)
    }

    /// The round a day falls in.
    public init(containing day: Day) {
        let c = day.civil
        year = c.year; half = c.month <= 6 ? 1 : 2
    }

    /// 1 January or 1 July.
    public var firstDay: Day { Day(year: year, month: half == 1 ? 1 : 7, day: 1)! }
    /// 30 June or 31 December.
    public var lastDay: Day { Day(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)! }

    public var description: String { "\(year)-H\(half)" }

    /// The round before (`2026-H1` → `2025-H2`).
    public var previous: BarometerRound { half == 2 ? BarometerRound(year: year, half: 1) : BarometerRound(year: year - 1, half: 2) }

    public static func < (a: BarometerRound, b: BarometerRound) -> Bool { (a.year, a.half) < (b.year, b.half) }
}
