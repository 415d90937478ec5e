/// Numbers and dates the way Danish text writes them: "2.647 kandidater", "34,7 %",
/// "24. november 2026". For text that is Danish by purpose (the barometer report sent to
/// companies and the municipal board); the program's English screens use the English
/// grouping ("2,647") instead. docs/language.md says which text is which.
///
/// Rounding is half away from zero ("0,25" → "0,3", "-0,25" → "-0,3"), as Danish statistics
/// tables round, and never gives "-0".
public enum DanishFormat {
    /// 2647 → "2.647", -1234567 → "-1.234.567", 0 → "0".
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// A signed change: 12 → "+12", -1500 → "-1.500", 0 → "0".
    public static func signed(_ n: Int) -> String { n > 0 ? "+" + count(n) : count(n) }

    /// 34.65 → "34,7" (one decimal by default), 1234.5 → "1.234,5"; `digits` 0 gives a
    /// rounded whole number. The value is a binary double: a decimal such as 34.65 that it
    /// cannot hold exactly rounds as the double it is; `decimal(_:over:)` is exact.
    public static func decimal(_ x: Double, digits: Int = 1) -> String {
        precondition(digits >= 0 && digits <= 9, "DanishFormat.decimal: 0–9 decimals")
        let scale = power10(digits)
        let scaled = (x * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e18 else { return x.isNaN ? "–" : (x < 0 ? "-∞" : "∞") }
        return fixed(Int(scaled), digits: digits, scale: scale)
    }

    /// The exact quotient `numerator / denominator` with `digits` decimals, rounded half away
    /// from zero in whole numbers (no binary fractions): 347/1000 → "0,3", 1/8 with 2 → "0,13".
    /// A zero denominator gives "0" in the requested form ("0,0"): no answers, no share.
    public static func decimal(_ numerator: Int, over denominator: Int, digits: Int = 1) -> String {
        precondition(digits >= 0 && digits <= 9, "DanishFormat.decimal: 0–9 decimals")
        let scale = power10(digits)
        guard denominator != 0 else { return fixed(0, digits: digits, scale: scale) }
        let n = numerator * scale
        var q = n / denominator
        let r = n % denominator
        // Away from zero when the remainder is at least half the denominator.
        if 2 * r.magnitude >= denominator.magnitude { q += (n < 0) != (denominator < 0) ? -1 : 1 }
        return fixed(q, digits: digits, scale: scale)
    }

    /// `part` of `whole` in percent with one decimal and a space before the sign, as Danish
    /// writes it: 347 of 1000 → "34,7 %"; 0 of 0 → "0,0 %".
    public static func percent(_ part: Int, of whole: Int, digits: Int = 1) -> String {
        decimal(part * 100, over: whole, digits: digits) + " %"
    }

    /// 2026-11-24 → "24. november 2026".
    public static func date(_ day: Day) -> String {
        let c = day.civil
        return "\(c.day). \(months[c.month - 1]) \(c.year)"
    }

    /// 2026-11-24 → "24-11-2026" (dd-mm-åååå), where a table needs a short date.
    public static func shortDate(_ day: Day) -> String {
        let c = day.civil
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(c.day))-\(two(c.month))-\(c.year)"
    }

    /// 2026-H2 → "2. halvår 2026".
    public static func round(_ r: BarometerRound) -> String { "\(r.half). halvår \(r.year)" }

    static let months = ["januar", "februar", "marts", "april", "maj", "juni",
                         "juli", "august", "september", "oktober", "november", "december"]

    private static func power10(_ n: Int) -> Int { (0..<n).reduce(1) { p, _ in p * 10 } }

    /// A whole number of `scale`-ths written with a decimal comma and grouped whole part.
    private static func fixed(_ scaled: Int, digits: Int, scale: Int) -> String {
        let whole = scaled.magnitude / UInt(scale), frac = scaled.magnitude % UInt(scale)
        var out = count(Int(whole))
        if digits > 0 {
            let f = String(frac)
            out += "," + String(repeating: "0", count: digits - f.count) + f
        }
        return scaled < 0 ? "-" + out : out
    }
}
