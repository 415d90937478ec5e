import JobMatchCore

/// The barometer's expected hires, read in one place so a new barometer model (survey
/// rounds, headcounts) only has to change this function.
public enum BarometerHires {
    /// Expected hires within three months, occupation → municipality → people.
    ///
    /// Each company counts once per municipality: its latest answer (by visit date, then
    /// id). Only expected growth is a hire; a company expecting fewer staff adds 0 rather
    /// than cancelling another company's hires (people leaving one firm are not in the
    /// pool of candidates until they register).
    public static func expectedHires3Months(_ dataset: Dataset) -> [String: [String: Int]] {
        var latest: [String: BarometerAnswer] = [:]
        for a in dataset.barometer {
            let key = a.company + "|" + a.municipality
            if let old = latest[key], (old.visitDate, old.id) >= (a.visitDate, a.id) { continue }
            latest[key] = a
        }
        var out: [String: [String: Int]] = [:]
        for a in latest.values {
            for need in a.needs where need.in3Months > 0 {
                out[need.occupation, default: [:]][a.municipality, default: 0] += need.in3Months
            }
        }
        return out
    }
}
