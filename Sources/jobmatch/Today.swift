import ArgumentParser
import Foundation
import JobMatchCore

extension Day {
    /// Today in the local time zone. Lives in the executable: the core has no clock.
    static func today(now: Date = Date()) -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
