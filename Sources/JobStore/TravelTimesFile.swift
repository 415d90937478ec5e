import Foundation
import JobMatchCore

extension DataStore {
    public static let travelTimesFile = "travel-times.json"

    /// The optional travel-time table `<data>/travel-times.json` (from-code → to-code →
    /// minutes) that overrides the estimate from coordinates. nil when the file is absent.
    /// Unknown municipality codes and minutes outside 0…600 are reported as problems.
    public static func loadTravelTimes(from directory: URL, registry: MunicipalityRegistry) throws(LoadError) -> [String: [String: Int]]? {
        let bytes: [UInt8]
        do throws(StoreError) {
            guard let b = try DirectoryHandle.open(directory.path).read(travelTimesFile) else { return nil }
            bytes = b
        } catch {
            throw LoadError(problems: [Problem(file: travelTimesFile, line: 0, field: "", message: error.description)])
        }
        let table: [String: [String: Int]]
        do {
            table = try JSONDecoder().decode([String: [String: Int]].self, from: Data(bytes))
        } catch let error as DecodingError {
            throw LoadError(problems: [problem(from: error, file: travelTimesFile)])
        } catch {
            throw LoadError(problems: [Problem(file: travelTimesFile, line: 0, field: "", message: "\(error)")])
        }
        let known = Set(registry.municipalities.map(\.code))
        var problems: [Problem] = []
        for from in table.keys.sorted() {
            if !known.contains(from) {
                problems.append(Problem(file: travelTimesFile, line: 0, field: from, message: "unknown municipality code '\(from)'"))
            }
            for (to, minutes) in table[from]!.sorted(by: { $0.key < $1.key }) {
                if !known.contains(to) {
                    problems.append(Problem(file: travelTimesFile, line: 0, field: "\(from).\(to)", message: "unknown municipality code '\(to)'"))
                } else if !(0...600).contains(minutes) {
                    problems.append(Problem(file: travelTimesFile, line: 0, field: "\(from).\(to)", message: "\(minutes) minutes is outside 0…600"))
                }
            }
        }
        guard problems.isEmpty else { throw LoadError(problems: problems) }
        return table
    }
}
